// Playbook reference content (§10) and the add-on's own texts, in English and Chinese.

export type { Bilingual } from './bilingual';
export type { BuyingSignal, ClosingApproach } from './closing';
export { BUYING_SIGNALS, CLOSING_APPROACHES } from './closing';
export type { ActionPlanStep, DiscountStep } from './deal-desk';
export { DISCOUNT_DECISION_TREE, MUTUAL_ACTION_PLAN } from './deal-desk';
export type { PlaybookStage, PlaybookTopic, TopicBlock } from './deal-playbook';
export { DEAL_PLAYBOOK } from './deal-playbook';
export type { DiscoveryCategory, DiscoveryGroup } from './discovery-questions';
export { DISCOVERY_QUESTIONS } from './discovery-questions';
export type { LaerStep, ObjectionResponses, ObjectionType } from './objection-handling';
export { LAER_STEPS, OBJECTION_RESPONSES } from './objection-handling';
export type { PlaybookReference } from './playbook-reference';
export { playbookReference } from './playbook-reference';
export { playbookStageOf } from './playbook-stage-of';
export type { SheetTextKey } from './sheet-text';
// The server side of the add-on reads its texts from SHEET_TEXT alone (see sheet-text.ts);
// the sidebars import the whole ADDON_TEXT from addon-text.ts.
export { SHEET_TEXT, sheetText as addonText } from './sheet-text';
