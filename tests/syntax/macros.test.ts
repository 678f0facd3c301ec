import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../src/syntax/parser.js';
import type { Expr, MacroExpansion } from '../../src/syntax/ast.js';

function expansionOf(stmt: string, edition: 2015 | 2018 | 2021 = 2021): { exp: MacroExpansion | null; text: string; errors: string[] } {
  const text = `fn f() { ${stmt}; }`;
  const r = parse({ name: 't.rs', text }, { edition });
  const it = r.crate.items[0]!;
  assert.equal(it.kind, 'fn');
  const body = it.kind === 'fn' ? it.body! : null;
  const s = body!.stmts[0]!;
  let e: Expr = s.kind === 'expr' ? s.expr : s.kind === 'let' ? s.init! : assert.fail('no expression');
  if (e.kind === 'try') e = e.operand;
  assert.equal(e.kind, 'macro');
  return { exp: e.kind === 'macro' ? e.expansion : null, text, errors: r.errors.map((x) => x.message) };
}

test('inline captures become path expressions spanning the name inside the literal', () => {
  const { exp, text } = expansionOf('println!("{a} {b:?} {a}")');
  assert.ok(exp !== null && exp.kind === 'format');
  assert.deepEqual(exp.args.map((a) => [a.name, a.inline]), [['a', true], ['b', true]]);
  const first = exp.args[0]!.expr;
  assert.equal(first.kind, 'path');
  assert.equal(text.slice(first.span.lo, first.span.hi), 'a');
  const phs = exp.format!.pieces.filter((p) => p.kind === 'placeholder');
  assert.deepEqual(phs.map((p) => (p.kind === 'placeholder' ? [p.arg, p.trait] : null)), [[0, ''], [1, '?'], [0, '']]);
  assert.equal(text.slice(phs[1]!.kind === 'placeholder' ? phs[1]!.span.lo : 0, phs[1]!.kind === 'placeholder' ? phs[1]!.span.hi : 0), '{b:?}');
});

test('placeholder spans account for escapes in the literal', () => {
  const { exp, text } = expansionOf('print!("\\t\\u{e9}{x}")');
  assert.ok(exp !== null && exp.kind === 'format');
  const x = exp.args[0]!.expr;
  assert.equal(text.slice(x.span.lo, x.span.hi), 'x');
});

test('width and precision arguments', () => {
  // Explicit `1$` does not advance the implicit counter, so `.*` takes argument 1 as precision.
  const { exp, errors } = expansionOf('println!("{:>1$} {:.*} {v:w$.p$}", a, 5, b, v = c, w = 3, p = 4)');
  assert.deepEqual(errors, []);
  assert.ok(exp !== null && exp.kind === 'format');
  const phs = exp.format!.pieces.flatMap((p) => (p.kind === 'placeholder' ? [p] : []));
  assert.deepEqual(phs.map((p) => [p.arg, p.width, p.precision]), [
    [0, { kind: 'arg', arg: 1 }, null],
    [2, null, { kind: 'arg', arg: 1 }],
    [3, { kind: 'arg', arg: 4 }, { kind: 'arg', arg: 5 }],
  ]);
});

test('write! keeps its destination', () => {
  const { exp } = expansionOf('write!(out, "{}", 1)?');
  assert.ok(exp !== null && exp.kind === 'format');
  assert.equal(exp.dest?.kind, 'path');
  assert.equal(exp.args.length, 1);
});

test('vec! list and repeat forms, matches!, dbg!', () => {
  assert.equal(expansionOf('let v = vec![1, 2,]').exp?.kind, 'vec');
  assert.equal(expansionOf('let v = vec![0; n]').exp?.kind, 'vecRepeat');
  const m = expansionOf('let b = matches!(x, Some(_) | None if y)').exp;
  assert.ok(m !== null && m.kind === 'matches');
  assert.equal(m.pat.kind, 'or');
  assert.equal(m.guard?.kind, 'path');
  assert.equal(expansionOf('dbg!(a, b)').exp?.kind, 'dbg');
});

test('assert messages are format expansions', () => {
  const e = expansionOf('assert_eq!(a, b, "{} vs {}", a, b)').exp;
  assert.ok(e !== null && e.kind === 'assertCmp');
  assert.equal(e.op, 'eq');
  assert.equal(e.message?.kind, 'format');
});

test('before 2021 a lone panic literal is the message, not a format string', () => {
  const old = expansionOf('panic!("{}")', 2018);
  assert.deepEqual(old.errors, []);
  assert.ok(old.exp !== null && old.exp.kind === 'format');
  assert.deepEqual(old.exp.format!.pieces, [{ kind: 'text', text: '{}' }]);
  assert.deepEqual(expansionOf('panic!("{}")').errors, ['1 positional argument in format string, but no arguments were given']);
});

test('unknown macros keep their token trees only', () => {
  assert.equal(expansionOf('my_macro!(a b c)').exp, null);
});
