// Dates as pages print them. The formatters are built once per process: constructing an
// Intl.DateTimeFormat costs about 0.07 ms, and a catalogue build printed several per page.

const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
const longDay = new Intl.DateTimeFormat('en', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

/** "3 Mar 2026": bylines, article notes, when help lines were checked. */
export const formatDay = (date: Date): string => day.format(date);

/** "March 3, 2026": the date under a reader's tip. */
export const formatLongDay = (date: Date): string => longDay.format(date);

/** "2026-03-03": a `<time datetime>` value, and a date as schema.org wants it. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
