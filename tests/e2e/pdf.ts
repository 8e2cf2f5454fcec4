import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';

/** Text compared without whitespace: a PDF breaks lines where the browser wrapped them. */
export const compact = (text: string) => text.normalize('NFC').replace(/[\s\u00ad]+/g, '');

export interface PrintedPdf {
  pages: number;
  /** The whole text of the PDF, as a PDF parser (pdf.js) reads it back, without whitespace. */
  text: string;
  bytes: Buffer;
}

/**
 * Prints the page to PDF the way a reader's "Print" does (print media, backgrounds off, which is
 * the print dialog's default) and reads the PDF back with pdf.js.
 */
export async function printToPdf(page: Page, format: 'A4' | 'Letter' = 'A4'): Promise<PrintedPdf> {
  const bytes = await page.pdf({ format, printBackground: false });
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  return { pages: totalPages, text: compact(text), bytes };
}

/**
 * Texts of the screen's chrome (header, navigation, footer, skip link, buttons, screen-only
 * links, search) as one string per element, which must not reach paper. Whole elements are
 * compared, not single words: a step's name is in the navigation and in the content alike.
 */
export async function chromeTexts(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const chrome = [
      ...document.querySelectorAll(
        '.skip-link, header.site-header, nav, footer, button, .no-print, [role="search"], dialog',
      ),
    ];
    const parts = (el: Element) => (el.matches('footer') ? [...el.querySelectorAll('p')] : []);
    return chrome.flatMap((el) => [el.textContent ?? '', ...parts(el).map((p) => p.textContent ?? '')]);
  });
  return texts.map(compact).filter((t) => t.length >= 8);
}
