import { describe, expect, it } from 'vitest';
import {
  codeOf,
  findCycles,
  type Graph,
  importGraph,
  importsOf,
  layerViolations,
  toolLayer,
} from '../../scripts/lib/imports';

/** The import check (`npm run lint` runs scripts/check-imports.ts): the predicates it relies on. */
const graph = (edges: Record<string, string[]>): Graph => new Map(Object.entries(edges));

describe('reading imports', () => {
  it('finds static, type-only, re-exported and dynamic imports, not strings that look like them', () => {
    const code = `
      import a from './a';
      import type { B } from './b';
      import './c.css';
      export { d } from './d';
      export * from './e';
      const f = () => import('./f');
      const text = "import g from './g'";
      // import h from './h';
    `;
    expect(importsOf(code)).toEqual(['./a', './b', './c.css', './d', './e', './f']);
  });

  it('reads the frontmatter and the scripts of an .astro file, not its markup', () => {
    const astro = `---\nimport Layout from './Layout.astro';\n---\n<p>import x from './nope'</p>\n<script>\n  import { go } from './go';\n</script>`;
    expect(importsOf(codeOf('Page.astro', astro))).toEqual(['./Layout.astro', './go']);
  });

  it('resolves the real source tree (so a clean result means something)', () => {
    const real = importGraph(process.cwd(), 'src');
    expect(real.get('src/tools/partner-fit/tool.ts')).toContain('src/tools/partner-fit/model.ts');
    expect(real.get('src/tools/smart-goal/Page.astro')).toContain('src/tools/smart-goal/SmartGoal.tsx');
    expect(real.get('src/tools/smart-goal/SmartGoal.tsx')).toContain('src/tools/smart-goal/summary.ts');
    expect(real.get('src/content.config.ts')).toContain('src/content/clauses-schema.ts');
  });
});

describe('cycles', () => {
  it('finds none in a tree', () => {
    expect(findCycles(graph({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
  });

  it('finds a loop of two, a longer loop and a module importing itself, each once', () => {
    const cycles = findCycles(
      graph({ a: ['b'], b: ['a', 'c'], c: [], x: ['y'], y: ['z'], z: ['x', 'c'], s: ['s'], t: ['a'] }),
    );
    expect(cycles).toEqual([['a', 'b'], ['s'], ['x', 'y', 'z']]);
  });

  it('reports a shortest loop through a tangle', () => {
    const [cycle] = findCycles(graph({ a: ['b', 'd'], b: ['c'], c: ['a'], d: ['a'] }));
    expect(cycle).toEqual(['a', 'd']);
  });
});

describe('layers', () => {
  it('ranks a tool’s files: limits, data, schema, model, then everything else', () => {
    expect(['limits.ts', 'criteria.ts', 'schema.ts', 'model.ts', 'tool.ts', 'Tool.tsx'].map(toolLayer)).toEqual([
      0, 1, 2, 3, 4, 4,
    ]);
  });

  it('allows imports down the layers of a tool and between tools’ shared code', () => {
    expect(
      layerViolations(
        graph({
          'src/tools/x/model.ts': ['src/tools/x/schema.ts', 'src/tools/x/limits.ts', 'src/i18n/locales.ts'],
          'src/tools/x/schema.ts': ['src/tools/x/criteria.ts', 'src/content/mou-questions.ts'],
          'src/tools/x/X.tsx': ['src/tools/x/model.ts', 'src/tools/kit/useTool.ts'],
          'src/tools/kit/ToolLayout.astro': ['src/tools/tool-info.ts'],
        }),
      ),
    ).toEqual([]);
  });

  it('refuses imports up the layers of a tool, and across the folder rules', () => {
    const problems = layerViolations(
      graph({
        'src/tools/x/schema.ts': ['src/tools/x/tool.ts'],
        'src/tools/x/limits.ts': ['src/tools/x/criteria.ts'],
        'src/tools/x/model.ts': ['src/tools/x/i18n.ts', 'src/tools/y/tool.ts'],
        'src/tools/kit/share.ts': ['src/tools/x/tool.ts'],
        'src/content/clauses-schema.ts': ['src/tools/x/questions.ts'],
        'src/tools/x/Page.astro': ['src/pages/index.astro'],
      }),
    );
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'src/content/clauses-schema.ts imports src/tools/x/questions.ts',
      'src/tools/kit/share.ts imports src/tools/x/tool.ts',
      'src/tools/x/Page.astro imports src/pages/index.astro',
      'src/tools/x/limits.ts (limits) imports src/tools/x/criteria.ts (data)',
      'src/tools/x/model.ts (model) imports src/tools/x/i18n.ts (tool)',
      'src/tools/x/schema.ts (schema) imports src/tools/x/tool.ts (tool)',
    ]);
  });
});
