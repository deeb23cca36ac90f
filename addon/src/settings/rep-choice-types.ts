/** Why the review shows the deals it shows (`RepChoice.why`). */
export type RepWhy = 'chosen' | 'you' | 'team' | 'noEmail' | 'notMapped';

/** Whose deals a review or self-assessment covers, and who could be picked. */
export interface RepChoice {
  /** The distinct owners of the pipeline tab's Owner column, sorted. */
  readonly owners: string[];
  /** The owner picked, as written in the sheet; '' for the whole team. */
  readonly owner: string;
  /**
   * `chosen`: asked for; `you`: the signed-in user's name in Settings;
   * `team`: the whole team asked for; `noEmail`: Google gave no email for
   * the user (a consumer account), so the whole team; `notMapped`: the email
   * is in no row of Settings' owner mapping, so the whole team.
   */
  readonly why: RepWhy;
  /** The signed-in user's email, '' when Google gives none. */
  readonly email: string;
  /** The owner's quota from the mapping, null when the row has none (or whole team). */
  readonly quota: number | null;
}
