import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The dark colours are written twice in global.css: for a dark system (unless the reader chose
 * light) and for a reader who chose dark. They must stay the same set.
 */
const css = readFileSync('src/styles/global.css', 'utf8');

/** The custom properties declared in the first block that follows `selector`. */
function tokens(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  expect(start, `${selector} in global.css`).toBeGreaterThan(-1);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

describe('colour themes in global.css', () => {
  it('give a chosen dark theme exactly the dark colours of a dark system', () => {
    const system = tokens(":root:not([data-theme='light'])");
    const chosen = tokens(":root[data-theme='dark']");
    expect(Object.keys(system).length).toBeGreaterThan(10);
    expect(chosen).toEqual(system);
  });

  it('define every dark colour that the light theme defines', () => {
    const light = tokens(':root {');
    const colours = Object.keys(light).filter((k) => /^#|^rgb/.test(light[k]!));
    expect(Object.keys(tokens(":root[data-theme='dark']")).sort()).toEqual(colours.sort());
  });

  it("set the browser's own colours (form controls, scroll bars) to the chosen theme", () => {
    expect(css).toMatch(/:root\[data-theme='light'\]\s*\{\s*color-scheme:\s*light;/);
    expect(css).toMatch(/:root\[data-theme='dark'\]\s*\{\s*color-scheme:\s*dark;/);
  });
});
