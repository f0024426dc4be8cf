import type { Action } from '../../lib/quiz/types';

/** Suggested actions, each a link to the article section (or page) that helps most. */
export function ActionList({ actions }: { actions: Action[] }) {
  return (
    <ul class="quiz-ways">
      {actions.map((a) => (
        <li key={a.href}>
          <a href={a.href}>{a.label}</a>
          {a.detail && <span class="quiz-detail">{` ${a.detail}`}</span>}
        </li>
      ))}
    </ul>
  );
}
