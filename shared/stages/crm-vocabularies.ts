import type { StageDefinition } from '../types';

/**
 * A CRM's default stage vocabulary: the stage names (and API ids) its
 * exports carry out of the box, with that CRM's own default probabilities
 * and kinds. Ingestion recognises one when the team gave no stage table.
 *
 * Each vocabulary is a stage table of its own: inside one vocabulary no two
 * stages share a name or alias, but a name may appear in several
 * vocabularies (every one has a "Closed Won"). Apart from the won and lost
 * stages and Salesforce's "Prospecting" and "Qualification", no vocabulary
 * claims a playbook stage name or alias (§1), so a sheet written in the
 * playbook's own words is never taken for a CRM export.
 */
export interface CrmVocabulary {
  /** Key used in answers: `salesforce`, `hubspot`, `pipedrive`, `zoho`, `chinese`. */
  readonly id: string;
  /** Display name, e.g. `Salesforce`. */
  readonly name: string;
  /**
   * The default stages in funnel order (`order` 1..n, won and lost last),
   * each with the CRM's default probability (0..1), its kind, its aliases
   * (API ids, other spellings) and `forecast`: the base forecast category
   * of the playbook stage it corresponds to (playbook §3). Won and lost
   * stages carry no `forecast` (they are Closed and Omitted).
   */
  readonly stages: readonly StageDefinition[];
}

/*
 * Salesforce: the Opportunity `StageName` picklist a new org ships with.
 * Source: Salesforce Object Reference, OpportunityStage
 * (https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-opportunitystage.html):
 * each stage value carries a `DefaultProbability` (label "Probability (%)"),
 * a default forecast category and IsClosed/IsWon. The ten stage names are
 * listed e.g. at https://crmnewstoday.com/?p=553 and in the vtiger language
 * file that copies them (https://docs.huihoo.com/phpdoc/vtigercrm/6.1/xref/languages/en_gb/Potentials.php.source.txt).
 * No Salesforce page reachable here prints the default percentages; the
 * figures below (10, 10, 20, 50, 60, 70, 75, 90, 100, 0) are the ones most
 * public code and guides describing a new org's OpportunityStage values give
 * (a few give 20 and 30 for Qualification and Needs Analysis instead).
 * `forecast` is the playbook's category for the matching stage, not
 * Salesforce's own ForecastCategoryName.
 */
const SALESFORCE: CrmVocabulary = {
  id: 'salesforce',
  name: 'Salesforce',
  stages: [
    {
      name: 'Prospecting',
      aliases: [],
      order: 1,
      probability: 0.1,
      kind: 'open',
      forecast: 'upside',
    },
    {
      name: 'Qualification',
      aliases: [],
      order: 2,
      probability: 0.1,
      kind: 'open',
      forecast: 'upside',
    },
    {
      name: 'Needs Analysis',
      aliases: ['Need Analysis'],
      order: 3,
      probability: 0.2,
      kind: 'open',
      forecast: 'upside',
    },
    {
      name: 'Value Proposition',
      aliases: ['Value Prop'],
      order: 4,
      probability: 0.5,
      kind: 'open',
      forecast: 'pipeline',
    },
    {
      name: 'Id. Decision Makers',
      aliases: ['Id Decision Makers', 'Identify Decision Makers', 'Decision Makers Identified'],
      order: 5,
      probability: 0.6,
      kind: 'open',
      forecast: 'pipeline',
    },
    {
      name: 'Perception Analysis',
      aliases: [],
      order: 6,
      probability: 0.7,
      kind: 'open',
      forecast: 'pipeline',
    },
    {
      name: 'Proposal/Price Quote',
      aliases: ['Proposal/Quote', 'Proposal Price Quote', 'Price Quote'],
      order: 7,
      probability: 0.75,
      kind: 'open',
      forecast: 'bestCase',
    },
    {
      name: 'Negotiation/Review',
      aliases: ['Negotiation Review'],
      order: 8,
      probability: 0.9,
      kind: 'open',
      forecast: 'commit',
    },
    {
      name: 'Closed Won',
      aliases: ['Closed/Won'],
      order: 9,
      probability: 1,
      kind: 'won',
    },
    {
      name: 'Closed Lost',
      aliases: ['Closed/Lost'],
      order: 10,
      probability: 0,
      kind: 'lost',
    },
  ],
};

