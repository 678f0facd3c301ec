import type { Block, Expr, Label } from '../../syntax/ast.js';
import type { Span } from '../../syntax/span.js';
import type { Ty } from '../../types/ty.js';
import { ERROR, UNIT } from '../../types/ty.js';
import type { BlockId, Place } from '../mir.js';
import {
  type Breakable, type Builder, discardScope, emitScopeDrops, exitScopesTo, goto, localPlace, newBlock, newTemp, popScope, push, pushAssign,
  pushScope, returnBlock, scheduleDrop, scheduleStorageDead, switchBool, tempScope, terminate, Unsupported, unreachableBlock,
} from './builder.js';
import { asOperand, asPlace, assignUnit, boolConst, emitCall, fnOperand, into } from './expr.js';
import { testAndBind } from './matches.js';
import { intoBlock } from './stmt.js';
import { mirror, unparen } from './thir.js';
import { eraseRegions, refTy } from './ty-util.js';

function containsLet(e: Expr): boolean {
  const x = unparen(e);
  if (x.kind === 'let') return true;
  return x.kind === 'binary' && x.op === '&&' && (containsLet(x.lhs) || containsLet(x.rhs));
}

/** A block that runs the drops `scope` has scheduled so far, then jumps to `target`. */
function failEdge(b: Builder, scope: number, target: BlockId): BlockId {
  if (b.scopes[scope]!.drops.length === 0) return target;
  const saved = b.cur;
  const fb = newBlock(b);
  b.cur = fb;
  emitScopeDrops(b, scope);
  goto(b, target, b.scopes[scope]!.endSpan);
  b.cur = saved;
  return fb;
}

/**
 * Lowers an `if`/`while` condition, possibly a `let` chain. Falls through on success (pattern
 * bindings scheduled in `bindScope`); jumps to `fail` otherwise, after dropping what was bound.
 */
export function lowerCond(b: Builder, cond: Expr, bindScope: number, fail: BlockId): void {
  const c = unparen(cond);
  if (c.kind === 'binary' && c.op === '&&' && containsLet(c)) {
    lowerCond(b, c.lhs, bindScope, fail);
    lowerCond(b, c.rhs, bindScope, fail);
    return;
  }
  if (c.kind === 'let') {
    const scr = mirror(b, c.scrutinee);
    const place = asPlace(b, scr);
    push(b, { kind: 'placeMention', place }, c.scrutinee.span);
    b.scrutineeSpan = c.scrutinee.span;
    b.matchSite = { place, span: c.scrutinee.span };
    testAndBind(b, c.pat, place, failEdge(b, bindScope, fail), bindScope, scr.ty, true);
    b.matchSite = null;
    return;
  }
  // rustc wraps a plain condition in `DropTemps`: its temporaries die before either branch runs.
  const s = pushScope(b, true, c.span);
  const op = asOperand(b, mirror(b, c));
  const thenB = newBlock(b);
  const elseB = newBlock(b);
  switchBool(b, op, elseB, thenB, c.span);
  b.cur = elseB;
  emitScopeDrops(b, s);
  goto(b, failEdge(b, bindScope, fail), c.span);
  b.cur = thenB;
  emitScopeDrops(b, s);
  discardScope(b, s);
}

/** Lowers `e` into `dest` inside a terminating scope (rustc's terminating scopes: if branches, arm bodies, loop bodies). */
export function intoTerminating(b: Builder, dest: Place, e: Expr): void {
  const s = pushScope(b, true, e.span);
  into(b, dest, mirror(b, e));
  popScope(b, s);
}

export function lowerIf(b: Builder, dest: Place, e: Expr & { kind: 'if' }): void {
  const bindScope = pushScope(b, false, e.then.span);
  const fail = newBlock(b);
  const join = newBlock(b);
  lowerCond(b, e.cond, bindScope, fail);
  const s = pushScope(b, true, e.then.span);
  intoBlock(b, dest, e.then);
  popScope(b, s);
  popScope(b, bindScope);
  goto(b, join, e.span);
  b.cur = fail;
  if (e.else !== null) intoTerminating(b, dest, e.else);
  else assignUnit(b, dest, e.span);
  goto(b, join, e.span);
  b.cur = join;
}

export function shortCircuit(b: Builder, dest: Place, e: Expr & { kind: 'binary' }): void {
  const and = e.op === '&&';
  const s = pushScope(b, true, e.lhs.span);
  const l = asOperand(b, mirror(b, e.lhs));
  const rhsB = newBlock(b);
  const shortB = newBlock(b);
  const join = newBlock(b);
  switchBool(b, l, and ? shortB : rhsB, and ? rhsB : shortB, e.span);
  b.cur = shortB;
  emitScopeDrops(b, s);
  pushAssign(b, dest, { kind: 'use', operand: boolConst(!and) }, e.span);
  goto(b, join, e.span);
  b.cur = rhsB;
  emitScopeDrops(b, s);
  discardScope(b, s);
  intoTerminating(b, dest, e.rhs);
  goto(b, join, e.span);
  b.cur = join;
}

