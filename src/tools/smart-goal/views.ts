import type { GoalType, LetterKey } from './letters';

/**
 * The letters and goal types as the island gets them: in the page's language only, prepared by
 * Page.astro, so the other language never ships.
 */
export interface LetterView {
  key: LetterKey;
  letter: string;
  name: string;
  question: string;
}

export interface TypeView {
  key: GoalType;
  name: string;
  hint: string;
  metrics: readonly { metric: string; unit: string }[];
}
