import assert from 'node:assert/strict';
import { test } from 'node:test';
import { borrowck } from '../../src/borrowck/index.js';
import type { BorrowckError } from '../../src/borrowck/facts.js';
import { UNIT } from '../../src/types/ty.js';
import {
  assign, blk, callT, cint, cp, decl, DEREF, DROPPY, DROPPY_DEF, fakeTcx, fld, FN, goto, I32, mkBody, mv, PAIR, pl, ref, ret, STRING, switchBool, use, falseUnwind, live, dead,
} from './mir-builder-helper.js';

const TRUE = { kind: 'const' as const, value: { kind: 'bool' as const, value: true }, ty: { kind: 'bool' as const } };
const kinds = (es: readonly BorrowckError[]) => es.map((e) => e.kind);

test('use after move is E0382 with the move site', () => {
  const locals = [decl(null, UNIT, { kind: 'return' }), decl('s', STRING), decl('t', STRING), decl('u', STRING)];
  const body = mkBody(locals, [
    blk([], callT(FN.stringNew, [], pl(1), 1)),
    blk([assign(pl(2), use(mv(pl(1)))), assign(pl(3), use(mv(pl(1))))], ret()),
  ]);
  const r = borrowck(body, fakeTcx);
  assert.deepEqual(kinds(r.errors), ['useOfMoved']);
  const e = r.errors[0]!;
  assert.ok(e.kind === 'useOfMoved');
  assert.equal(e.span, body.blocks[1]!.statements[1]!.span);
  assert.equal(e.moves.length, 1);
  assert.equal(e.moves[0]!.span, body.blocks[1]!.statements[0]!.span);
  assert.equal(e.partial, false);
  assert.equal(e.isBorrow, false);
});

test('each later use after a move is reported (against the nearest move)', () => {
  const locals = [decl(null, UNIT, { kind: 'return' }), decl('s', STRING), decl('t', STRING), decl('u', STRING), decl('w', STRING)];
  const body = mkBody(locals, [
    blk([], callT(FN.stringNew, [], pl(1), 1)),
    blk([assign(pl(2), use(mv(pl(1)))), assign(pl(3), use(mv(pl(1)))), assign(pl(4), use(mv(pl(1))))], ret()),
  ]);
  assert.deepEqual(kinds(borrowck(body, fakeTcx).errors), ['useOfMoved', 'useOfMoved']);
});

test('move on one branch only is still a use of moved value; reinit clears it', () => {
  const locals = [decl(null, UNIT, { kind: 'return' }), decl('s', STRING, { mutable: true }), decl('t', STRING), decl('c', { kind: 'bool' }), decl('u', STRING)];
  const mk = (reinit: boolean) => mkBody(locals, [
    blk([assign(pl(3), use(TRUE))], callT(FN.stringNew, [], pl(1), 1)),
    blk([], switchBool(cp(pl(3)), 2, 3)),
    blk([assign(pl(2), use(mv(pl(1))))], reinit ? callT(FN.stringNew, [], pl(1), 3) : goto(3)),
    blk([assign(pl(4), use(mv(pl(1))))], ret()),
  ]);
  assert.deepEqual(kinds(borrowck(mk(false), fakeTcx).errors), ['useOfMoved']);
  assert.deepEqual(kinds(borrowck(mk(true), fakeTcx).errors), []);
});

test('a move inside a loop is reported as moved in a previous iteration', () => {
  const locals = [decl(null, UNIT, { kind: 'return' }), decl('s', STRING), decl(null, UNIT), decl('c', { kind: 'bool' })];
  const body = mkBody(locals, [
    blk([assign(pl(3), use(TRUE))], callT(FN.stringNew, [], pl(1), 1)),
    blk([], falseUnwind(2)),
    blk([], callT(FN.consume, [mv(pl(1))], pl(2), 3)),
    blk([], switchBool(cp(pl(3)), 1, 4)),
    blk([], ret()),
  ]);
  const r = borrowck(body, fakeTcx);
  assert.deepEqual(kinds(r.errors), ['useOfMoved']);
  const e = r.errors[0]!;
  assert.ok(e.kind === 'useOfMoved');
  assert.equal(e.moves[0]!.inPreviousIteration, true);
});

test('use of an uninitialised binding is E0381', () => {
  const locals = [decl(null, UNIT, { kind: 'return' }), decl('x', I32), decl('y', I32)];
  const body = mkBody(locals, [blk([live(1), assign(pl(2), use(cp(pl(1))))], ret())]);
  const r = borrowck(body, fakeTcx);
  assert.deepEqual(kinds(r.errors), ['useUninit']);
  const e = r.errors[0]!;
  assert.ok(e.kind === 'useUninit');
  assert.equal(e.possibly, false);
});

