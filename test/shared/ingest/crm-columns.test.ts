import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEAL_COLUMN_ALIASES } from '../../../shared/ingest/deal-column-aliases';
import { headerKey } from '../../../shared/ingest/header-key';
import { matchColumns } from '../../../shared/ingest/match-columns';
import { parseCsv } from '../../../shared/ingest/parse-csv';

/** Field → the header text that column carries, for readable expectations. */
function fieldsOf(header: readonly string[]): Record<string, string> {
  const { fields } = matchColumns(header, DEAL_COLUMN_ALIASES, undefined, 'test');
  return Object.fromEntries(
    Object.entries(fields).map(([field, column]) => [field, header[column as number]]),
  );
}

const fixtureHeader = (file: string): string[] =>
  parseCsv(readFileSync(new URL(`../../fixtures/crm/${file}`, import.meta.url), 'utf8'))[0];

// Salesforce "Opportunities" report, Details Only export (Classic and Lightning
// column labels), with Opportunity ID and Last Activity added to the report.
const SALESFORCE_REPORT = [
  'Opportunity Owner',
  'Account Name',
  'Opportunity Name',
  'Stage',
  'Fiscal Period',
  'Amount',
  'Probability (%)',
  'Age',
  'Close Date',
  'Created Date',
  'Next Step',
  'Lead Source',
  'Type',
  'Opportunity ID',
  'Last Activity',
];

// HubSpot deals export: Record ID first, then the view's columns (property labels).
const HUBSPOT_EXPORT = [
  'Record ID',
  'Deal Name',
  'Deal Stage',
  'Close Date',
  'Deal owner',
  'Amount',
  'Pipeline',
  'Create Date',
  'Deal probability',
  'Closed Lost Reason',
  'Associated Company',
  'Last Activity Date',
  'Deal Type',
];

// Pipedrive deals export: every deal field prefixed "Deal - ".
const PIPEDRIVE_EXPORT = [
  'Deal - ID',
  'Deal - Title',
  'Deal - Creator',
  'Deal - Owner',
  'Deal - Value',
  'Deal - Currency of Value',
  'Deal - Probability',
  'Deal - Organization',
  'Deal - Pipeline',
  'Deal - Contact person',
  'Deal - Stage',
  'Deal - Label',
  'Deal - Status',
  'Deal - Deal created',
  'Deal - Update time',
  'Deal - Last stage change',
  'Deal - Next activity date',
  'Deal - Last activity date',
  'Deal - Won time',
  'Deal - Lost time',
  'Deal - Deal closed on',
  'Deal - Lost reason',
  'Deal - Expected close date',
];

// Zoho CRM Deals module export (field labels).
const ZOHO_EXPORT = [
  'Record Id',
  'Deal Owner',
  'Deal Name',
  'Amount',
  'Closing Date',
  'Account Name',
  'Stage',
  'Type',
  'Probability (%)',
  'Expected Revenue',
  'Next Step',
  'Lead Source',
  'Contact Name',
  'Created By',
  'Modified By',
  'Created Time',
  'Modified Time',
  'Last Activity Time',
  'Currency',
  'Reason For Loss',
  'Description',
];

// Chinese CRM opportunity export (商机 list).
const CHINESE_EXPORT = [
  '商机名称',
  '客户名称',
  '负责人',
  '商机阶段',
  '商机金额',
  '成交概率',
  '创建时间',
  '结单日期',
  '输单原因',
];

