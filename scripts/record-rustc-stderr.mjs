#!/usr/bin/env node
// Development aid (needs rustc 1.95 on PATH; the tests never run it). For each UI test, runs
// rustc and compares its human output with borrowscope's, both printed with the path relative to
// the repository root. With --write, records rustc's output as X.stderr beside every test whose
// (code, line) annotations borrowscope already meets, so the UI runner then holds borrowscope's
// rendering to rustc's text, character for character.
// Usage: node scripts/record-rustc-stderr.mjs [--write] [--show] [files or dirs...]
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderAll } from '../dist/src/diagnostics/human.js';
import { check } from '../dist/src/driver/check.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const write = args.includes('--write');
const show = args.includes('--show');
const targets = args.filter((a) => !a.startsWith('--'));
const inputs = targets.length > 0 ? targets.map((t) => resolve(t)) : [join(root, 'tests', 'ui')];

function collect(path, out) {
  if (statSync(path).isDirectory()) for (const n of readdirSync(path).sort()) collect(join(path, n), out);
  else if (path.endsWith('.rs')) out.push(path);
  return out;
}

let same = 0;
let differ = 0;
let written = 0;
for (const path of inputs.flatMap((p) => collect(p, []))) {
  const rel = relative(root, path);
  const text = readFileSync(path, 'utf8');
  const crateType = /^\/\/@\s*crate-type:\s*(\w+)/m.exec(text)?.[1] ?? 'bin';
  const res = spawnSync('rustc', ['--edition', '2021', '--crate-type', crateType, '--emit=metadata', '-o', '/tmp/record-rustc-stderr.rmeta', rel], { cwd: root, encoding: 'utf8' });
  const rustc = res.stderr;
  const out = check({ name: rel, text }, { crateType });
  const ours = out.diagnostics.length === 0 ? '' : renderAll(out.diagnostics, { name: rel, text });
  if (ours === rustc) same++;
  else {
    differ++;
    console.log(`--- ${rel}`);
    if (show) console.log(`rustc:\n${rustc}ours:\n${ours}`);
  }
  if (write && /^\/\/@\s*known-bug/m.test(text) === false && ours === rustc && rustc !== '') {
    writeFileSync(path.replace(/\.rs$/, '.stderr'), rustc);
    written++;
  }
}
console.log(`rustc vs borrowscope human output: ${same} same, ${differ} differ${write ? `; ${written} .stderr written` : ''}`);
