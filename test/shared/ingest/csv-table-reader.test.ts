import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeTable } from '../../../shared/analysis/analyze-table';
import { CsvTableReader, ingestCsvTable } from '../../../shared/ingest/csv-table-reader';
import { daysFromCivil } from '../../../shared/ingest/days-from-civil';
import { ingestInPieces, tableDifferences, tableRows } from './table-equivalence';

// The table reader must read every file exactly as ingestCsv does (same
// deals, errors, warnings, decisions and report), whether it gets the text
// whole or in pieces split anywhere, even inside a quoted cell or a CRLF.

const fixtures = new URL('../../fixtures/crm/', import.meta.url);

describe('ingestCsvTable against ingestCsv', () => {
  for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.csv'))) {
    it(`reads ${file} as ingestCsv does`, () => {
      const text = readFileSync(new URL(file, fixtures), 'utf8');
      expect(tableDifferences(text, {}, [1000, 4096])).toEqual([]);
    });
  }

  // Each text takes the fast path for some rows and the row reader for others.
  const cases: [string, string][] = [
    ['plain rows', 'Stage,Amount,Owner\nProposal,1200,Maya\nClosed Won,99.5,Li\n'],
    ['CRLF and quoted cells', 'Stage,Amount,Owner\r\n"Proposal",1200,"Maya, Li"\r\nWon,5,Li\r\n'],
    ['a quoted line break', 'Stage,Note,Amount\nProposal,"two\nlines",10\nWon,x,20\n'],
    ['doubled quotes', 'Stage,Owner,Amount\nProposal,"Maya ""M""",10\n'],
    [
      // As Salesforce writes a quote inside a next step it does not read.
      'doubled quotes in a skipped cell',
      'Stage,Next Step,Amount\nProposal,"Send ""Pilot"" SOW, then call",10\nWon,"""",5\nLost,"a""",6\nWon,"""x"", y",7\nLost,"b""c,8\n',
    ],
    ['an unclosed quote', 'Stage,Owner,Amount\nProposal,"Maya,10\nWon,Li,5\n'],
    ['text after a closing quote', 'Stage,Owner,Amount\nProposal,"Maya" Li,10\n'],
    ['blank lines and a short row', 'Stage,Amount\n\nProposal,10\n,\nWon\nLost,3,4\n'],
    ['spaces around cells', 'Stage, Amount ,Owner\n Proposal , 12 ,  Maya \n'],
    ['a blank stage', 'Stage,Amount\n,10\nProposal,5\n'],
    ['an unknown stage', 'Stage,Amount\nSigned,10\nProposal,5\nSigned,1\n'],
    ['no final line break', 'Stage,Amount\nProposal,10'],
    ['a byte order mark', '\ufeffStage,Amount\nProposal,10\n'],
    ['decimal commas', 'Stage;Amount\nProposal;1.234,50\nWon;12,5\n'],
    [
      'dotted amounts after a grouped one',
      'Stage,Amount\nProposal,"1,250"\nWon,12.500\nLost,12.5\n',
    ],
    ['dots that cannot settle', 'Stage,Amount\nProposal,12.500\nWon,"1,250"\n'],
    ['money with symbols', 'Stage,Amount\nProposal,$1200\nWon,€5\n'],
    [
      // Rows the row reader reads keep only what the table uses: every text
      // column, long texts (cut from the piece) and "lost at stage" still count.
      'row reader rows with every text column',
      'Deal ID,Deal Name,Account,Owner,Source,Product,Segment,Competitor,Loss Reason,Lost At Stage,Next Step,Stage,Amount\n' +
        'D1,A very long deal name indeed,Harborriver Partners Inc.,Christopher Johnson,Trade Show Referral,Enterprise Suite Plus,Mid-Market Healthcare,Competitor Incorporated,Price was far too high,Negotiation/Review,Call back next quarter,Closed Lost,$1200\n' +
        'D2,Short,Acme,Li,Web,Suite,SMB,Rival,Price,Proposal,Call,Closed Lost,1200\n' +
        'D3,Another long deal name here,Harborriver Partners Inc.,Christopher Johnson,Trade Show Referral,Enterprise Suite Plus,Mid-Market Healthcare,,,,,Negotiation/Review,$99.50\n',
    ],
    [
      'slash dates settled late',
      'Stage,Created,Close Date\nWon,01/02/2026,03/04/2026\nLost,2026-01-05,25/04/2026\n',
    ],
    ['slash dates never settled', 'Stage,Close Date\nWon,01/02/2026\n'],
    [
      'slash dates waiting for a later row to settle them',
      'Stage,Amount,Created,Close Date\nWon,10,01/02/2026,03/04/2026\nLost,5,2/3/2026,4/5/2026\nWon,7,1/2/2026,12/25/2026\nProposal,3,2026-01-01,1.2.2026\n',
    ],
    [
      'dates that disagree on their order, close date column first',
      'Stage,Close Date,Created\nWon,13/01/2026,01/13/2026\n',
    ],
    [
      // As Salesforce and Zoho write them: every cell in quotes.
      'every cell quoted',
      '"Stage","Amount","Created","Close Date","Owner","Lost At Stage","M","E","D1","D2","P","I","C1","C2"\n' +
        '"Proposal","1200","2026-01-05","12/17/2026","Maya Chen","","3","2","1","","2","3","1","2"\n' +
        '"Closed Lost","99.5","2026-01-06 09:30","Jan 5, 2026","Li, Wei","Proposal","","","","","","","",""\n' +
        '"Closed Won","1,250","2026-01-07","2026-02-01","Maya Chen","","4","1","1","1","1","1","1","1"\n' +
        '"","5","","","","","","","","","","","",""\n' +
        '"Proposal","7","2026-01-08","","Ann ""A"" Lee","","2x","1","1","1","1","1","1","1"\n',
    ],
    ['dotted and dashed day-first dates', 'Stage,Created\nWon,15.01.2026\nLost,16-01-2026\n'],
    [
      // As HubSpot, Pipedrive and Chinese CRMs write them: the time is dropped.
      'dates with times, and other forms the date reader takes',
      'Stage,Created,Close Date,Last Activity\n' +
        'Won,2026-04-17 09:41,2026-05-01 17:05:46,2026-01-05T23:00:00-05:00\n' +
        'Lost,2026-02-02T08:00:00Z,5 Jan 2026,20260105\n' +
        'Won,2026/1/5,2026.01.05, 2026-01-07 \n' +
        'Lost,2026-01-05 banana,2026-02-30 10:00,x\n' +
        'Won,2026-03-01 10:00,13/04/2026 09:00,2026-01-05 12:00:00 and a very long tail after it\n',
    ],
    [
      'a slash date and a bad amount in one row',
      'Stage,Amount,Created\nWon,abc,01/02/2026\nLost,5,13/02/2026\n',
    ],
    [
      'bad dates',
      'Stage,Close Date\nWon,2026-02-30\nWon,2026-13-01\nWon,1899-12-31\nWon,1969-12-31\n',
    ],
    [
      'MEDDPICC scores',
      'Stage,M,E,D1,D2,P,I,C1,C2\nProposal,3,3,2,2,3,3,2,1\nProposal,,,,,,,,\nProposal,4,1,1,1,1,1,1,1\nProposal,3,,,,,,,\n',
    ],
    [
      'MEDDPICC scores quoted, zero, spaced or followed by more text',
      'Stage,M,E,D1,D2,P,I,C1,C2,Amount\nProposal,"2",1,1,1,1,1,1,1,5\nProposal,0,1,1,1,1,1,1,1,6\nProposal, 2,1,1,1,1,1,1,1,7\nProposal,2x,1,1,1,1,1,1,1,8\nProposal,1,1,1,1,1,1,1,1,9\n',
    ],
    [
      'a MEDDPICC score as the last cell',
      'Stage,Amount,M\nProposal,5,2\nProposal,6,\nProposal,7,3 \nProposal,8,23\nProposal,9\n',
    ],
    [
      'lost at stage',
      'Stage,Lost At Stage,Amount\nClosed Lost,Proposal,5\nClosed Lost,Nowhere,6\nClosed Lost,,7\n',
    ],
    ['a status column', 'Stage,Status,Amount\nProposal,won,5\nProposal,open,6\n'],
    ['a probability column', 'Stage,Probability,Amount\nProposal,20,5\nProposal,0.5,6\n'],
    [
      // Fractions until a later row above 1 proves percent; errors for cells
      // out of range come in row order, from fast rows and row reader rows alike.
      'probabilities settled from every row, fast or not',
      'Stage,Probability,Amount\n' +
        'Proposal,0.5,1\n' + // a dot the row reader must settle first
        'Proposal,0.25,2\n' +
        'Proposal,150%,3\n' +
        'Proposal,$5,4\n' + // the row reader's row (the amount), its probability blank
        'Proposal,-5,5\n' +
        'Proposal,40,$6\n' +
        'Proposal,120,7\n' +
        'Proposal,,8\n' +
        'Proposal,abc,9\n' +
        'Proposal,12.5%,10\n',
    ],
    [
      'probabilities as fractions only',
      'Stage,Probability,Amount\nProposal,0.5,1\nProposal,1,2\nWon,0,3\nLost,1.5,4\n',
    ],
    [
      'a percent header',
      'Stage,Probability (%),Amount\nProposal,0.5,1\nProposal,1,2\nWon,100,3\nLost,"20%",$4\n',
    ],
    ['a long number', 'Stage,Amount\nProposal,12345678901234567890\nWon,0.1234567890123456\n'],
    ['semicolons and tabs', 'Stage\tAmount\tOwner\nProposal\t10\tMaya\n'],
    ['only a header', 'Stage,Amount\n'],
    ['nothing', ''],
    ['no stage column', 'Amount,Owner\n10,Maya\n'],
  ];
  for (const [name, text] of cases) {
    it(`reads ${name} as ingestCsv does, whole and in pieces`, () => {
      expect(tableDifferences(text, {}, [1, 2, 3, 5, 8])).toEqual([]);
    });
  }

  it('tells apart many texts of one length that differ in one character, plain or quoted', () => {
    // 700 owners (their characters outgrow the dictionary's first buffers),
    // each read twice: once plain, once quoted, so both lookups find the
    // code the first row gave. Names differ only in their last characters.
    const lines = ['Stage,Owner,Amount'];
    const names: string[] = [];
    for (let k = 0; k < 700; k++) {
      const name = `${k % 2 === 0 ? '销售代表' : 'Representative'} number ${String(k).padStart(4, '0')}`;
      names.push(name);
      lines.push(`Proposal,${name},${k}`);
    }
    for (let k = 699; k >= 0; k--) lines.push(`Proposal,"${names[k]}",${k}`);
    const text = `${lines.join('\n')}\n`;
    expect(tableDifferences(text, {}, [1000, 4096])).toEqual([]);
    const { table } = ingestCsvTable(text);
    const owner = table.text.owner;
    // Blank (code 0) plus the 700 names, each on its two rows.
    expect(owner?.values.length).toBe(701);
    for (let i = 0; i < 700; i++) {
      expect(owner?.values[owner.codes[i]]).toBe(names[i]);
      expect(owner?.codes[1399 - i]).toBe(owner?.codes[i]);
    }
  });

  it('reads text of many windows of character codes: ASCII and not, long lines, quoted line breaks', () => {
    // The fast path copies about 65,536 characters of whole lines at a time:
    // this text spans several such windows, some of ASCII only and some with
    // Chinese or accented names, a line longer than a window, a quoted cell
    // with a line break near a window's end, CRLF line ends and a last line
    // without its line end. Every row must come out as ingestCsv reads it.
    const owners = [
      'Maya Chen',
      'Ben Li',
      '王芳',
      'Zoë Müller',
      'Priya Nair',
      '\u3000李娜\u3000', // ideographic spaces, trimmed as ingestCsv trims them
      '"张伟, 华东"',
      'Sales 😀 Team', // a surrogate pair
      'Ben\ud800', // a lone surrogate: UTF-8 has only U+FFFD for it
      'Ben\ufffd', // a real U+FFFD, told apart from the lone surrogate
    ];
    const lines = ['Deal Name,Owner,Stage,Amount,Close Date,Metrics,Champion'];
    for (let k = 0; k < 6000; k++) {
      const owner = owners[k < 2500 ? k % 2 : k % owners.length];
      const name =
        k === 3000 ? 'x'.repeat(70_000) : k === 1400 ? '"Line one\nline two"' : `Deal ${k}`;
      const day = String((k % 28) + 1).padStart(2, '0');
      lines.push(`${name},${owner},Proposal,${1000 + k}.5,2026-03-${day},${(k % 3) + 1},2`);
    }
    const text = `${lines.join('\r\n')}`;
    expect(text.length).toBeGreaterThan(4 * 65_536);
    expect(tableDifferences(text, {}, [65_537, 100_000])).toEqual([]);
    const { table } = ingestCsvTable(text);
    // The hand-written rows: 6,000 deals, the k-th with amount 1000 + k + 0.5.
    expect(table.length).toBe(6000);
    expect(table.amount[5999]).toBe(6999.5);
    const owner = table.text.owner;
    expect(owner?.values[owner.codes[2502]]).toBe('王芳');
    expect(owner?.values[owner.codes[2503]]).toBe('Zoë Müller');
  });

  it('keeps the options: date order, decimal mark, stage mapping, first row', () => {
    const text =
      'Stage,Amount,Close Date\nSigned,12.500,01/02/2026\nProposal,"1.250,5",03/04/2026\n';
    const options = {
      dateOrder: 'DMY' as const,
      decimal: 'comma' as const,
      stageMapping: { Signed: 'Closed Won' },
      firstRow: 5,
    };
    expect(tableDifferences(text, options, [1, 7])).toEqual([]);
  });

  it('keeps only the texts asked for, on both paths', () => {
    const text =
      'Stage,Amount,Owner,Source,Competitor\nProposal,$5,Christopher Johnson,Trade Show Referral,Rival Incorporated\nProposal,6,Christopher Johnson,Web,Rival\n';
    expect(tableDifferences(text, {}, [1, 4])).toEqual([]);
    // Only the owner is kept; the source and competitor of both rows (one
    // read on the fast path, one by the row reader) are not in the table.
    const { table } = ingestCsvTable(text, { texts: ['owner'] });
    expect(table.text.owner?.values).toEqual(['', 'Christopher Johnson']);
    expect(table.text.source).toBeUndefined();
    expect(table.text.competitor).toBeUndefined();
  });
});

