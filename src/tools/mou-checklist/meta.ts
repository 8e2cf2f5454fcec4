import type { ToolInfo } from '../registry';
import dict from './i18n';

/** The MoU clause checklist: step 5 of the guide (draw up an agreement or MoU). */
const meta: ToolInfo = {
  key: 'mou-checklist',
  order: 3,
  slug: { id: 'klausul-mou', en: 'mou-checklist' },
  steps: ['agreement'],
  text: {
    id: { name: dict.id['tool.name'], summary: dict.id['tool.summary'], description: dict.id['tool.description'] },
    en: { name: dict.en['tool.name'], summary: dict.en['tool.summary'], description: dict.en['tool.description'] },
  },
};

export default meta;
