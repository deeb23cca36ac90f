import type { LabelKey } from './label-key';
import { labelColumn } from './label-column';

/**
 * English labels for every `LabelKey` (playbook §1-§9 wording): the English
 * column of `LABEL_TEXTS` (label-texts.ts), where labels are added and edited.
 */
export const LABELS_EN: Readonly<Record<LabelKey, string>> = /* @__PURE__ */ labelColumn(0);
