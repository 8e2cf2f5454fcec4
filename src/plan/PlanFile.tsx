/**
 * Saving the whole plan to a file and opening one, on the plan page. The page renders the two
 * buttons (src/pages/[lang]/[plan].astro) and its script loads this module on their first click
 * (a dynamic `import()`), so the page ships none of it before the reader asks. The decisions are
 * transfer.ts's (pure); this module reads and writes the device and renders the reader's choice
 * per part into the page's `[data-file-chooser]`.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { format } from '../i18n/dictionary';
import { downloadFile, exportFileName, MAX_IMPORT_BYTES } from '../tools/kit/files';
import type { PlanStrings } from './i18n';
import { planContext, type PlanProps } from './Plan';
import {
  type ClausesOfAction,
  type Plan,
  type PlanSource,
  type PlanSpecs,
  planSources,
  readPlan,
  type StepInfo,
} from './model';
import type { ClauseRule } from '../tools/mou-checklist/model';
import {
  applyChoices,
  type Choice,
  type Choices,
  choosable,
  defaultChoices,
  type PartOffer,
  type PartStatus,
  type PlanFileError,
  planFileText,
  readPlanFile,
} from './transfer';

/** What the plan page knows that this module needs to read the device and describe a plan. */
export interface FileContext {
  t: PlanStrings;
  specs: PlanSpecs;
  steps: readonly StepInfo[];
  clauses: readonly ClauseRule[];
  covers: ClausesOfAction;
  today: string;
  /** Each tool's name in the reader's language. */
  toolNames: Record<Exclude<PlanSource, 'ticks'>, string>;
}

export type Saved = Record<PlanSource, string | null>;

/** The device's saved text of each part. Throws when the browser blocks storage. */
export function readSaved(): Saved {
  const saved = {} as Saved;
  for (const source of planSources) saved[source] = window.localStorage.getItem(`mitra:${source}`);
  return saved;
}

/** Saves the plan to a file; returns the message to show. */
export function savePlan(ctx: FileContext): string {
  let saved: Saved;
  try {
    saved = readSaved();
  } catch {
    return ctx.t['plan.unavailable'];
  }
  const text = planFileText(saved, ctx.specs);
  const parts = (JSON.parse(text) as { state: { parts: object } }).state.parts;
  if (Object.keys(parts).length === 0) return ctx.t['file.nothing'];
  downloadFile(exportFileName('plan', 'json'), text, 'application/json');
  return ctx.t['file.saved'];
}

export type Opened = { ok: true; offer: PartOffer[] } | { ok: false; message: string };

const errorKey: Record<PlanFileError, 'file.notPlan' | 'file.newer'> = {
  'plan-file-not-json': 'file.notPlan',
  'plan-file-not-plan': 'file.notPlan',
  'plan-file-unsupported-version': 'file.newer',
};

/** Reads a file the reader picked next to this device's plan. Never throws. */
export async function openPlan(file: Blob, ctx: FileContext): Promise<Opened> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, message: ctx.t['file.tooLarge'] };
  let text: string;
  let saved: Saved;
  try {
    [text, saved] = [await file.text(), readSaved()];
  } catch {
    return { ok: false, message: ctx.t['file.notPlan'] };
  }
  const read = readPlanFile(text, saved, ctx.specs);
  return read.ok ? { ok: true, offer: read.value } : { ok: false, message: ctx.t[errorKey[read.error]] };
}

/** A part's name in the reader's language. */
const partName = (source: PlanSource, ctx: FileContext) =>
  source === 'ticks' ? ctx.t['choose.ticks'] : ctx.toolNames[source];

/** `{key}` or `{key}.one` by the count. */
function counted(t: PlanStrings, key: 'choose.ticked' | 'choose.candidates' | 'choose.goals', n: number): string {
  return n === 1 ? t[`${key}.one`] : format(t[key], { n });
}