/*
 * HubSpot: the default "Sales Pipeline" of a new account. The labels and
 * probabilities (20, 40, 60, 80, 90, 100, 0) are listed at
 * https://hublead.io/blog/hubspot-deal-stages ("HubSpot's Default Deal
 * Stages") and https://growthengineer.ai/skills/hubspot-deal-stages; the
 * pipelines API (https://developers.hubspot.com/docs/api/crm/pipelines) keeps
 * each stage's probability as 0.0..1.0 in its metadata. HubSpot's own
 * knowledge-base page on pipelines could not be reached from here. The
 * internal ids (`appointmentscheduled`...) are what an export or the API
 * writes when it gives the stage id instead of its label.
 */
const HUBSPOT: CrmVocabulary = {
  id: 'hubspot',
  name: 'HubSpot',
  stages: [
    {
      name: 'Appointment Scheduled',
      aliases: ['appointmentscheduled'],
      order: 1,
      probability: 0.2,
      kind: 'open',
      forecast: 'upside',
    },
    {
      name: 'Qualified To Buy',
      aliases: ['qualifiedtobuy'],
      order: 2,
      probability: 0.4,
      kind: 'open',
      forecast: 'pipeline',
    },
    {
      name: 'Presentation Scheduled',
      aliases: ['presentationscheduled'],
      order: 3,
      probability: 0.6,
      kind: 'open',
      forecast: 'pipeline',
    },
    {
      name: 'Decision Maker Bought-In',
      aliases: ['decisionmakerboughtin', 'Decision Maker Bought In'],
      order: 4,
      probability: 0.8,
      kind: 'open',
      forecast: 'bestCase',
    },
    {
      name: 'Contract Sent',
      aliases: ['contractsent'],
      order: 5,
      probability: 0.9,
      kind: 'open',
      forecast: 'commit',
    },
    {
      name: 'Closed Won',
      aliases: ['closedwon'],
      order: 6,
      probability: 1,
      kind: 'won',
    },
    {
      name: 'Closed Lost',
      aliases: ['closedlost'],
      order: 7,
      probability: 0,
      kind: 'lost',
    },
  ],
};

/*
 * Pipedrive: the stages of the pipeline a new company gets. Current
 * accounts start with Qualified, Contact Made, Demo Scheduled, Proposal
 * Made, Negotiations Started (as in Pipedrive's API example payloads, e.g.
 * https://prismatic.io/docs/example-payloads/pipedrive/actions/getStages.json);
 * older accounts started with Lead In and Needs Defined instead of Qualified
 * and Demo Scheduled (https://flowbird.co.uk/knowledge/probability-in-pipedrive
 * shows a "Lead In" stage; https://gist.github.com/hugobarauna/c34cdb5b561278df4cce9c3c6b5f809c
 * lists the old five in Portuguese), and some show "Meeting Scheduled". These
 * are aliases.
 * Pipedrive's documented default stage probability is 100% for every stage
 * (https://support.pipedrive.com/en/article/probability-in-pipedrive: "By
 * default, stage probability is set to 100% for each stage unless
 * adjusted"), which weighs nothing; so each stage here takes the probability
 * of the playbook stage it corresponds to (5, 15, 30, 50, 75). A deal's own
 * `Deal - Probability`, when filled, wins over it, as in Pipedrive.
 * Won and lost are a deal status in Pipedrive, not stages (`Deal - Status`
 * is open, won or lost and `Deal - Stage` keeps the last stage); the Won and
 * Lost stages complete the table for that status.
 */