describe('CRM export headers', () => {
  it.each([
    ['salesforce-opportunities.csv', SALESFORCE_REPORT],
    ['hubspot-deals.csv', HUBSPOT_EXPORT],
    ['pipedrive-deals.csv', PIPEDRIVE_EXPORT],
    ['zoho-deals.csv', ZOHO_EXPORT],
    ['chinese-crm-opportunities.csv', CHINESE_EXPORT],
  ])('the fixture %s has the documented header row', (file, header) => {
    expect(fixtureHeader(file)).toEqual(header);
  });

  it('maps a Salesforce report export', () => {
    expect(fieldsOf(SALESFORCE_REPORT)).toEqual({
      owner: 'Opportunity Owner',
      account: 'Account Name',
      name: 'Opportunity Name',
      stage: 'Stage',
      amount: 'Amount',
      probability: 'Probability (%)',
      closeDate: 'Close Date',
      created: 'Created Date',
      nextStep: 'Next Step',
      source: 'Lead Source',
      segment: 'Type',
      id: 'Opportunity ID',
      lastActivity: 'Last Activity',
    });
  });

  it('maps a multi-currency Salesforce report: Amount, not Amount (Converted)', () => {
    const header = [
      'Opportunity Name',
      'Stage',
      'Amount Currency',
      'Amount',
      'Amount (Converted) Currency',
      'Amount (Converted)',
      'Forecast Category',
    ];
    const match = matchColumns(header, DEAL_COLUMN_ALIASES, undefined, 'test');
    expect(fieldsOf(header)).toEqual({
      name: 'Opportunity Name',
      stage: 'Stage',
      currency: 'Amount Currency',
      amount: 'Amount',
      forecastOverride: 'Forecast Category',
    });
    expect(match.duplicates).toEqual(['Amount (Converted)']);
  });

  it('maps Salesforce API names (Data Loader)', () => {
    const header = [
      'Id',
      'Name',
      'Account.Name',
      'Owner.Name',
      'StageName',
      'Amount',
      'Probability',
      'CloseDate',
      'CreatedDate',
      'LastActivityDate',
      'LeadSource',
      'Type',
      'NextStep',
      'ForecastCategoryName',
      'CurrencyIsoCode',
      'ExpectedRevenue',
      'OwnerId',
    ];
    expect(fieldsOf(header)).toEqual({
      id: 'Id',
      name: 'Name',
      account: 'Account.Name',
      owner: 'Owner.Name',
      stage: 'StageName',
      amount: 'Amount',
      probability: 'Probability',
      closeDate: 'CloseDate',
      created: 'CreatedDate',
      lastActivity: 'LastActivityDate',
      source: 'LeadSource',
      segment: 'Type',
      nextStep: 'NextStep',
      forecastOverride: 'ForecastCategoryName',
      currency: 'CurrencyIsoCode',
    });
  });

  it('maps a HubSpot deals export and leaves Pipeline alone', () => {
    expect(fieldsOf(HUBSPOT_EXPORT)).toEqual({
      id: 'Record ID',
      name: 'Deal Name',
      stage: 'Deal Stage',
      closeDate: 'Close Date',
      owner: 'Deal owner',
      amount: 'Amount',
      created: 'Create Date',
      probability: 'Deal probability',
      lossReason: 'Closed Lost Reason',
      account: 'Associated Company',
      lastActivity: 'Last Activity Date',
      segment: 'Deal Type',
    });
    const more = [
      'Associated Company (Primary)',
      'Next Activity Date',
      'Forecast category',
      'Forecast amount',
      'Original Source Type',
    ];
    expect(fieldsOf(more)).toEqual({
      account: 'Associated Company (Primary)',
      nextStepDate: 'Next Activity Date',
      forecastOverride: 'Forecast category',
      source: 'Original Source Type',
    });
  });

  it('maps a Pipedrive deals export, status and won/lost times included', () => {
    const match = matchColumns(PIPEDRIVE_EXPORT, DEAL_COLUMN_ALIASES, undefined, 'test');
    expect(fieldsOf(PIPEDRIVE_EXPORT)).toEqual({
      id: 'Deal - ID',
      name: 'Deal - Title',
      owner: 'Deal - Owner',
      amount: 'Deal - Value',
      currency: 'Deal - Currency of Value',
      probability: 'Deal - Probability',
      account: 'Deal - Organization',
      stage: 'Deal - Stage',
      status: 'Deal - Status',
      created: 'Deal - Deal created',
      stageEntered: 'Deal - Last stage change',
      nextStepDate: 'Deal - Next activity date',
      lastActivity: 'Deal - Last activity date',
      wonDate: 'Deal - Won time',
      lostDate: 'Deal - Lost time',
      lossReason: 'Deal - Lost reason',
      closeDate: 'Deal - Expected close date',
    });
    expect(match.ignored).toEqual([
      'Deal - Creator',
      'Deal - Pipeline',
      'Deal - Contact person',
      'Deal - Label',
      'Deal - Update time',
      'Deal - Deal closed on',
    ]);
    // older exports
    expect(fieldsOf(['Deal - Currency', 'Deal - Weighted value'])).toEqual({
      currency: 'Deal - Currency',
    });
  });

  it('maps a Zoho CRM deals export; Expected Revenue is not the amount', () => {
    const match = matchColumns(ZOHO_EXPORT, DEAL_COLUMN_ALIASES, undefined, 'test');
    expect(fieldsOf(ZOHO_EXPORT)).toEqual({
      id: 'Record Id',
      owner: 'Deal Owner',
      name: 'Deal Name',
      amount: 'Amount',
      closeDate: 'Closing Date',
      account: 'Account Name',
      stage: 'Stage',
      segment: 'Type',
      probability: 'Probability (%)',
      nextStep: 'Next Step',
      source: 'Lead Source',
      created: 'Created Time',
      lastActivity: 'Modified Time',
      currency: 'Currency',
      lossReason: 'Reason For Loss',
    });
    expect(match.ignored).toContain('Expected Revenue');
    expect(match.duplicates).toEqual(['Last Activity Time']);
    expect(fieldsOf(['Last Activity Time'])).toEqual({ lastActivity: 'Last Activity Time' });
  });

  it('maps a Chinese CRM export', () => {
    expect(fieldsOf(CHINESE_EXPORT)).toEqual({
      name: '商机名称',
      account: '客户名称',
      owner: '负责人',
      stage: '商机阶段',
      amount: '商机金额',
      probability: '成交概率',
      created: '创建时间',
      closeDate: '结单日期',
      lossReason: '输单原因',
    });
    const other = [
      '商机编号',
      '机会名称',
      '销售阶段',
      '销售金额',
      '赢率',
      '预计结单日期',
      '商机来源',
      '币种',
      '最后跟进时间',
      '下次联系时间',
    ];
    expect(fieldsOf(other)).toEqual({
      id: '商机编号',
      name: '机会名称',
      stage: '销售阶段',
      amount: '销售金额',
      probability: '赢率',
      closeDate: '预计结单日期',
      source: '商机来源',
      currency: '币种',
      lastActivity: '最后跟进时间',
      nextStepDate: '下次联系时间',
    });
  });

  it('maps the public CRM sample (sales_pipeline.csv)', () => {
    const header = fixtureHeader('crm-sample-sales-pipeline.csv');
    expect(fieldsOf(header)).toEqual({
      id: 'opportunity_id',
      owner: 'sales_agent',
      product: 'product',
      account: 'account',
      stage: 'deal_stage',
      created: 'engage_date',
      closeDate: 'close_date',
      amount: 'close_value',
    });
  });

  it('gives every alias to one field only', () => {
    const owner = new Map<string, string>();
    for (const [field, names] of Object.entries(DEAL_COLUMN_ALIASES)) {
      for (const name of [field, ...names]) {
        const key = headerKey(name);
        expect(owner.get(key) ?? field, `${name} (${field})`).toBe(field);
        owner.set(key, field);
      }
    }
  });
});
