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
  /** What a dimension is called, e.g. "sign": the table's first column. */
  noun: string;
  /** Column headings for the table; the second is used only when rows carry `other`. */
  series?: [string, string] | undefined;
}

const label = (dimensions: Dimension[], id: string) =>
  dimensions.find((d) => d.id === id)?.label ?? id;

/** One bar on its track, its value written at the end. */
function Bar({ y, value, second }: { y: number; value: number; second?: boolean }) {
  return (
    <>
      <rect x="104" y={y} width="180" height="14" class="quiz-chart-track" />
      <rect
        x="104"
        y={y}
        width={value * 1.8}
        height="14"
        class={second ? 'quiz-chart-bar-2' : 'quiz-chart-bar'}
      />
      <text x="320" y={y + 12} text-anchor="end" class="quiz-chart-value">
        {value}
      </text>
    </>
  );
}

/** The bars: one per dimension with its value, a second under it when there is a second series. */
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
            <Bar y={y + 4} value={row.score} />
            {row.other !== undefined && <Bar y={y + 22} value={row.other} second />}
          </g>
        );
      })}
    </svg>
  );
}

/**
 * Horizontal bars for each dimension, values written at their ends. The same numbers are in a
 * table for screen readers only: the SVG is hidden from them, and sighted readers see no copy.
 */
export function ScoreChart({
  dimensions,
  rows,
  caption,
  noun,
  series = ['Score', 'Partner'],
}: Props) {
  const two = rows.some((r) => r.other !== undefined);
  return (
    <figure class="quiz-chart">
      {bars(dimensions, rows, two)}
      {two && (
        // For sighted readers of the chart; the table names both columns for everyone else.
        <p class="quiz-legend" aria-hidden="true">
          <span class="quiz-swatch" />
          {series[0]}
          <span class="quiz-swatch quiz-swatch-2" />
          {series[1]}
        </p>
      )}
      <table class="visually-hidden">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{noun.charAt(0).toUpperCase() + noun.slice(1)}</th>
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
