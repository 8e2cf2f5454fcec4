/**
 * "On this page" (src/components/PageContents.astro): the section being read is the last one whose heading has reached the top of
 * the screen (within 6rem); at the end of the page, the last one on screen.
 *
 * site.ts loads this module on the page's first scroll, since the mark only changes when the page
 * scrolls (a link to a section scrolls the page too).
 */
const contents = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a')];
const headings = contents.map((link) => document.getElementById(link.hash.slice(1)));
let frame = 0;
const mark = () => {
  frame = 0;
  const end = scrollY + innerHeight >= document.documentElement.scrollHeight - 2;
  let current: HTMLElement | null = null;
  for (const heading of headings)
    if (heading && heading.getBoundingClientRect().top < (end ? innerHeight : 96)) current = heading;
  contents.forEach((link, i) => {
    if (current && headings[i] === current) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  });
};
addEventListener(
  'scroll',
  () => {
    frame ||= requestAnimationFrame(mark);
  },
  { passive: true },
);
mark();

export {};
