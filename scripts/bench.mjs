#!/usr/bin/env node
// `npm run bench` (informational): times the whole `check` pipeline on the shared corpus and on
// a generated ~10k-line file, printing lines per second. Run after `npm run build`.
// Usage: node scripts/bench.mjs [--corpus DIR] [--lines N] [--timeout MS]
// Each file is checked in a worker thread (timed inside the worker) with a time limit, so a
// program that sends a phase into an endless loop is counted and left out of the rate.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isolatedChecker } from '../dist/tests/ui-runner/isolated-check.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (flag, dflt) => {
  const i = args.indexOf(flag);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const corpusDir = resolve(arg('--corpus', join(root, '..', 'shared', 'corpus')), 'programs');
const targetLines = Number(arg('--lines', '10000'));
const checker = isolatedChecker(Number(arg('--timeout', '120000')));

async function time(files, reps) {
  let lines = 0;
  let errors = 0;
  let ms = 0;
  const timedOut = new Set();
  for (let r = 0; r < reps; r++) {
    for (const f of files) {
      if (timedOut.has(f.name)) continue;
      const res = await checker.check(f, { crateType: 'bin' });
      if (res.timedOut) {
        timedOut.add(f.name);
        continue;
      }
      lines += f.text.split('\n').length;
      errors += res.diagnostics.length;
      ms += res.ms;
    }
  }
  return { lines, ms, errors, timedOut: [...timedOut] };
}

function report(title, { lines, ms, errors, timedOut }) {
  const rate = Math.round(lines / Math.max(ms / 1000, 1e-9));
  const skipped = timedOut.length > 0 ? `; ${timedOut.length} timed out: ${timedOut.slice(0, 5).join(', ')}${timedOut.length > 5 ? ', …' : ''}` : '';
  console.log(`${title.padEnd(34)} ${String(lines).padStart(7)} lines  ${ms.toFixed(0).padStart(6)} ms  ${String(rate).padStart(8)} lines/s  (${errors} diagnostics${skipped})`);
}

// One function per ~12 lines mixing moves, borrows, loops and structs, so every phase has work.
function generate(lines) {
  const out = ['#[derive(Debug, Clone)]', 'struct Item { name: String, count: u32 }', ''];
  let i = 0;
  while (out.length < lines) {
    out.push(
      `fn work_${i}(items: &mut Vec<Item>, extra: String) -> usize {`,
      `    let mut total = 0;`,
      `    for k in 0..items.len() {`,
      `        let first = &items[k];`,
      `        total += first.count as usize + first.name.len();`,
      `    }`,
      `    let owned = extra;`,
      `    items.push(Item { name: owned, count: ${i % 7} });`,
      `    let last = items.len() - 1;`,
      `    items[last].count += 1;`,
      `    total`,
      `}`,
      '',
    );
    i++;
  }
  out.push('fn main() {', '    let mut v = Vec::new();');
  for (let k = 0; k < Math.min(i, 50); k++) out.push(`    work_${k}(&mut v, String::from("x${k}"));`);
  out.push('    println!("{}", v.len());', '}', '');
  return out.join('\n');
}

// Warm up the JIT on a small input so the figures measure steady state.
await checker.check({ name: 'warmup.rs', text: generate(200) }, { crateType: 'bin' });

if (existsSync(corpusDir)) {
  const files = readdirSync(corpusDir)
    .filter((n) => n.endsWith('.rs'))
    .sort()
    .map((n) => ({ name: n, text: readFileSync(join(corpusDir, n), 'utf8') }));
  report(`corpus (${files.length} programs, x3)`, await time(files, 3));
} else {
  console.log(`corpus: ${corpusDir} not found, skipped`);
}
const big = { name: 'generated.rs', text: generate(targetLines) };
report(`generated file (${targetLines} lines)`, await time([big], 1));
await checker.close();
