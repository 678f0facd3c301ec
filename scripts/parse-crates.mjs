#!/usr/bin/env node
// Parses every .rs file under a directory (default /usr/share/cargo/registry) with borrowscope's
// parser and prints file count, files with errors, error count, crash count and throughput.
// Usage: node scripts/parse-crates.mjs [dir] [--show N] [--edition 2015|2018|2021]
// (build first: npx tsc -p tsconfig.json)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../dist/src/syntax/parser.js';

const args = process.argv.slice(2);
const showIdx = args.indexOf('--show');
const show = showIdx >= 0 ? Number(args[showIdx + 1]) : 20;
const edIdx = args.indexOf('--edition');
const forcedEdition = edIdx >= 0 ? Number(args[edIdx + 1]) : null;
const root = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--show' && args[i - 1] !== '--edition') ?? '/usr/share/cargo/registry';

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) yield* walk(p);
    else if (name.endsWith('.rs')) yield p;
  }
}

/** The crate's edition from the nearest Cargo.toml above the file (2015 if none is given). */
const editionCache = new Map();
function editionOf(file) {
  if (forcedEdition !== null) return forcedEdition;
  let dir = file.slice(0, file.lastIndexOf('/'));
  while (dir.length > root.length - 1 && dir.length > 1) {
    if (editionCache.has(dir)) return editionCache.get(dir);
    try {
      const toml = readFileSync(join(dir, 'Cargo.toml'), 'utf8');
      const m = /^\s*edition\s*=\s*"(\d+)"/m.exec(toml);
      const ed = m ? Number(m[1]) : 2015;
      const e = ed >= 2021 ? 2021 : ed;
      editionCache.set(dir, e);
      return e;
    } catch {
      dir = dir.slice(0, dir.lastIndexOf('/'));
    }
  }
  return 2021;
}

const files = [...walk(root)];
const texts = files.map((f) => readFileSync(f, 'utf8'));
const editions = files.map(editionOf);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
let errorFiles = 0;
let errorCount = 0;
let crashes = 0;
const shown = [];

/** Wall time and CPU time (user+system) of one pass; CPU time is what matters on a busy machine. */
function pass(record) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < files.length; i++) {
    const text = texts[i];
    try {
      const r = parse({ name: files[i], text }, { edition: editions[i] });
      if (record && r.errors.length > 0) {
        errorFiles++;
        errorCount += r.errors.length;
        if (shown.length < show) {
          const e = r.errors[0];
          const before = text.slice(0, e.span.lo);
          const line = before.split('\n').length;
          const col = e.span.lo - before.lastIndexOf('\n');
          shown.push(`${files[i]}:${line}:${col}: ${e.message}   | ${text.slice(Math.max(0, e.span.lo - 20), e.span.lo + 30).replace(/\n/g, '⏎')}`);
        }
      }
    } catch (e) {
      if (!record) continue;
      crashes++;
      if (shown.length < show) shown.push(`CRASH ${files[i]}: ${e && e.stack ? e.stack.split('\n').slice(0, 3).join(' / ') : e}`);
    }
  }
  const cpu = process.cpuUsage(c0);
  return { wall: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000 };
}

const best = (a, b) => (a.cpu <= b.cpu ? a : b);
const cold = pass(true);
const warm = best(pass(false), pass(false));
for (const s of shown) console.log(s);
console.log(`files: ${files.length}  files with errors: ${errorFiles}  errors: ${errorCount}  crashes: ${crashes}`);
const mb = bytes / 1e6;
const rate = (ms) => (mb / (ms / 1000)).toFixed(1);
console.log(`${mb.toFixed(2)} MB. first pass (includes JIT warm-up): ${rate(cold.cpu)} MB/s of CPU time (${rate(cold.wall)} MB/s wall)`);
console.log(`warm pass: ${rate(warm.cpu)} MB/s of CPU time (${rate(warm.wall)} MB/s wall)`);
