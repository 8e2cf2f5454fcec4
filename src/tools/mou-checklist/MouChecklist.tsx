/**
 * The MoU clause checklist island. It only renders: state comes from the kit's `useTool`, the
 * clause selection from `model.ts`, words from props (`t`, `kit`, the clause views of the page's
 * language). What the reader sees, in order: the parties, the questions, the clause checklist
 * (Clauses.tsx) and the Word outline, whose code (`docx.ts`) loads only when asked for.
 */
import { useId, useMemo, useState } from 'preact/hooks';
import {
  bindingOptions,
  ipOptions,
  kinds,
  type QuestionId,
  questionIds,
  termOptions,
  yesNo,
} from '../../content/mou-questions';
import { format } from '../../i18n/dictionary';
import type { Locale } from '../../i18n/locales';
import {
  KitNotices,
  KitStatus,
  type KitStrings,
  LiveRegion,
  PrintHeader,
  SharedBanner,
  ToolActions,
} from '../kit/components';
import { Checkbox, CheckboxGroup } from '../kit/checkbox';
import { RadioGroup, TextField } from '../kit/form';
import { withJsonSchema } from '../kit/spec';
import { type Tool, useTool } from '../kit/useTool';
import type { JsonSchema } from '../kit/validate';
import type { HandoffStrings } from '../../plan/handoff-i18n';
import { type HandoffSchemas, useHandoff } from '../../plan/Handoff';
import { ClauseList } from './Clauses';
import { limits } from './limits';
import { outlineIsBilingual } from './document';
import {
  selectionChange,
  withAnswer,
  withDate,
  withEnglishColumn,
  withKind,
  withNote,
  withOtherKind,
  withParty,
  withSettled,
} from './edit';
import { selectClauses } from './model';
import { type OpenQuestion, openQuestions } from './open-questions';
import { Parties, Signatures } from './Parties';
import type { Answers, MouState } from './schema';
import { answerLabel, labelled, questionLabel, shareSummary, summaryMarkdown, type Strings } from './summary';
import { mouChecklist } from './tool';
import type { ClauseView } from './view';
import type { GoalTerms, WordingWords } from './wording';

export interface Props {
  lang: Locale;
  t: Strings;
  kit: KitStrings;
  /** The state schema as JSON Schema (`jsonSchemaOf(stateSchema)`), so zod stays on the server. */
  schema: JsonSchema;
  /** The whole clause library, in the page's language (`clauseViews`). */
  clauses: ClauseView[];
  /** What filling the sample wording needs, in both languages (`wordingWords`). */
  words: Record<Locale, WordingWords>;
  /** The hand-off from the plan: its words, and the other tools' state schemas (JSON Schema). */
  handoff: { t: HandoffStrings; schemas: Omit<HandoffSchemas, 'mou-checklist'> };
}

