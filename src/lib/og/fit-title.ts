// Fits a title into a fixed box: wrap at spaces, shrink until it takes at most `maxLines`, and only
// then cut the last line with an ellipsis. Widths come from the caller's `measure`, which reads
// the font's own metrics, so no character count stands in for a width.

/** Width in px of `text` set in the title font at `size` px. */
export type Measure = (text: string, size: number) => number;

export interface TitleBox {
  /** Widest a line may be, in px. */
  width: number;
  /** Font sizes to try, largest first. */
  sizes: readonly number[];
  maxLines: number;
}

export interface FittedTitle {
  size: number;
  lines: string[];
  /** True when even the smallest size needed an ellipsis. */
  truncated: boolean;
}

const ellipsis = '…';

/** Splits a word wider than a line into pieces that fit (a last resort for very long words). */
function splitWord(word: string, size: number, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && measure(piece + char, size) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  return piece ? [...pieces, piece] : pieces;
}

/** Greedy line breaking at spaces: each line takes as many words as fit. */
export function wrap(text: string, size: number, width: number, measure: Measure): string[] {
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => (measure(w, size) > width ? splitWord(w, size, width, measure) : [w]));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  return line ? [...lines, line] : lines;
}

/** Shortens a line until it fits with an ellipsis, preferring to cut at a space. */
function withEllipsis(line: string, size: number, width: number, measure: Measure): string {
  let text = line;
  while (text && measure(text + ellipsis, size) > width) {
    const space = text.lastIndexOf(' ');
    text = space > text.length / 2 ? text.slice(0, space) : text.slice(0, -1);
  }
  return text.replace(/[\s,.;:!?–—-]+$/, '') + ellipsis;
}

export function fitTitle(title: string, box: TitleBox, measure: Measure): FittedTitle {
  const { width, sizes, maxLines } = box;
  for (const size of sizes) {
    const lines = wrap(title, size, width, measure);
    if (lines.length <= maxLines) return { size, lines, truncated: false };
  }
  const size = sizes.at(-1);
  if (size === undefined) throw new Error('fitTitle needs at least one font size');
  const lines = wrap(title, size, width, measure).slice(0, maxLines);
  const last = lines.length - 1;
  // The rest of the title joins the last line before it is cut, so the cut comes as late as it can.
  const rest = wrap(title, size, width, measure).slice(last).join(' ');
  lines[last] = withEllipsis(rest, size, width, measure);
  return { size, lines, truncated: true };
}
