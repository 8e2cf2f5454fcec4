/**
 * What a tool page loads for the hand-off when the browser is idle (see `useHandoff` in
 * Handoff.tsx): reading the device, the notice, and filling the names. None of it is part of
 * the page's first JavaScript.
 */
export { readDevice } from './handoff-device';
export { HandoffNotice } from './HandoffNotice';
export { withMouNames, withSmartNames } from './handoff';
