import type { Band } from '../../lib/quiz/types';

interface Props {
  bands: Band[];
  overall: number;
  /** Id of the band the score falls in. */
  current: string;
}

/**
 * The overall score on a bar of the bands, with the bands listed under it as its labels. The bar
 * is a picture of the list (hidden from assistive technology); the list marks the reader's band.
 */
export function BandGauge({ bands, overall, current }: Props) {
  return (
    <div class="quiz-gauge">
      <p class="quiz-overall">
        Overall score: <strong>{overall}</strong> out of 100
      </p>
      <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        {bands.map((b) => (
          <rect
            key={b.id}
            x={b.min}
            y="3"
            width={b.max - b.min + 0.4}
            height="4"
            class={b.id === current ? 'quiz-gauge-on' : 'quiz-gauge-off'}
          />
        ))}
        <rect x={Math.min(overall, 99)} y="0" width="1" height="10" class="quiz-gauge-mark" />
      </svg>
      <ol class="quiz-bands" aria-label="Result bands">
        {bands.map((b) => (
          <li key={b.id} aria-current={b.id === current ? 'true' : undefined}>
            <span class="quiz-band-range">{`${b.min}–${b.max}`}</span>
            {` ${b.title}`}
            {b.id === current && <span class="visually-hidden"> (your result)</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
