/** Arrow-key rules of the search result list. Pure so they are unit-tested. */

/**
 * The result to focus after an arrow key, from `current` (-1 = the input).
 * Down from the input goes to the first result; up from the first goes back to the input (-1).
 */
export function moveSelection(current: number, key: string, count: number): number {
  if (count === 0) return -1;
  if (key === 'ArrowDown') return Math.min(current + 1, count - 1);
  if (key === 'ArrowUp') return Math.max(current - 1, -1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return current;
}