export default function MouChecklist({ lang, t, kit, schema, clauses, words, handoff: h }: Props) {
  const spec = useMemo(() => withJsonSchema(mouChecklist, schema), [schema]);
  const tool = useTool(spec);
  const { state } = tool;
  const disabled = !tool.hydrated;
  const selected = useMemo(() => selectClauses(clauses, state.answers), [clauses, state.answers]);
  const open = useMemo(() => openQuestions(clauses, state.answers), [clauses, state.answers]);
  const [change, setChange] = useState('');
  const schemas = useMemo(() => ({ ...h.schemas, 'mou-checklist': schema }), [h.schemas, schema]);
  const handoff = useHandoff('mou-checklist', tool.hydrated && tool.mode === 'own', schemas);
  const goals = tool.mode === 'own' ? (handoff?.facts.goals ?? null) : null;
  const docx = useOutlineDownload(state, selected, open, goals, t, lang, tool);
  const uid = useId();
  /** Where each question is, for the links from the list of unanswered questions. */
  const questionId = (q: QuestionId) => `${uid}-q-${q}`;

  /** Applies an answer and announces which clauses came and went. */
  const answer = (next: (s: MouState) => MouState) => {
    const { added, removed } = selectionChange(selected, selectClauses(clauses, next(state).answers));
    const titles = (list: ClauseView[]) => list.map((c) => c.text[lang].title).join(', ');
    setChange(
      [
        added.length ? format(t['clause.added'], { titles: titles(added) }) : '',
        removed.length ? format(t['clause.removed'], { titles: titles(removed) }) : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
    tool.update(next);
  };

  return (
    // `data-handoff-read` tells tests the hand-off has read this device (there may be nothing to offer).
    <div class="tool mou" data-handoff-read={handoff ? '' : undefined}>
      <PrintHeader title={t['print.title']} kit={kit} lang={lang} />
      <KitNotices tool={tool} kit={kit} />
      <SharedBanner tool={tool} />
      {handoff && tool.mode === 'own' && (
        <handoff.module.HandoffNotice
          tool="mou-checklist"
          facts={handoff.facts}
          current={{ own: state.parties.first.name, partner: state.parties.second.name }}
          t={h.t}
          onFill={(names) => tool.update((s) => handoff.module.withMouNames(s, names), { undo: h.t.filled })}
          focusAfter=".mou-parties input"
        />
      )}
      <Parties
        state={state}
        t={t}
        lang={lang}
        words={words[lang]}
        disabled={disabled}
        onParty={(party, field, value) => tool.update((s) => withParty(s, party, field, value))}
        onDate={(date) => tool.update((s) => withDate(s, date))}
      />
      <Questions
        state={state}
        t={t}
        disabled={disabled}
        answer={answer}
        questionId={questionId}
        onOtherKind={(text) => tool.update((s) => withOtherKind(s, text))}
      />
      <ClauseList
        selected={selected}
        open={open}
        questionId={questionId}
        state={state}
        t={t}
        lang={lang}
        words={words}
        goals={goals}
        disabled={disabled}
        onSettled={(id, on) => tool.update((s) => withSettled(s, id, on))}
        onNote={(id, note) => tool.update((s) => withNote(s, id, note))}
        onCopy={(_id, text) =>
          tool.run(async () => {
            const { copyText } = await import('../kit/clipboard');
            tool.announce((await copyText(text)) ? t['clause.copied'] : t['clause.copyFailed']);
          })
        }
        bar={
          <button
            type="button"
            class="button mou-bar-download"
            disabled={disabled || docx.status === 'busy'}
            aria-describedby={docx.status === 'failed' ? `${uid}-docx-failed` : undefined}
            onClick={docx.start}
          >
            {docx.status === 'busy' ? t['docx.preparing'] : t['bar.download']}
          </button>
        }
      />
      <Signatures state={state} t={t} words={words[lang]} />
      <LiveRegion message={change} />
      <DocxOutline
        id={`${uid}-docx`}
        state={state}
        t={t}
        lang={lang}
        disabled={disabled}
        docx={docx}
        onEnglish={(on) => tool.update((s) => withEnglishColumn(s, on))}
      />
      <KitStatus tool={tool} kit={kit} />
      {tool.hydrated && (
        <ToolActions
          tool={tool}
          kit={kit}
          summary={() => summaryMarkdown(state, selected, open, t, lang)}
          shareText={() => shareSummary(state, selected, t, lang)}
        />
      )}
    </div>
  );
}

type Single = Exclude<QuestionId, 'kinds'>;

/**
 * The questions that decide which clauses the MoU needs, each asked as a question and none
 * answered until the reader chooses; on paper, the answers in a short list ("Belum dijawab" for
 * what is still open).
 */
function Questions(props: {
  state: MouState;
  t: Strings;
  disabled: boolean;
  answer: (next: (s: MouState) => MouState) => void;
  questionId: (q: QuestionId) => string;
  onOtherKind: (text: string) => void;
}) {
  const { state, t, disabled, answer, questionId } = props;
  const uid = useId();
  /** One single-choice question in its own block (the target of a link from the clause list). */
  const single = <Q extends Single>(
    q: Q,
    choices: readonly { value: NonNullable<Answers[Q]>; label: string }[],
    options: { layout?: 'inline' | 'stack'; hint?: string } = {},
  ) => (
    <div class="mou-question" id={questionId(q)}>
      <RadioGroup
        name={`${uid}-${q}`}
        legend={t[`q.${q}`]}
        hint={options.hint}
        layout={options.layout ?? 'stack'}
        choices={choices}
        value={state.answers[q] ?? undefined}
        disabled={disabled}
        onChange={(v) => answer((s) => withAnswer(s, q, v as Answers[Q]))}
      />
    </div>
  );
  const yesNoChoices = yesNo.map((v) => ({ value: v, label: t[`answer.${v}`] }));
  const otherTicked = state.answers.kinds.includes('other');
  return (
    <>
      <section class="mou-section mou-questions no-print" aria-labelledby={`${uid}-questions`}>
        <h2 id={`${uid}-questions`}>{t['q.title']}</h2>
        <p>{t['q.lead']}</p>
        <div class="mou-question" id={questionId('kinds')}>
          <CheckboxGroup
            name={`${uid}-kinds`}
            legend={t['q.kinds']}
            hint={t['q.kindsHint']}
            layout="grid"
            choices={kinds.map((kind) => ({ value: kind, label: t[`kind.${kind}`] }))}
            values={state.answers.kinds}
            disabled={disabled}
            onChange={(kind, on) => answer((s) => withKind(s, kind, on))}
          >
            {otherTicked && (
              <TextField
                id={`${uid}-other-kind`}
                class="mou-other-kind"
                label={t['q.otherKind']}
                hint={t['q.otherKindHint']}
                value={state.otherKind}
                maxLength={limits.otherKind}
                disabled={disabled}
                onInput={props.onOtherKind}
              />
            )}
          </CheckboxGroup>
        </div>
        {single('money', yesNoChoices, { layout: 'inline' })}
        {single('customerData', yesNoChoices, { layout: 'inline' })}
        {single(
          'ip',
          ipOptions.map((v) => ({ value: v, label: t[`ip.${v}`] })),
        )}
        {single('foreignParty', yesNoChoices, { layout: 'inline', hint: t['q.foreignPartyHint'] })}
        {single('exclusivity', yesNoChoices, { layout: 'inline' })}
        {single('signingOnline', yesNoChoices, { layout: 'inline' })}
        {single(
          'term',
          termOptions.map((v) => ({ value: v, label: t[`term.${v}`] })),
        )}
        {single(
          'binding',
          bindingOptions.map((v) => ({ value: v, label: t[`binding.${v}`] })),
          { hint: t['q.bindingHint'] },
        )}
      </section>
      <ul class="print-only mou-print-answers">
        {questionIds.map((q) => (
          <li key={q}>{labelled(questionLabel(q, t), answerLabel(q, state, t))}</li>
        ))}
      </ul>
    </>
  );
}

/** The .docx download: the code loads on the first click; a failure says so and keeps the work. */
function useOutlineDownload(
  state: MouState,
  selected: ClauseView[],
  open: OpenQuestion<ClauseView>[],
  goals: GoalTerms | null,
  t: Strings,
  lang: Locale,
  tool: Tool<MouState>,
) {
  const [status, setStatus] = useState<'idle' | 'busy' | 'failed'>('idle');
  const download = async () => {
    setStatus('busy');
    try {
      const [outline, { downloadFile }] = await Promise.all([import('./docx'), import('../kit/files')]);
      const bytes = await outline.outlineBytes({ state, clauses: selected, open, goals, lang });
      downloadFile(outline.outlineFileName(state, lang), new Blob([bytes], { type: outline.DOCX_MIME }));
      setStatus('idle');
      tool.announce(t['docx.ready']);
    } catch {
      setStatus('failed');
    }
  };
  return { status, start: () => tool.run(download) };
}

/** The Word outline: an English column when the reader wants one, and the download. */
function DocxOutline(props: {
  id: string;
  state: MouState;
  t: Strings;
  lang: Locale;
  disabled: boolean;
  docx: ReturnType<typeof useOutlineDownload>;
  onEnglish: (on: boolean) => void;
}) {
  const { id, state, t, lang, disabled, docx } = props;
  return (
    <section class="mou-section mou-docx no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t['docx.title']}</h2>
      <p>{t['docx.lead']}</p>
      {state.answers.foreignParty === 'yes' ? (
        <p class="mou-forced">{t['docx.bilingualForced']}</p>
      ) : lang !== 'id' ? (
        <p class="mou-forced">{t['docx.bilingualPage']}</p>
      ) : (
        <Checkbox
          label={t['docx.english']}
          checked={state.englishColumn}
          disabled={disabled}
          onChange={props.onEnglish}
        />
      )}
      <div class="kit-row">
        <button
          type="button"
          class="button"
          disabled={disabled || docx.status === 'busy'}
          aria-describedby={docx.status === 'failed' ? `${id}-failed` : undefined}
          onClick={docx.start}
          data-bilingual={outlineIsBilingual(state, lang) ? 'yes' : 'no'}
        >
          {docx.status === 'busy' ? t['docx.preparing'] : t['docx.download']}
        </button>
      </div>
      {docx.status === 'failed' && (
        <p class="field-error" role="alert" id={`${id}-failed`}>
          {t['docx.failed']}
        </p>
      )}
    </section>
  );
}
