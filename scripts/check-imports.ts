// `npm run lint` runs this: fails when src/ has an import cycle or an import against the
// direction of the layers (scripts/lib/imports.ts says which and why).
import { findCycles, importGraph, layerViolations } from './lib/imports.ts';

const started = performance.now();
const graph = importGraph(process.cwd(), 'src');
const cycles = findCycles(graph);
const violations = layerViolations(graph);
for (const cycle of cycles) console.error(`Import cycle: ${[...cycle, cycle[0]].join(' -> ')}`);
for (const line of violations) console.error(`Against the layers: ${line}`);
const edges = [...graph.values()].reduce((n, targets) => n + targets.length, 0);
const took = Math.round(performance.now() - started);
if (cycles.length > 0 || violations.length > 0) {
  console.error(`\n${cycles.length} import cycle(s), ${violations.length} import(s) against the layers.`);
  process.exit(1);
}
console.log(`Imports: ${graph.size} modules, ${edges} imports, no cycle, none against the layers (${took} ms).`);
