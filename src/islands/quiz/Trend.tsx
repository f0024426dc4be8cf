import type { PastResult } from '../../lib/quiz/storage';
import type { Band } from '../../lib/quiz/types';

/** The reader's past overall scores on this device, as a line and as a table. */
export function Trend({ history, bands }: { history: PastResult[]; bands: Band[] }) {
  if (history.length < 2) return null;
  const step = 300 / (history.length - 1);
  const points = history.map((h, i) => `${(i * step).toFixed(1)},${100 - h.overall}`).join(' ');
  const bandTitle = (id: string) => bands.find((b) => b.id === id)?.title ?? id;
  return (
    <section class="quiz-trend" aria-labelledby="quiz-trend-heading">
      <h3 id="quiz-trend-heading">Your results on this device</h3>
      <svg viewBox="-6 -6 312 112" aria-hidden="true" focusable="false">
        <polyline points={points} class="quiz-trend-line" />
        {history.map((h, i) => (
          <circle key={h.at} cx={i * step} cy={100 - h.overall} r="4" class="quiz-trend-dot" />
        ))}
      </svg>
      <table class="quiz-table">
        <caption>Overall score of each attempt, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Score</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {history.map((h) => (
            <tr key={h.at}>
              <th scope="row">{new Date(h.at).toLocaleString()}</th>
              <td>{h.overall} / 100</td>
              <td>{bandTitle(h.band)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
