/// <reference lib="webworker" />
/**
 * Makes the calendar file and the Markdown summary off the page's first download: the island
 * starts this worker on the first click that needs it. (A worker, not `import()`: a dynamic
 * import would pull Vite's preload helper into the page's first download.)
 */
import { calendarEvents, toIcs } from './ics';
import { type ExportRequest, type ExportResponse } from './exports';
import { toMarkdown } from './summary';

self.onmessage = (event: MessageEvent<ExportRequest>) => {
  const r = event.data;
  let response: ExportResponse;
  if (r.task === 'ics') {
    const events = calendarEvents(r.state, r.lang, r.t);
    response = { id: r.id, text: toIcs(events, r.lang, new Date()), count: events.length };
  } else {
    response = { id: r.id, text: toMarkdown(r.state, r.lang, r.today, r.t, r.letters), count: 0 };
  }
  self.postMessage(response);
};
