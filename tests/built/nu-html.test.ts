import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../../scripts/lib/page-weight.ts';
import { BASE, DIST } from '../helpers/dist';

/**
 * The Nu HTML Checker (the engine of the W3C's validator: `vnu.jar` from the npm package
 * vnu-jar, run by Java from Debian's `default-jre-headless`, which .ci/run installs) over every
 * built page in one Java run (one per page would start the JVM 50 times): no error.
 * html-validate (html-validate.test.ts) checks the site's own rules; this is the standard's
 * reference checker, which catches what a markup linter does not (such as a script after
 * `</html>`).
 *
 * The checker's CSS parser is older than some CSS the site uses, so it reports valid CSS as an
 * error. Only these messages, by their exact words, are left out; anything else fails.
 */
const cssParserGaps: Record<string, string> = {
  // Container queries (src/styles/even-grid.css), in every browser since 2023.
  'CSS: Unrecognized at-rule “@container”': 'container queries',
  "CSS: “container-type”: Property “container-type” doesn't exist.": 'container queries',
};

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;

describe('the Nu HTML Checker', () => {
  // One Java run over all pages: about 15 s on a quiet machine, a minute on a busy one.
  it('finds no error in any built page', { timeout: 240_000 }, () => {
    const files = htmlPages(DIST, BASE).map((page) => page.file);
    expect(files.length).toBeGreaterThan(40);
    const started = performance.now();
    const run = spawnSync(
      'java',
      ['-jar', vnuJar, '--errors-only', '--format', 'json', '--exit-zero-always', ...files],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (run.error) {
      throw new Error(
        `The Nu HTML Checker needs Java (${run.error.message}): apt-get install -y default-jre-headless (.ci/run does).`,
      );
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const { messages } = JSON.parse(run.stderr) as { messages: NuMessage[] };
    const ignored = messages.filter((m) => m.message in cssParserGaps);
    const errors = messages
      .filter((m) => m.type !== 'info' && !(m.message in cssParserGaps))
      .map((m) => `${m.url?.replace(/^.*?\/dist\//, 'dist/')}:${m.lastLine ?? '?'}: ${m.message} ${m.extract ?? ''}`);
    console.log(
      `Nu HTML Checker: ${files.length} pages in ${seconds} s, ${errors.length} errors ` +
        `(${ignored.length} known CSS parser gaps left out)`,
    );
    expect(errors).toEqual([]);
  });
});
