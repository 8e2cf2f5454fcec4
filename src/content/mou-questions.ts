/**
 * The questionnaire of the MoU clause checklist, as plain data: each question's id, whether the
 * reader may pick several options, and its options. The clause library's conditions
 * (`src/content/clauses/clauses.yaml`, `when:`) are written in these ids and options, and its
 * schema (`clauses-schema.ts`) checks them against this file, so it lives with the content, below
 * the tool; the tool's state schema (`src/tools/mou-checklist/schema.ts`) is built from it too,
 * so a question exists in exactly one place. No words shown to readers live here (see the tool's
 * `i18n.ts`).
 */

/** Kinds of collaboration; a partnership can be several at once. */
export const kinds = ['co-marketing', 'affiliate', 'reselling', 'joint-product', 'content', 'supply', 'other'] as const;
export type Kind = (typeof kinds)[number];

export const yesNo = ['yes', 'no'] as const;
export type YesNo = (typeof yesNo)[number];

/** Intellectual property: none, using what a partner already owns, creating new work, or both. */
export const ipOptions = ['none', 'use', 'create', 'both'] as const;
export type IpOption = (typeof ipOptions)[number];

/** A fixed term (with an end date) or open-ended (until one side ends it). */
export const termOptions = ['fixed', 'open'] as const;
export type TermOption = (typeof termOptions)[number];

/**
 * What the document is (the guide's step 5, "Binding, or only a statement of intent?"): an
 * agreement that binds the parties (a partnership agreement, PKS) or a statement of intent that
 * does not (a memorandum of understanding). The outline's title follows it.
 */
export const bindingOptions = ['agreement', 'intent'] as const;
export type BindingOption = (typeof bindingOptions)[number];

/**
 * Every question, in the order the questionnaire asks them. `multiple` questions hold a list
 * of options; the others hold exactly one.
 */
export const questions = {
  kinds: { multiple: true, options: kinds },
  money: { multiple: false, options: yesNo },
  customerData: { multiple: false, options: yesNo },
  ip: { multiple: false, options: ipOptions },
  foreignParty: { multiple: false, options: yesNo },
  exclusivity: { multiple: false, options: yesNo },
  signingOnline: { multiple: false, options: yesNo },
  term: { multiple: false, options: termOptions },
  binding: { multiple: false, options: bindingOptions },
} as const;

export type QuestionId = keyof typeof questions;
export const questionIds = Object.keys(questions) as QuestionId[];

/**
 * How every checklist starts: no question answered (no kind ticked, every other answer null).
 * No answer is chosen for the reader: an answer they did not give reads as theirs, and a "no"
 * they never chose would leave clauses out without them noticing.
 */
export const noAnswers = {
  kinds: [] as Kind[],
  money: null as YesNo | null,
  customerData: null as YesNo | null,
  ip: null as IpOption | null,
  foreignParty: null as YesNo | null,
  exclusivity: null as YesNo | null,
  signingOnline: null as YesNo | null,
  term: null as TermOption | null,
  binding: null as BindingOption | null,
};

/**
 * What most partnerships between small sellers look like: money changes hands (fees,
 * commissions, shared profit), each uses the other's names or logos, for an agreed period,
 * signed on paper between Indonesian parties. The printed clause sheet shows the clauses these
 * answers call for in full. Not the tool's starting answers: a new checklist starts with none
 * (`initialState` in the tool), since an answer the reader did not give reads as theirs, and a
 * reader who skims would miss the clauses a "no" leaves out.
 */
export const commonAnswers = {
  kinds: [] as Kind[],
  money: 'yes' as YesNo,
  customerData: 'no' as YesNo,
  ip: 'use' as IpOption,
  foreignParty: 'no' as YesNo,
  exclusivity: 'no' as YesNo,
  signingOnline: 'no' as YesNo,
  term: 'fixed' as TermOption,
  binding: null as BindingOption | null,
};

/**
 * Whether `option` is a valid option of `question`.
 * @example isOption('term', 'open') // => true
 * @example isOption('term', 'yes') // => false
 */
export function isOption(question: string, option: string): boolean {
  return (
    Object.hasOwn(questions, question) &&
    (questions[question as QuestionId].options as readonly string[]).includes(option)
  );
}
