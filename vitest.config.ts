/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Unit, island and built-site tests. `getViteConfig` gives tests Astro's module graph
 * (`astro:content`, `import.meta.env`); the global setup makes content collections readable.
 */
export default getViteConfig({
  test: {
    include: ['tests/{unit,island,built}/**/*.test.{ts,tsx}'],
    globalSetup: ['tests/setup/content-store.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
