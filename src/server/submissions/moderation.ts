import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { questionFileSchema, type QuestionFile } from '../../schemas/question.ts';
import { tipFileSchema, type TipFile } from '../../schemas/tip.ts';
import { parseVideoLink } from '../../lib/video-link.ts';
import { readContentRefs } from './content-refs.ts';
import type { Submission, SubmissionStore } from './store.ts';

/** A moderation step that cannot be done, with a message the moderator can act on. */
export class ModerationError extends Error {}

/** Where approved items are written: `<contentDir>/tips/<ref>.json`, `<contentDir>/questions/<ref>.json`. */
export function contentFile(contentDir: string, s: Pick<Submission, 'kind' | 'ref'>): string {
  return join(contentDir, s.kind === 'tip' ? 'tips' : 'questions', `${s.ref.toLowerCase()}.json`);
}

const day = (iso: string) => iso.slice(0, 10);

function find(store: SubmissionStore, ref: string): Submission {
  const s = store.get(ref.toUpperCase());
  if (!s) throw new ModerationError(`No submission with reference ${ref}.`);
  return s;
}

/** Refuses an id that is not in `known`, listing the valid choices; the next build would fail on it. */
function mustExist(id: string, known: ReadonlySet<string>, what: string, folder: string): void {
  if (known.has(id)) return;
  const choices = [...known].sort().join(', ') || 'none';
  throw new ModerationError(
    `${what} "${id}" is not in content/${folder}/, so the next build would fail. Choose one of: ${choices}.`,
  );
}

// Write to a temporary name and rename: a crash never leaves half a JSON file for the build to choke on.
function writeJson(path: string, value: unknown): void {
  mkdirSync(join(path, '..'), { recursive: true });
  const temp = `${path}.tmp`;
  writeFileSync(temp, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(temp, path);
}

/** The published form of a tip: no email, the video as provider + id. */
export function tipFile(s: Submission, approvedAt: string): TipFile {
  const video = s.videoUrl ? parseVideoLink(s.videoUrl) : undefined;
  return tipFileSchema.parse({
    ref: s.ref,
    article: s.article,
    ...(s.body ? { text: s.body } : {}),
    ...(video ? { video: { provider: video.provider, id: video.id } } : {}),
    ...(s.name ? { name: s.name } : {}),
    submitted: day(s.createdAt),
    approved: day(approvedAt),
  });
}

/** Approves a tip and writes its content file; the next build publishes it. */
export function approve(
  store: SubmissionStore,
  contentDir: string,
  ref: string,
  now: string,
): string {
  const s = find(store, ref);
  if (s.kind === 'question') {
    throw new ModerationError(
      `${s.ref} is a question: publish it with "answer ${s.ref} <answer>".`,
    );
  }
  if (s.status === 'rejected')
    throw new ModerationError(`${s.ref} was rejected; it cannot be approved.`);
  mustExist(s.article, readContentRefs(contentDir).articles, 'The article', 'articles');
  const file = contentFile(contentDir, s);
  // Validate and write the file first: if that fails, the row stays pending and nothing is half-done.
  const data = tipFile(s, now);
  writeJson(file, { ...data, submitted: day(s.createdAt), approved: day(now) });
  store.setStatus(s.ref, 'approved', now);
  return file;
}

/** Rejects a submission; if it had been published, its content file is removed again. */
export function reject(store: SubmissionStore, contentDir: string, ref: string, now: string): void {
  const s = find(store, ref);
  rmSync(contentFile(contentDir, s), { force: true });
  store.setStatus(s.ref, 'rejected', now);
}

export interface AnswerOptions {
  /** The answer to publish. */
  answer: string;
  /** The question as it should be published, when the reader's wording needs tidying. */
  question?: string | undefined;
  /** Author slug of whoever answered. */
  answeredBy: string;
}

/** Answers a question and writes it to the article's FAQ content. */
export function answer(
  store: SubmissionStore,
  contentDir: string,
  ref: string,
  options: AnswerOptions,
  now: string,
): string {
  const s = find(store, ref);
  if (s.kind !== 'question')
    throw new ModerationError(`${s.ref} is a tip: use "approve ${s.ref}".`);
  if (s.status === 'rejected')
    throw new ModerationError(`${s.ref} was rejected; it cannot be answered.`);
  const refs = readContentRefs(contentDir);
  mustExist(options.answeredBy, refs.authors, 'The author', 'authors');
  mustExist(s.article, refs.articles, 'The article', 'articles');
  const question = (options.question ?? s.body).trim();
  const parsed = questionFileSchema.safeParse({
    ref: s.ref,
    article: s.article,
    question,
    answer: options.answer.trim(),
    answeredBy: options.answeredBy,
    ...(s.name ? { name: s.name } : {}),
    asked: day(s.createdAt),
    answered: day(now),
  });
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `"${i.path.join('.')}" ${i.message}`)
      .join('; ');
    const hint = problems.includes('question mark')
      ? ' (pass --question "…?" to publish tidied wording)'
      : '';
    throw new ModerationError(`Cannot publish ${s.ref}: ${problems}${hint}.`);
  }
  const file = contentFile(contentDir, s);
  const data: QuestionFile = parsed.data;
  writeJson(file, { ...data, asked: day(s.createdAt), answered: day(now) });
  store.setAnswer(s.ref, data.answer, data.answeredBy, now);
  return file;
}