const PIPEDRIVE: CrmVocabulary = {
  id: 'pipedrive',
  name: 'Pipedrive',
  stages: [
    {
      name: 'Qualified',
      aliases: ['Lead In'],
      order: 1,
      probability: 0.05,
      kind: 'open',
      forecast: 'upside',
    },
    {
      name: 'Contact Made',
      aliases: [],
      order: 2,
      probability: 0.15,
      kind: 'open',
      forecast: 'upside',
    },
    {
      name: 'Demo Scheduled',
      aliases: ['Needs Defined', 'Meeting Scheduled'],
      order: 3,
      probability: 0.3,
      kind: 'open',
      forecast: 'pipeline',
    },
    {
      name: 'Proposal Made',
      aliases: [],
      order: 4,
      probability: 0.5,
      kind: 'open',
      forecast: 'bestCase',
    },
    {
      name: 'Negotiations Started',
      aliases: ['Negotiation Started'],
      order: 5,
      probability: 0.75,
      kind: 'open',
      forecast: 'commit',
    },
    {
      name: 'Won',
      aliases: [],
      order: 6,
      probability: 1,
      kind: 'won',
    },
    {
      name: 'Lost',
      aliases: [],
      order: 7,
      probability: 0,
      kind: 'lost',
    },
  ],
};

/*
 * Zoho CRM: the Deals module's Stage picklist and its Stage-Probability
 * Mapping as a new organisation gets them (Setup > Customization > Modules
 * and Fields > Deals > Stage-Probability Mapping, described at
 * https://help.extensionerp.com/portal/en/kb/articles/how-can-i-customize-the-stage-and-probability-mapping-for-deals;
 * the stage list is also at https://aaxonix.com/resources/glossary/deal-stage/).
 * The probabilities (10, 20, 40, 60, 75, 90, 100, 0, 0) are the ones public
 * code built on Zoho's default Deals layout pairs with the nine stages; no
 * Zoho page reachable here prints them. A partner glossary also names
 * "Perception Analysis" among the defaults, but Zoho's picklist as public
 * integrations read it has nine stages without it, so it is left out.
 * Zoho has two lost stages: Closed Lost and Closed-Lost to Competition.
 */
const ZOHO: CrmVocabulary = {
  id: 'zoho',
  name: 'Zoho CRM',
  stages: [
    {
      name: 'Qualification',
      aliases: [],
      order: 1,
      probability: 0.1,
      kind: 'open',
      forecast: 'upside',
    },
    {
      name: 'Needs Analysis',
      aliases: ['Need Analysis'],
      order: 2,
      probability: 0.2,
      kind: 'open',
      forecast: 'upside',
    },
    {
      name: 'Value Proposition',
      aliases: [],
      order: 3,
      probability: 0.4,
      kind: 'open',
      forecast: 'pipeline',
    },
    {
      name: 'Identify Decision Makers',
      aliases: ['Id. Decision Makers', 'Id Decision Makers'],
      order: 4,
      probability: 0.6,
      kind: 'open',
      forecast: 'pipeline',
    },
    {
      name: 'Proposal/Price Quote',
      aliases: ['Proposal Price Quote'],
      order: 5,
      probability: 0.75,
      kind: 'open',
      forecast: 'bestCase',
    },
    {
      name: 'Negotiation/Review',
      aliases: ['Negotiation Review'],
      order: 6,
      probability: 0.9,
      kind: 'open',
      forecast: 'commit',
    },
    {
      name: 'Closed Won',
      aliases: [],
      order: 7,
      probability: 1,
      kind: 'won',
    },
    {
      name: 'Closed Lost',
      aliases: [],
      order: 8,
      probability: 0,
      kind: 'lost',
    },
    {
      name: 'Closed-Lost to Competition',
      aliases: ['Lost to Competition'],
      order: 9,
      probability: 0,
      kind: 'lost',
    },
  ],
};

