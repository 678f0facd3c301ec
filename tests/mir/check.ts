import assert from 'node:assert/strict';
import { buildMir } from '../../src/mir/build/index.js';
import type { Body } from '../../src/mir/mir.js';
import { printMir } from '../../src/mir/pretty.js';
import { parse } from '../../src/syntax/parser.js';
import { analyze } from '../../src/types/analyze.js';
import type { TypeContext } from '../../src/types/context.js';

/** Parses, type-checks and lowers `source`; fails on any diagnostic along the way. */
export function build(source: string): { bodies: Body[]; tcx: TypeContext } {
  const file = { name: 'main.rs', text: source };
  const parsed = parse(file);
  assert.deepEqual(parsed.errors.map((e) => e.message), [], 'syntax errors');
  const program = analyze(parsed, file);
  assert.deepEqual(program.diagnostics.map((d) => d.message), [], 'type errors');
  const { bodies, diagnostics } = buildMir(program);
  assert.deepEqual(diagnostics.map((d) => d.message), [], 'MIR building diagnostics');
  return { bodies, tcx: program.tcx };
}

/** The body named `fn` (closures are printed after their parent). */
export function bodyOf(source: string, fn = 'main'): { body: Body; tcx: TypeContext } {
  const { bodies, tcx } = build(source);
  const body = bodies.find((b) => b.name === fn);
  assert.ok(body, `no body named ${fn}: ${bodies.map((b) => b.name).join(', ')}`);
  return { body, tcx };
}

export function dump(source: string, fn = 'main'): string {
  const { body, tcx } = bodyOf(source, fn);
  return printMir(body, tcx);
}

/** Snapshot check of a MIR dump (leading blank lines and common indentation of `expected` ignored). */
export function check(source: string, expected: string, fn = 'main'): void {
  assert.equal(dump(dedent(source) + '\n', fn), dedent(expected));
}

export function dedent(s: string): string {
  const lines = s.replace(/^\n+/, '').replace(/\s+$/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join('\n');
}
