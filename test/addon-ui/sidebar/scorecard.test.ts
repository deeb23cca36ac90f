import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { ScorecardInput } from '../../../addon/src/scorecard/scorecard-types';
import {
  artifactPath,
  deferred,
  launchBrowser,
  openSidebar,
  screenshot,
} from '../harness/open-sidebar';
import { scorecardView } from '../harness/scorecard-view';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Picks a score the way a user does: clicking its labelled button. */
async function choose(page: Page, element: string, score: 1 | 2 | 3): Promise<void> {
  await page.locator('label', { has: page.getByTestId(`score-${element}-${score}`) }).click();
}

async function summary(page: Page) {
  return {
    total: await page.getByTestId('total').textContent(),
    band: await page.getByTestId('band').textContent(),
    gaps: await page.getByTestId('gaps').textContent(),
    category: await page.getByTestId('category').textContent(),
  };
}

const saved = (row: number, checklistText = '') => ({
  row,
  total: 0,
  message: `Saved to row ${row}`,
  checklistText,
});

describe('scorecard sidebar', () => {
  it('shows the deal as the sheet holds it: total 13, At risk, capped at Pipeline', async () => {
    const { page, calls, errors } = await openSidebar(browser, 'scorecard', {
      getScorecard: () => scorecardView(),
    });
    await expect.poll(() => page.getByTestId('total').textContent()).toBe('13');
    // playbook §2 band table: 10-14 is At risk; §3: Proposal is Best Case, capped at Pipeline by 10-14
    expect(await summary(page)).toEqual({
      total: '13',
      band: 'At risk',
      gaps: 'Economic buyer, Decision process, Paper process, Competition',
      category: 'Pipeline',
    });
    expect(await page.getByTestId('deal').textContent()).toBe('Acme rollout');
    // playbook §5: 25,000-100,000 needs 3 contacts; 3 are engaged
    expect(await page.getByTestId('contacts').textContent()).toContain('3 needed for this amount');
    expect(await page.getByTestId('contacts').textContent()).toContain('Enough contacts engaged');
    expect(await page.getByTestId('discount').textContent()).toBe('10% · Within the 20% ceiling');
    expect(await page.getByTestId('checklist-open').textContent()).toBe(
      '6 unanswered: each is a risk',
    );
    expect(await page.getByTestId('note-metrics').inputValue()).toBe('Saves 2 FTE a year');
    expect(calls.map((c) => c.name)).toEqual(['getScorecard']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves total, band and category live across every band edge', async () => {
    const { page } = await openSidebar(browser, 'scorecard', {
      getScorecard: () => scorecardView(),
    });
    await expect.poll(() => page.getByTestId('total').textContent()).toBe('13');
    // Starting from 2,1,2,1,1,3,2,1 = 13. Bands from the playbook §2 band table; categories
    // from §3: Proposal is Best Case, capped at Pipeline by 10-14 and at Upside by 8-9.
    const steps: [string, 1 | 2 | 3, string, string, string][] = [
      ['economicBuyer', 2, '14', 'At risk', 'Pipeline'],
      ['decisionProcess', 2, '15', 'Gaps', 'Best Case'],
      ['paperProcess', 3, '17', 'Gaps', 'Best Case'],
      ['competition', 3, '19', 'Gaps', 'Best Case'],
      ['metrics', 3, '20', 'Strong', 'Best Case'],
      ['identifyPain', 1, '18', 'Gaps', 'Best Case'],
      ['paperProcess', 1, '16', 'Gaps', 'Best Case'],
      ['competition', 1, '14', 'At risk', 'Pipeline'],
      ['metrics', 1, '12', 'At risk', 'Pipeline'],
      ['economicBuyer', 1, '11', 'At risk', 'Pipeline'],
      ['decisionCriteria', 1, '10', 'At risk', 'Pipeline'],
      ['decisionProcess', 1, '9', 'Unqualified', 'Upside'],
    ];
    for (const [element, score, total, band, category] of steps) {
      await choose(page, element, score);
      const now = await summary(page);
      expect([now.total, now.band, now.category], `${element} set to ${score}`).toEqual([
        total,
        band,
        category,
      ]);
    }
    // Every element but Champion is now unknown: those are the gaps, in MEDDPICC order.
    expect((await summary(page)).gaps).toBe(
      'Metrics, Economic buyer, Decision criteria, Decision process, Paper process, Identify pain, Competition',
    );
    await page.close();
  });

  it('is usable from the keyboard: arrow keys move within a score group', async () => {
    const { page } = await openSidebar(browser, 'scorecard', {
      getScorecard: () => scorecardView(),
    });
    await expect.poll(() => page.getByTestId('total').textContent()).toBe('13');
    await page.getByTestId('score-decisionProcess-1').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByTestId('score-decisionProcess-3').isChecked()).toBe(true);
    expect(await page.getByTestId('total').textContent()).toBe('15');
    // Tab leaves the group for the element's note.
    await page.keyboard.press('Tab');
    expect(
      await page
        .getByTestId('note-decisionProcess')
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await page.close();
  });

  it('saves the chosen scores, notes and ticks with the deal key and the cells it opened with', async () => {
    const { page, calls } = await openSidebar(browser, 'scorecard', {
      getScorecard: () => scorecardView(),
      saveScorecard: () =>
        saved(2, 'Champion identified; Compelling event; Economic buyer met; legal review booked'),
    });
    await expect.poll(() => page.getByTestId('total').textContent()).toBe('13');
    await choose(page, 'economicBuyer', 2);
    await choose(page, 'competition', 3);
    await page.getByTestId('note-economicBuyer').fill('CFO joins the demo on 28 Nov');
    await page.getByTestId('check-economicBuyerMet').check();
    await page.getByTestId('save').click();

    await expect.poll(() => page.getByTestId('status').textContent()).toBe('✓ Saved to row 2');
    const save = calls.find((c) => c.name === 'saveScorecard');
    expect(save?.args).toEqual([
      {
        key: { field: 'id', value: 'D-100' },
        scores: [2, 2, 2, 1, 1, 3, 2, 3],
        notes: [
          'Saves 2 FTE a year',
          'CFO joins the demo on 28 Nov',
          '',
          '',
          '',
          'Manual month-end close',
          'Dana (ops lead)',
          '',
        ],
        original: ['2', '1', '2', '1', '1', '3', '2', '1'],
        checklist: ['championIdentified', 'compellingEvent', 'economicBuyerMet'],
        originalChecklist: 'Champion identified; Compelling event; legal review booked',
      },
    ]);

    // A second save expects the cells to hold what the first one wrote.
    await choose(page, 'decisionProcess', 2);
    await page.getByTestId('save').click();
    await expect.poll(() => calls.filter((c) => c.name === 'saveScorecard').length).toBe(2);
    const second = calls.filter((c) => c.name === 'saveScorecard')[1].args[0] as ScorecardInput;
    expect(second.original).toEqual(['2', '2', '2', '1', '1', '3', '2', '3']);
    expect(second.originalChecklist).toBe(
      'Champion identified; Compelling event; Economic buyer met; legal review booked',
    );
    expect(second.scores).toEqual([2, 2, 2, 2, 1, 3, 2, 3]);
    await page.close();
  });

  it('shows the server message and keeps every input when the save fails, then saves on retry', async () => {
    let fail = true;
    const answer = deferred();
    const { page, calls } = await openSidebar(browser, 'scorecard', {
      getScorecard: () => scorecardView(),
      saveScorecard: async () => {
        await answer.promise;
        if (fail) {
          throw new Error(
            'Someone changed this deal’s scores since you opened it; reload the scorecard.',
          );
        }
        return saved(2);
      },
    });
    await expect.poll(() => page.getByTestId('total').textContent()).toBe('13');
    await choose(page, 'champion', 3);
    await page.getByTestId('note-champion').fill('Dana presented our case to the board');
    await page.getByTestId('save').click();

    // While the server works the button cannot be pressed twice.
    await expect.poll(() => page.getByTestId('status').textContent()).toBe('Saving…');
    expect(await page.getByTestId('save').isDisabled()).toBe(true);
    answer.resolve();

    const error = page.getByRole('alert');
    await expect
      .poll(() => error.textContent())
      .toBe('Someone changed this deal’s scores since you opened it; reload the scorecard.');
    expect(await page.getByTestId('save').isDisabled()).toBe(false);
    expect(await page.getByTestId('score-champion-3').isChecked()).toBe(true);
    expect(await page.getByTestId('note-champion').inputValue()).toBe(
      'Dana presented our case to the board',
    );
    expect(await page.getByTestId('total').textContent()).toBe('14');

    fail = false;
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('status').textContent()).toBe('✓ Saved to row 2');
    expect(await page.getByRole('alert').count()).toBe(0);
    const attempts = calls.filter((c) => c.name === 'saveScorecard');
    expect(attempts).toHaveLength(2);
    expect(attempts[1].args).toEqual(attempts[0].args);
    await page.close();
  });

  it('shows the server message when no deal row is selected', async () => {
    const { page } = await openSidebar(browser, 'scorecard', {
      getScorecard: () => {
        throw new Error(
          'Select a cell in a deal row of the pipeline sheet, then open the scorecard again.',
        );
      },
    });
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Select a cell in a deal row of the pipeline sheet, then open the scorecard again.');
    await page.close();
  });

  it('reports a discount the rules refuse in its section and still shows the scorecard', async () => {
    const { page } = await openSidebar(browser, 'scorecard', {
      getScorecard: () => scorecardView({ discount: 1.5 }),
    });
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('discountCheck: discount must be a fraction from 0 to 1');
    expect(await page.getByTestId('total').textContent()).toBe('13');
    expect(await page.getByTestId('save').isVisible()).toBe(true);
    await page.close();
  });

  it('speaks Chinese when the sheet language is Chinese, playbook reference included', async () => {
    const { page } = await openSidebar(browser, 'scorecard', {
      getScorecard: () =>
        scorecardView({ language: 'zh', discount: 0.25, contacts: 1, checklist: null }),
    });
    await expect.poll(() => page.getByTestId('band').textContent()).toBe('有风险');
    expect(await page.getByTestId('category').textContent()).toBe('待成交');
    expect(await page.getByTestId('gaps').textContent()).toBe('经济买家、决策流程、采购流程、竞争');
    // playbook §5: over 20% is flagged, and 1 contact is 2 short of the 3 needed
    expect(await page.getByTestId('discount').textContent()).toBe('25% · 折扣超过20%');
    expect(await page.getByTestId('contacts').textContent()).toContain('还需 2 位联系人');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.getByText('异议处理（LAER）').click();
    expect(await page.locator('.objection[data-type="price"] strong').textContent()).toBe('价格');
    await page.close();
  });

  it('fits a 300 px sidebar without sideways scrolling (screenshot)', async () => {
    const { page } = await openSidebar(browser, 'scorecard', {
      getScorecard: () => scorecardView(),
    });
    await expect.poll(() => page.getByTestId('total').textContent()).toBe('13');
    await choose(page, 'economicBuyer', 2);
    await page.getByText('Objection responses (LAER)').click();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(300);
    const docs = join(inject('root'), 'docs', 'scorecard-sidebar.png');
    // The README's picture is refreshed on request (UPDATE_SCREENSHOTS=1) so test runs leave git clean.
    const refreshDocs = process.env.UPDATE_SCREENSHOTS === '1' || !existsSync(docs);
    await page.getByText('Objection responses (LAER)').click(); // closed again for the picture
    await screenshot(page, artifactPath('scorecard'), ...(refreshDocs ? [docs] : []));
    await page.close();
  });
});
