/**
 * What the reader only needs when they ask for it (the calendar file, the Markdown summary):
 * the island loads this module on that click, so it is not part of the page's first download.
 */
export { calendarEvents, toIcs } from './ics';
export { toMarkdown } from './summary';
