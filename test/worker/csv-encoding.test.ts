import { describe, expect, it } from 'vitest';
import { call, problemOf } from './helpers';

// Bodies are built as bytes, the way spreadsheet programs save them:
// TextEncoder only writes UTF-8.

/** windows-1252 bytes 0x80..0x9F (WHATWG Encoding Standard index); '' = unassigned. */
// biome-ignore format: one row per 16 bytes
const CP1252_HIGH = [
  '€', '', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '', 'Ž', '',
  '', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '', 'ž', 'Ÿ',
];

/** Text as windows-1252 bytes (Excel's "CSV" in Western Europe). */
function cp1252(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    const high = CP1252_HIGH.indexOf(ch);
    if (high < 0) throw new Error(`"${ch}" has no windows-1252 byte`);
    return 0x80 + high;
  });
}

/** Text as UTF-16 bytes after a byte order mark (Excel's "Unicode text" is UTF-16LE). */
function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = [endian === 'le' ? 0xff : 0xfe, endian === 'le' ? 0xfe : 0xff];
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (endian === 'le') bytes.push(unit & 0xff, unit >> 8);
    else bytes.push(unit >> 8, unit & 0xff);
  }
  return Uint8Array.from(bytes);
}

/** GB18030 (= GB2312 here) codes of the Chinese characters the tests use. */
const GB18030: Record<string, number[]> = {
  张: [0xd5, 0xc5],
  伟: [0xce, 0xb0],
  赢: [0xd3, 0xae],
  单: [0xb5, 0xa5],
};

/** Text as GB18030 bytes (Excel's "CSV" on Chinese Windows); ASCII and the characters above. */
function gb18030(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].flatMap((ch) => {
      if (ch.charCodeAt(0) < 0x80) return [ch.charCodeAt(0)];
      const code = GB18030[ch];
      if (!code) throw new Error(`"${ch}" is not in the test's GB18030 table`);
      return code;
    }),
  );
}

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

const postCsv = (body: Uint8Array, contentType = 'text/csv') =>
  call('/v1/analyze', { method: 'POST', headers: { 'content-type': contentType }, body });

interface Answer {
  report: {
    deals: number;
    winLoss: { won: number; by: { owner: { key: string; won: number; wonAmount: number }[] } };
  };
  columns: Record<string, string>;
  errors: unknown[];
}

const answerOf = async (res: Response) => {
  expect(res.status).toBe(200);
  return (await res.json()) as Answer;
};
const ownersOf = (answer: Answer) => answer.report.winLoss.by.owner.map((g) => g.key).sort();

const WESTERN = [
  'Deal ID,Account,Owner,Stage,Amount,Close Date',
  'D-1,Café Noël,Zoë Müller,Closed Won,€1200,2026-01-15',
  'D-2,Brasserie Œuf,François Lefèvre,Proposal,€800,2026-04-30',
].join('\r\n');

describe('text/csv bodies in other charsets', () => {
  it('reads a windows-1252 body declared as such, € (0x80) included', async () => {
    const answer = await answerOf(await postCsv(cp1252(WESTERN), 'text/csv; charset=windows-1252'));
    expect(answer.errors).toEqual([]);
    expect(ownersOf(answer)).toEqual(['François Lefèvre', 'Zoë Müller']);
    // €1200 read as 1200: the € came through as U+20AC, which the amount reader knows.
    expect(answer.report.winLoss.by.owner.find((g) => g.key === 'Zoë Müller')).toMatchObject({
      won: 1,
      wonAmount: 1200,
    });
  });

  it('reads iso-8859-1 as windows-1252, as the Encoding Standard does, quoted or not', async () => {
    const answer = await answerOf(
      await postCsv(cp1252(WESTERN), 'text/csv; header=present; charset="ISO-8859-1"'),
    );
    expect(ownersOf(answer)).toEqual(['François Lefèvre', 'Zoë Müller']);
    expect(answer.report.winLoss.by.owner[0].wonAmount).toBe(1200);
  });

  it('reads an Excel "Unicode text" export: UTF-16LE with a BOM, tab-delimited', async () => {
    const text = WESTERN.replaceAll(',', '\t').replace('Zoë Müller', '张伟');
    const answer = await answerOf(await postCsv(utf16(text, 'le')));
    expect(answer.columns.id).toBe('Deal ID');
    expect(ownersOf(answer)).toEqual(['François Lefèvre', '张伟']);
  });

  it('reads UTF-16BE with a BOM, whatever charset is declared', async () => {
    const answer = await answerOf(
      await postCsv(utf16(WESTERN, 'be'), 'text/csv; charset=windows-1252'),
    );
    expect(ownersOf(answer)).toEqual(['François Lefèvre', 'Zoë Müller']);
  });

  it('drops a UTF-8 BOM, so the first header is found', async () => {
    const body = concat(Uint8Array.of(0xef, 0xbb, 0xbf), new TextEncoder().encode(WESTERN));
    const answer = await answerOf(await postCsv(body));
    expect(answer.columns.id).toBe('Deal ID');
    expect(ownersOf(answer)).toEqual(['François Lefèvre', 'Zoë Müller']);
  });

  it('reads GB18030 declared as such (Excel "CSV" on Chinese Windows)', async () => {
    const text = [
      'Deal ID,Account,Owner,Stage,Amount,Close Date',
      'D-1,Acme,张伟,赢单,5000,2026-02-01',
    ].join('\r\n');
    const answer = await answerOf(await postCsv(gb18030(text), 'text/csv; charset=GB18030'));
    // 赢单 is an alias of Closed Won (playbook §1 stage table).
    expect(answer.report.winLoss.by.owner).toMatchObject([
      { key: '张伟', won: 1, wonAmount: 5000 },
    ]);
  });

  it('reads gbk and gb2312 labels too', async () => {
    const text = 'Deal ID,Owner,Stage,Amount\r\nD-1,张伟,赢单,5000';
    for (const charset of ['gbk', 'gb2312']) {
      const answer = await answerOf(await postCsv(gb18030(text), `text/csv; charset=${charset}`));
      expect(ownersOf(answer)).toEqual(['张伟']);
    }
  });
});