test('initialised on one branch only is possibly-uninitialised', () => {
  const locals = [decl(null, UNIT, { kind: 'return' }), decl('x', I32), decl('y', I32), decl('c', { kind: 'bool' })];
  const body = mkBody(locals, [
    blk([assign(pl(3), use({ kind: 'const', value: { kind: 'bool', value: true }, ty: { kind: 'bool' } }))], switchBool(cp(pl(3)), 1, 2)),
    blk([assign(pl(1), use(cint(1)))], goto(2)),
    blk([assign(pl(2), use(cp(pl(1))))], ret()),
  ]);
  const e = borrowck(body, fakeTcx).errors[0]!;
  assert.ok(e.kind === 'useUninit');
  assert.equal(e.possibly, true);
});

test('partial move then use of the whole is a partial use of moved value; the other field is fine', () => {
  const locals = [decl(null, UNIT, { kind: 'return' }), decl('p', PAIR), decl('n', STRING, { mutable: true }), decl('m', STRING, { mutable: true }), decl('q', PAIR)];
  const a = fld(0, 'a', STRING), b = fld(1, 'b', STRING);
  const body = mkBody(locals, [
    blk([], callT(FN.stringNew, [], pl(2), 1)),
    blk([], callT(FN.stringNew, [], pl(3), 2)),
    blk([
      { kind: { kind: 'assign', place: pl(1), rvalue: { kind: 'aggregate', aggregate: { kind: 'adt', def: 5, variant: 0, args: { regions: [], types: [], consts: [] } }, operands: [mv(pl(2)), mv(pl(3))] } }, span: { lo: 5000, hi: 5001 } },
      assign(pl(2), use(mv(pl(1, a)))),
      assign(pl(3), use(mv(pl(1, b)))),
      assign(pl(4), use(mv(pl(1)))),
    ], ret()),
  ]);
  const r = borrowck(body, fakeTcx);
  assert.deepEqual(kinds(r.errors), ['useOfMoved']);
  const e = r.errors[0]!;
  assert.ok(e.kind === 'useOfMoved');
  assert.equal(e.partial, true);
  assert.equal(e.moves.length, 1); // rustc reports the first uninitialised child's move only
});

test('moving out of a reference is E0507; out of a Drop type E0509; out of a Box is fine', () => {
  const locals = [decl(null, UNIT, { kind: 'return' }), decl('r', ref(STRING), { kind: 'arg' }), decl('d', DROPPY, { kind: 'arg' }), decl('s', STRING), decl('t', STRING)];
  const body = mkBody(locals, [blk([
    assign(pl(3), use(mv(pl(1, DEREF)))),
    assign(pl(4), use(mv(pl(2, fld(0, 's', STRING))))),
  ], ret())], { argCount: 2 });
  const r = borrowck({ ...body, def: FN.main }, fakeTcx);
  const ks = r.errors.map((e) => (e.kind === 'illegalMove' ? e.error.kind : e.kind));
  assert.deepEqual(ks, ['borrowedContent', 'interiorOfTypeWithDestructor']);
  void DROPPY_DEF;
});

test('assigning twice to an immutable binding is E0384; deferred init is fine', () => {
  const locals = [decl(null, UNIT, { kind: 'return' }), decl('x', I32), decl('y', I32)];
  const body = mkBody(locals, [blk([assign(pl(1), use(cint(1))), assign(pl(2), use(cint(1))), assign(pl(2), use(cint(2)))], ret())]);
  const r = borrowck(body, fakeTcx);
  assert.deepEqual(kinds(r.errors), ['assignTwice']);
  const e = r.errors[0]!;
  assert.ok(e.kind === 'assignTwice');
  assert.equal(e.local, 2);
  assert.equal(e.firstAssign, body.blocks[0]!.statements[1]!.span);
});

test('loop: a StorageDead at the end of an iteration does not count as a move', () => {
  const locals = [decl(null, UNIT, { kind: 'return' }), decl('x', I32), decl('y', I32), decl('c', { kind: 'bool' })];
  const body = mkBody(locals, [
    blk([], falseUnwind(1)),
    blk([live(1), live(2), assign(pl(1), use(cint(1))), assign(pl(2), use(cp(pl(1)))), dead(2), dead(1)], switchBool(cp(pl(3)), 0, 2)),
    blk([], ret()),
  ]);
  // `c` is uninitialised: one E0381 for `c`, nothing for `x`.
  const r = borrowck(body, fakeTcx);
  assert.deepEqual(r.errors.map((e) => (e.kind === 'useUninit' ? e.local : -1)), [3]);
});
