/**
 * The two scripts that must run before the first paint, so they cannot wait for a module: they
 * are written into the page (src/components/InlineScript.astro) and allowed by their hash in the
 * page's Content-Security-Policy (Astro's `Astro.csp.insertScriptHash`), never by
 * 'unsafe-inline'. Plain ES2015 in strings, kept tiny: they count against the reading pages'
 * 2 KB of JavaScript. tests/unit/inline-scripts.test.ts runs them.
 */
import { LANGUAGE_KEY, THEME_KEY } from './keys';

/**
 * In every page's `<head>`: applies the theme the reader chose on this device as
 * `<html data-theme>` before anything is painted, so a reader who chose dark on a light phone
 * (or the other way round) never sees a frame in the wrong colours. global.css does the rest.
 */
export const themeScript = `try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(/^(light|dark)$/.test(t))document.documentElement.dataset.theme=t}catch(e){}`;

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
