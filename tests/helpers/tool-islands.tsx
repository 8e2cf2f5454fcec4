/**
 * The SMART builder and the MoU checklist rendered with the props their pages give them, for the
 * island tests (each tool's own and the hand-off's).
 */
import { render } from '@testing-library/preact';
import type { Locale } from '../../src/i18n/locales';
import { otherLocale } from '../../src/i18n/locales';
import kitDictionaries from '../../src/tools/kit/i18n';
import { jsonSchemaOf } from '../../src/tools/kit/schema-json';
import mouDictionaries from '../../src/tools/mou-checklist/i18n';
import MouChecklist from '../../src/tools/mou-checklist/MouChecklist';
import { stateSchema as mouSchema } from '../../src/tools/mou-checklist/schema';
import { clauseViews } from '../../src/tools/mou-checklist/view';
import { wordingWords } from '../../src/tools/mou-checklist/wording';
import smartDictionaries, { islandStrings, statementStrings } from '../../src/tools/smart-goal/i18n';
import { goalTypeInfo, smartLetters } from '../../src/tools/smart-goal/letters';
import { stateSchema as smartSchema } from '../../src/tools/smart-goal/schema';
import SmartGoal from '../../src/tools/smart-goal/SmartGoal';
import { loadLibrary } from '../fixtures/content';
import { handoffProps } from './handoff';

const library = loadLibrary();
const smartJsonSchema = jsonSchemaOf(smartSchema);
const mouJsonSchema = jsonSchemaOf(mouSchema);

/** The SMART goal builder as its page renders it. */
export function renderSmartGoal(lang: Locale = 'id') {
  return render(
    <SmartGoal
      lang={lang}
      title={smartDictionaries[lang]['tool.name']}
      t={islandStrings(lang)}
      other={statementStrings(otherLocale(lang))}
      kit={kitDictionaries[lang]}
      schema={smartJsonSchema}
      letters={smartLetters.map((l) => ({
        key: l.key,
        letter: l.letter,
        name: l.text[lang].name,
        question: l.text[lang].question,
      }))}
      types={goalTypeInfo.map((g) => ({ key: g.key, ...g.text[lang], metrics: g.metrics.map((m) => m.text[lang]) }))}
      handoff={handoffProps(lang)}
    />,
  );
}

/** The MoU clause checklist as its page renders it. */
export function renderMouChecklist(lang: Locale = 'id') {
  const clauses = clauseViews(library, lang, (k) => ({ href: `/guide/${k}/`, label: `Guide ${k}` }));
  return render(
    <MouChecklist
      lang={lang}
      t={mouDictionaries[lang]}
      kit={kitDictionaries[lang]}
      schema={mouJsonSchema}
      clauses={clauses}
      words={{ id: wordingWords(mouDictionaries.id, 'id'), en: wordingWords(mouDictionaries.en, 'en') }}
      handoff={handoffProps(lang)}
    />,
  );
}