describe('text/csv bodies that cannot be read as declared', () => {
  it('refuses undeclared windows-1252 with 415 naming the line, the byte and the charset to declare', async () => {
    // Line 1 is the header, line 2 holds "Café" (é = 0xE9): the first bad byte.
    const res = await postCsv(cp1252(WESTERN));
    const body = await problemOf(res);
    expect(body.status).toBe(415);
    expect(body.detail).toMatch(/not valid UTF-8/);
    expect(body.detail).toMatch(/line 2/);
    expect(body.detail).toMatch(/0xE9/);
    expect(body.detail).toMatch(/charset=windows-1252/);
    expect(body.detail).toMatch(/gb18030/i);
    expect(body.errors[0]).toMatchObject({ row: 2, field: 'body', value: '0xE9' });
  });

  it('counts the offset from the start of the body, BOM included', async () => {
    // BOM (3 bytes) + "a,b\n" (4 bytes) + "x" → the lone continuation byte 0x80 is at offset 8.
    const body = concat(
      Uint8Array.of(0xef, 0xbb, 0xbf),
      new TextEncoder().encode('a,b\nx'),
      Uint8Array.of(0x80),
    );
    const problem = await problemOf(await postCsv(body, 'text/csv; charset=utf-8'));
    expect(problem.status).toBe(415);
    expect(problem.detail).toMatch(/byte 0x80 at offset 8, line 2/);
  });

  it('refuses a declared charset it does not know with 415 naming it and the supported ones', async () => {
    const body = await problemOf(
      await postCsv(new TextEncoder().encode('a,b'), 'text/csv; charset=x-klingon'),
    );
    expect(body.status).toBe(415);
    expect(body.detail).toMatch(/"x-klingon"/);
    expect(body.detail).toMatch(/windows-1252/);
    expect(body.detail).toMatch(/gb18030/);
    expect(body.errors[0]).toMatchObject({ field: 'content-type', value: 'x-klingon' });
  });

  it('refuses bytes that are not GB18030 when GB18030 is declared, naming the line', async () => {
    const body = concat(gb18030('Deal ID,Owner\r\nD-1,张伟\r\nD-2,'), Uint8Array.of(0xff, 0x30));
    const problem = await problemOf(await postCsv(body, 'text/csv; charset=gb18030'));
    expect(problem.status).toBe(415);
    expect(problem.detail).toMatch(/not valid gb18030/);
    expect(problem.detail).toMatch(/line 3/);
  });

  it('refuses UTF-16 with an unpaired surrogate rather than putting U+FFFD in', async () => {
    const body = concat(utf16('Deal ID\tOwner\nD-1\t', 'le'), Uint8Array.of(0x00, 0xd8));
    const problem = await problemOf(await postCsv(body));
    expect(problem.status).toBe(415);
    expect(problem.detail).toMatch(/UTF-16LE/);
    expect(problem.detail).toMatch(/line 2/);
  });
});

/** A body sent as a stream of pieces of `size` bytes, split anywhere (inside a character too). */
const inPieces = (bytes: Uint8Array, size: number) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < bytes.length; at += size) {
        controller.enqueue(bytes.slice(at, at + size));
      }
      controller.close();
    },
  });