function loopHead(b: Builder, span: Span): { head: BlockId; body: BlockId } {
  const head = newBlock(b);
  goto(b, head, span);
  b.cur = head;
  const body = newBlock(b);
  terminate(b, { kind: 'falseUnwind', real: body, unwind: null }, span);
  b.cur = body;
  return { head, body };
}

function pushBreakable(b: Builder, label: Label | null, isLoop: boolean, breakBlock: BlockId, continueBlock: BlockId | null, dest: Place): void {
  b.breakables.push({ label: label?.name ?? null, isLoop, breakBlock, continueBlock, dest, scopeDepth: b.scopes.length });
}

function loopBodyInto(b: Builder, body: Block): void {
  const tmp = localPlace(newTemp(b, UNIT, body.span));
  const s = pushScope(b, true, body.span);
  intoBlock(b, tmp, body);
  popScope(b, s);
}

export function lowerLoop(b: Builder, dest: Place, e: Expr & { kind: 'loop' }): void {
  const exit = newBlock(b);
  const { head } = loopHead(b, e.span);
  pushBreakable(b, e.label, true, exit, head, dest);
  loopBodyInto(b, e.body);
  goto(b, head, e.span);
  b.breakables.pop();
  b.cur = exit;
}

export function lowerWhile(b: Builder, dest: Place, e: Expr & { kind: 'while' }): void {
  const exit = newBlock(b);
  const { head } = loopHead(b, e.span);
  pushBreakable(b, e.label, true, exit, head, dest);
  // `while c { body }` is `loop { if c { body } else { break } }`; the `if` is the loop body's tail.
  const loopScope = pushScope(b, true, e.span);
  const bindScope = pushScope(b, false, e.body.span);
  const fail = newBlock(b);
  lowerCond(b, e.cond, bindScope, fail);
  const ok = b.cur;
  b.cur = fail;
  emitScopeDrops(b, loopScope);
  assignUnit(b, dest, e.span);
  goto(b, exit, e.span);
  b.cur = ok;
  loopBodyInto(b, e.body);
  popScope(b, bindScope);
  popScope(b, loopScope);
  goto(b, head, e.span);
  b.breakables.pop();
  b.cur = exit;
}

function optionVariants(b: Builder, ty: Ty): { none: number; some: number } | null {
  if (ty.kind !== 'adt') return null;
  const adt = b.tcx.adt(ty.def);
  const none = adt.variants.findIndex((v) => v.name === 'None');
  const some = adt.variants.findIndex((v) => v.name === 'Some');
  return none < 0 || some < 0 ? null : { none, some };
}

/**
 * `for pat in iter { body }` as rustc desugars it:
 * `match IntoIterator::into_iter(iter) { mut iter => loop { match Iterator::next(&mut iter) { None => break, Some(pat) => body } } }`.
 */
export function lowerFor(b: Builder, dest: Place, e: Expr & { kind: 'for' }): void {
  // rustc wraps the desugared match in `DropTemps`: the head's temporaries are dropped at the end
  // of the loop, not at the end of the enclosing statement (or after the block's locals, for a tail).
  const dropTemps = pushScope(b, true, e.span);
  lowerForInner(b, dest, e);
  popScope(b, dropTemps);
}

