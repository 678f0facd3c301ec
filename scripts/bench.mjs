#!/usr/bin/env node
// `npm run bench` (informational): times the whole `check` pipeline on the shared corpus and on
// a generated ~10k-line file, printing lines per second. Run after `npm run build`.
// Usage: node scripts/bench.mjs [--corpus DIR] [--lines N]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from '../dist/src/driver/check.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (flag, dflt) => {
  const i = args.indexOf(flag);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const corpusDir = resolve(arg('--corpus', join(root, '..', 'shared', 'corpus')), 'programs');
const targetLines = Number(arg('--lines', '10000'));

function time(files, reps) {
  let lines = 0;
  let errors = 0;
  const t0 = performance.now();
  for (let r = 0; r < reps; r++) {
    for (const f of files) {
      lines += f.text.split('\n').length;
      errors += check(f, { crateType: 'bin' }).diagnostics.length;
    }
  }
  const ms = performance.now() - t0;
  return { lines, ms, errors };
}

function report(title, { lines, ms, errors }) {
  const rate = Math.round(lines / Math.max(ms / 1000, 1e-9));
  console.log(`${title.padEnd(34)} ${String(lines).padStart(7)} lines  ${ms.toFixed(0).padStart(6)} ms  ${String(rate).padStart(8)} lines/s  (${errors} diagnostics)`);
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
check({ name: 'warmup.rs', text: generate(200) }, { crateType: 'bin' });

if (existsSync(corpusDir)) {
  const files = readdirSync(corpusDir)
    .filter((n) => n.endsWith('.rs'))
    .sort()
    .map((n) => ({ name: n, text: readFileSync(join(corpusDir, n), 'utf8') }));
  report(`corpus (${files.length} programs, x5)`, time(files, 5));
} else {
  console.log(`corpus: ${corpusDir} not found, skipped`);
}
const big = { name: 'generated.rs', text: generate(targetLines) };
report(`generated file (${targetLines} lines)`, time([big], 1));
