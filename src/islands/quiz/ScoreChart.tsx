import type { Dimension } from '../../lib/quiz/types';

export interface ChartRow {
  id: string;
  score: number;
  /** A second series, e.g. the partner's score. */
  other?: number | undefined;
}

interface Props {
  dimensions: Dimension[];
  rows: ChartRow[];
  caption: string;
  /** Column headings for the table; the second is used only when rows carry `other`. */
  series?: [string, string] | undefined;
}

const label = (dimensions: Dimension[], id: string) =>
  dimensions.find((d) => d.id === id)?.label ?? id;

/** The bars: one per dimension, a second under it when there is a second series. */
function bars(dimensions: Dimension[], rows: ChartRow[], two: boolean) {
  const rowHeight = two ? 44 : 30;
  const height = rows.length * rowHeight + 8;
  return (
    <svg viewBox={`0 0 320 ${height}`} aria-hidden="true" focusable="false">
      {rows.map((row, i) => {
        const y = i * rowHeight + 4;
        return (
          <g key={row.id}>
            <text x="0" y={y + 15} class="quiz-chart-label">
              {label(dimensions, row.id)}
            </text>
            <rect x="110" y={y + 4} width="200" height="14" class="quiz-chart-track" />
            <rect x="110" y={y + 4} width={row.score * 2} height="14" class="quiz-chart-bar" />
            {row.other !== undefined && (
              <>
                <rect x="110" y={y + 22} width="200" height="14" class="quiz-chart-track" />
                <rect
                  x="110"
                  y={y + 22}
                  width={row.other * 2}
                  height="14"
                  class="quiz-chart-bar-2"
                />
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/**
 * Horizontal bars for each dimension, with the same numbers in a table. The SVG is hidden from
 * assistive technology because the table says the same thing better.
 */
export function ScoreChart({ dimensions, rows, caption, series = ['Score', 'Partner'] }: Props) {
  const two = rows.some((r) => r.other !== undefined);
  return (
    <figure class="quiz-chart">
      {bars(dimensions, rows, two)}
      {two && (
        // For sighted readers of the chart; the table below names both columns for everyone.
        <p class="quiz-legend" aria-hidden="true">
          <span class="quiz-swatch" />
          {series[0]}
          <span class="quiz-swatch quiz-swatch-2" />
          {series[1]}
        </p>
      )}
      <table class="quiz-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Sign</th>
            <th scope="col">{series[0]}</th>
            {two && <th scope="col">{series[1]}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{label(dimensions, row.id)}</th>
              <td>{row.score} / 100</td>
              {two && <td>{row.other} / 100</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
