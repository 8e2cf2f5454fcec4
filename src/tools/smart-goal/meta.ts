import type { Locale } from '../../i18n/locales';
import type { ToolInfo } from '../registry';
import dictionaries from './i18n';

const text = (lang: Locale) => ({
  name: dictionaries[lang]['tool.name'],
  summary: dictionaries[lang]['tool.summary'],
  description: dictionaries[lang]['tool.description'],
});

/**
 * The SMART goal builder: from a vague wish to a shared goal with milestones and review dates.
 * Step 1 sets the goals, step 4 turns them into KPIs, step 7 reviews against them.
 */
const meta: ToolInfo = {
  key: 'smart-goal',
  order: 2,
  slug: { id: 'tujuan-smart', en: 'smart-goals' },
  steps: ['goals', 'roles', 'evaluation'],
  text: { id: text('id'), en: text('en') },
};

export default meta;
