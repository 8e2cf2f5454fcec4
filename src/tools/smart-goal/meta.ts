import { type ToolInfo, toolText } from '../tool-info';
import dictionaries from './i18n';

/**
 * The SMART goal builder: from a vague wish to a shared goal with milestones and review dates.
 * Step 1 sets the goals, step 4 turns them into KPIs, step 7 reviews against them.
 */
const meta: ToolInfo = {
  key: 'smart-goal',
  order: 2,
  slug: { id: 'tujuan-smart', en: 'smart-goals' },
  steps: ['goals', 'roles', 'evaluation'],
  text: toolText(dictionaries),
};

export default meta;
