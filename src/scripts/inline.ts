/**
 * The two scripts that must run before the first paint, so they cannot wait for a module: they
 * are written into the page (src/components/InlineScript.astro) and allowed by their hash in the
 * page's Content-Security-Policy (Astro's `Astro.csp.insertScriptHash`), never by
 * 'unsafe-inline'. Plain ES2015 in strings, kept tiny: they count against the reading pages'
 * 2 KB of JavaScript. tests/unit/inline-scripts.test.ts runs them.
 */
import { planSources } from '../plan/limits';
import { LANGUAGE_KEY, LAST_KEY, THEME_KEY } from './keys';

/** What a page's head script does besides marking scripting, the theme and the plan. */
export interface HeadScriptOptions {
  /** A guide page's or a tool's key: remember this page as the last one read (`mitra:last`). */
  resume?: string | undefined;
  /** The home page: mark the last page read, for "Continue where you stopped". */
  last?: boolean | undefined;
}

/**
 * In every page's `<head>`, before anything is painted: `<html data-js>` (scripting runs, for
 * browsers that do not know CSS's `scripting` media feature: the search and print buttons show
 * from the first frame), then, from what this device keeps:
 * - the theme the reader chose, as `<html data-theme>`, so a reader who chose dark on a light
 *   phone (or the other way round) never sees a frame in the wrong colours (global.css knows
 *   `light` and `dark`; anything else stored leaves the system's colours);
 * - whether the device holds plan work (ticks or a tool's work), as `<html data-plan>`, so the
 *   header's plan link reads "My plan" from the first frame (and its progress loads, site.ts);
 * - on the home page (`last`), the last guide page or tool read, as `<html data-last="<key>">`,
 *   so "Continue where you stopped" shows from the first frame (CSS picks the link);
 * - on a guide page or a tool (`resume`), this page as the last one read.
 * Each page gets only the lines it needs: every byte here is in every page's JavaScript.
 * @example headScript({ resume: 'goals' }) // ends with `s["mitra:last"]="goals"}catch(e){}`
 */
export function headScript({ resume, last }: HeadScriptOptions = {}): string {
  if (resume !== undefined && !/^[a-z][a-z0-9-]*$/.test(resume)) throw new Error(`Not a page key: ${resume}`);
  const extra =
    (last ? `;if(t=s[${JSON.stringify(LAST_KEY)}])d.last=t` : '') +
    (resume ? `;s[${JSON.stringify(LAST_KEY)}]=${JSON.stringify(resume)}` : '');
  return `var d=document.documentElement.dataset,s,t;d.js="";try{s=localStorage;if(t=s[${JSON.stringify(THEME_KEY)}])d.theme=t;for(t of${JSON.stringify(planSources)})if(s["mitra:"+t])d.plan=""${extra}}catch(e){}`;
}

/**
 * In the `<head>` of the language chooser at `/` (`base` is the site's base path), before the
 * first paint: a reader who chose a language before goes straight there, the page hidden
 * meanwhile so the chooser never flashes (`?choose` keeps it on screen); for anyone else it
 * notes the first language their browser prefers (`navigator.languages`; `in` is an old code for
 * Indonesian) as `<html data-lang-first>`, which the page's CSS shows first from the first frame.
 * Without JavaScript the page is two plain links in a fixed order.
 */
export function chooserHeadScript(base: string): string {
  return `(function(){var l,p,c,i,d=document.documentElement;try{l=localStorage.getItem(${JSON.stringify(LANGUAGE_KEY)})}catch(x){}if((l=="id"||l=="en")&&!/[?&]choose/.test(location.search)){d.style.visibility="hidden";location.replace(${JSON.stringify(base)}+l+"/");return}p=navigator.languages||[navigator.language];for(i=0;i<p.length;i++){c=String(p[i]).toLowerCase().split("-")[0];if(c=="in")c="id";if(c=="id"||c=="en"){d.setAttribute("data-lang-first",c);return}}})()`;
}

/**
 * Right after the chooser's list (`#choices`): moves the language shown first to the front of the
 * list too, so keyboard and screen-reader order match what is seen, and remembers the language
 * the reader picks.
 */
export const chooserListScript = `(function(){var u=document.getElementById("choices"),c=document.documentElement.getAttribute("data-lang-first"),e=c&&u.querySelector('[lang="'+c+'"]');if(e)u.insertBefore(e,u.firstChild);u.addEventListener("click",function(v){var a=v.target.closest("[data-lang-choice]");if(a)try{localStorage.setItem(${JSON.stringify(LANGUAGE_KEY)},a.getAttribute("data-lang-choice"))}catch(x){}})})()`;
