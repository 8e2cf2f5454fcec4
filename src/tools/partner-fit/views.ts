/** A guide page the advice points to, prepared by Page.astro in the page's language. */
export interface GuideLink {
  href: string;
  title: string;
}
