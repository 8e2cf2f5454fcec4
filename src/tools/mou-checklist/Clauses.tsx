/**
 * The clause checklist: the progress, the clauses by priority, and each clause with its tick and
 * what opens under its title (why, what to settle, sample wording, legal basis, guide, note).
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { format } from '../../i18n/dictionary';
import { type Locale, otherLocale } from '../../i18n/locales';
import { Checkbox } from '../kit/checkbox';
import { Disclosure } from '../kit/disclosure';
import { TextField } from '../kit/form';
import { limits } from './limits';
import { type QuestionId, questionIds } from '../../content/mou-questions';
import { groupByPriority, progress, progressOf } from './model';
import type { OpenQuestion } from './open-questions';
import { Wording } from './Parties';
import type { MouState } from './schema';
import { openEffect, questionLabel, type Strings } from './summary';
import type { ClauseView } from './view';
import { fillWording, type GoalTerms, wordingText, type WordingFacts, type WordingWords } from './wording';

interface ListProps {
  /** The clauses the answers call for, in order. */
  selected: ClauseView[];
  state: MouState;
  t: Strings;
  lang: Locale;
  disabled: boolean;
  /** The filling words of both languages (the page's wording and the other one). */
  words: Record<Locale, WordingWords>;
  /** The SMART goals saved on this device (the KPI and review clauses use them), or null. */
  goals: GoalTerms | null;
  onSettled: (id: string, settled: boolean) => void;
  onNote: (id: string, note: string) => void;
  /** Copies a clause's filled sample wording (in the page's language). */
  onCopy: (id: string, text: string) => void;
}

interface OpenProps {
  /** The unanswered questions and the clauses each could add (`openQuestions`). */
  open: OpenQuestion<ClauseView>[];
  /** The id of a question's block, to link to it. */
  questionId: (q: QuestionId) => string;
}

/**
 * The unanswered questions first, with what each could add, then the clauses in groups (always
 * needed first), then a bar with the progress and the download that stays at the bottom of the
 * screen while the list is in view (see mou.css).
 */
export function ClauseList({
  selected,
  state,
  t,
  bar,
  open,
  questionId,
  ...clause
}: ListProps & OpenProps & { bar: ComponentChildren }) {
  const uid = useId();
  const { settled, total } = progress(selected, state);
  return (
    <section class="mou-section mou-list" aria-labelledby={`${uid}-list`}>
      <h2 id={`${uid}-list`}>{t['list.title']}</h2>
      {open.length > 0 && <OpenQuestions open={open} questionId={questionId} t={t} lang={clause.lang} />}
      {groupByPriority(selected).map((group) => (
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
            {group.clauses.map((c) => (
              <ClauseItem key={c.id} clause={c} state={state} t={t} {...clause} />
            ))}
          </ul>
        </section>
      ))}
      <div class="mou-bar no-print">
        <div class="mou-progress">
          <p id={`${uid}-progress`}>{format(t['list.progress'], { n: settled, total })}</p>
          <progress max={total} value={settled} aria-labelledby={`${uid}-progress`} />
        </div>
        {bar}
      </div>
    </section>
  );
}

/**
 * What the questions not answered yet could still add, each linked to its question: a reader who
 * skims the list sees that it is not complete yet, and which clauses may be missing.
 */
function OpenQuestions({ open, questionId, t, lang }: OpenProps & { t: Strings; lang: Locale }) {
  const uid = useId();
  return (
    <section class="mou-open callout is-warn" aria-labelledby={`${uid}-open`}>
      <h3 id={`${uid}-open`}>{t['open.title']}</h3>
      <p>{format(t['open.lead'], { n: open.length, total: questionIds.length })}</p>
      <ul>
        {open.map((o) => (
          <li key={o.question} data-question={o.question}>
            <a href={`#${questionId(o.question)}`}>{questionLabel(o.question, t)}</a> {openEffect(o, t, lang)}
          </li>
        ))}
      </ul>
    </section>
  );
}

type ItemProps = Omit<ListProps, 'selected'> & { clause: ClauseView };

/** One clause: its disclosure, its "settled" tick, and on paper what to settle with room to write. */
function ClauseItem({ clause, state, t, disabled, onSettled, ...props }: ItemProps) {
  const p = progressOf(state, clause.id);
  const title = clause.text[props.lang].title;
  return (
    <li class={p.settled ? 'mou-clause keep is-settled' : 'mou-clause keep'} data-clause={clause.id}>
      <Disclosure
        class="mou-details"
        summary={
          <>
            <span class="mou-clause-title">{title}</span>
            {p.note.trim() !== '' && <span class="mou-badge">{t['clause.hasNote']}</span>}
          </>
        }
      >
        <ClauseDetails clause={clause} state={state} t={t} disabled={disabled} onSettled={onSettled} {...props} />
      </Disclosure>
      {/* After the disclosure: read, note, then tick (beside the title on wide screens). The
          whole row is the target, at least 44 px tall. */}
      <Checkbox
        class="mou-tick"
        label={
          <>
            {t['clause.settled']}
            <span class="visually-hidden">: {title}</span>
          </>
        }
        checked={p.settled}
        disabled={disabled}
        onChange={(on) => onSettled(clause.id, on)}
      />
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

/** What opens under a clause's title. */
function ClauseDetails({ clause, state, t, lang, disabled, words, goals, onNote, onCopy }: ItemProps) {
  const uid = useId();
  const other = otherLocale(lang);
  const facts: WordingFacts = {
    first: state.parties.first.name,
    second: state.parties.second.name,
    kinds: state.answers.kinds,
    otherKind: state.otherKind,
    term: state.answers.term,
    binding: state.answers.binding,
    goals,
  };
  const own = fillWording(clause.text[lang].wording, facts, words[lang], { clause: clause.id });
  return (
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
      <blockquote class="mou-wording">
        <Wording parts={own} />
      </blockquote>
      <p class="mou-copy">
        <button
          type="button"
          class="button secondary"
          disabled={disabled}
          onClick={() => onCopy(clause.id, wordingText(own))}
        >
          {t['clause.copy']}
          <span class="visually-hidden">: {clause.text[lang].title}</span>
        </button>
      </p>
      <Disclosure class="mou-other" summary={t['clause.wordingOther']}>
        <blockquote class="mou-wording" lang={other}>
          <Wording parts={fillWording(clause.text[other].wording, facts, words[other], { clause: clause.id })} />
        </blockquote>
      </Disclosure>
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
      <TextField
        id={`${uid}-note`}
        class="mou-note"
        label={
          <>
            {t['clause.note']}
            <span class="visually-hidden">: {clause.text[lang].title}</span>
          </>
        }
        hint={format(t['clause.noteHint'], { max: limits.note })}
        rows={3}
        maxLength={limits.note}
        value={progressOf(state, clause.id).note}
        disabled={disabled}
        onInput={(note) => onNote(clause.id, note)}
      />
    </div>
  );
}