/** What a part holds, in a few words, read through the plan model. */
function describe(source: PlanSource, status: PartStatus, plan: Plan, ctx: FileContext): string {
  const { t } = ctx;
  if (status === 'absent') return t['choose.none'];
  if (status === 'damaged') return t['choose.unreadable'];
  if (source === 'ticks')
    return counted(
      t,
      'choose.ticked',
      plan.steps.reduce((n, s) => n + (s.ticked ?? 0), 0),
    );
  if (source === 'partner-fit' && plan.partner.status === 'present') {
    const { candidates, chosen } = plan.partner.value;
    if (!chosen) return counted(t, 'choose.candidates', candidates);
    const name = chosen.name.trim() || t['partner.unnamed'];
    return candidates === 1
      ? format(t['choose.chosen.one'], { name })
      : format(t['choose.chosen'], { n: candidates, name });
  }
  if (source === 'smart-goal' && plan.goals.status === 'present')
    return counted(t, 'choose.goals', plan.goals.value.goals.length);
  if (source === 'mou-checklist' && plan.mou.status === 'present')
    return format(t['choose.clauses'], { settled: plan.mou.value.settled, total: plan.mou.value.total });
  return t['choose.unreadable'];
}

/**
 * The reader's choice per part after opening a file. `onDone` gets the message to show once the
 * choices are applied (or the reader cancels).
 */
export function Chooser({
  offer,
  ctx,
  onDone,
}: {
  offer: readonly PartOffer[];
  ctx: FileContext;
  onDone: (message: string, changed: boolean) => void;
}) {
  const { t } = ctx;
  const [choices, setChoices] = useState<Choices>(() => defaultChoices(offer));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  // The file's parts as a plan (their text is what would be saved), next to the device's.
  const [filePlan, devicePlan] = (() => {
    const fileSaved = Object.fromEntries(offer.map((p) => [p.source, p.text ?? null])) as Saved;
    let deviceSaved: Saved;
    try {
      deviceSaved = readSaved();
    } catch {
      deviceSaved = Object.fromEntries(planSources.map((s) => [s, null])) as Saved;
    }
    const input = { specs: ctx.specs, steps: ctx.steps, clauses: ctx.clauses, covers: ctx.covers, today: ctx.today };
    return [readPlan({ ...input, saved: fileSaved }), readPlan({ ...input, saved: deviceSaved })];
  })();

  const apply = (event: Event) => {
    event.preventDefault();
    let saved: Saved;
    try {
      saved = readSaved();
    } catch {
      onDone(t['choose.saveFailed'], false);
      return;
    }
    // Read the device again: another tab may have saved since the file was opened.
    const fresh = offer.map((p) => ({ ...p, device: deviceStatus(p.source, saved) }));
    const writes = applyChoices(fresh, choices, saved);
    try {
      for (const w of writes) window.localStorage.setItem(w.key, w.value);
    } catch {
      onDone(t['choose.saveFailed'], writes.length > 0);
      return;
    }
    const taken = offer.filter((p) => choices[p.source] === 'replace' && p.text !== undefined);
    onDone(
      taken.length === 0
        ? t['choose.doneNone']
        : format(t['choose.done'], { list: taken.map((p) => partName(p.source, ctx)).join(', ') }),
      taken.length > 0,
    );
  };

  /** The device's status of a part now (the plan model's reading of the saved text). */
  function deviceStatus(source: PlanSource, saved: Saved): PartStatus {
    const input = { ...ctx, saved };
    const plan = readPlan(input);
    const status = {
      ticks: plan.ticks,
      'partner-fit': plan.partner.status,
      'smart-goal': plan.goals.status,
      'mou-checklist': plan.mou.status,
    };
    return status[source];
  }

  return (
    <form class="plan-choose" aria-labelledby="plan-choose-title" onSubmit={apply}>
      <h2 id="plan-choose-title" tabIndex={-1} ref={heading}>
        {t['choose.title']}
      </h2>
      <p>{t['choose.lead']}</p>
      {offer.map((part) => {
        const name = partName(part.source, ctx);
        const inFile = format(t['choose.inFile'], { what: describe(part.source, part.file, filePlan, ctx) });
        const onDevice = format(t['choose.onDevice'], {
          what: describe(part.source, part.device, devicePlan, ctx),
        });
        if (!choosable(part))
          return (
            <section key={part.source} class="plan-choice" aria-label={name} data-choice={part.source}>
              <h3>{name}</h3>
              <p class={part.file === 'damaged' ? 'callout is-warn' : undefined}>
                {part.file === 'damaged' ? t['choose.skipped'] : t['choose.fileNone']}
              </p>
              <p>{onDevice}</p>
            </section>
          );
        const options: [Choice, string][] =
          part.device === 'absent'
            ? [
                ['replace', t['choose.take']],
                ['keep', t['choose.leave']],
              ]
            : [
                ['keep', t['choose.keep']],
                ['replace', t['choose.replace']],
              ];
        return (
          <fieldset key={part.source} class="plan-choice" data-choice={part.source}>
            <legend>{name}</legend>
            <p>{inFile}</p>
            <p>{onDevice}</p>
            {options.map(([value, label]) => (
              <label key={value} class="plan-option">
                <input
                  type="radio"
                  name={`plan-choice-${part.source}`}
                  value={value}
                  checked={choices[part.source] === value}
                  onChange={() => setChoices((c) => ({ ...c, [part.source]: value }))}
                />
                <span>{label}</span>
              </label>
            ))}
          </fieldset>
        );
      })}
      <p class="plan-row">
        <button type="submit" class="button">
          {t['choose.apply']}
        </button>
        <button type="button" class="button secondary" onClick={() => onDone(t['choose.cancelled'], false)}>
          {t['choose.cancel']}
        </button>
      </p>
    </form>
  );
}

