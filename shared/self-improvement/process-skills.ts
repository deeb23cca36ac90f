/** A skill of the sales process the seller scores 1-5 on each closed deal (playbook §9). */
export type ProcessSkill =
  | 'prospecting'
  | 'discovery'
  | 'demo'
  | 'objectionHandling'
  | 'closing'
  | 'relationship';

/** The six process skills in playbook order (§9 win/loss record). */
export const PROCESS_SKILLS: readonly ProcessSkill[] = [
  'prospecting',
  'discovery',
  'demo',
  'objectionHandling',
  'closing',
  'relationship',
];
