/**
 * The MoU clause checklist island. It only renders: state comes from the kit's `useTool`, the
 * clause selection from `model.ts`, words from props (`t`, `kit`, the clause views of the page's
 * language). The .docx outline is built by `docx.ts`, imported only when the reader asks for it.
 */
import { useId, useMemo, useState } from 'preact/hooks';
import { format } from '../../i18n/dictionary';
import { type Locale, otherLocale } from '../../i18n/locales';
import {
  KitNotices,
  KitStatus,
  LiveRegion,
  PrintHeader,
  SharedBanner,
  ToolActions,
  type KitStrings,
} from '../kit/components';
import { withJsonSchema } from '../kit/spec';
import { useTool } from '../kit/useTool';
import type { JsonSchema } from '../kit/validate';
import {
  groupByPriority,
  outlineIsBilingual,
  progress,
  progressOf,
  selectClauses,
  withAnswer,
  withKind,
  withNote,
  withSettled,
} from './model';
import { ipOptions, kinds, termOptions, yesNo, type QuestionId, type YesNo } from './questions';
import type { MouState } from './schema';
import { answerLabel, dateText, questionLabel, summaryMarkdown, type Strings } from './summary';
import { limits, mouChecklist } from './tool';
import type { ClauseView } from './view';

export interface Props {
  lang: Locale;
  t: Strings;
  kit: KitStrings;
  /** The state schema as JSON Schema (`jsonSchemaOf(stateSchema)`), so zod stays on the server. */
  schema: JsonSchema;
  /** The whole clause library, in the page's language (`clauseViews`). */
  clauses: ClauseView[];
}

interface Option {
  value: string;
  label: string;
}

