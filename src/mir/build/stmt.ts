import type { Block, Expr, Pat, Stmt } from '../../syntax/ast.js';
import { type Ty, UNIT } from '../../types/ty.js';
import type { Span } from '../../syntax/span.js';
import type { Place } from '../mir.js';
import {
  type Builder, goto, localPlace, newBlock, newTemp, popScope, push, pushScope, scheduleDrop, scheduleStorageDead, terminate, Unsupported, unreachableBlock,
} from './builder.js';
import { asPlace, assignUnit, into, lowerEffect } from './expr.js';
import { bindPattern, declareBindings, declareVar, hasOrBindings, testAndBind } from './matches.js';
import { mirror, unparen } from './thir.js';

export function intoBlockExpr(b: Builder, dest: Place, e: Expr & { kind: 'block' }): void {
  if (e.flavor === 'async' || e.flavor === 'asyncMove') throw new Unsupported(e.span, '`async` block');
  if (e.label === null) return intoBlock(b, dest, e.block);
  const exit = newBlock(b);
  b.breakables.push({ label: e.label.name, isLoop: false, breakBlock: exit, continueBlock: null, dest, scopeDepth: b.scopes.length });
  intoBlock(b, dest, e.block);
  b.breakables.pop();
  goto(b, exit, e.span);
  b.cur = exit;
}

/**
 * A block: its `let` bindings live in one scope that ends at the closing brace (rustc nests a
 * remainder scope per `let`, which drops in the same order); each statement is a terminating
 * scope for its temporaries; the tail's temporaries belong to the enclosing terminating scope
 * (edition 2021), so they outlive the block's locals.
 */
export function intoBlock(b: Builder, dest: Place, block: Block): void {
  const scope = pushScope(b, false, block.span);
  for (const st of block.stmts) lowerStmt(b, st, scope);
  if (block.tail !== null) into(b, dest, mirror(b, block.tail));
  else assignUnit(b, dest, block.span);
  popScope(b, scope);
}

function lowerStmt(b: Builder, st: Stmt, blockScope: number): void {
  switch (st.kind) {
    case 'let': return lowerLet(b, st, blockScope);
    case 'expr': {
      const s = pushScope(b, true, st.span);
      lowerEffect(b, st.expr);
      popScope(b, s);
      return;
    }
    case 'item': case 'empty': return;
    default: {
      const never: never = st;
      return never;
    }
  }
}

function lowerLet(b: Builder, st: Stmt & { kind: 'let' }, blockScope: number): void {
  const s = pushScope(b, true, st.span);
  const pat = st.pat;
  if (st.init === null) {
    if (st.else !== null) throw new Unsupported(st.span, '`let … else` without an initialiser');
    declareBindings(b, pat, blockScope);
    const user = st.ty === null ? null : b.tcx.lowerUserType?.(b.types.owner, st.ty) ?? null;
    if (user !== null && st.ty !== null) annotateBindings(b, pat, user, st.ty.span);
    popScope(b, s);
    return;
  }
  markExtendedInit(b, st.init);
  if (hasExplicitRef(pat)) markRvalueScope(b, st.init);
  const saved = b.extendedScope;
  b.extendedScope = blockScope;
  const simple = simpleBinding(b, pat);
  if (simple !== null && st.else === null) {
    const local = declareVar(b, simple, true);
    push(b, { kind: 'storageLive', local }, simple.span);
    scheduleStorageDead(b, blockScope, local);
    into(b, localPlace(local), mirror(b, st.init));
    scheduleDrop(b, blockScope, local);
    push(b, { kind: 'fakeRead', cause: 'forLet', place: localPlace(local) }, simple.span);
    const user = st.ty === null ? null : b.tcx.lowerUserType?.(b.types.owner, st.ty) ?? null;
    if (user !== null && st.ty !== null) b.userTypes.push({ place: localPlace(local), ty: user, variance: 'inv', span: st.ty.span });
  } else {
    const initT = mirror(b, st.init);
    const place = asPlace(b, initT);
    push(b, { kind: 'placeMention', place }, st.init.span);
    b.matchSite = { place, span: st.init.span };
    if (st.else !== null) {
      const fail = newBlock(b);
      b.scrutineeSpan = st.init.span;
      testAndBind(b, pat, place, fail, blockScope, initT.ty, true);
      b.matchSite = null;
      const ok = b.cur;
      b.cur = fail;
      const tmp = localPlace(newTemp(b, UNIT, st.else.span));
      const es = pushScope(b, true, st.else.span);
      intoBlock(b, tmp, st.else);
      popScope(b, es);
      terminate(b, { kind: 'unreachable' }, st.else.span);
      b.cur = ok;
    } else if (hasOrBindings(b, pat)) {
      // Each alternative of an irrefutable or-pattern is tested in turn; the last cannot fail.
      const unreachableB = unreachableBlock(b, pat.span);
      b.scrutineeSpan = st.init.span;
      testAndBind(b, pat, place, unreachableB, blockScope, initT.ty);
    } else {
      bindPattern(b, pat, place, blockScope, initT.ty);
    }
    b.matchSite = null;
    const user = st.ty === null ? null : b.tcx.lowerUserType?.(b.types.owner, st.ty) ?? null;
    if (user !== null && st.ty !== null) {
      b.userTypes.push({ place, ty: user, variance: 'co', span: st.ty.span });
      annotateBindings(b, pat, user, st.ty.span);
    }
  }
  b.extendedScope = saved;
  popScope(b, s);
}

