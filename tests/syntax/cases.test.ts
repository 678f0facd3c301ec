import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from '../../src/syntax/parser.js';
import { printCrate } from '../../src/syntax/printer.js';
import type { Block, Crate } from '../../src/syntax/ast.js';
import { sexp } from './sexp.js';
import { stripForCompare } from './ast-walk.js';

/**
 * Lezer-style parser cases in tests/syntax/cases/*.txt:
 *
 *     # name            (whole file: items)
 *     # name {expr}     (input is one expression: the tree is that expression)
 *     # name {stmts}    (input is a block body: the tree is the block)
 *     input…
 *     ==>
 *     expected tree, then one `error: …` line per syntax error (line:col in the input)
 *
 * `BLESS=1 node --test dist/tests/syntax/cases.test.js` rewrites the expected parts.
 */
const casesDir = fileURLToPath(new URL('../../../tests/syntax/cases', import.meta.url));

interface Case {
  readonly name: string;
  readonly mode: 'file' | 'expr' | 'stmts';
  readonly input: string;
  readonly expected: string;
}

function readCases(text: string): Case[] {
  const out: Case[] = [];
  const chunks = text.split(/^# /m).slice(1);
  for (const chunk of chunks) {
    const nl = chunk.indexOf('\n');
    const header = chunk.slice(0, nl).trim();
    const body = chunk.slice(nl + 1);
    const sep = body.indexOf('\n==>\n');
    const m = /^(.*?)\s*(?:\{(expr|stmts)\})?$/.exec(header)!;
    out.push({
      name: m[1]!,
      mode: (m[2] as 'expr' | 'stmts' | undefined) ?? 'file',
      input: sep >= 0 ? body.slice(0, sep) : body.trimEnd(),
      expected: sep >= 0 ? body.slice(sep + 5).trim() : '',
    });
  }
  return out;
}

function wrap(c: Case): { text: string; offset: number } {
  if (c.mode === 'file') return { text: c.input, offset: 0 };
  const pre = 'fn f() {\n';
  return { text: `${pre}${c.input}\n}\n`, offset: pre.length };
}

function bodyOf(crate: Crate): Block | null {
  const it = crate.items[0];
  return it !== undefined && it.kind === 'fn' ? it.body : null;
}

function render(c: Case): string {
  const { text, offset } = wrap(c);
  const r = parse({ name: c.name, text });
  let tree: string;
  if (c.mode === 'file') tree = sexp(r.crate.items);
  else {
    const b = bodyOf(r.crate);
    tree = b === null ? '<no body>' : c.mode === 'expr' ? sexp(b.tail ?? b.stmts) : sexp(b);
  }
  const errs = r.errors.map((e) => {
    const rel = e.span.lo - offset;
    const before = c.input.slice(0, Math.max(0, rel));
    const line = before.split('\n').length;
    const col = rel - before.lastIndexOf('\n');
    return `error: ${e.message} @${line}:${col}`;
  });
  return [tree, ...errs].join('\n');
}

const files = readdirSync(casesDir).filter((f) => f.endsWith('.txt')).sort();
const bless = process.env['BLESS'] === '1';

for (const f of files) {
  const path = `${casesDir}/${f}`;
  const cases = readCases(readFileSync(path, 'utf8'));
  if (bless) {
    const out = cases.map((c) => `# ${c.name}${c.mode === 'file' ? '' : ` {${c.mode}}`}\n${c.input}\n==>\n${render(c)}\n`).join('\n');
    writeFileSync(path, out);
  }
  for (const c of cases) {
    test(`${f}: ${c.name}`, () => {
      assert.equal(render(c).trim(), c.expected);
      // Error-free cases also round-trip through the printer.
      const { text } = wrap(c);
      const r1 = parse({ name: c.name, text });
      if (r1.errors.length === 0) {
        const r2 = parse({ name: c.name, text: printCrate(r1.crate) });
        assert.deepEqual(r2.errors, []);
        assert.deepEqual(stripForCompare(r2.crate), stripForCompare(r1.crate));
      }
    });
  }
}
