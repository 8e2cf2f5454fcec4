import { type ToolInfo, toolText } from '../tool-info';
import dictionaries from './i18n';

/** The partner-fit scorer: compare candidate partners on the guide's seven criteria (step 2). */
const meta: ToolInfo = {
  key: 'partner-fit',
  order: 1,
  slug: { id: 'kecocokan-mitra', en: 'partner-fit' },
  steps: ['partner'],
  text: toolText(dictionaries),
};

export default meta;