/** The variables a pattern binds get the matching part of the written type (tuples only; a `ref` binding's referent). */
function annotateBindings(b: Builder, pat: Pat, ty: Ty, span: Span): void {
  const p = unparenPat(pat);
  const adj = b.types.patAdjustments[p.id];
  if (adj !== undefined && adj.length > 0) return;
  if (p.kind === 'ident') {
    const local = b.varLocal.get(p.id);
    const mode = b.types.bindingModes[p.id];
    if (local === undefined || mode === undefined) return;
    const place: Place = mode === 'ref' || mode === 'refMut' ? { local, projection: [{ kind: 'deref' }] } : localPlace(local);
    b.userTypes.push({ place, ty, variance: 'inv', span });
    if (p.sub !== null) annotateBindings(b, p.sub, ty, span);
    return;
  }
  if (p.kind === 'tuple' && ty.kind === 'tuple' && p.elems.length === ty.elems.length && !p.elems.some((e) => e.kind === 'rest')) {
    p.elems.forEach((e, i) => annotateBindings(b, e, ty.elems[i]!, span));
  }
}

function unparenPat(p: Pat): Pat {
  let x = p;
  while (x.kind === 'paren') x = x.inner;
  return x;
}

/** `let x = e` / `let mut x = e` binding by value: the initialiser is written straight into the variable. */
function simpleBinding(b: Builder, pat: Pat): (Pat & { kind: 'ident' }) | null {
  const p = unparenPat(pat);
  if (p.kind !== 'ident' || p.sub !== null || p.byRef) return null;
  const r = b.types.resolutions[p.id];
  if (r !== undefined && r.kind !== 'local') return null;
  const adj = b.types.patAdjustments[p.id];
  if (adj !== undefined && adj.length > 0) return null;
  const mode = b.types.bindingModes[p.id];
  if (mode === 'ref' || mode === 'refMut') return null;
  return p;
}

function hasExplicitRef(p: Pat): boolean {
  switch (p.kind) {
    case 'ident': return p.byRef || (p.sub !== null && hasExplicitRef(p.sub));
    case 'tuple': case 'tupleStruct': case 'slice': return p.elems.some(hasExplicitRef);
    case 'struct': return p.fields.some((f) => hasExplicitRef(f.pat));
    case 'ref': case 'box': case 'paren': return hasExplicitRef(p.inner);
    case 'or': return p.alts.some(hasExplicitRef);
    default: return false;
  }
}

/** rustc's `record_rvalue_scope_if_borrow_expr`: operands of `&` in extending positions of a `let` initialiser live until the end of the block. */
function markExtendedInit(b: Builder, e: Expr): void {
  const x = unparen(e);
  switch (x.kind) {
    case 'ref':
      if (!x.raw) {
        markRvalueScope(b, x.operand);
        markExtendedInit(b, x.operand);
      }
      return;
    case 'struct': for (const f of x.fields) markExtendedInit(b, f.expr); return;
    case 'tuple': case 'array': for (const el of x.elems) markExtendedInit(b, el); return;
    case 'cast': markExtendedInit(b, x.operand); return;
    case 'block': if (x.block.tail !== null) markExtendedInit(b, x.block.tail); return;
    case 'if':
      if (x.then.tail !== null) markExtendedInit(b, x.then.tail);
      if (x.else !== null) markExtendedInit(b, x.else);
      return;
    case 'match': for (const a of x.arms) markExtendedInit(b, a.body); return;
    case 'call': {
      const r = b.types.resolutions[unparen(x.callee).id];
      if (r !== undefined && r.kind === 'ctor') for (const a of x.args) markExtendedInit(b, a);
      return;
    }
    default: return;
  }
}

function markRvalueScope(b: Builder, e: Expr): void {
  let x: Expr = e;
  for (;;) {
    b.extended.add(x.id);
    if (x.kind === 'paren') x = x.inner;
    else if (x.kind === 'ref' || (x.kind === 'unary' && x.op === 'deref')) x = x.operand;
    else if (x.kind === 'field' || x.kind === 'index') x = x.base;
    else return;
  }
}
