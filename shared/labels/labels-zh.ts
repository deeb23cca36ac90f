import type { LabelKey } from './label-key';
import { labelColumn } from './label-column';

/**
 * Simplified Chinese labels for every `LabelKey`, using the playbook's own
 * Chinese terms where it gives them (§1-§3): the Chinese column of
 * `LABEL_TEXTS` (label-texts.ts), where labels are added and edited.
 */
export const LABELS_ZH: Readonly<Record<LabelKey, string>> = /* @__PURE__ */ labelColumn(1);
