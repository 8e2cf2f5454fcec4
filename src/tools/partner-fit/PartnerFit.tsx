/**
 * The partner-fit scorer island. It only renders: the state and its safe keeping come from the
 * kit (`useTool`), the logic from `model.ts`, the words from props (one language). What the
 * reader sees, in order: the best fit and a link to the results (once something is rated), the
 * candidates (Candidates.tsx), the criteria with a rating per candidate (CriteriaList.tsx), then
 * one results panel (Results.tsx): the ranking, the grid of ratings, and behind disclosures each
 * candidate's strengths and weak spots (Details.tsx, loaded when opened) and how the score is
 * made. Choosing a candidate with a deal-breaker asks first (Confirm.tsx, loaded when needed).
 *
 * Before hydration (and without JavaScript) it renders a printable worksheet: every criterion
 * with its questions and anchors, and write-in boxes where the controls will be. Once hydrated,
 * the boxes become radio groups and the results and save/share bar appear below, so nothing
 * above the reader's position moves much.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { GuideKey } from '../../content/schema';
import { format } from '../../i18n/dictionary';
import { type Locale, localeInfo } from '../../i18n/locales';
import {
  KitNotices,
  KitStatus,
  type KitStrings,
  LiveRegion,
  PrintHeader,
  SharedBanner,
  ToolActions,
} from '../kit/components';
import { useTool } from '../kit/useTool';
import { compileSchema, type JsonSchema } from '../kit/validate';
import { Disclosure } from '../kit/disclosure';
import { Candidates } from './Candidates';
import { Criteria } from './CriteriaList';
import type { CriterionId, CriterionText, Rating, Weight } from './criteria';
import type { Strings } from './i18n';
import {
  addCandidate,
  choosePartner,
  confirmBeforeChoosing,
  rate,
  removeCandidate,
  renameCandidate,
  setNote,
  setWeight,
} from './edit';
import { evaluateAll, nextCandidateId, rank } from './model';
import { Results } from './Results';
import type { Candidate } from './schema';
import { announcement, candidateLabel, dealbreakerItems, listOf } from './summary';
import { partnerFitSpec } from './tool';
import type { GuideLink } from './views';

export interface Props {
  lang: Locale;
  /** The tool's name (print header, summary title). */
  title: string;
  t: Strings;
  kit: KitStrings;
  /** The criteria's words in the page's language. */
  texts: Readonly<Record<CriterionId, CriterionText>>;
  /** The guide pages that weak-spot advice links to. */
  guide: Readonly<Partial<Record<GuideKey, GuideLink>>>;
  /** The state schema as JSON Schema (`jsonSchemaOf(stateSchema)`), so zod stays on the server. */
  schema: JsonSchema;
}

