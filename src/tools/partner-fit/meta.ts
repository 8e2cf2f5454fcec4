import type { ToolInfo } from '../registry';
import dictionaries from './i18n';

const text = (lang: 'id' | 'en') => ({
  name: dictionaries[lang]['meta.name'],
  summary: dictionaries[lang]['meta.summary'],
  description: dictionaries[lang]['meta.description'],
});

/** The partner-fit scorer: compare candidate partners on the guide's seven criteria (step 2). */
const meta: ToolInfo = {
  key: 'partner-fit',
  order: 1,
  slug: { id: 'kecocokan-mitra', en: 'partner-fit' },
  steps: ['partner'],
  text: { id: text('id'), en: text('en') },
};

export default meta;