describe('CsvTableReader', () => {
  it('reads typed columns straight from the text', () => {
    const text =
      'Stage,Amount,Owner,Created,Close Date\nClosed Won,1200.5,Maya,2026-01-01,2026-01-31\nProposal,-30,,2026-02-01,\n';
    const { table } = ingestCsvTable(text);
    // Hand-worked: 2026-01-31 - 2026-01-01 = 30 days; blanks are NaN or code 0.
    expect(Array.from(table.amount)).toEqual([1200.5, -30]);
    expect(table.closeDate[0] - table.created[0]).toBe(30);
    expect(table.created[1]).toBe(daysFromCivil(2026, 2, 1));
    expect(Number.isNaN(table.closeDate[1])).toBe(true);
    expect(tableRows(table).map((r) => r.owner)).toEqual(['Maya', '']);
    expect(tableRows(table).map((r) => r.stage)).toEqual(['Closed Won', 'Proposal']);
  });

  it('gives the same report in pieces of any size', () => {
    const rows = ['Stage,Amount,Owner,Created,Close Date'];
    for (let i = 0; i < 200; i++) {
      const stage = ['Proposal', 'Closed Won', 'Closed Lost', 'Discovery'][i % 4];
      rows.push(
        `${stage},${(i * 37.25).toFixed(2)},"Owner ${i % 7}",2025-0${(i % 9) + 1}-10,2026-01-${10 + (i % 18)}`,
      );
    }
    const text = `${rows.join('\n')}\n`;
    const whole = ingestCsvTable(text);
    const report = analyzeTable(whole.table, { stages: whole.stages, asOf: 20_454 });
    for (const size of [1, 13, 64, 1000]) {
      const pieces = ingestInPieces(text, size);
      expect(analyzeTable(pieces.table, { stages: pieces.stages, asOf: 20_454 })).toEqual(report);
    }
    // Hand count: 50 of each stage; Closed Won rows are i = 1, 5, 9, ...
    expect(report.winLoss.won).toBe(50);
    expect(report.pipeline.open.count).toBe(100);
  });

  it('keeps only the texts asked for, and refuses to group by one left out', () => {
    const text = 'Stage,Owner,Product,Amount\nClosed Won,Maya,Suite,10\nClosed Lost,Li,Suite,5\n';
    const { table, stages } = ingestCsvTable(text, { texts: ['owner'] });
    expect(table.text.owner?.values).toEqual(['', 'Maya', 'Li']);
    expect(table.text.product).toBeUndefined();
    // Hand count: Maya won 10, Li lost 5.
    const report = analyzeTable(table, { stages, groupBy: ['owner'] });
    expect(report.winLoss.by.owner?.map((g) => [g.key, g.won, g.lost])).toEqual([
      ['Maya', 1, 0],
      ['Li', 0, 1],
    ]);
    expect(() => analyzeTable(table, { stages, groupBy: ['product'] })).toThrow(/product/);
  });

  it('refuses lone CR line ends in pieces, which only the whole text can turn into LF', () => {
    const reader = new CsvTableReader();
    expect(() => reader.push('Stage,Amount\rProposal,10\r')).toThrow(/lone CR/);
    // Whole, the text reads as ingestCsv reads it.
    expect(tableDifferences('Stage,Amount\rProposal,10\r')).toEqual([]);
  });
});
