#!/usr/bin/env node
// `npm run parse-crates`: parses every .rs file under the given folders (default: the crate
// sources Debian's librust-*-dev packages install under /usr/share/cargo/registry) with
// borrowscope's parser, each under the edition its crate's Cargo.toml names. Exits 1 on any
// crash, on any syntax error in a file rustc parses, or when no file was found.
// `--bench` adds lexing and parsing throughput (MB/s of CPU time, best of warm passes), which
// `npm run bench` prints. Run after `npm run build`.
// Usage: node scripts/parse-crates.mjs [DIR…] [--bench] [--show N] [--edition 2015|2018|2021]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { parse } = await import(join(root, 'dist/src/syntax/parser.js'));
const { lex } = await import(join(root, 'dist/src/syntax/lexer.js'));
const { editionFor } = await import(join(root, 'dist/src/cli/edition.js'));

const args = process.argv.slice(2);
const valueOf = (flag) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const show = Number(valueOf('--show') ?? 20);
const forcedEdition = valueOf('--edition') === undefined ? null : Number(valueOf('--edition'));
const bench = args.includes('--bench');
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--show' && args[i - 1] !== '--edition');
if (dirs.length === 0) dirs.push('/usr/share/cargo/registry');

// Files that are not Rust modules on their own and that rustc rejects with this same message when
// given one as a crate root (checked with rustc 1.95). erased-serde's is pulled in only by a
// `mod error;` under a cfg that is meant to fail the build.
const REJECTED_BY_RUSTC = new Map([
  ['erased-serde-0.3.23/src/features_check/error.rs', 'expected item, found `"erased-serde requires that either `std` (default) or `alloc` feature is enabled"`'],
]);

function* walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) yield* walk(p);
    else if (name.endsWith('.rs')) yield p;
  }
}

/** The crate's edition, as `borrowscope parse` reads it (the nearest Cargo.toml's `[package]`). */
const editionOf = (file) => editionFor(file, forcedEdition);

const files = dirs.flatMap((d) => (existsSync(d) ? [...walk(d)] : []));
if (files.length === 0) {
  console.error(`parse-crates: no .rs files under ${dirs.join(', ')} (install the librust-*-dev packages .ci/run names)`);
  process.exit(1);
}
const texts = files.map((f) => readFileSync(f, 'utf8'));
const editions = files.map(editionOf);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const lines = texts.reduce((n, t) => n + t.split('\n').length, 0);

let errorFiles = 0;
let errorCount = 0;
// Errors of macro expansion and AST validation: rustc's parser accepts these files.
let lateFiles = 0;
let expectedRejects = 0;
let crashes = 0;
const shown = [];
const where = (text, at) => {
  const before = text.slice(0, at);
  return `${before.split('\n').length}:${at - before.lastIndexOf('\n')}`;
};
for (let i = 0; i < files.length; i++) {
  const text = texts[i];
  try {
    const r = parse({ name: files[i], text }, { edition: editions[i] });
    if (r.errors.length === 0) continue;
    if (r.errors.every((e) => e.late === true)) {
      lateFiles++;
      if (shown.length < show) shown.push(`(accepted by the parser; reported later, as rustc does) ${files[i]}:${where(text, r.errors[0].span.lo)}: ${r.errors[0].message}`);
      continue;
    }
    const known = [...REJECTED_BY_RUSTC].find(([suffix]) => files[i].endsWith(suffix));
    if (known !== undefined && r.errors.length === 1 && r.errors[0].message === known[1]) {
      expectedRejects++;
      continue;
    }
    errorFiles++;
    errorCount += r.errors.length;
    if (shown.length < show) shown.push(`${files[i]}:${where(text, r.errors[0].span.lo)}: ${r.errors[0].message}`);
  } catch (e) {
    crashes++;
    if (shown.length < show) shown.push(`CRASH ${files[i]}: ${e && e.stack ? e.stack.split('\n').slice(0, 3).join(' / ') : e}`);
  }
}
for (const s of shown) console.log(s);
const mb = bytes / 1e6;
console.log(`parse-crates: ${files.length} files, ${lines} lines, ${mb.toFixed(1)} MB; syntax errors in ${errorFiles} files (${errorCount} errors); ${crashes} crashes; ${expectedRejects} files rustc rejects too, with the same message; ${lateFiles} files parsed with expansion/validation errors`);

if (bench) {
  /** CPU time (user+system) of one pass over every file: the figure that holds on a busy machine. */
  const pass = (f) => {
    const c0 = process.cpuUsage();
    for (let i = 0; i < files.length; i++) {
      try {
        f(i);
      } catch {
        // counted above
      }
    }
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };
  const best = (f) => Math.min(pass(f), pass(f), pass(f));
  const lexMs = best((i) => lex(texts[i]));
  const parseMs = best((i) => parse({ name: files[i], text: texts[i] }, { edition: editions[i] }));
  const rate = (ms) => (mb / (ms / 1000)).toFixed(1);
  console.log(`lexing:            ${rate(lexMs).padStart(6)} MB/s  (${lexMs.toFixed(0)} ms CPU for ${mb.toFixed(1)} MB, best of 3 warm passes)`);
  console.log(`lexing + parsing:  ${rate(parseMs).padStart(6)} MB/s  (${parseMs.toFixed(0)} ms CPU, ${Math.round(lines / (parseMs / 1000))} lines/s)`);
}
process.exit(crashes > 0 || errorFiles > 0 ? 1 : 0);