export default function PartnerFit({ lang, title, t, kit, texts, guide, schema }: Props) {
  const spec = useMemo(() => partnerFitSpec(compileSchema(schema)), [schema]);
  const tool = useTool(spec);
  const { state, hydrated } = tool;
  const results = useMemo(() => evaluateAll(state), [state]);
  const ranking = useMemo(() => rank(results), [results]);
  const label = (c: Pick<Candidate, 'id' | 'name'>) => candidateLabel(c, t);
  const labelOf = (id: string) => label(state.candidates.find((c) => c.id === id) ?? { id, name: '' });

  /** The candidate shown on a narrow screen (all are shown side by side on a wide one). */
  const [chosen, setChosen] = useState<string | null>(null);
  const current = state.candidates.some((c) => c.id === chosen) ? chosen : (state.candidates[0]?.id ?? null);
  /** Whose result the live region reads out (the candidate just rated). */
  const [spoken, setSpoken] = useState<string | null>(null);
  /** An element to focus after the next render (a new name field, the add button). */
  const focusNext = useRef<string | null>(null);
  /** The per-candidate details' code, once loaded (when the reader opens them). */
  const [details, setDetails] = useState<typeof import('./Details') | null>(null);
  /** The confirmation on screen before choosing a candidate with a deal-breaker, and its code. */
  const [asking, setAsking] = useState<{ id: string; reasons: string[]; view: typeof import('./Confirm') } | null>(
    null,
  );
  useEffect(() => {
    if (focusNext.current) {
      document.getElementById(focusNext.current)?.focus();
      focusNext.current = null;
    }
  });

  const spokenResult = results.find((r) => r.id === spoken);
  const liveMessage = spokenResult ? announcement(labelOf(spokenResult.id), spokenResult, t) : '';

  const onRate = (id: string, criterion: CriterionId, rating: Rating | null) => {
    tool.update((s) => rate(s, id, criterion, rating));
    setSpoken(id);
  };
  const onWeight = (criterion: CriterionId, weight: Weight) => {
    tool.update((s) => setWeight(s, criterion, weight));
    setSpoken(current);
  };
  // Add is only offered while there is room (canAdd).
  const onAdd = () => {
    const id = nextCandidateId(state);
    tool.update((s) => addCandidate(s));
    setChosen(id);
    focusNext.current = `fit-name-${id}`;
  };
  const onRemove = (c: Candidate) => {
    const index = state.candidates.indexOf(c);
    const neighbour = state.candidates[index + 1] ?? state.candidates[index - 1];
    tool.update((s) => removeCandidate(s, c.id), { undo: format(t['cand.removed'], { name: label(c) }) });
    focusNext.current = neighbour ? `fit-name-${neighbour.id}` : 'fit-add';
  };

  // The Markdown code loads on the first "copy" or "download", not with the page.
  const summary = async () =>
    (await import('./markdown')).toMarkdown({
      state,
      t,
      texts,
      title,
      lang,
      date: new Intl.DateTimeFormat(localeInfo[lang].intl, { dateStyle: 'long' }).format(new Date()),
    });
  const shareText = async () => (await import('./markdown')).shareSummary({ state, t, title });

  /** "Choose this partner": at once, or after a confirmation when the candidate has a deal-breaker. */
  const onPick = (id: string) => {
    const dealbreakers = confirmBeforeChoosing(state, id);
    if (dealbreakers.length === 0) tool.update((s) => choosePartner(s, id));
    else {
      const c = state.candidates.find((x) => x.id === id)!;
      const reasons = dealbreakerItems(c, dealbreakers, texts, t);
      tool.run(async () => setAsking({ id, reasons, view: await import('./Confirm') }));
    }
  };
  const best = ranking.leaders;
  /** What the form, the results and the details all show. */
  const view = { state, results, ranking, t, texts, label };
  const how = (
    <Disclosure class="fit-how" summary={t['how.title']}>
      {/* The page's "how the score is made" link points here; the browser opens the disclosure. */}
      <div id="fit-how-score">
        {([1, 2, 3, 4, 5, 6] as const).map((n) => (
          <p key={n}>{t[`how.${n}`]}</p>
        ))}
      </div>
    </Disclosure>
  );

  return (
    <div class={hydrated ? 'fit is-ready' : 'fit'}>
      <PrintHeader title={title} kit={kit} lang={lang} />
      <KitNotices tool={tool} kit={kit} />
      <SharedBanner tool={tool} />
      {!hydrated && <p class="fit-nojs">{t['sheet.nojs']}</p>}
      {hydrated && results.some((r) => r.rated > 0) && (
        // Work saved earlier opens on a long form: the answer first, the results one tap away.
        <p class="fit-jump no-print">
          {best.length > 0 &&
            `${format(t['rank.best'], {
              names: listOf(best.map(labelOf), localeInfo[lang].intl),
              score: ranking.rows[0]!.score,
            })} `}
          <a href="#fit-res-title">{t['rank.jump']}</a>
        </p>
      )}
      <Candidates
        hydrated={hydrated}
        state={state}
        t={t}
        label={label}
        onRename={(id, name) => tool.update((s) => renameCandidate(s, id, name))}
        onAdd={onAdd}
        onRemove={onRemove}
      />
      <Criteria
        {...view}
        hydrated={hydrated}
        current={current}
        onChoose={setChosen}
        onRate={onRate}
        onWeight={onWeight}
        onNote={(id, criterion, note) => tool.update((s) => setNote(s, id, criterion, note))}
      />
      {hydrated ? (
        <Results
          {...view}
          lang={lang}
          labelOf={labelOf}
          onPick={onPick}
          onDetails={() => tool.run(async () => setDetails(await import('./Details')))}
          details={details && <details.Details {...view} guide={guide} />}
        >
          {how}
        </Results>
      ) : (
        how
      )}
      {asking && (
        <asking.view.Confirm
          t={t}
          name={labelOf(asking.id)}
          reasons={asking.reasons}
          onClose={(confirmed) => {
            if (confirmed) tool.update((s) => choosePartner(s, asking.id));
            setAsking(null);
            // Back to the button that asked (the browser may have done so already).
            focusNext.current = `fit-pick-${asking.id}`;
          }}
        />
      )}
      <LiveRegion message={liveMessage} />
      <KitStatus tool={tool} kit={kit} />
      {hydrated && <ToolActions tool={tool} kit={kit} summary={summary} shareText={shareText} />}
    </div>
  );
}