function lowerForInner(b: Builder, dest: Place, e: Expr & { kind: 'for' }): void {
  const callees = b.types.desugarCallees[e.id];
  const intoIter = callees?.[0];
  const next = callees?.[1];
  if (intoIter === undefined || next === undefined) throw new Unsupported(e.span, '`for` loop without resolved iterator methods');
  const iterSpan = e.iter.span;
  const iterTy = eraseRegions(intoIter.sig.output);
  const optTy = eraseRegions(next.sig.output);
  const variants = optionVariants(b, optTy);
  if (variants === null) throw new Unsupported(e.span, '`for` loop whose `next` does not return an Option');

  const tmp = newTemp(b, iterTy, iterSpan);
  const tScope = tempScope(b, e.id);
  push(b, { kind: 'storageLive', local: tmp }, iterSpan);
  scheduleStorageDead(b, tScope, tmp);
  const callScope = pushScope(b, false, iterSpan);
  const arg = asOperand(b, mirror(b, e.iter));
  emitCall(b, fnOperand(intoIter.def, intoIter.args), [arg], localPlace(tmp), iterSpan, iterSpan, 'desugaring', iterTy);
  popScope(b, callScope);
  scheduleDrop(b, tScope, tmp);
  push(b, { kind: 'placeMention', place: localPlace(tmp) }, iterSpan);

  const armScope = pushScope(b, false, e.span);
  const iter = newTemp(b, iterTy, iterSpan);
  push(b, { kind: 'storageLive', local: iter }, iterSpan);
  scheduleStorageDead(b, armScope, iter);
  pushAssign(b, localPlace(iter), { kind: 'use', operand: { kind: 'move', place: localPlace(tmp) } }, iterSpan);
  scheduleDrop(b, armScope, iter);

  const exit = newBlock(b);
  const { head } = loopHead(b, e.span);
  pushBreakable(b, e.label, true, exit, head, dest);
  const bk = b.breakables[b.breakables.length - 1]!;
  const loopScope = pushScope(b, true, e.span);
  const nextTmp = newTemp(b, optTy, iterSpan);
  push(b, { kind: 'storageLive', local: nextTmp }, iterSpan);
  scheduleStorageDead(b, loopScope, nextTmp);
  const s2 = pushScope(b, false, iterSpan);
  const r = newTemp(b, refTy(iterTy, true), iterSpan);
  push(b, { kind: 'storageLive', local: r }, iterSpan);
  scheduleStorageDead(b, s2, r);
  pushAssign(b, localPlace(r), { kind: 'ref', borrow: 'mut', place: localPlace(iter) }, iterSpan);
  emitCall(b, fnOperand(next.def, next.args), [{ kind: 'move', place: localPlace(r) }], localPlace(nextTmp), iterSpan, iterSpan, 'desugaring', optTy);
  popScope(b, s2);
  scheduleDrop(b, loopScope, nextTmp);
  push(b, { kind: 'placeMention', place: localPlace(nextTmp) }, iterSpan);
  const d = newTemp(b, { kind: 'int', int: 'isize' }, iterSpan);
  pushAssign(b, localPlace(d), { kind: 'discriminant', place: localPlace(nextTmp) }, iterSpan);
  const someB = newBlock(b);
  const noneB = newBlock(b);
  const unreachableB = unreachableBlock(b, iterSpan);
  terminate(b, {
    kind: 'switchInt', discr: { kind: 'move', place: localPlace(d) }, values: [BigInt(variants.none), BigInt(variants.some)], targets: [noneB, someB], otherwise: unreachableB,
  }, iterSpan);
  // As rustc's desugaring `match next() { None => break, Some(pat) => body }`: the `None` arm's
  // binding block has a false edge to the `Some` arm's.
  b.cur = noneB;
  const breakB = newBlock(b);
  terminate(b, { kind: 'falseEdge', real: breakB, imaginary: someB }, iterSpan);
  b.cur = breakB;
  exitScopesTo(b, bk.scopeDepth);
  assignUnit(b, dest, e.span);
  goto(b, exit, e.span);
  b.cur = someB;
  const bindScope = pushScope(b, false, e.span);
  const itemTy = optTy.kind === 'adt' ? eraseRegions(b.tcx.fieldTy(optTy.def, variants.some, 0, optTy.args)) : ERROR;
  const payload: Place = { local: nextTmp, projection: [{ kind: 'downcast', variant: variants.some, name: 'Some' }, { kind: 'field', index: 0, name: '0', ty: itemTy }] };
  b.scrutineeSpan = iterSpan;
  b.matchSite = { place: localPlace(nextTmp), span: iterSpan };
  testAndBind(b, e.pat, payload, unreachableB, bindScope, itemTy);
  b.matchSite = null;
  loopBodyInto(b, e.body);
  popScope(b, bindScope);
  popScope(b, loopScope);
  goto(b, head, e.span);
  b.breakables.pop();
  b.cur = exit;
  popScope(b, armScope);
}

function findBreakable(b: Builder, label: Label | null, forContinue: boolean, span: Span): Breakable {
  for (let i = b.breakables.length - 1; i >= 0; i--) {
    const bk = b.breakables[i]!;
    if (label !== null ? bk.label === label.name : bk.isLoop) {
      if (forContinue && bk.continueBlock === null) throw new Unsupported(span, '`continue` to a labelled block');
      return bk;
    }
  }
  throw new Unsupported(span, '`break`/`continue` outside of a loop');
}

export function lowerBreak(b: Builder, e: Expr & { kind: 'break' }): void {
  const bk = findBreakable(b, e.label, false, e.span);
  if (e.value !== null) into(b, bk.dest, mirror(b, e.value));
  else assignUnit(b, bk.dest, e.span);
  exitScopesTo(b, bk.scopeDepth);
  goto(b, bk.breakBlock, e.span);
}

export function lowerContinue(b: Builder, e: Expr & { kind: 'continue' }): void {
  const bk = findBreakable(b, e.label, true, e.span);
  exitScopesTo(b, bk.scopeDepth);
  goto(b, bk.continueBlock!, e.span);
}

export function lowerReturn(b: Builder, e: Expr & { kind: 'return' }): void {
  if (e.value !== null) into(b, localPlace(0), mirror(b, e.value));
  else assignUnit(b, localPlace(0), e.span);
  exitScopesTo(b, 0);
  goto(b, returnBlock(b), e.span);
}
