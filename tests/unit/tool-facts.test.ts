import { describe, expect, it } from 'vitest';
import { toolFacts } from '../../src/components/tool-facts';
import { locales } from '../../src/i18n/locales';
import { tools } from '../../src/tools/registry';

describe('tool cards', () => {
  it.each(tools.map((t) => [t.key] as const))('say what %s gives and how long it takes, in both languages', (key) => {
    for (const lang of locales) {
      const facts = toolFacts(lang, key);
      expect(facts, `${lang}: ${key}`).toBeDefined();
      expect(facts!.time).toMatch(/\d/);
    }
  });

  it('has nothing for a tool that does not exist (the check is not vacuous)', () => {
    expect(toolFacts('id', 'no-such-tool')).toBeUndefined();
  });
});
