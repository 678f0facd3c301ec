#!/usr/bin/env node
// Development aid (needs rustc on PATH; the tests never run it): compares borrowscope's
// `--error-format=json` output with rustc's, diagnostic by diagnostic and field by field.
// `code.explanation` is ignored (borrowscope does not carry --explain texts), and spans are
// compared as a set: their order follows the order labels were added, which is rustc-internal.
// Usage: node scripts/compare-json.mjs [--verbose] files...
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { renderJson } from '../dist/src/diagnostics/json.js';
import { check } from '../dist/src/driver/check.js';

const verbose = process.argv.includes('--verbose');
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const canon = (x) => JSON.stringify(x, Object.keys(x).sort());
const spanKey = (s) => JSON.stringify([s.byte_start, s.byte_end, s.line_start, s.line_end, s.column_start, s.column_end, s.is_primary, s.label, s.suggested_replacement, s.suggestion_applicability, s.text]);
const norm = (d) => ({
  message: d.message,
  code: d.code?.code ?? null,
  level: d.level,
  spans: d.spans.map(spanKey).sort(),
  children: d.children.map((c) => ({ message: c.message, level: c.level, spans: c.spans.map(spanKey).sort() })),
  rendered: d.rendered,
});
let same = 0;
let differ = 0;
const fieldDiffs = {};
for (const path of files) {
  const text = readFileSync(path, 'utf8');
  const crateType = /^\/\/@\s*crate-type:\s*(\w+)/m.exec(text)?.[1] ?? 'bin';
  const res = spawnSync('rustc', ['--edition', '2021', '--crate-type', crateType, '--error-format=json', '--emit=metadata', '-o', '/tmp/compare-json.rmeta', path], { encoding: 'utf8' });
  const theirs = res.stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => norm(JSON.parse(l)));
  const out = check({ name: path, text }, { crateType });
  const ours = out.diagnostics.length === 0 ? [] : renderJson(out.diagnostics, { name: path, text }).trimEnd().split('\n').map((l) => norm(JSON.parse(l)));
  for (let i = 0; i < Math.max(theirs.length, ours.length); i++) {
    const a = theirs[i];
    const b = ours[i];
    if (a && b && canon(a) === canon(b)) {
      same++;
      continue;
    }
    differ++;
    const fields = !a || !b ? ['(missing diagnostic)'] : Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
    for (const f of fields) fieldDiffs[f] = (fieldDiffs[f] ?? 0) + 1;
    if (verbose) console.log(`--- ${path} #${i}: ${fields.join(', ')}\n  rustc: ${a?.message}\n  ours:  ${b?.message}`);
  }
}
console.log(`JSON vs rustc: ${same} diagnostics identical, ${differ} differ; differing fields: ${JSON.stringify(fieldDiffs)}`);