/** The plan island's props, from the JSON the page rendered them into. */
export function islandProps(): PlanProps {
  const data = document.querySelector('[data-tool-props]');
  return JSON.parse(data?.textContent ?? '{}') as PlanProps;
}

export function contextOf(props: PlanProps): FileContext {
  return {
    t: props.t,
    ...planContext(props),
    toolNames: {
      'partner-fit': props.tools['partner-fit'].name,
      'smart-goal': props.tools['smart-goal'].name,
      'mou-checklist': props.tools['mou-checklist'].name,
    },
  };
}

/**
 * Shows a message in the section's status line (read out politely); with `focus`, moves the
 * reader there (after the chooser they were in closes, or when a file cannot be opened).
 */
export function say(section: HTMLElement, message: string, focus = true): void {
  const status = section.querySelector<HTMLElement>('[data-file-status]');
  if (!status) return;
  status.textContent = message;
  if (focus) status.focus();
}

/** "Save the plan to a file". */
export function save(section: HTMLElement): void {
  say(section, savePlan(contextOf(islandProps())), false);
}

/** The reader picked a file in the section's file input: opens it. */
export function pick(section: HTMLElement, input: EventTarget | null): void {
  if (!(input instanceof HTMLInputElement) || input.type !== 'file') return;
  const file = input.files?.[0];
  // Cleared, so choosing the same file again (after fixing it) is a change too.
  input.value = '';
  if (file) void open(section, file);
}

/** "Open a file": the reader picked `file`; shows the choice per part, or why it cannot open. */
export async function open(section: HTMLElement, file: Blob): Promise<void> {
  const ctx = contextOf(islandProps());
  const opened = await openPlan(file, ctx);
  const slot = section.querySelector<HTMLElement>('[data-file-chooser]');
  if (!slot) return;
  render(null, slot);
  if (!opened.ok) {
    say(section, opened.message);
    return;
  }
  say(section, '', false);
  render(
    <Chooser
      offer={opened.offer}
      ctx={ctx}
      onDone={(message, changed) => {
        render(null, slot);
        // The plan island reads the device again on this event (as when another tab saves).
        if (changed) window.dispatchEvent(new StorageEvent('storage'));
        say(section, message);
      }}
    />,
    slot,
  );
}
