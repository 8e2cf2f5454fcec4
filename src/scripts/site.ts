/**
 * The only script on reading pages. It remembers the language a reader picks, so `/` can send
 * them straight to it next time. Kept tiny on purpose: guide pages load nothing else until the
 * reader asks for more.
 */
import { rememberLanguage } from './language';

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[data-lang-choice]');
  if (link) rememberLanguage(link.getAttribute('data-lang-choice'));
});
