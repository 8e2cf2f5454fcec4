/**
 * The import graph of the code base, and the two rules it must keep: no import cycles, and no
 * import from a lower layer to a higher one (see `layerRules`). `scripts/check-imports.ts` runs
 * it over src/ (inside `npm run lint`); tests/unit/imports.test.ts holds the predicates to their
 * word on small graphs.
 *
 * Imports are read with TypeScript's parser (no type checking, so it takes a second or two):
 * static imports and re-exports, `import type` included (a type-only cycle still tangles two
 * modules), and dynamic `import('./x')` (loading code later is still depending on it). Only
 * relative specifiers are followed; packages and virtual modules (`astro:content`) are leaves.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export type Graph = ReadonlyMap<string, readonly string[]>;

const sourceExtensions = ['.ts', '.tsx', '.astro', '.mjs', '.js'];

/** The code of a file that holds imports: an .astro file's frontmatter and its `<script>` tags. */
export function codeOf(file: string, text: string): string {
  if (!file.endsWith('.astro')) return text;
  const parts: string[] = [];
  const front = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (front) parts.push(front[1]!);
  for (const match of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) parts.push(match[1]!);
  return parts.join('\n');
}

/**
 * Every module specifier a piece of code imports, re-exports or loads with `import()`.
 * @example importsOf("import a from './a'; export * from './b'; await import('./c');") // => ['./a', './b', './c']
 */
export function importsOf(code: string): string[] {
  const source = ts.createSourceFile('x.tsx', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The file a relative specifier points to, or undefined for packages and virtual modules. */
export function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const bare = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  const candidates = [
    bare,
    ...sourceExtensions.map((ext) => bare + ext),
    // `./x.js` written for `./x.ts`, as TypeScript's node16 resolution allows
    ...(bare.endsWith('.js') ? [bare.replace(/\.js$/, '.ts'), bare.replace(/\.js$/, '.tsx')] : []),
    ...sourceExtensions.map((ext) => join(bare, `index${ext}`)),
  ];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return sourceExtensions.some((ext) => entry.name.endsWith(ext)) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The import graph of every source file under `dir`, with paths relative to `root`. */
export function importGraph(root: string, dir: string): Graph {
  const graph = new Map<string, string[]>();
  const rel = (file: string) => relative(root, file).split(sep).join('/');
  for (const file of sourceFiles(join(root, dir))) {
    const targets = importsOf(codeOf(file, readFileSync(file, 'utf8')))
      .map((specifier) => resolveImport(file, specifier))
      .filter((target): target is string => target !== undefined && target !== file)
      .map(rel);
    graph.set(rel(file), [...new Set(targets)].sort());
  }
  return graph;
}

/**
 * Every import cycle, each once, as the list of modules around it (Tarjan's strongly connected
 * components, then one shortest loop through each component).
 * @example findCycles(new Map([['a', ['b']], ['b', ['a']]])) // => [['a', 'b']]
 */
export function findCycles(graph: Graph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        connect(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfLoop = (graph.get(node) ?? []).includes(node);
      if (component.length > 1 || selfLoop) components.push(component);
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) connect(node);
  return components.map((component) => shortestLoop(graph, component)).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** A shortest loop from the component's first module (alphabetically) back to itself. */
function shortestLoop(graph: Graph, component: readonly string[]): string[] {
  const members = new Set(component);
  const start = [...component].sort()[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const to of graph.get(node) ?? []) {
      if (!members.has(to)) continue;
      if (to === start) {
        const loop = [node];
        while (loop[0] !== start) loop.unshift(previous.get(loop[0]!)!);
        return loop;
      }
      if (!previous.has(to)) {
        previous.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start];
}

/**
 * The layers inside one tool folder, lowest first. A file may import files of its own tool on
 * its own layer or below, never above: limits -> data -> schema -> model -> the rest (the tool
 * spec, words, summaries and exports, the island, the page). So each layer can be read and
 * tested alone, and the island can import limits and data without pulling in zod.
 */
export const toolLayers = [
  { name: 'limits', files: /^limits\.ts$/ },
  {
    name: 'data',
    // The vocabulary the schema is built from, and pure helpers below the model: plain data
    // and functions, no zod, no words shown to readers but data texts. A new file the schema or
    // model must import goes here, once it imports nothing above this layer.
    files: /^(criteria|letters|numbers|dates)\.ts$/,
  },
  { name: 'schema', files: /^schema\.ts$/ },
  { name: 'model', files: /^model\.ts$/ },
] as const;

/** A file's layer in its tool (0 = limits); everything not listed is the top layer. */
export function toolLayer(fileName: string): number {
  const index = toolLayers.findIndex((layer) => layer.files.test(fileName));
  return index < 0 ? toolLayers.length : index;
}

const layerName = (rank: number) => toolLayers[rank]?.name ?? 'tool';

/** Rules across folders: modules matching `from` must not import modules matching `to`. */
export interface FolderRule {
  from: RegExp;
  to: RegExp;
  why: string;
}

export const folderRules: readonly FolderRule[] = [
  {
    from: /^src\/tools\/kit\//,
    to: /^src\/tools\/(?!kit\/|tool-info\.ts$)/,
    why: 'the kit serves every tool and knows none of them',
  },
  {
    from: /^src\/(content|i18n|lib)\//,
    to: /^src\/(tools|pages|layouts|components|print)\//,
    why: 'content, dictionaries and the site library sit below the tools and pages that use them',
  },
  {
    from: /^src\/(tools|print|components|layouts)\//,
    to: /^src\/pages\//,
    why: 'pages route to tools, sheets and components, never the other way round',
  },
];

const toolFile = /^src\/tools\/(?!kit\/)([^/]+)\/([^/]+)$/;

/**
 * Every import that goes against the layers, as readable lines.
 * @example layerViolations(new Map([['src/tools/a/schema.ts', ['src/tools/a/model.ts']]])) // => ['src/tools/a/schema.ts (schema) imports src/tools/a/model.ts (model): …']
 */
export function layerViolations(graph: Graph, rules: readonly FolderRule[] = folderRules): string[] {
  const problems: string[] = [];
  for (const [from, targets] of graph) {
    const inTool = toolFile.exec(from);
    for (const to of targets) {
      const target = toolFile.exec(to);
      if (inTool && target && inTool[1] === target[1]) {
        const [own, theirs] = [toolLayer(inTool[2]!), toolLayer(target[2]!)];
        if (theirs > own)
          problems.push(
            `${from} (${layerName(own)}) imports ${to} (${layerName(theirs)}): inside a tool, imports go down ` +
              `the layers ${toolLayers.map((l) => l.name).join(' -> ')} -> tool (scripts/lib/imports.ts)`,
          );
      }
      for (const rule of rules)
        if (rule.from.test(from) && rule.to.test(to)) problems.push(`${from} imports ${to}: ${rule.why}`);
    }
  }
  return problems.sort();
}