/*
 * Chinese CRMs: one vocabulary for the stage words the common Chinese CRMs
 * export.
 * - 销售易 (Neocrm): 初步接洽, 需求确定, 方案/报价, 谈判审核, 赢单, 输单, as its
 *   DingTalk app's OpportunityDto documents the stage ids (89744..89749) and
 *   a per-deal 赢率 and 结单日期
 *   (https://github.com/xrogzu/mobile-crm/blob/d459d6678307c41430fdfe64e35fe52fe619453e/src/main/java/com/rkhd/ienterprise/apps/ingage/dingtalk/dto/OpportunityDto.java).
 * - 悟空CRM (WukongCRM, open source): the default 商机阶段 rows of
 *   `wk_crm_business_status` store a win rate each; v9 PHP
 *   (https://github.com/WuKongOpenSource/WukongCRM-9.0-PHP, public/sql/5kcrm.sql)
 *   ships 验证客户 20, 需求分析 15, 方案/报价 30, 谈判审核 30 and the end states
 *   赢单 100, 输单 0, 无效 0; v11 Java
 *   (https://github.com/WuKongOpenSource/WukongCRM-11.0-JAVA, DB/wk_crm_single.sql)
 *   ships 验证客户 20, 需求分析 30, 方案/报价 80 and marks a deal's end as
 *   1 赢单, 2 输单, 3 无效. Its names are aliases here; its rates differ
 *   between versions and do not rise with the funnel, so they are not used.
 * - 纷享销客 (Fxiaoke): its default stages and win rates could not be
 *   reached from here.
 * The probabilities are the "一三五七十" convention for product sales funnels
 * (https://news.dyq.cn/show-23713.html: 初步接洽 10%, 确定需求 30%, 提供方案 50%,
 * 报价及谈判 70%, 签单 100%), which also matches the 销售易-style stage list of
 * a public CRM (初步接洽 10%, 需求确定 30%, 方案报价 50%, 谈判审核 80%) except its
 * 80% for 谈判审核.
 * 无效 (invalid: not a real opportunity) is a second lost stage.
 */
const CHINESE: CrmVocabulary = {
  id: 'chinese',
  name: 'Chinese CRMs',
  stages: [
    {
      name: 'Initial Contact',
      nameZh: '初步接洽',
      aliases: ['初步洽谈', '初步接触', '验证客户'],
      order: 1,
      probability: 0.1,
      kind: 'open',
      forecast: 'upside',
    },
    {
      name: 'Needs Confirmed',
      nameZh: '需求确认',
      aliases: ['需求确定', '确定需求', '需求分析'],
      order: 2,
      probability: 0.3,
      kind: 'open',
      forecast: 'pipeline',
    },
    {
      name: 'Proposal/Quote',
      nameZh: '方案报价',
      aliases: ['方案/报价', '报价方案'],
      order: 3,
      probability: 0.5,
      kind: 'open',
      forecast: 'bestCase',
    },
    {
      name: 'Negotiation/Review',
      nameZh: '谈判审核',
      aliases: ['商务谈判'],
      order: 4,
      probability: 0.7,
      kind: 'open',
      forecast: 'commit',
    },
    {
      name: 'Won',
      nameZh: '赢单',
      aliases: ['成交'],
      order: 5,
      probability: 1,
      kind: 'won',
    },
    {
      name: 'Lost',
      nameZh: '输单',
      aliases: ['丢单'],
      order: 6,
      probability: 0,
      kind: 'lost',
    },
    {
      name: 'Invalid',
      nameZh: '无效',
      aliases: [],
      order: 7,
      probability: 0,
      kind: 'lost',
    },
  ],
};

/** Every vocabulary ingestion knows, the playbook's own excluded. */
export const CRM_VOCABULARIES: readonly CrmVocabulary[] = [
  SALESFORCE,
  HUBSPOT,
  PIPEDRIVE,
  ZOHO,
  CHINESE,
];