/** A radio group: fieldset, legend, one 44 px row per option. */
function Radios(props: {
  name: string;
  legend: string;
  options: Option[];
  value: string;
  inline?: boolean;
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <fieldset class="mou-question">
      <legend>{props.legend}</legend>
      <div class={props.inline ? 'mou-choices is-inline' : 'mou-choices'}>
        {props.options.map((option) => (
          <label class="choice-row" key={option.value}>
            <input
              type="radio"
              name={props.name}
              value={option.value}
              checked={props.value === option.value}
              disabled={props.disabled}
              onChange={() => props.onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** One clause: its tick, and the disclosure with why, what to settle, wording, legal basis and note. */
function ClauseItem({
  clause,
  state,
  t,
  lang,
  disabled,
  onSettled,
  onNote,
}: {
  clause: ClauseView;
  state: MouState;
  t: Strings;
  lang: Locale;
  disabled: boolean;
  onSettled: (settled: boolean) => void;
  onNote: (note: string) => void;
}) {
  const uid = useId();
  const p = progressOf(state, clause.id);
  const other = otherLocale(lang);
  const title = clause.text[lang].title;
  return (
    <li class={p.settled ? 'mou-clause keep is-settled' : 'mou-clause keep'} data-clause={clause.id}>
      <details class="mou-details">
        <summary>
          <span class="mou-clause-title">{title}</span>
          {p.note.trim() !== '' && <span class="mou-badge">{t['clause.hasNote']}</span>}
        </summary>
        <div class="mou-clause-body">
          <h4>{t['clause.why']}</h4>
          <p>{clause.why}</p>
          <h4>{t['clause.questions']}</h4>
          <ul>
            {clause.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
          <h4>{t['clause.wording']}</h4>
          <blockquote class="mou-wording">{clause.text[lang].wording}</blockquote>
          <details class="mou-other">
            <summary>{t['clause.wordingOther']}</summary>
            <blockquote class="mou-wording" lang={other}>
              {clause.text[other].wording}
            </blockquote>
          </details>
          {clause.legal.length > 0 && (
            <>
              <h4>{t['clause.legal']}</h4>
              <ul class="mou-legal">
                {clause.legal.map((l) => (
                  <li key={l.cite}>
                    <strong>{l.cite}.</strong> {l.note}
                  </li>
                ))}
              </ul>
            </>
          )}
          {clause.guide.length > 0 && (
            <p class="mou-guide">
              {t['clause.guide']}:{' '}
              {clause.guide.map((g, i) => (
                <span key={g.href}>
                  {i > 0 && ', '}
                  <a href={g.href}>{g.label}</a>
                </span>
              ))}
            </p>
          )}
          <div class="field mou-note">
            <label for={`${uid}-note`}>
              {t['clause.note']}
              <span class="visually-hidden">: {title}</span>
            </label>
            <p class="hint" id={`${uid}-note-hint`}>
              {format(t['clause.noteHint'], { max: limits.note })}
            </p>
            <textarea
              id={`${uid}-note`}
              rows={3}
              maxLength={limits.note}
              aria-describedby={`${uid}-note-hint`}
              value={p.note}
              disabled={disabled}
              onInput={(e) => onNote(e.currentTarget.value)}
            />
          </div>
        </div>
      </details>
      {/* After the disclosure: read, note, then tick (beside the title on wide screens). */}
      <div class="mou-clause-head">
        <input
          type="checkbox"
          id={`${uid}-settled`}
          class="mou-tick"
          checked={p.settled}
          disabled={disabled}
          onChange={(e) => onSettled(e.currentTarget.checked)}
        />
        <label for={`${uid}-settled`} class="mou-tick-label">
          {t['clause.settled']}
          <span class="visually-hidden">: {title}</span>
        </label>
      </div>
      {/* On paper: what to settle, the note, and room to write. */}
      <div class="print-only mou-print">
        <ul>
          {clause.questions.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
        {p.note.trim() !== '' && (
          <p class="mou-print-note">
            <strong>{t['md.note']}:</strong> {p.note}
          </p>
        )}
        <p class="mou-print-lines" aria-hidden="true">
          {t['print.notesLines']}
        </p>
      </div>
    </li>
  );
}

export default function MouChecklist({ lang, t, kit, schema, clauses }: Props) {
  const spec = useMemo(() => withJsonSchema(mouChecklist, schema), [schema]);
  const tool = useTool(spec);
  const { state } = tool;
  const uid = useId();
  const disabled = !tool.hydrated;
  const selected = useMemo(() => selectClauses(clauses, state.answers), [clauses, state.answers]);
  const groups = groupByPriority(selected);
  const { settled, total } = progress(selected, state);
  const [change, setChange] = useState('');
  const [docx, setDocx] = useState<'idle' | 'busy' | 'failed'>('idle');

  /** Applies an answer and announces which clauses came and went. */
  const answer = (next: (s: MouState) => MouState) => {
    const after = selectClauses(clauses, next(state).answers);
    const added = after.filter((c) => !selected.some((s) => s.id === c.id)).map((c) => c.text[lang].title);
    const removed = selected.filter((c) => !after.some((a) => a.id === c.id)).map((c) => c.text[lang].title);
    setChange(
      [
        added.length ? format(t['clause.added'], { titles: added.join(', ') }) : '',
        removed.length ? format(t['clause.removed'], { titles: removed.join(', ') }) : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
    tool.update(next);
  };
  const yesNoOptions = yesNo.map((v) => ({ value: v, label: t[`answer.${v}`] }));
  const yesNoQuestion = (q: Exclude<QuestionId, 'kinds' | 'ip' | 'term'>) => (
    <Radios
      name={`${uid}-${q}`}
      legend={t[`q.${q}`]}
      options={yesNoOptions}
      value={state.answers[q]}
      inline
      disabled={disabled}
      onChange={(v) => answer((s) => withAnswer(s, q, v as YesNo))}
    />
  );

  const downloadOutline = async () => {
    setDocx('busy');
    try {
      const [outline, { downloadFile }] = await Promise.all([import('./docx'), import('../kit/files')]);
      const bytes = await outline.outlineBytes({ state, clauses: selected });
      downloadFile(outline.outlineFileName(state, lang), new Blob([bytes], { type: outline.DOCX_MIME }));
      setDocx('idle');
      tool.announce(t['docx.ready']);
    } catch {
      setDocx('failed');
    }
  };

  const setParty = (key: 'first' | 'second', value: string) =>
    tool.update((s) => ({ ...s, parties: { ...s.parties, [key]: value.slice(0, limits.party) } }));

  return (
    <div class="tool mou">
      <PrintHeader title={t['print.title']} kit={kit} lang={lang} />
      <KitNotices tool={tool} kit={kit} />
      <SharedBanner tool={tool} kit={kit} />

      <section class="mou-section mou-parties" aria-labelledby={`${uid}-parties`}>
        <h2 id={`${uid}-parties`}>{t['parties.legend']}</h2>
        <div class="mou-parties-grid">
          <div class="field">
            <label for={`${uid}-first`}>{t['parties.first']}</label>
            <p class="hint" id={`${uid}-party-hint`}>
              {t['parties.hint']}
            </p>
            <input
              id={`${uid}-first`}
              type="text"
              autocomplete="organization"
              maxLength={limits.party}
              aria-describedby={`${uid}-party-hint`}
              value={state.parties.first}
              disabled={disabled}
              onInput={(e) => setParty('first', e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for={`${uid}-second`}>{t['parties.second']}</label>
            <p class="hint" id={`${uid}-party-hint-2`}>
              {t['parties.hint']}
            </p>
            <input
              id={`${uid}-second`}
              type="text"
              autocomplete="off"
              maxLength={limits.party}
              aria-describedby={`${uid}-party-hint-2`}
              value={state.parties.second}
              disabled={disabled}
              onInput={(e) => setParty('second', e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for={`${uid}-date`}>{t['parties.date']}</label>
            <p class="hint" id={`${uid}-date-hint`}>
              {t['parties.dateHint']}
            </p>
            <input
              id={`${uid}-date`}
              type="date"
              aria-describedby={`${uid}-date-hint`}
              value={state.date}
              disabled={disabled}
              onInput={(e) => {
                const value = e.currentTarget.value;
                if (/^(\d{4}-\d{2}-\d{2})?$/.test(value)) tool.update((s) => ({ ...s, date: value }));
              }}
            />
            <p class="print-only mou-print-date">{dateText(state, lang) ?? ''}</p>
          </div>
        </div>
      </section>

      <section class="mou-section mou-questions no-print" aria-labelledby={`${uid}-questions`}>
        <h2 id={`${uid}-questions`}>{t['q.title']}</h2>
        <p>{t['q.lead']}</p>
        <fieldset class="mou-question" aria-describedby={`${uid}-kinds-hint`}>
          <legend>{t['q.kinds']}</legend>
          <p class="hint" id={`${uid}-kinds-hint`}>
            {t['q.kindsHint']}
          </p>
          <div class="mou-choices is-grid">
            {kinds.map((kind) => (
              <label class="choice-row" key={kind}>
                <input
                  type="checkbox"
                  name={`${uid}-kinds`}
                  value={kind}
                  checked={state.answers.kinds.includes(kind)}
                  disabled={disabled}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    answer((s) => withKind(s, kind, on));
                  }}
                />
                <span>{t[`kind.${kind}`]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {yesNoQuestion('money')}
        {yesNoQuestion('customerData')}
        <Radios
          name={`${uid}-ip`}
          legend={t['q.ip']}
          options={ipOptions.map((v) => ({ value: v, label: t[`ip.${v}`] }))}
          value={state.answers.ip}
          disabled={disabled}
          onChange={(v) => answer((s) => withAnswer(s, 'ip', v as (typeof ipOptions)[number]))}
        />
        {yesNoQuestion('foreignParty')}
        {yesNoQuestion('exclusivity')}
        {yesNoQuestion('signingOnline')}
        <Radios
          name={`${uid}-term`}
          legend={t['q.term']}
          options={termOptions.map((v) => ({ value: v, label: t[`term.${v}`] }))}
          value={state.answers.term}
          disabled={disabled}
          onChange={(v) => answer((s) => withAnswer(s, 'term', v as (typeof termOptions)[number]))}
        />
      </section>

      {/* On paper, the answers in one short list instead of the form. */}
      <dl class="print-only mou-print-answers">
        {(
          ['kinds', 'money', 'customerData', 'ip', 'foreignParty', 'exclusivity', 'signingOnline', 'term'] as const
        ).map((q) => (
          <div key={q}>
            <dt>{questionLabel(q, t)}</dt>
            <dd>{answerLabel(q, state, t)}</dd>
          </div>
        ))}
      </dl>

      <section class="mou-section mou-list" aria-labelledby={`${uid}-list`}>
        <h2 id={`${uid}-list`}>{t['list.title']}</h2>
        <div class="mou-progress">
          <p id={`${uid}-progress`}>{format(t['list.progress'], { n: settled, total })}</p>
          <progress max={total} value={settled} aria-labelledby={`${uid}-progress`} />
        </div>
        {groups.map((group) => (
          <section
            class="mou-group"
            key={group.priority}
            aria-labelledby={`${uid}-${group.priority}`}
            data-priority={group.priority}
          >
            <h3 id={`${uid}-${group.priority}`}>
              {t[`group.${group.priority}`]}{' '}
              <span class="mou-count">({format(t['list.count'], { total: group.clauses.length })})</span>
            </h3>
            <p class="hint">{t[`group.${group.priority}Hint`]}</p>
            <ul class="mou-clauses">
              {group.clauses.map((clause) => (
                <ClauseItem
                  key={clause.id}
                  clause={clause}
                  state={state}
                  t={t}
                  lang={lang}
                  disabled={disabled}
                  onSettled={(on) => tool.update((s) => withSettled(s, clause.id, on))}
                  onNote={(note) => tool.update((s) => withNote(s, clause.id, note))}
                />
              ))}
            </ul>
          </section>
        ))}
      </section>
      <LiveRegion message={change} />

      <section class="mou-section mou-docx no-print" aria-labelledby={`${uid}-docx`}>
        <h2 id={`${uid}-docx`}>{t['docx.title']}</h2>
        <p>{t['docx.lead']}</p>
        {state.answers.foreignParty === 'yes' ? (
          <p class="mou-forced">{t['docx.bilingualForced']}</p>
        ) : (
          <label class="choice-row">
            <input
              type="checkbox"
              checked={state.englishColumn}
              disabled={disabled}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                tool.update((s) => ({ ...s, englishColumn: on }));
              }}
            />
            <span>{t['docx.english']}</span>
          </label>
        )}
        <div class="kit-row">
          <button
            type="button"
            class="button"
            disabled={disabled || docx === 'busy'}
            aria-describedby={docx === 'failed' ? `${uid}-docx-failed` : undefined}
            onClick={() => tool.run(downloadOutline)}
            data-bilingual={outlineIsBilingual(state) ? 'yes' : 'no'}
          >
            {docx === 'busy' ? t['docx.preparing'] : t['docx.download']}
          </button>
        </div>
        {docx === 'failed' && (
          <p class="field-error" role="alert" id={`${uid}-docx-failed`}>
            {t['docx.failed']}
          </p>
        )}
      </section>

      <KitStatus tool={tool} kit={kit} />
      {tool.hydrated && <ToolActions tool={tool} kit={kit} summary={() => summaryMarkdown(state, selected, t, lang)} />}
    </div>
  );
}