const postStream = (bytes: Uint8Array, size: number, contentType = 'text/csv') =>
  call('/v1/analyze', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: inPieces(bytes, size),
    duplex: 'half',
  } as RequestInit);

describe('text/csv bodies read as they arrive', () => {
  // 6,000 deals of 'D-n,Zoë Müller,Closed Won,1000\n' or 'D-n,François,Closed Lost,500\n':
  // over 200 KB, the JSON limit of the test configuration (MAX_BODY_BYTES).
  const rows = ['Deal ID,Owner,Stage,Amount'];
  for (let i = 0; i < 6000; i++) {
    rows.push(
      i % 3 === 0 ? `D-${i},Zoë Müller,Closed Won,1000` : `D-${i},François,Closed Lost,500`,
    );
  }
  const text = `${rows.join('\n')}\n`;

  it('reads a body past the JSON limit in pieces that split characters, every deal counted', async () => {
    const bytes = new TextEncoder().encode(text);
    expect(bytes.length).toBeGreaterThan(200_000);
    for (const size of [7, 4096]) {
      const answer = await answerOf(await postStream(bytes, size));
      // Hand count: i = 0, 3, …, 5997 are won: 2,000 deals × 1,000.
      expect(answer.report.deals).toBe(6000);
      expect(answer.report.winLoss.won).toBe(2000);
      const zoe = answer.report.winLoss.by.owner.find((g) => g.key === 'Zoë Müller');
      expect(zoe).toMatchObject({ won: 2000, wonAmount: 2_000_000 });
    }
    // JSON with the same text is over MAX_BODY_BYTES.
    const json = await call('/v1/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ csv: text }),
    });
    expect(json.status).toBe(413);
  });

  it('names the line and offset of a bad byte far into a streamed body', async () => {
    // The 6,001 lines above, then "x" and a lone 0xE9 on line 6,002: its
    // offset is the byte length of the text plus 1.
    const good = new TextEncoder().encode(`${text}x`);
    const body = concat(good, Uint8Array.of(0xe9), new TextEncoder().encode(',y\n'));
    for (const size of [5, 1000]) {
      const problem = await problemOf(await postStream(body, size));
      expect(problem.status).toBe(415);
      expect(problem.detail).toMatch(new RegExp(`byte 0xE9 at offset ${good.length}, line 6002`));
    }
  });

  it('names the line of a bad GB18030 byte in a later piece', async () => {
    // Line 3 holds 0xFF, which starts no GB18030 character.
    const body = concat(
      gb18030('Owner,Stage,Amount\n张伟,赢单,10\n'),
      Uint8Array.of(0xff, 0x2c),
      gb18030('x,1\n'),
    );
    const problem = await problemOf(await postStream(body, 3, 'text/csv; charset=gb18030'));
    expect(problem.status).toBe(415);
    expect(problem.detail).toMatch(/not valid gb18030/);
    expect(problem.detail).toMatch(/line 3/);
  });

  it('reads old Mac line ends (lone CR) in a streamed body', async () => {
    const body = new TextEncoder().encode('Stage,Amount\rProposal,10\rClosed Won,5\r');
    const answer = await answerOf(await postStream(body, 4));
    expect(answer.report.deals).toBe(2);
    expect(answer.report.winLoss.won).toBe(1);
  });

  it('answers a blank streamed body with 422 Empty input', async () => {
    const problem = await problemOf(await postStream(new TextEncoder().encode(' \n \n'), 1));
    expect(problem.status).toBe(422);
    expect(problem.title).toBe('Empty input');
  });
});

describe('the text/csv body limit', () => {
  it('stops a text/csv body sent without a length once it passes MAX_CSV_BODY_BYTES (100,000,000 as shipped), with 413', async () => {
    // A stream that would send 100,000,001 bytes: the limit stops it after 100,000,000.
    let sent = 0;
    const line = new TextEncoder().encode(`${'x'.repeat(99)}\n`);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) {
          controller.enqueue(new TextEncoder().encode('Stage,Amount\n'));
          sent += 13;
        }
        const chunk = new Uint8Array(1 << 20);
        for (let at = 0; at + line.length <= chunk.length; at += line.length) chunk.set(line, at);
        controller.enqueue(chunk);
        sent += chunk.length;
        if (sent > 100_000_000) controller.close();
      },
    });
    const res = await call('/v1/analyze', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body,
      duplex: 'half',
    } as RequestInit);
    const problem = await problemOf(res);
    expect(problem.status).toBe(413);
    expect(problem.title).toBe('Request body too large');
  }, 60_000);
});
