/** A text in both output languages (English and Simplified Chinese). */
export interface Bilingual {
  readonly en: string;
  readonly zh: string;
}
