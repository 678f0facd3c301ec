#!/usr/bin/env node
// `npm run lint`: refuses imports that go against the phase order of ARCHITECTURE.md.
// A file in src/<phase>/ may import only from its own phase or phases listed before it; the
// order is read from ARCHITECTURE.md's table so the document and the check cannot drift apart.
// Prints each offending import as file:line and exits 1 if there is any. Type-only imports
// (`import type`, `export type`) against the flow are allowed and only counted (listed with
// --verbose): they vanish from the emitted JavaScript, and the phase contracts use them (the
// Diagnostic type in util/ names syntax/'s Span).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

function phaseOrder() {
  const text = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');
  const order = [];
  for (const m of text.matchAll(/^\|\s*`([\w-]+)\/`\s*\|/gm)) order.push(m[1]);
  if (order.length === 0) throw new Error('no phase table found in ARCHITECTURE.md');
  return order;
}

function collect(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) collect(p, out);
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

// Static imports, re-exports and dynamic import() calls with a literal specifier.
const IMPORT = /(?:^|[;\s])((?:import|export)\s[^'"]*?)from\s*['"]([^'"]+)['"]|(?:^|[;\s])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
const verbose = process.argv.includes('--verbose');

const order = phaseOrder();
const rank = new Map(order.map((p, i) => [p, i]));
const problems = [];
const typeOnlyBackEdges = [];
const unknownPhases = new Set();
const files = collect(src, []);
for (const file of files) {
  const phase = relative(src, file).split(sep)[0];
  if (!rank.has(phase)) {
    unknownPhases.add(phase);
    continue;
  }
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[2] ?? m[3] ?? m[4];
    const typeOnly = m[1] !== undefined && /^(?:import|export)\s+type\s/.test(m[1]);
    if (!spec.startsWith('.')) continue; // node: builtins and packages are outside the pipeline
    const target = resolve(dirname(file), spec);
    const rel = relative(src, target);
    const line = text.slice(0, m.index).split('\n').length + (m[0].startsWith('\n') ? 1 : 0);
    if (rel.startsWith('..')) {
      problems.push(`${relative(root, file)}:${line}: imports \`${spec}\` from outside src/`);
      continue;
    }
    const targetPhase = rel.split(sep)[0];
    if (!rank.has(targetPhase)) continue;
    if (rank.get(targetPhase) > rank.get(phase)) {
      if (typeOnly) {
        typeOnlyBackEdges.push(`${relative(root, file)}:${line}: type-only import of ${targetPhase}/ from ${phase}/ (\`${spec}\`)`);
        continue;
      }
      problems.push(`${relative(root, file)}:${line}: ${phase}/ must not import ${targetPhase}/ (\`${spec}\`): ${targetPhase}/ comes later in the pipeline`);
    }
  }
}
for (const p of unknownPhases) problems.push(`src/${p}/ is not a phase listed in ARCHITECTURE.md`);
for (const p of problems) console.log(p);
if (verbose) for (const p of typeOnlyBackEdges) console.log(p);
console.log(`layers: ${files.length} files checked against ${order.join(' → ')}; ${problems.length} problem${problems.length === 1 ? '' : 's'}, ${typeOnlyBackEdges.length} type-only back-edge${typeOnlyBackEdges.length === 1 ? '' : 's'} (allowed)`);
process.exitCode = problems.length === 0 ? 0 : 1;
