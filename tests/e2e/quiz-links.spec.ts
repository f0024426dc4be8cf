import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import {
  closeness,
  completeCloseness,
  sharedLink,
  openQuiz,
  QUESTIONS,
  tableRows,
  answer,
  BELITTLED,
} from './support/quiz';

test.describe('share-result links', () => {
  test('open a result view with the same band and scores, and no answers', async ({
    page,
    browser,
  }) => {
    await openQuiz(page);
    await completeCloseness(page, 'Strongly agree', 'Two circles almost one');
    const link = await sharedLink(page, 'Share your result');
    expect(link).toMatch(/\/quizzes\/closeness\/result\/mostly-close\/#r=r1\./);

    // A fresh browser context: nothing stored, only the link.
    const other = await browser.newContext();
    const shared = await other.newPage();
    await shared.goto(link);
    await expect(
      shared.getByRole('heading', { name: 'A shared result: Mostly close' }),
    ).toBeVisible();
    await expect(shared.getByText('Overall score: 67 out of 100')).toBeVisible();
    // A clear way in for whoever opened the link.
    await expect(shared.getByRole('link', { name: 'Take the quiz yourself' })).toBeInViewport();
    expect(await tableRows(shared, /^Scores by sign/)).toEqual(
      await tableRows(page, /^Scores by sign/),
    );
    // The preview image is the band's, made at build time.
    const og = await shared.locator('meta[property="og:image"]').getAttribute('content');
    expect(og).toMatch(/\/og\/quizzes\/closeness\/mostly-close\.png$/);
    expect((await shared.request.get(new URL(og ?? '').pathname)).headers()['content-type']).toBe(
      'image/png',
    );
    await other.close();
  });

  test('refuse an edited link with a clear message and a way to start', async ({ page }) => {
    await openQuiz(page);
    await completeCloseness(page, 'Strongly agree', 'Two circles almost one');
    const link = await sharedLink(page, 'Share your result');
    const edited = link.replace(/\.(\d+)_/, (_m, n: string) => `.${Number(n) === 99 ? 98 : 99}_`);
    await page.goto(edited);
    await expect(page.getByRole('alert')).toContainText('This result cannot be shown');
    await expect(page.getByRole('alert')).toContainText('changed or cut short');
    await expect(
      page.getByRole('alert').getByRole('link', { name: /Take the closeness quiz yourself/ }),
    ).toBeVisible();
    await expect(page.getByText(/out of 100/)).toHaveCount(0);
  });

  test('refuse a link opened on another band page', async ({ page }) => {
    await openQuiz(page);
    await completeCloseness(page, 'Strongly agree', 'Two circles almost one');
    const link = await sharedLink(page, 'Share your result');
    await page.goto(link.replace('/mostly-close/', '/deeply-connected/'));
    await expect(page.getByRole('alert')).toContainText('does not belong to this page');
    await expect(
      page.getByRole('heading', { name: /A shared result: Close and connected/ }),
    ).toHaveCount(0);
  });
});

test.describe('hostile links', () => {
  const attempts = [
    '#r=<img src=x onerror=alert(1)>',
    '#c=<script>alert(1)</script>',
    '#c=c1.zzz.1111.x',
    `#c=${'9'.repeat(5000)}`,
    '#c=%E0%A4%A',
  ];
  for (const hash of attempts) {
    test(`never run or inject markup: ${hash.slice(0, 40)}`, async ({ page }) => {
      let dialogs = 0;
      page.on('dialog', async (d) => {
        dialogs++;
        await d.dismiss();
      });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      for (const path of [closeness, '/quizzes/closeness/result/far-apart/']) {
        await page.goto(path + hash);
        await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
      }
      expect(dialogs).toBe(0);
      expect(errors).toEqual([]);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      const scripts = await page.locator('script').allTextContents();
      expect(scripts.filter((t) => t.includes('alert('))).toEqual([]);
    });
  }

  test('a broken couple link says why and lets the reader start over', async ({ page }) => {
    await page.goto(`${closeness}#c=c1.abc.1234.zz`);
    await expect(page.getByRole('alert')).toContainText('changed or cut short');
    await page.getByRole('button', { name: 'Start over without this link' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(new URL(page.url()).hash).toBe('');
    await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeFocused();
  });
});

test('couple mode: two people, two browsers, one comparison', async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const me = await first.newPage();
  const partner = await second.newPage();

  await openQuiz(me);
  await completeCloseness(me, 'Agree', 'Two circles almost one');
  await expect(
    me.getByText(/Send it only to your partner, and only if it feels safe/),
  ).toBeVisible();
  const invite = await sharedLink(me, 'Invite your partner');
  expect(invite).toMatch(/\/quizzes\/closeness\/#c=c1\.[a-z0-9]+\.\d{16}\.[a-z0-9]+$/);

  await partner.goto(invite);
  await expect(
    partner.getByText(/Your partner took this quiz and sent you this link/),
  ).toBeVisible();
  await partner.getByRole('button', { name: 'Start the quiz' }).click();
  // The partner does not see the first person's answers while answering.
  await expect(partner.getByRole('radio', { checked: true })).toHaveCount(0);
  for (let i = 0; i < QUESTIONS - 1; i++) await answer(partner, 'Disagree');
  await answer(partner, 'Two circles just touching');

  const expected = [
    ['Love', '42 / 100', '58 / 100'],
    ['Trust', '42 / 100', '58 / 100'],
    ['Respect', '42 / 100', '58 / 100'],
    ['Passion', '42 / 100', '58 / 100'],
    ['Support', '42 / 100', '58 / 100'],
  ];
  expect(await tableRows(partner, /Your scores and your partner's/)).toEqual(expected);
  const axe = await new AxeBuilder({ page: partner })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  const gaps = partner.locator('.quiz-gaps li');
  await expect(gaps).toHaveCount(2);
  await expect(gaps.first()).toContainText('Love: 16 points apart');
  await expect(gaps.first()).toContainText(
    'What is one small thing I do that makes you feel loved',
  );

  // The comparison goes back to the first person, who sees the same numbers from their side.
  const back = await sharedLink(partner, 'Send the comparison back');
  await me.goto(back);
  await expect(
    me.getByRole('heading', { name: 'Your result: Some distance between you' }),
  ).toBeVisible();
  expect(await tableRows(me, /Your scores and your partner's/)).toEqual(
    expected.map(([sign, theirs, mine]) => [sign ?? '', mine ?? '', theirs ?? '']),
  );

  // Opened offline, the comparison says why it is missing; once back online it opens.
  const panel = /\/_astro\/ResultPanel[^/]*\.js(\?.*)?$/;
  await me.route(panel, (route) => route.abort('internetdisconnected'));
  await me.reload();
  const offline = 'The result could not be shown: check your connection and try again.';
  await expect(me.getByRole('status').first()).toHaveText(offline);
  // Shown on the page too, with the way to start, not only announced.
  await expect(me.locator('.quiz-start').getByText(offline)).toBeVisible();
  await me.unroute(panel);
  await me.reload();
  await expect(
    me.getByRole('heading', { name: 'Your result: Some distance between you' }),
  ).toBeVisible();
  await first.close();
  await second.close();
});

test('no partner invitation when the safety section shows: it would carry those answers', async ({
  page,
}) => {
  await openQuiz(page);
  await completeCloseness(page, 'Agree', 'Two circles almost one', {
    [BELITTLED]: 'Strongly agree',
  });
  await expect(
    page.getByRole('heading', { name: 'Before anything else: your safety' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Invite your partner' })).toHaveCount(0);
  await expect(page.getByText(/There is no partner invitation this time/)).toBeVisible();
  // Sharing the scores (never the answers) stays possible, with the same word of care.
  await expect(page.getByText(/Share it only where it is safe to/)).toBeVisible();
});
