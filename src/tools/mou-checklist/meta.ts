import { type ToolInfo, toolText } from '../tool-info';
import dict from './i18n';

/** The MoU clause checklist: step 5 of the guide (draw up an agreement or MoU). */
const meta: ToolInfo = {
  key: 'mou-checklist',
  order: 3,
  slug: { id: 'klausul-mou', en: 'mou-checklist' },
  steps: ['agreement'],
  text: toolText(dict),
};

export default meta;
