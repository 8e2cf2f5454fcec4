/**
 * How long a share link gets. A link longer than SHARE_LINK_SAFE_CHARS may be cut by some chat
 * apps (the action area then says so and offers the save file); typical work must stay below it.
 * The longest realistic state of each tool is built here from real prose (the guide's own
 * sentences, which compress like notes a reader types), so its length is measured, not guessed.
 */
import { describe, expect, it } from 'vitest';
import { criterionIds } from '../../src/tools/partner-fit/criteria';
import { MAX_CANDIDATES } from '../../src/tools/partner-fit/limits';
import { examples as fitExamples, stateSchema as fitSchema } from '../../src/tools/partner-fit/schema';
import { partnerFit } from '../../src/tools/partner-fit/tool';
import { examples as smartExamples, stateSchema as smartSchema, type Goal } from '../../src/tools/smart-goal/schema';
import { smartGoal } from '../../src/tools/smart-goal/tool';
import { examples as mouExamples, stateSchema as mouSchema, type MouState } from '../../src/tools/mou-checklist/schema';
import { mouChecklist } from '../../src/tools/mou-checklist/tool';
import { kinds } from '../../src/content/mou-questions';
import { SHARE_LINK_SAFE_CHARS } from '../../src/tools/kit/limits';
import { decodeShare, encodeShare, MAX_SHARE_CHARS } from '../../src/tools/kit/share';
import type { ToolSpec } from '../../src/tools/kit/spec';
import { loadGuide, loadLibrary } from '../fixtures/content';

/** The longest tool address of the site, in the language with the longer path. */
const base = (path: string) => `https://mitra.example${path}#`;

async function link<S>(spec: ToolSpec<S>, path: string, state: S): Promise<string> {
  const url = base(path) + (await encodeShare(spec, state));
  // Every link measured here must also open again.
  const back = await decodeShare(url.slice(url.indexOf('#')), spec);
  expect(back).toEqual({ ok: true, value: state });
  return url;
}

/** Distinct sentences of the Indonesian guide, cut to `max` characters: prose like a reader's. */
const sentences = (() => {
  const all = loadGuide()
    .filter((e) => e.id.startsWith('id/'))
    .flatMap((e) => e.body.replace(/[#*_>`[\]()|-]/g, ' ').split(/(?<=[.?!])\s+/))
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 40 && !/[{}<=]/.test(s));
  return [...new Set(all)];
})();
let next = 0;
const prose = (max: number) => {
  let out = '';
  while (out.length < max * 0.8) out = `${out} ${sentences[next++ % sentences.length]}`.trim();
  return out.slice(0, max).trim();
};

const fitSpec = { ...partnerFit, schema: fitSchema };
const smartSpec = { ...smartGoal, schema: smartSchema };
const mouSpec = { ...mouChecklist, schema: mouSchema };

/** Reported to the console and kept in the test names' order, for the closing note. */
const measured: Record<string, number> = {};

describe('share link length', () => {
  it('stays under the safe length for every example state (typical use)', async () => {
    const typical = [
      ...Object.values(fitExamples).map((s) => link(fitSpec, '/id/alat/kecocokan-mitra/', s)),
      ...Object.values(smartExamples).map((s) => link(smartSpec, '/id/alat/tujuan-smart/', s)),
      ...Object.values(mouExamples).map((s) => link(mouSpec, '/id/alat/klausul-mou/', s)),
    ];
    for (const url of await Promise.all(typical)) expect(url.length).toBeLessThan(SHARE_LINK_SAFE_CHARS);
  });

  it('partner fit: five candidates rated on every criterion with a note on half of them', async () => {
    const candidate = (n: number) => ({
      id: `c${n}`,
      name: prose(40),
      ratings: Object.fromEntries(criterionIds.map((id, i) => [id, ((n + i) % 5) + 1])),
      notes: Object.fromEntries(criterionIds.filter((_, i) => i % 2 === 0).map((id) => [id, prose(120)])),
    });
    const state = fitSchema.parse({ ...fitExamples.filled, candidates: [1, 2, 3, 4, 5].map(candidate) });
    const url = await link(fitSpec, '/id/alat/kecocokan-mitra/', state);
    measured['partner-fit, realistic longest'] = url.length;
    // And the most the tool allows: every candidate, a long note on every criterion.
    const most = fitSchema.parse({
      ...state,
      candidates: Array.from({ length: MAX_CANDIDATES }, (_, i) => ({
        ...candidate(i + 1),
        notes: Object.fromEntries(criterionIds.map((id) => [id, prose(500)])),
      })),
    });
    const mostUrl = await link(fitSpec, '/id/alat/kecocokan-mitra/', most);
    measured['partner-fit, every field full'] = mostUrl.length;
    expect(mostUrl.length).toBeLessThan(MAX_SHARE_CHARS);
  });

  it('SMART goals: three goals with every field filled in full sentences', async () => {
    const [first] = smartExamples.batik.goals as [Goal];
    const goal = (n: number): Goal => ({
      ...first,
      id: `g${n}`,
      specific: { what: prose(200), scope: prose(100) },
      measurable: { ...first.measurable, metric: prose(60), source: prose(80) },
      achievable: { contributionA: prose(160), contributionB: prose(160), evidence: prose(200) },
      relevant: { benefitA: prose(120), benefitB: prose(120) },
    });
    const state = smartSchema.parse({ partners: { a: prose(30), b: prose(30) }, goals: [1, 2, 3].map(goal) });
    const url = await link(smartSpec, '/id/alat/tujuan-smart/', state);
    measured['smart-goal, realistic longest'] = url.length;
    expect(url.length).toBeLessThan(MAX_SHARE_CHARS);
  });

  it('MoU: every kind of partnership, every clause settled, a note of two sentences on each', async () => {
    const ids = loadLibrary().map((c) => c.id);
    const state: MouState = mouSchema.parse({
      ...mouExamples.candleAndIllustrator,
      parties: {
        first: {
          name: 'CV Toko Lilin Putri Sejahtera',
          address: 'Jl. Kaliurang Km 5 No. 12, Sleman, DI Yogyakarta',
          registration: '9120001234567',
          signer: 'Putri Wulandari',
          capacity: 'Direktur',
        },
        second: {
          name: 'Dimas Creative Studio Pte. Ltd.',
          address: '10 Anson Road #22-02, International Plaza, Singapore 079903',
          registration: '3174012345678901',
          signer: 'Dimas Pratama',
          capacity: 'Managing Director',
        },
      },
      answers: { ...mouExamples.foreignReseller.answers, kinds: [...kinds], ip: 'both', term: 'fixed' },
      clauses: ids.map((id) => ({ id, settled: true, note: prose(200) })),
    });
    const url = await link(mouSpec, '/id/alat/klausul-mou/', state);
    measured['mou-checklist, realistic longest'] = url.length;
    expect(url.length).toBeLessThan(MAX_SHARE_CHARS);
    console.info(`share link lengths (characters): ${JSON.stringify(measured)}`);
  });
});
