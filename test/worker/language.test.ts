import { describe, expect, it } from 'vitest';
import type { AnalysisAnswer } from '../../shared/analysis/analysis-answer';
import { translateMessage } from '../../shared/labels/translate-message';
import { PROBLEMS } from '../../worker/src/problem';
import { requestLanguage } from '../../worker/src/request-language';
import { call, getWithKey, keyFor, problemOf } from './helpers';

// Bad cells of several causes, an unknown stage, a deal without an amount.
const CSV = [
  'Deal ID,Owner,Stage,Amount,Created,Close Date',
  'D-1,Ana,Closed Won,abc,2026-01-05,2026-02-04',
  'D-2,Ana,Closed Lost,5000,2026-01-10,yesterday',
  'D-3,Ben,Engaging,,2026-02-01,2026-04-30',
  'D-4,Ben,Proposal,8000,2026-02-03,2026-04-15',
].join('\n');

/** Posts the CSV as JSON with the given query string and headers. */
function analyze(query: string, headers: Record<string, string>, body: unknown = { csv: CSV }) {
  return call(`/v1/analyze${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

const HAN = /[\u4e00-\u9fff]/;

describe('requestLanguage', () => {
  it.each([
    [undefined, undefined, 'en'],
    [undefined, 'zh', 'zh'],
    [undefined, 'zh-CN', 'zh'],
    [undefined, 'zh-Hans-CN', 'zh'],
    [undefined, 'zh-TW', 'en'],
    [undefined, 'zh-Hant', 'en'],
    [undefined, 'fr-FR, zh-CN;q=0.8, en;q=0.5', 'zh'],
    [undefined, 'en;q=0.5, zh-CN;q=0.9', 'zh'],
    [undefined, 'zh;q=0.1, en', 'en'],
    [undefined, 'zh;q=0, fr', 'en'],
    [undefined, 'de', 'en'],
    ['zh', 'en', 'zh'],
    ['en', 'zh-CN', 'en'],
    ['zh-CN', undefined, 'zh'],
    ['fr', 'zh', 'zh'],
  ] as const)('lang=%s with Accept-Language %s answers %s', (lang, accept, expected) => {
    expect(requestLanguage(lang, accept)).toBe(expected);
  });
});

describe('messages in Chinese', () => {
  it('answers the analysis messages in Chinese for Accept-Language: zh-CN, keeping values', async () => {
    const res = await analyze('', { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-language')).toBe('zh-Hans');
    expect(res.headers.get('vary')).toMatch(/Accept-Language/);
    const answer = (await res.json()) as AnalysisAnswer;
    const messages = [
      ...answer.errors.map((e) => e.message),
      ...answer.errorGroups.flatMap((g) => [g.message, ...g.samples.map((s) => s.message)]),
      ...answer.warnings,
      ...answer.report.warnings.map((w) => w.message),
    ];
    expect(messages.length).toBeGreaterThan(5);
    for (const message of messages) expect(message).toMatch(HAN);
    expect(answer.errors.map((e) => e.message)).toContain('"abc" 不是数字');
    expect(answer.errors.map((e) => e.message)).toContain('"yesterday" 不是日期');
    expect(answer.warnings.join('\n')).toContain('"Engaging"');
    // Stage names, codes and figures are values: unchanged.
    expect(answer.unmappedStages.map((u) => u.name)).toEqual(['Engaging']);
    expect(answer.report.warnings.map((w) => w.code)).toContain('missingAmount');
  });

  it('answers in English by default and for other languages', async () => {
    for (const headers of [{}, { 'accept-language': 'fr-FR' }] as Record<string, string>[]) {
      const answer = (await (await analyze('', headers)).json()) as AnalysisAnswer;
      expect(answer.errors.map((e) => e.message)).toContain('"abc" is not a number');
      // (The stage table's Chinese stage names are data, present in both languages.)
      expect(
        JSON.stringify([answer.errorGroups, answer.warnings, answer.report.warnings]),
      ).not.toMatch(HAN);
    }
  });

  it('lets ?lang=zh win over Accept-Language, and ?lang=en too', async () => {
    const zh = (await (
      await analyze('?lang=zh', { 'accept-language': 'en-US' })
    ).json()) as AnalysisAnswer;
    expect(zh.errors[0]?.message).toMatch(HAN);
    const en = (await (
      await analyze('?lang=en', { 'accept-language': 'zh-CN' })
    ).json()) as AnalysisAnswer;
    expect(en.errors[0]?.message).not.toMatch(HAN);
  });

  it('answers a 422 problem with a Chinese title, detail and cell messages', async () => {
    const res = await analyze(
      '?lang=zh',
      {},
      { csv: 'Deal,Stage,Amount\nA,Proposal,abc\nB,Proposal,"1,2,3x"' },
    );
    // Unreadable amounts still leave deals; a pipeline whose every row is cut short has none.
    expect(res.status).toBe(200);
    const none = await analyze('?lang=zh', {}, { csv: 'Deal,Stage,Amount,Owner\nA\nB' });
    expect(none.status).toBe(422);
    const problem = await problemOf(none);
    expect(problem.title).toBe('管道数据无效');
    expect(problem.detail).toBe('管道中没有可读取的交易（单元格或行共有 2 个问题）。');
    expect(problem.errors.map((e) => e.message)).toEqual([
      '该行有 1 个字段，少于表头的 4 个；该行被略过',
      '该行有 1 个字段，少于表头的 4 个；该行被略过',
    ]);
    expect(problem.type).toBe('/docs#problem-invalid-data');
  });

  it('translates problems of every route: not found, a missing key, a bad request, a bad option', async () => {
    const zh = { 'accept-language': 'zh' };
    const notFound = await problemOf(await call('/nowhere', { headers: zh }));
    expect(notFound).toMatchObject({ title: '未找到', detail: '不存在 GET /nowhere。' });
    const noKey = await problemOf(await call('/v1/snapshots', { headers: zh }));
    expect(noKey.title).toBe('需要 API 密钥');
    expect(noKey.detail).toMatch(HAN);
    const bad = await problemOf(await analyze('', zh, { csv: 'x', rows: [] }));
    expect(bad.title).toBe('请求无效');
    expect(bad.errors[0]?.message).toBe(
      '请发送 "csv" 或 "rows" 之一，不能同时发送，也不能都不发送',
    );
    const band = await problemOf(
      await analyze('', zh, {
        csv: CSV,
        options: { winRateBand: { min: 0.5, max: 0.2 }, asOf: '2026-02-30' },
      }),
    );
    expect(band.errors.map((e) => e.message)).toEqual(
      expect.arrayContaining(['min 不能大于 max', '必须是存在的日期（该月没有这么多天）']),
    );
    for (const detail of band.errors) expect(detail.message).toMatch(HAN);
    const json = await problemOf(
      await call('/v1/analyze?lang=zh', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"csv": ',
      }),
    );
    expect(json.title).toBe('JSON 格式错误');
    expect(json.detail).toMatch(HAN);
  });

  it('takes ?lang= on the history routes, whose other query parameters are checked strictly', async () => {
    const { key } = await keyFor('language-history');
    for (const path of [
      '/v1/trends?from=2026-01&to=2026-03&lang=zh',
      '/v1/waterfall?from=2026-01-05&to=2026-02-02&lang=zh',
      '/v1/forecast-accuracy?period=2026-Q1&lang=zh',
      '/v1/reports/monthly?month=2026-02&lang=zh',
    ]) {
      // No snapshot stored yet: a 404 in Chinese, not a 400 for an unknown parameter.
      const problem = await problemOf(await getWithKey(path, key));
      expect(problem.status, path).toBe(404);
      expect(problem.title, path).toBe('未找到');
    }
    const wrong = await problemOf(
      await getWithKey('/v1/trends?from=2026-01&to=2026-03&lang=fr', key),
    );
    expect(wrong.status).toBe(400);
  });

  it('has a Chinese title for every kind of problem', () => {
    for (const { title } of Object.values(PROBLEMS)) {
      expect(translateMessage(title, 'zh')).toMatch(HAN);
    }
  });
});
