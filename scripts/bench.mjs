#!/usr/bin/env node
// `npm run bench` (informational, never a test): the design targets of ARCHITECTURE.md measured.
//   1. throughput in process (lines/s), with the time per phase, on the shared corpus and on a
//      generated 10k-line file;
//   2. the scaling curve on generated files of 1k, 10k and 50k lines (cost should be linear);
//   3. re-checking a 1k-line file after one function body was edited (incremental API);
//   4. the `borrowscope check` process against `rustc --emit=metadata` on the 10k-line file:
//      wall time and max RSS (rustc only when installed; RSS needs /usr/bin/time).
// Run after `npm run build`. Usage: node scripts/bench.mjs [--corpus DIR] [--lines N]
//   [--scale 1000,10000,50000] [--timeout MS] [--no-process]
// In-process figures come from a worker thread (timed inside the worker) with a time limit, so a
// program that sends a phase into an endless loop is counted and left out of the rate.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isolatedChecker } from '../dist/tests/ui-runner/isolated-check.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (flag, dflt) => {
  const i = args.indexOf(flag);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
// The shared corpus sits beside the main tree (/work/shared) and two levels up from a worktree.
const corpusCandidates = [join(root, '..', 'shared', 'corpus'), join(root, '..', '..', 'shared', 'corpus')];
const corpusDir = join(resolve(arg('--corpus', corpusCandidates.find((d) => existsSync(d)) ?? corpusCandidates[0])), 'programs');
const targetLines = Number(arg('--lines', '10000'));
const scale = arg('--scale', '1000,10000,50000').split(',').map(Number);
const checker = isolatedChecker(Number(arg('--timeout', '120000')));
const PHASES = ['parse', 'analyze', 'mir', 'borrowck', 'report'];

async function time(files, reps, opts = { crateType: 'bin' }) {
  let lines = 0;
  let errors = 0;
  let ms = 0;
  let cpuMs = 0;
  const phases = Object.fromEntries(PHASES.map((p) => [p, 0]));
  const timedOut = new Set();
  for (let r = 0; r < reps; r++) {
    for (const f of files) {
      if (timedOut.has(f.name)) continue;
      const res = await checker.check(f, { ...opts, timePhases: true });
      if (res.timedOut) {
        timedOut.add(f.name);
        continue;
      }
      lines += f.text.split('\n').length;
      errors += res.diagnostics.length;
      ms += res.ms;
      cpuMs += res.cpuMs ?? res.ms;
      if (res.phaseMs) for (const p of PHASES) phases[p] += res.phaseMs[p];
    }
  }
  return { lines, ms, cpuMs, errors, phases, timedOut: [...timedOut] };
}

const pad = (s, n) => String(s).padStart(n);
const rate = (lines, ms) => Math.round(lines / Math.max(ms / 1000, 1e-9));

function report(title, { lines, ms, cpuMs, errors, phases, timedOut }) {
  const skipped = timedOut.length > 0 ? `; ${timedOut.length} timed out: ${timedOut.slice(0, 5).join(', ')}${timedOut.length > 5 ? ', …' : ''}` : '';
  const split = phases.parse + phases.analyze === 0 ? '' : PHASES.map((p) => `${p} ${Math.round((100 * phases[p]) / Math.max(ms, 1e-9))}%`).join(' ');
  console.log(`  ${title.padEnd(30)} ${pad(lines, 7)} lines ${pad(ms.toFixed(0), 6)} ms ${pad(rate(lines, ms), 8)} lines/s (${pad(rate(lines, cpuMs), 7)} per CPU s)   ${split}  (${errors} diagnostics${skipped})`);
}

// One function per ~13 lines mixing moves, borrows, loops and structs, so every phase has work.
function fnText(i, variant = 0) {
  return [
    `fn work_${i}(items: &mut Vec<Item>, extra: String) -> usize {`,
    `    let mut total = ${variant === 0 ? '0' : `${variant} + 2 * 3`};`,
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
  ];
}

function generate(lines, edited = -1) {
  const out = ['#[derive(Debug, Clone)]', 'struct Item { name: String, count: u32 }', ''];
  let i = 0;
  while (out.length < lines) {
    out.push(...fnText(i, i === edited ? 1 : 0));
    i++;
  }
  out.push('fn main() {', '    let mut v = Vec::new();');
  for (let k = 0; k < Math.min(i, 50); k++) out.push(`    work_${k}(&mut v, String::from("x${k}"));`);
  out.push('    println!("{}", v.len());', '}', '');
  return out.join('\n');
}

// Warm up the JIT on a small input so the figures measure steady state.
await checker.check({ name: 'warmup.rs', text: generate(2000) }, { crateType: 'bin' });

