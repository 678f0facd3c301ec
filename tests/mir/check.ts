import assert from 'node:assert/strict';
import { buildMir } from '../../src/mir/build/index.js';
import { printMir } from '../../src/mir/pretty.js';
import { parse } from '../../src/syntax/parser.js';
import { analyze } from '../../src/types/analyze.js';

/** Builds MIR for every body of `source` and prints the body named `fn` (closures follow it). */
export function dump(source: string, fn = 'main'): string {
  const file = { name: 'main.rs', text: source };
  const parsed = parse(file);
  assert.deepEqual(parsed.errors, [], 'syntax errors');
  const program = analyze(parsed, file);
  const errs = program.diagnostics.filter((d) => d.level === 'error');
  assert.deepEqual(errs.map((d) => d.message), [], 'type errors');
  const { bodies, diagnostics } = buildMir(program);
  assert.deepEqual(diagnostics.map((d) => d.message), [], 'MIR building diagnostics');
  const body = bodies.find((b) => b.name === fn);
  assert.ok(body, `no body named ${fn}: ${bodies.map((b) => b.name).join(', ')}`);
  return printMir(body, program.tcx);
}

/** Snapshot check: the dump of `fn` in `source` equals `expected` (leading/trailing blank lines and common indentation ignored). */
export function check(source: string, expected: string, fn = 'main'): void {
  assert.equal(dump(source, fn), dedent(expected));
}

function dedent(s: string): string {
  const lines = s.replace(/^\n+/, '').replace(/\s+$/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join('\n');
}
