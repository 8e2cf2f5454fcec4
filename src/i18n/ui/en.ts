import type { UiKey } from './id';

/** English strings of the site's shell; keys must match `id.ts` exactly. */
export const en = {
  // Site identity
  'site.name': 'Mitra',
  'site.tagline': 'A guide to online business partnerships for small businesses and online sellers',
  'site.homeTitle': 'Mitra: a guide to online business partnerships',

  // Header and navigation
  'skip.main': 'Skip to main content',
  'nav.label': 'Main navigation',
  'nav.home': 'Mitra home',
  'nav.guide': 'Guide',
  'nav.tools': 'Tools',
  'nav.print': 'Print',
  'nav.about': 'About',
  'nav.menu': 'Menu',
  'nav.plan': 'Plan',
  'nav.planMine': 'My plan',
  'nav.planProgress': '{done} of {total} steps done',
  'lang.label': 'Change language',
  'lang.current': 'Language of this page: English',

  // Search (the header button and its message; the window's words are in src/search/i18n.ts)
  'search.open': 'Search',
  'search.unavailable': 'Search could not be loaded. Check your connection, then try again.',

  // Reading aids: contents of the page, links to its sections, the colour theme
  'toc.title': 'On this page',
  'anchor.label': 'Link to section',
  'theme.label': 'Theme',
  'theme.system': 'Same as device',
  'theme.light': 'Light',
  'theme.dark': 'Dark',

  // Link previews (Open Graph, Twitter)
  'social.imageAlt': 'Mitra: a guide to online business partnerships for small businesses and online sellers',

  // Footer
  'footer.label': 'Site information',
  'footer.disclaimer': 'General guidance, not legal advice. For an agreement, consult a lawyer or notary.',
  'footer.privacy': 'Everything you type into Mitra’s tools stays in your browser.',
  'footer.aboutLink': 'About Mitra, disclaimer, and privacy',
  'footer.glossaryLink': 'Glossary: what MoU, PKS, stamp duty, and other terms mean',

  // Page furniture
  'page.updated': 'Updated',
  'step.of': 'Step {n} of {total}',
  'step.short': 'Step {n}',
  'step.actions': 'What to do',
  'step.actionsLead': 'Tick each point once you and your partner have done it.',
  'step.ticksUnavailable': 'Your ticks cannot be saved on this device (the browser blocks storage or it is full).',
  'step.ticksDamaged': 'Your earlier ticks could not be read. They are kept aside on this device; you can tick again.',
  'step.all': 'All steps',
  'stepnav.label': 'Previous and next step',
  'stepnav.prev': 'Previous',
  'stepnav.next': 'Next',
  'guide.sideLabel': 'Guide contents',
  'guide.overview': 'Why partner up?',
  'guide.reasons': 'Five reasons to partner',
  'guide.steps': 'Seven steps to a good partnership',
  'guide.start': 'Start with step 1',
  'step.printSheet': 'All seven steps as one printable checklist',
  'plan.link': 'Your partnership plan: progress, chosen partner, goals, and MoU',

  // Print button (step pages, print sheets, tools)
  'print.page': 'Print this page',
  'print.sheet': 'Print this sheet',

  // Home page
  'home.eyebrow': 'Free, in two languages, no account needed',
  'home.title': 'Build online business partnerships that work for both sides',
  'home.lead':
    'Mitra helps small businesses and online sellers find the right partner, agree on goals and roles, draw up an MoU, and review the partnership regularly, in seven practical steps.',
  'home.ctaGuide': 'Read the guide',
  'home.ctaTools': 'Try the tools',
  'home.continueTitle': 'Continue where you stopped',
  'home.continuePlan': 'My plan: what to do next',
  'home.reasonsTitle': 'Why partner up?',
  'home.reasonsLead': 'With a partner, you can achieve things that are hard to manage alone.',
  'home.stepsTitle': 'The seven steps at a glance',
  'home.stepsMore': 'Read the full reasons in the guide',
  'home.toolsTitle': 'Practical tools',
  'home.toolsLead': 'All three tools run entirely in your browser: nothing you enter is sent anywhere.',
  'home.conclusion': 'Read the conclusion',
  'home.description':
    'A free bilingual guide for small businesses and online sellers: seven steps to a good online business partnership, plus practical tools.',

  // Tools index and the tools box on guide pages
  'tools.title': 'Partnership tools',
  'tools.description':
    'Free tools to score candidate partners, write SMART goals, and build an MoU clause checklist. Everything runs in your browser.',
  'tools.lead':
    'Each tool saves your work on this device only. There is no account, and nothing you enter is sent anywhere.',
  'step.toolsTitle': 'Tools for this step',

  // Glossary page
  'glossary.title': 'Glossary',
  'glossary.description':
    'What the partnership terms Mitra uses mean, such as MoU, PKS, KPI, stamp duty, PSrE, BANI, and profit sharing, in short, everyday words.',
  'glossary.lead':
    'Short explanations of the terms used in Mitra’s guide, tools, and printable sheets. General information, not legal advice.',
  'glossary.back': 'Back to the guide',
  'glossary.filter': 'Filter the terms',
  'glossary.letters': 'Terms by first letter',
  'glossary.count.one': '1 term matches',
  'glossary.count.other': '{n} terms match',
  'glossary.none': 'No term matches “{query}”. Try another word, or search the whole site with the Search button.',

  // Not found page
  'notFound.title': 'Page not found',
  'notFound.body': 'This address does not exist on Mitra. The link may have a typo, or the page may have moved.',
  'notFound.home': 'Go to the English home page',

  // Language chooser at /
  'root.choose': 'Choose a language',
  'root.lead': 'A guide and tools for building good online business partnerships.',
  'root.enter': 'Continue in English',
} as const satisfies Record<UiKey, string>;
