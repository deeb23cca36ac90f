import { showSidebar } from '../menu/show-sidebar';
import { PIPELINE_CHANGES } from './changes-words';

/** Menu: Pipeline changes. */
export function showPipelineChanges(): void {
  showSidebar('changes', (language) => PIPELINE_CHANGES[language]);
}
