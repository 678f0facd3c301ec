#!/usr/bin/env node
// Differential check of `borrowscope check --polonius` against `rustc -Zpolonius=next` (needs rustc;
// never run by the unit tests). For each file: the multiset of (code, line) of both, and whether
// rustc's NLL and Polonius verdicts differ on it. Prints the disagreements and a summary.
// Usage: node scripts/compare-polonius.mjs [--all] files or dirs...   (--all: list agreements too)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from '../dist/src/driver/check.js';
import { buildLineIndex, position } from '../dist/src/diagnostics/line-index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const listAll = args.includes('--all');
const inputs = args.filter((a) => !a.startsWith('--')).map((a) => resolve(a));
const collect = (p, out) => {
  if (statSync(p).isDirectory()) for (const n of readdirSync(p).sort()) collect(join(p, n), out);
  else if (p.endsWith('.rs')) out.push(p);
  return out;
};
const outDir = mkdtempSync(join(tmpdir(), 'compare-polonius-'));

function rustc(file, polonius, crateType) {
  const argv = ['--edition', '2021', '--error-format=json', '--emit=metadata', '-o', join(outDir, 'o.rmeta')];
  if (crateType) argv.push('--crate-type', crateType);
  if (polonius) argv.push('-Zpolonius=next');
  argv.push(file);
  const res = spawnSync('rustc', argv, { encoding: 'utf8', env: { ...process.env, RUSTC_BOOTSTRAP: '1' } });
  const out = [];
  for (const line of res.stderr.split('\n')) {
    if (!line.startsWith('{')) continue;
    const d = JSON.parse(line);
    if (d.level !== 'error' || /^aborting due to/.test(d.message)) continue;
    let s = (d.spans ?? []).find((x) => x.is_primary);
    while (s && resolve(s.file_name) !== file && s.expansion) s = s.expansion.span;
    out.push(`${d.code?.code ?? '-'}@${s?.line_start ?? 0}`);
  }
  return out.sort();
}

let same = 0, differ = 0, pcDiffer = 0;
try {
  for (const file of inputs.flatMap((p) => collect(p, []))) {
    const text = readFileSync(file, 'utf8');
    const crateType = /^\/\/@\s*crate-type:\s*(\w+)/m.exec(text)?.[1] ?? (/\bfn main\s*\(/.test(text) ? undefined : 'lib');
    const pol = rustc(file, true, crateType);
    const nll = rustc(file, false, crateType);
    const idx = buildLineIndex(text);
    const ours = check({ name: file, text }, { crateType: crateType ?? 'bin', polonius: true }).diagnostics
      .filter((d) => d.level === 'error')
      .map((d) => { const sp = d.spans.find((s) => s.primary); return `${d.code ?? '-'}@${sp ? position(idx, sp.span.lo).line : 0}`; })
      .sort();
    const agree = ours.join(' ') === pol.join(' ');
    const nllDiffers = nll.join(' ') !== pol.join(' ');
    if (nllDiffers) pcDiffer++;
    if (agree) same++; else differ++;
    if (!agree || listAll) console.log(`${agree ? 'ok  ' : 'DIFF'} ${relative(root, file)}  rustc -Zpolonius=next: ${pol.join(' ') || '-'}  ours: ${ours.join(' ') || '-'}${nllDiffers ? `  (NLL: ${nll.join(' ') || '-'})` : ''}`);
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
console.log(`${same + differ} files: ${same} agree with rustc -Zpolonius=next, ${differ} differ; on ${pcDiffer} rustc's NLL and Polonius verdicts differ`);
