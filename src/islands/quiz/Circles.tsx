/**
 * Two circles, "you" and "your partner", overlapping more with each option: the picture item
 * drawn after the Inclusion of Other in the Self scale. Decorative: the option's label names it.
 */
export function Circles({ index, count }: { index: number; count: number }) {
  const r = 22;
  // Option 0 keeps a clear gap; option 1 just touches; the rest close in to almost one circle.
  const separation = index === 0 ? 2 * r + 8 : 2 * r * (1 - ((index - 1) / (count - 2)) * 0.85);
  const cx = 60;
  return (
    <svg class="quiz-circles" viewBox="0 0 120 56" aria-hidden="true" focusable="false">
      <circle cx={cx - separation / 2} cy="28" r={r} class="quiz-circle-you" />
      <circle cx={cx + separation / 2} cy="28" r={r} class="quiz-circle-partner" />
    </svg>
  );
}
