import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { buildSite, copyContent, moderate } from './support/build-site.ts';
import { issueToken } from '../../src/server/submissions/token.ts';
import { startServer, TEST_SECRET, type TestServer } from './support/submission-server.ts';
import { openTipForm } from './support/tip-form';

// The whole journey: a reader submits a tip and a question in the browser, a moderator approves
// and answers them with the CLI, the site is rebuilt, and the approved items appear on the
// article and in its FAQ, while a tip left pending appears nowhere in the build.

const ARTICLE = '/advice/emotional-intimacy/';
const APPROVED_TIP = 'We keep a jar of small notes and read one together every Friday evening.';
const PENDING_TIP = 'This pending tip must never reach the built site, the index or the feed.';
const QUESTION = 'How can we feel close when we work opposite shifts?';
const ANSWER =
  'Protect one short, fixed ritual each day, such as a message at the start of a shift.';

test.describe.configure({ mode: 'serial' });

let first: TestServer | undefined;
let second: TestServer | undefined;
test.afterAll(async () => {
  await first?.stop();
  await second?.stop();
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

async function sendTip(page: Page, text: string, name: string): Promise<string> {
  const form = page.getByRole('form', { name: 'Share your tip' });
  await form.getByLabel('Your tip').fill(text);
  await form.getByLabel('Name to show').fill(name);
  await form.getByRole('checkbox', { name: /publish my tip/ }).check();
  await form.getByRole('button', { name: 'Send my tip' }).click();
  const done = page.getByRole('heading', { name: 'Thank you: we received your tip' });
  await expect(done).toBeFocused();
  const code = await page.locator('.sf-ref').first().textContent();
  expect(code).toMatch(/^T-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  return code!;
}

test('submit in the browser, approve with the CLI, rebuild, find it on the article', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const contentDir = copyContent();
  first = await startServer({ TOKEN_MIN_AGE_MS: '1500', RATE_LIMIT_MAX: '50' });
  const env = { DATA_DIR: first.dataDir, CONTENT_DIR: contentDir };

  // 1. An empty tip: errors next to the fields, focus on the first one, nothing stored.
  await page.goto(`${first.url}${ARTICLE}`);
  const tipForm = await openTipForm(page);
  await page.waitForTimeout(1600); // let the time-trap token come of age, as a real reader would
  await tipForm.getByRole('button', { name: 'Send my tip' }).click();
  await expect(tipForm.getByRole('alert')).toContainText('Please correct the marked fields');
  const tipField = tipForm.getByLabel('Your tip');
  await expect(tipField).toHaveAttribute('aria-invalid', 'true');
  await expect(tipField).toBeFocused();
  await expect(tipField).toHaveAccessibleDescription(/Please write your tip/);
  expect(first.rows()).toBe(0);

  // 2. The reader fixes it and sends: a confirmation with a reference code.
  const tipRef = await sendTip(page, APPROVED_TIP, 'Jo');

  // 3. A second tip from another visit, which the moderator leaves pending.
  await page.goto(`${first.url}${ARTICLE}`);
  await openTipForm(page);
  await page.waitForTimeout(1600);
  await sendTip(page, PENDING_TIP, 'Pending Person');

  // 4. A question, asked on /ask/ with the article picked from the list.
  await page.goto(`${first.url}/ask/`);
  const ask = page.getByRole('form', { name: 'Ask your question' });
  await ask
    .getByLabel('Which article is it about?')
    .selectOption({ label: 'What is emotional intimacy, and how do you build it?' });
  await ask.getByLabel('Your question').fill(QUESTION);
  await ask
    .getByLabel('Anything that helps us answer')
    .fill('Private: I work nights in a hospital.');
  await ask.getByRole('checkbox', { name: /publish my question/ }).check();
  await page.waitForTimeout(1600);
  await ask.getByRole('button', { name: 'Send my question' }).click();
  await expect(
    page.getByRole('heading', { name: 'Thank you: we received your question' }),
  ).toBeVisible();
  const questionRef = (await page.locator('.sf-ref').textContent())!;
  expect(first.rows()).toBe(3);

  // 4b. A video tip, posted the way the island does it.
  const video = await fetch(`${first.url}/api/submissions/tip/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: first.url },
    body: JSON.stringify({
      article: 'emotional-intimacy',
      kind: 'video',
      videoUrl: 'https://youtu.be/dQw4w9WgXcQ?t=10',
      name: 'Vid',
      consent: true,
      token: issueToken(TEST_SECRET, Date.now() - 5000),
    }),
  });
  expect(video.status).toBe(201);
  const videoRef = ((await video.json()) as { ref: string }).ref;

  // 5. Moderation: pending first; approve the first tip, answer the question.
  const pending = moderate(env, 'list', '--status', 'pending') as { ref: string }[];
  expect(pending.map((p) => p.ref)).toContain(tipRef);
  expect(moderate(env, 'approve', tipRef)).toMatchObject({ status: 'approved' });
  expect(moderate(env, 'answer', questionRef, ANSWER)).toMatchObject({ status: 'answered' });
  expect(moderate(env, 'approve', videoRef)).toMatchObject({ status: 'approved' });

  // 6. Rebuild from the moderated content and serve the new build.
  const outDir = buildSite(contentDir);
  second = await startServer({ DIST_DIR: outDir });
  await page.goto(`${second.url}${ARTICLE}`);

  const tips = page.getByRole('region', { name: 'Reader tips' });
  await expect(tips.getByText(APPROVED_TIP)).toBeVisible();
  await expect(tips.getByText(/^Jo, reader tip approved/)).toBeVisible();
  await expect(page.getByText(PENDING_TIP)).toHaveCount(0);
  // The video tip is a click-to-load facade: a local srcdoc page, no request to the host yet.
  const player = tips.locator('iframe[title^="Video: Video tip shared by Vid"]');
  await expect(player).toHaveAttribute('srcdoc', /Play video/);

  const faqQuestion = page.locator('summary', { hasText: QUESTION });
  await expect(faqQuestion).toContainText('Reader question');
  await faqQuestion.click();
  await expect(page.getByText(ANSWER)).toBeVisible();
  await expect(page.getByText(/Reader question from A reader, answered by/)).toBeVisible();
  await expect(page.getByText('I work nights in a hospital')).toHaveCount(0);

  // 7. The pending tip is nowhere in the build: no page, feed, sitemap or index file holds it.
  // Pagefind's fragments are gzipped: read them unpacked.
  const text = (f: string) =>
    /\.pf_(fragment|index|meta)$/.test(f) ? gunzipSync(readFileSync(f)) : readFileSync(f);
  const files = filesUnder(outDir);
  // The same check finds the approved tip, so it can see text where it is.
  expect(files.some((f) => text(f).includes(APPROVED_TIP.slice(0, 40)))).toBe(true);
  const leaked = files.filter((f) => text(f).includes(PENDING_TIP.slice(0, 40)));
  expect(leaked).toEqual([]);

  // 8. The FAQ hub lists the answered question too.
  await page.goto(`${second.url}/faq/`);
  await expect(page.getByText(QUESTION)).toBeVisible();

  // 9. Search finds both, with the matched words marked in the excerpt.
  if (existsSync(join(outDir, 'client', 'pagefind'))) {
    await page.goto(`${second.url}/search/?q=${encodeURIComponent('jar')}`);
    await expect(
      page.locator('.search-result-excerpt mark', { hasText: /^jar$/i }).first(),
    ).toBeVisible({
      timeout: 15_000,
    });
    // The tip is a result of its own (the tips index), and opens at the tip with the word marked.
    const tipResult = page.locator('.search-result', { hasText: 'Reader tip' }).first();
    await expect(tipResult.locator('.search-result-facts')).toContainText('Reader tip');
    await tipResult.getByRole('link').first().click();
    await expect(page).toHaveURL(/\?highlight=jar#tip-t-/);
    await expect(
      page.getByRole('region', { name: 'Reader tips' }).locator('mark', { hasText: /^jar$/i }),
    ).toBeVisible();
    await page.goto(`${second.url}/search/?q=${encodeURIComponent('opposite shifts')}`);
    await expect(
      // The answer leads (its question holds both words); its excerpt is the answer, which says "shift".
      page.locator('.search-result-excerpt mark', { hasText: /^(opposite|shifts?)$/i }).first(),
    ).toBeVisible({
      timeout: 15_000,
    });
  }
});
