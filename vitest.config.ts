/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Three projects, each runnable alone (`npm run test:unit`, `test:island`, `test:built`; `vitest
 * run` runs all three):
 * - unit: pure logic, dictionaries, content files, scripts' libraries. No build, no browser DOM.
 * - island: the Preact islands and the kit in happy-dom (@testing-library/preact).
 * - built: the site in dist/, so after `npm run build:local` (or a build to publish).
 * `getViteConfig` gives tests Astro's module graph (`import.meta.glob`, `import.meta.env`,
 * `astro/zod`); content collections are read from their files (tests/fixtures/content.ts).
 */
export default getViteConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    setupFiles: ['tests/setup/fast-check.ts'],
    projects: [
      {
        extends: true,
        // Pure functions only (no mocks, no globals changed), so the files can share workers:
        // without a fresh module graph per file the project runs two to three times faster.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'island',
          include: ['tests/island/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['tests/setup/island.ts'],
        },
      },
      { extends: true, test: { name: 'built', include: ['tests/built/**/*.test.ts'] } },
    ],
  },
});
