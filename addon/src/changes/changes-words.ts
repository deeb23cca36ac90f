/** The menu item and sidebar title of the pipeline changes view. */
export const PIPELINE_CHANGES = { en: 'Pipeline changes', zh: '管道变化' } as const;
