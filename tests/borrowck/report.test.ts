import assert from 'node:assert/strict';
import { test } from 'node:test';
import { borrowck } from '../../src/borrowck/index.js';
import { reportBorrowck } from '../../src/diagnostics/borrowck-report.js';
import type { Body } from '../../src/mir/mir.js';
import { UNIT } from '../../src/types/ty.js';
import type { Diagnostic } from '../../src/util/diagnostic.js';
import {
  assign, blk, borrow, callT, cint, cp, dead, decl, fakeTcx, FN, I32, live, mkBody, mv, pl, ref, ret, STRING, use, vec, USIZE, fld, PAIR,
} from './mir-builder-helper.js';

const FILE = { name: 'main.rs', text: '' };
function report(body: Body): Diagnostic[] {
  return reportBorrowck(borrowck(body, fakeTcx), body, fakeTcx, FILE);
}
const labels = (d: Diagnostic) => d.spans.map((s) => `${s.primary ? '^' : '-'} ${s.label}`);

test('E0502 wording', () => {
  const V = vec(I32);
  const locals = [decl(null, UNIT, { kind: 'return' }), decl('v', V, { mutable: true }), decl('r', ref(V)), decl(null, ref(V, true)), decl(null, UNIT), decl(null, USIZE)];
  const body = mkBody(locals, [
    blk([assign(pl(1), use(cint(0))), assign(pl(2), borrow(pl(1))), assign(pl(3), borrow(pl(1), 'twoPhaseMut'))], callT(FN.vecPush, [mv(pl(3)), cint(1)], pl(4), 1, { types: [I32] })),
    blk([], callT(FN.vecLen, [cp(pl(2))], pl(5), 2, { types: [I32] })),
    blk([], ret()),
  ]);
  const [d, ...rest] = report(body);
  assert.equal(rest.length, 0);
  assert.equal(d!.code, 'E0502');
  assert.equal(d!.message, 'cannot borrow `v` as mutable because it is also borrowed as immutable');
  assert.deepEqual(labels(d!), ['^ mutable borrow occurs here', '- immutable borrow occurs here', '- immutable borrow later used here']);
});

test('E0382 wording with the declaration label', () => {
  const locals = [decl(null, UNIT, { kind: 'return' }), decl('s', STRING), decl('t', STRING), decl(null, ref(STRING)), decl(null, USIZE)];
  const body = mkBody(locals, [
    blk([], callT(FN.stringNew, [], pl(1), 1)),
    blk([assign(pl(2), use(mv(pl(1)))), assign(pl(3), borrow(pl(1)))], callT(FN.stringLen, [mv(pl(3))], pl(4), 2)),
    blk([], ret()),
  ]);
  const [d] = report(body);
  assert.equal(d!.code, 'E0382');
  assert.equal(d!.message, 'borrow of moved value: `s`');
  assert.deepEqual(labels(d!), ['^ value borrowed here after move', '- value moved here', '- move occurs because `s` has type `String`, which does not implement the `Copy` trait']);
});

test('E0382 partial move wording', () => {
  const locals = [decl(null, UNIT, { kind: 'return' }), decl('p', PAIR), decl('n', STRING), decl('q', PAIR)];
  const body = mkBody(locals, [blk([assign(pl(2), use(mv(pl(1, fld(0, 'a', STRING))))), assign(pl(3), use(mv(pl(1))))], ret())], { argCount: 1 });
  const [d] = report(body);
  assert.equal(d!.message, 'use of partially moved value: `p`');
  assert.deepEqual(labels(d!), ['^ value used here after partial move', '- value partially moved here']);
  assert.equal(d!.children[0]!.message, 'partial move occurs because `p.a` has type `String`, which does not implement the `Copy` trait');
});

test('E0597 wording', () => {
  const locals = [decl(null, UNIT, { kind: 'return' }), decl('r', ref(I32)), decl('x', I32), decl(null, UNIT)];
  const body = mkBody(locals, [
    blk([live(1), live(2), assign(pl(2), use(cint(5))), assign(pl(1), borrow(pl(2))), dead(2)], callT(FN.useRef, [cp(pl(1))], pl(3), 1)),
    blk([dead(1)], ret()),
  ]);
  const [d] = report(body);
  assert.equal(d!.code, 'E0597');
  assert.equal(d!.message, '`x` does not live long enough');
  assert.deepEqual(labels(d!), ['^ borrowed value does not live long enough', '- `x` dropped here while still borrowed', '- binding `x` declared here', '- borrow later used here']);
});

test('E0515 and E0384 wording', () => {
  const locals = [decl(null, ref(I32), { kind: 'return' }), decl('x', I32)];
  const body = mkBody(locals, [blk([live(1), assign(pl(1), use(cint(5))), assign(pl(0), borrow(pl(1))), dead(1)], ret())], { def: FN.retStatic });
  const [d] = report(body);
  assert.equal(d!.code, 'E0515');
  assert.equal(d!.message, 'cannot return reference to local variable `x`');
  assert.deepEqual(labels(d!), ['^ returns a reference to data owned by the current function']);

  const l2 = [decl(null, UNIT, { kind: 'return' }), decl('x', I32)];
  const b2 = mkBody(l2, [blk([assign(pl(1), use(cint(1))), assign(pl(1), use(cint(2)))], ret())]);
  const [d2] = report(b2);
  assert.equal(d2!.message, 'cannot assign twice to immutable variable `x`');
  assert.deepEqual(labels(d2!), ['^ cannot assign twice to immutable variable', '- first assignment to `x`']);
  assert.equal(d2!.children[0]!.message, 'consider making this binding mutable');
});
