#!/usr/bin/env node
// Checks that every tests/ui/**/*.rs file carries exactly the error annotations rustc gives it.
// An annotation is `//~ ERROR E0502` (error on this line), `//~^ ERROR E0502` (one line up,
// one `^` per line) or `//~| ERROR E0502` (same line as the previous annotation).
// The comparison is on the multiset of (code, primary line). An error without a code is
// annotated by its whole message (`//~ ERROR lifetime may not live long enough`).
// Needs rustc on PATH; the unit tests never run this script, only people regenerating tests do.
// Usage: node scripts/verify-ui-annotations.mjs [--warnings] [files or dirs...]
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, mkdtempSync, rmSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const showWarnings = args.includes('--warnings');
const targets = args.filter((a) => !a.startsWith('--'));
const inputs = targets.length > 0 ? targets.map((t) => resolve(t)) : [join(root, 'tests', 'ui')];

function collect(path, out) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) collect(join(path, name), out);
  } else if (path.endsWith('.rs')) {
    out.push(path);
  }
  return out;
}

const annotationRe = /\/\/~(\^*|\|)\s*ERROR\s+(?:(E\d{4})\b|([a-z`][^\n]*?)\s*$)/g;

function parseAnnotations(text) {
  const expected = [];
  const problems = [];
  let lastLine = 0;
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const lineNo = i + 1;
    if (line.includes('//~') && !/\/\/~(\^*|\|)\s*ERROR\s+(E\d{4}|[a-z`])/.test(line)) {
      problems.push(`line ${lineNo}: malformed annotation`);
    }
    for (const m of line.matchAll(annotationRe)) {
      const marker = m[1];
      const target = marker === '|' ? lastLine : lineNo - marker.length;
      if (target < 1) problems.push(`line ${lineNo}: annotation points before line 1`);
      // a lint denied to an error is annotated by its name (`//~ ERROR unused_mut`), its JSON code
      const lint = m[3] !== undefined && /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/.test(m[3]) ? m[3] : undefined;
      expected.push({ code: m[2] ?? lint ?? `-${m[3]}`, line: target });
      lastLine = target;
    }
  });
  const crateType = /^\/\/@\s*crate-type:\s*(\w+)/m.exec(text)?.[1];
  // `//@ polonius`: the annotations are what `-Zpolonius=next` reports.
  const polonius = /^\/\/@\s*polonius\s*$/m.test(text);
  return { expected, problems, crateType, polonius };
}

// A primary span inside a std macro (vec!, format!) is reported by rustc's human output at the
// macro call site in the user's file; follow the expansion chain to that call site too.
function lineInFile(span, file) {
  let s = span;
  while (s && resolve(s.file_name) !== file) s = s.expansion?.span;
  return s?.line_start ?? span?.line_start ?? 0;
}

function runRustc(file, crateType, polonius, outDir) {
  const argv = ['--edition', '2021', '--error-format=json', '--emit=metadata', '-o', join(outDir, 'out.rmeta')];
  if (crateType) argv.push('--crate-type', crateType);
  if (polonius) argv.push('-Zpolonius=next');
  argv.push(file);
  const env = polonius ? { ...process.env, RUSTC_BOOTSTRAP: '1' } : process.env;
  const res = spawnSync('rustc', argv, { encoding: 'utf8', env });
  if (res.error) throw res.error;
  const diags = [];
  for (const line of res.stderr.split('\n')) {
    if (!line.startsWith('{')) continue;
    const d = JSON.parse(line);
    const primary = (d.spans ?? []).find((s) => s.is_primary);
    diags.push({ level: d.level, code: d.code?.code ?? null, line: lineInFile(primary, file), message: d.message });
  }
  return diags;
}

const key = (e) => `${e.code}@${e.line}`;

function diffMultisets(expected, actual) {
  const count = new Map();
  for (const e of expected) count.set(key(e), (count.get(key(e)) ?? 0) + 1);
  const unexpected = [];
  for (const a of actual) {
    const n = count.get(key(a)) ?? 0;
    if (n > 0) count.set(key(a), n - 1);
    else unexpected.push(a);
  }
  const missing = [];
  for (const [k, n] of count) for (let i = 0; i < n; i++) missing.push(k);
  return { unexpected, missing };
}

const files = inputs.flatMap((p) => collect(p, []));
const outDir = mkdtempSync(join(tmpdir(), 'verify-ui-'));
let mismatches = 0;
let warningFiles = 0;
const codeCounts = new Map();
let accepted = 0;
let rejected = 0;
try {
  for (const file of files) {
    const rel = relative(root, file);
    const text = readFileSync(file, 'utf8');
    const { expected, problems, crateType, polonius } = parseAnnotations(text);
    if (!crateType && !/\bfn main\s*\(/.test(text)) problems.push('no fn main and no `//@ crate-type: lib`');
    const diags = runRustc(file, crateType, polonius, outDir);
    const errors = diags.filter((d) => d.level === 'error' && !/^aborting due to/.test(d.message));
    // An error without a code is compared by its message.
    const coded = errors.map((d) => (d.code === null ? { ...d, code: `-${d.message}` } : d));
    const { unexpected, missing } = diffMultisets(expected, coded);
    for (const u of unexpected) problems.push(`unannotated ${u.code} at line ${u.line}: ${u.message}`);
    for (const m of missing) problems.push(`annotated ${m} but rustc does not report it`);
    const warnings = diags.filter((d) => d.level === 'warning' && !/^\d+ warnings? emitted/.test(d.message));
    if (warnings.length > 0) {
      warningFiles++;
      if (showWarnings) for (const w of warnings) console.log(`${rel}: warning at line ${w.line}: ${w.message}`);
    }
    for (const e of expected) codeCounts.set(e.code, (codeCounts.get(e.code) ?? 0) + 1);
    if (expected.length === 0) accepted++;
    else rejected++;
    if (problems.length > 0) {
      mismatches++;
      console.log(`MISMATCH ${rel}`);
      for (const p of problems) console.log(`  ${p}`);
    }
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
const codes = [...codeCounts].sort(([a], [b]) => a.localeCompare(b)).map(([c, n]) => `${c}:${n}`).join(' ');
console.log(`${files.length} files (${rejected} rejected, ${accepted} accepted), ${mismatches} mismatching, ${warningFiles} with warnings`);
console.log(`annotations per code: ${codes}`);
process.exit(mismatches === 0 ? 0 : 1);
