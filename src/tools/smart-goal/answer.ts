/**
 * What the island loads on the reader's first action (or at once when there is saved work):
 * the SMART checks, the statement, the milestones and their words. The empty form does not
 * need them, so a first visit downloads only the form (the tool page's 20 KB budget).
 */
export { AnswerPanel, LetterChecks, Milestones, ReadEcho, Statement } from './GoalResult';
export { checkAnnouncement, checkProblems } from './messages';
export { checkGoal } from './model';