const load = existsSync('/proc/loadavg') ? readFileSync('/proc/loadavg', 'utf8').split(' ')[0] : null;
console.log(`node ${process.version}${load === null ? '' : `, load average ${load} (figures scale with it on a shared machine)`}`);
console.log('In process (lines/s; share of time per phase):');
if (existsSync(corpusDir)) {
  const files = readdirSync(corpusDir)
    .filter((n) => n.endsWith('.rs'))
    .sort()
    .map((n) => ({ name: n, text: readFileSync(join(corpusDir, n), 'utf8') }));
  report(`corpus (${files.length} programs, x3)`, await time(files, 3, { crateType: 'auto' }));
} else {
  console.log(`  corpus: ${corpusDir} not found, skipped`);
}
const big = { name: 'generated.rs', text: generate(targetLines) };
report(`generated (${targetLines} lines)`, await time([big], 3));

console.log('\nScaling (generated files, in process; linear cost keeps lines/s flat):');
let firstRate = null;
for (const n of scale) {
  const r = await time([{ name: `gen${n}.rs`, text: generate(n) }], n <= 10000 ? 3 : 1);
  const lr = rate(r.lines, r.ms);
  firstRate ??= lr;
  console.log(`  ${pad(n, 7)} lines ${pad(r.ms.toFixed(0), 7)} ms ${pad(lr, 8)} lines/s (${pad(rate(r.lines, r.cpuMs), 7)} per CPU s)  (x${(lr / firstRate).toFixed(2)} of the smallest)`);
}
await checker.close();

await recheck();

if (!args.includes('--no-process')) processComparison();

/** Re-check of a 1k-line file with one body edited, through the incremental API when it exists. */
async function recheck() {
  console.log('\nRe-check after editing one body (1k-line file, in process):');
  let mod;
  try {
    mod = { ...(await import('../dist/src/driver/check.js')), ...(await import('../dist/src/driver/incremental.js')) };
  } catch {
    console.log('  no incremental API (src/driver/incremental.ts): skipped');
    return;
  }
  const before = { name: 'edit.rs', text: generate(1000) };
  const opts = { crateType: 'bin' };
  // Warm up both paths.
  let prev = mod.checkIncremental(before, opts, null);
  for (let i = 0; i < 20; i++) prev = mod.checkIncremental({ ...before, text: generate(1000, i % 5) }, opts, prev);
  const reps = 30;
  let fullMs = 0;
  let incMs = 0;
  let reused = 0;
  for (let i = 0; i < reps; i++) {
    const after = { name: 'edit.rs', text: generate(1000, 10 + (i % 20)) };
    let t0 = performance.now();
    const full = mod.check(after, opts);
    fullMs += performance.now() - t0;
    const base = mod.checkIncremental({ name: 'edit.rs', text: generate(1000, 9) }, opts, null);
    t0 = performance.now();
    const inc = mod.checkIncremental(after, opts, base);
    incMs += performance.now() - t0;
    reused += inc.reused;
    if (JSON.stringify(inc.diagnostics) !== JSON.stringify(full.diagnostics)) console.log('  re-check result differs from the full check!');
  }
  console.log(`  full check ${(fullMs / reps).toFixed(2)} ms, re-check ${(incMs / reps).toFixed(2)} ms (target < 10 ms; ${Math.round(reused / reps)} bodies re-used)`);
}

/** Wall time and max RSS of a command, best of `reps` runs. */
function measure(cmd, argv, reps = 3) {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  let best = null;
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    const r = timeBin ? spawnSync(timeBin, ['-v', cmd, ...argv], { encoding: 'utf8' }) : spawnSync(cmd, argv, { encoding: 'utf8' });
    const ms = performance.now() - t0;
    if (r.error) return null;
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
    const rssMb = m ? Number(m[1]) / 1024 : null;
    if (best === null || ms < best.ms) best = { ms, rssMb, status: r.status };
  }
  return best;
}

function processComparison() {
  const dir = mkdtempSync(join(tmpdir(), 'borrowscope-bench-'));
  try {
    const file = join(dir, 'generated.rs');
    writeFileSync(file, big.text);
    console.log(`\nCheck process on the ${targetLines}-line file (best of 3):`);
    const ours = measure(process.execPath, [join(root, 'bin', 'borrowscope.js'), 'check', file]);
    const rssText = (x) => (x.rssMb === null ? 'n/a' : `${x.rssMb.toFixed(0)} MB`);
    console.log(`  borrowscope check   ${pad(ours.ms.toFixed(0), 6)} ms  max RSS ${rssText(ours)}  (exit ${ours.status})`);
    const rustc = spawnSync('rustc', ['--version'], { encoding: 'utf8' });
    if (rustc.error || rustc.status !== 0) {
      console.log('  rustc not installed: comparison skipped');
      return;
    }
    const theirs = measure('rustc', ['--edition', '2021', '--emit=metadata', '--crate-name', 'generated', '-o', join(dir, 'out.rmeta'), file]);
    console.log(`  rustc --emit=metadata ${pad(theirs.ms.toFixed(0), 4)} ms  max RSS ${rssText(theirs)}  (${rustc.stdout.trim()})`);
    const memo = ours.rssMb !== null && theirs.rssMb !== null ? `, memory x${(ours.rssMb / theirs.rssMb).toFixed(2)}` : '';
    console.log(`  borrowscope / rustc: time x${(ours.ms / theirs.ms).toFixed(2)} (target x0.20)${memo} (target < x1)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
