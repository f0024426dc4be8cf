// Moderation CLI: `npm run moderate -- <command>`. Runs on the pinned Node, which strips the types.
// Reads DATA_DIR (the submissions database) and CONTENT_DIR (where approved items are written).
import { parseArgs } from 'node:util';
import { isReferenceCode } from '../src/lib/reference-code.ts';
import { readConfig } from '../src/server/submissions/config.ts';
import { openDatabase } from '../src/server/submissions/database.ts';
import { answer, approve, ModerationError, reject } from '../src/server/submissions/moderation.ts';
import {
  SubmissionStore,
  type Submission,
  type SubmissionKind,
  type SubmissionStatus,
} from '../src/server/submissions/store.ts';
import { visible } from '../src/server/submissions/terminal-text.ts';

const USAGE = `Usage: npm run moderate -- <command> [options]

  list [--status pending|approved|rejected|answered] [--kind tip|question]
                          Pending first (oldest first), then the rest.
  show <REF>              Everything about one submission, including its private email and context.
  approve <REF>           Publish a tip: writes content/tips/<ref>.json for the next build.
  reject <REF>            Refuse a tip or question (and unpublish it if it was published).
  answer <REF> <ANSWER> [--question "Tidied wording?"] [--by editorial-team]
                          Publish a question with its answer in the article's FAQ.

  --json                  Machine-readable output.
Environment: DATA_DIR (default ./data), CONTENT_DIR (default ./content).`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    status: { type: 'string' },
    kind: { type: 'string' },
    question: { type: 'string' },
    by: { type: 'string', default: 'editorial-team' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const [command, ref, ...rest] = positionals;
const contentDir = process.env['CONTENT_DIR']?.trim() || './content';
const now = new Date().toISOString();

function print(data: unknown, text: string): void {
  console.log(values.json ? JSON.stringify(data, null, 2) : text);
}

// Every value is printed through visible(): reader fields may hold line breaks or terminal codes.
function line(s: Submission): string {
  const hold = s.holdReason ? ` [held: ${s.holdReason}]` : '';
  const preview = visible((s.body || s.videoUrl || '').slice(0, 60));
  return visible(
    `${s.ref}  ${s.status.padEnd(8)}  ${s.kind.padEnd(8)}  ${s.article}  ${s.createdAt.slice(0, 16)}${hold}  `,
  ).concat(preview);
}

function details(s: Submission): string {
  return Object.entries(s)
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => `${k.padEnd(11)} ${visible(String(v))}`)
    .join('\n');
}

function need(value: string | undefined, what: string): string {
  if (!value) throw new ModerationError(`Missing ${what}.\n\n${USAGE}`);
  return value;
}

/** The reference argument, upper-cased, refused early when it cannot be a reference code. */
function needRef(value: string | undefined): string {
  const ref = need(value, 'reference code').toUpperCase();
  if (!isReferenceCode(ref)) {
    throw new ModerationError(`"${visible(ref)}" is not a reference code (like T-7K3M-9Q2P).`);
  }
  return ref;
}

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  name: string,
): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new ModerationError(`--${name} must be one of ${allowed.join(', ')}.`);
  return value as T;
}

function run(store: SubmissionStore): void {
  switch (command) {
    case 'list': {
      const status = oneOf<SubmissionStatus>(
        values.status,
        ['pending', 'approved', 'rejected', 'answered'],
        'status',
      );
      const kind = oneOf<SubmissionKind>(values.kind, ['tip', 'question'], 'kind');
      const items = store.list({ ...(status ? { status } : {}), ...(kind ? { kind } : {}) });
      print(items, items.length ? items.map(line).join('\n') : 'Nothing to show.');
      return;
    }
    case 'show': {
      const s = store.get(needRef(ref));
      if (!s) throw new ModerationError(`No submission with reference ${ref}.`);
      print(s, details(s));
      return;
    }
    case 'approve': {
      const file = approve(store, contentDir, needRef(ref), now);
      print(
        { ref: ref?.toUpperCase(), status: 'approved', file },
        `Approved. Wrote ${file}; the next build publishes it.`,
      );
      return;
    }
    case 'reject': {
      reject(store, contentDir, needRef(ref), now);
      print({ ref: ref?.toUpperCase(), status: 'rejected' }, 'Rejected.');
      return;
    }
    case 'answer': {
      const text = need(rest.join(' ').trim() || undefined, 'answer text');
      const file = answer(
        store,
        contentDir,
        needRef(ref),
        { answer: text, question: values.question, answeredBy: values.by },
        now,
      );
      print(
        { ref: ref?.toUpperCase(), status: 'answered', file },
        `Answered. Wrote ${file}; the next build publishes it.`,
      );
      return;
    }
    default:
      throw new ModerationError(command ? `Unknown command "${command}".\n\n${USAGE}` : USAGE);
  }
}

if (values.help) {
  console.log(USAGE);
} else {
  const store = new SubmissionStore(openDatabase(readConfig(process.env).dataDir));
  try {
    run(store);
  } catch (error) {
    if (!(error instanceof ModerationError)) throw error;
    if (values.json) console.log(JSON.stringify({ error: error.message }));
    else console.error(error.message);
    process.exitCode = 1;
  } finally {
    store.close();
  }
}
