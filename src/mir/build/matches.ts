import type { Expr, NodeId, Pat } from '../../syntax/ast.js';
import type { Span } from '../../syntax/span.js';
import type { Res } from '../../types/results.js';
import type { Ty } from '../../types/ty.js';
import { BOOL, ERROR } from '../../types/ty.js';
import { assertNever } from '../../util/assert.js';
import type { BlockId, Local, MatchSite, Operand, Place, ProjectionElem } from '../mir.js';
import {
  type Builder, DEREF, discardScope, endPoint, type FakeBorrowCollect, emitScopeDrops, goto, localPlace, newBlock, newTemp, popScope, project, push, pushAssign, pushLocal,
  pushScope, scheduleDrop, scheduleStorageDead, switchBool, terminate, Unsupported, unreachableBlock,
} from './builder.js';
import { intoTerminating } from './control.js';
import { asOperand, asPlace, userSelfOf } from './expr.js';
import { fieldName, fieldTyOf } from './place.js';
import { mirror, unparen } from './thir.js';
import { aliasOrBindings, expandOrPatterns, forEachBinding } from './or-pat.js';
import { sliceShape } from './slice-pat.js';
import { derefTy, eraseRegions, placeTyIn, refTy } from './ty-util.js';
import { samePlace } from '../place-eq.js';

/**
 * Pattern matching. Arms are tested in order (a test chain per arm rather than rustc's decision
 * tree: the same reads of the scrutinee, in an order borrowck cannot tell apart), each arm's
 * pre-binding block has a false edge to the next arm's, and bindings are made only after all
 * tests of the arm passed; with a guard, by-reference bindings are made first and by-value ones
 * stand for their places until the guard succeeds.
 */

const ISIZE: Ty = { kind: 'int', int: 'isize' };
const USIZE: Ty = { kind: 'int', int: 'usize' };

export function lowerMatch(b: Builder, dest: Place, e: Expr & { kind: 'match' }): void {
  const scrT = mirror(b, e.scrutinee);
  const place = asPlace(b, scrT);
  push(b, { kind: 'placeMention', place }, e.scrutinee.span);
  b.scrutineeSpan = e.scrutinee.span;
  // Arm bodies may hold matches of their own: each arm's bindings are made with this site again.
  const site: MatchSite = { place, span: e.scrutinee.span };
  const n = e.arms.length;
  // As rustc: the fake read of the matched place sits in the block reached when no arm matches,
  // which only a refutable last arm leads to.
  const unreachableB = unreachableBlock(b, e.span);
  b.blocks[unreachableB]!.statements.push({ kind: { kind: 'fakeRead', cause: 'forMatchedPlace', place }, span: e.scrutinee.span });
  if (n === 0) {
    goto(b, unreachableB, e.span);
    return;
  }
  // One candidate per or-free alternative of each arm's pattern (with a guard, rustc splits even
  // or-patterns without bindings: the guard runs once per alternative).
  const cands: { readonly arm: number; readonly pat: Pat }[] = [];
  e.arms.forEach((arm, i) => {
    const alts = expandOrPatterns(b, arm.pat, arm.guard !== null);
    if (alts.length > 1) aliasOrBindings(b, arm.pat, canonicalBindings(b, arm.pat));
    for (const pat of alts) cands.push({ arm: i, pat });
  });
  const nc = cands.length;
  const tests = cands.map(() => newBlock(b));
  const pre = cands.map(() => newBlock(b));
  const join = newBlock(b);
  const hasGuard = e.arms.some((a) => a.guard !== null);
  const savedCollect = b.fakeCollect;
  const collect: FakeBorrowCollect | null = hasGuard ? { candidate: 0, tested: cands.map(() => []), bound: cands.map(() => []) } : null;
  b.fakeCollect = collect;
  goto(b, tests[0]!, e.scrutinee.span);
  for (let c = 0; c < nc; c++) {
    b.cur = tests[c]!;
    if (collect !== null) collect.candidate = c;
    testPattern(b, cands[c]!.pat, place, c + 1 < nc ? tests[c + 1]! : unreachableB, scrT.ty);
    goto(b, pre[c]!, cands[c]!.pat.span);
  }
  let fakes: readonly FakeBorrow[] = [];
  if (collect !== null) {
    for (let c = 0; c < nc; c++) {
      collect.candidate = c;
      bindPattern(b, cands[c]!.pat, place, -1, scrT.ty, 'collect');
    }
    fakes = fakeBorrowTemps(b, collect, e.scrutinee.span);
  }
  b.fakeCollect = savedCollect;
  for (let c = 0; c < nc;) {
    const armIndex = cands[c]!.arm;
    const arm = e.arms[armIndex]!;
    const armScope = pushScope(b, false, arm.span);
    const bodyB = newBlock(b);
    for (; c < nc && cands[c]!.arm === armIndex; c++) {
      const pat = cands[c]!.pat;
      b.cur = pre[c]!;
      const bindB = newBlock(b);
      if (c + 1 < nc) terminate(b, { kind: 'falseEdge', real: bindB, imaginary: pre[c + 1]! }, pat.span);
      else goto(b, bindB, pat.span);
      b.cur = bindB;
      if (arm.guard !== null) {
        const guard = arm.guard;
        if (unparen(guard).kind === 'let') throw new Unsupported(guard.span, '`if let` guard');
        b.matchSite = site;
        bindPattern(b, pat, place, armScope, scrT.ty, 'refOnly');
        // The matched places may not change while the guard runs: shallow fake borrows of them.
        for (const f of fakes) pushAssign(b, localPlace(f.temp), { kind: 'ref', borrow: 'shallow', place: f.place }, e.scrutinee.span);
        const gs = pushScope(b, true, guard.span);
        const op = asOperand(b, mirror(b, guard));
        const okB = newBlock(b);
        const failB = newBlock(b);
        switchBool(b, op, failB, okB, guard.span);
        b.cur = failB;
        emitScopeDrops(b, gs);
        emitScopeDrops(b, armScope);
        goto(b, c + 1 < nc ? tests[c + 1]! : unreachableB, guard.span);
        b.cur = okB;
        emitScopeDrops(b, gs);
        discardScope(b, gs);
        const guardEnd = endPoint(guard.span);
        for (const f of fakes) push(b, { kind: 'fakeRead', cause: 'forMatchGuard', place: localPlace(f.temp) }, guardEnd);
        for (const [binding, o] of b.bindingOverride) {
          const m = b.types.bindingModes[binding];
          if (o.base.kind === 'local' && m !== 'ref' && m !== 'refMut') push(b, { kind: 'fakeRead', cause: 'forGuardBinding', place: localPlace(o.base.local) }, guardEnd);
        }
        b.bindingOverride.clear();
        b.matchSite = site;
        bindPattern(b, pat, place, armScope, scrT.ty, 'valueOnly');
      } else {
        b.matchSite = site;
        bindPattern(b, pat, place, armScope, scrT.ty, 'all');
      }
      b.matchSite = null;
      goto(b, bodyB, pat.span);
    }
    b.cur = bodyB;
    intoTerminating(b, dest, arm.body);
    popScope(b, armScope);
    goto(b, join, arm.span);
  }
  b.cur = join;
}

/**
 * Tests `pat` against `place` and binds its variables in `scope`; an or-pattern with bindings tries
 * each alternative in turn. `refutable` (`if let`, `while let`, `let … else`): as rustc's
 * `lower_match_tree`, the last candidate's binding block has a false edge to `fail` as well.
 */
export function testAndBind(b: Builder, pat: Pat, place: Place, fail: BlockId, scope: number, ty: Ty, refutable = false): void {
  const alts = expandOrPatterns(b, pat);
  if (alts.length === 1) {
    testPattern(b, pat, place, fail, ty);
    if (refutable) {
      const bindB = newBlock(b);
      terminate(b, { kind: 'falseEdge', real: bindB, imaginary: fail }, pat.span);
      b.cur = bindB;
    }
    bindPattern(b, pat, place, scope, ty);
    return;
  }
  aliasOrBindings(b, pat, canonicalBindings(b, pat));
  // As rustc: the alternatives are tested in turn, and each one's binding block has a false edge
  // to the next one's, so borrowck sees every alternative's moves and borrows.
  const n = alts.length;
  const tests = alts.map(() => newBlock(b));
  const pre = alts.map(() => newBlock(b));
  const cont = newBlock(b);
  goto(b, tests[0]!, pat.span);
  alts.forEach((alt, k) => {
    b.cur = tests[k]!;
    testPattern(b, alt, place, k + 1 < n ? tests[k + 1]! : fail, ty);
    goto(b, pre[k]!, alt.span);
  });
  alts.forEach((alt, k) => {
    b.cur = pre[k]!;
    const bindB = newBlock(b);
    if (k + 1 < n) terminate(b, { kind: 'falseEdge', real: bindB, imaginary: pre[k + 1]! }, alt.span);
    else if (refutable) terminate(b, { kind: 'falseEdge', real: bindB, imaginary: fail }, alt.span);
    else goto(b, bindB, alt.span);
    b.cur = bindB;
    bindPattern(b, alt, place, scope, ty);
    goto(b, cont, alt.span);
  });
  b.cur = cont;
}

/** Whether the pattern has or-alternatives that bind variables (and so needs `testAndBind`). */
export function hasOrBindings(b: Builder, pat: Pat): boolean {
  return expandOrPatterns(b, pat).length > 1;
}

interface FakeBorrow { readonly place: Place; readonly temp: Local }


/**
 * rustc's `collect_fake_borrows`: per candidate, the dereferenced prefixes of the places its
 * bindings read, then each place its tests switch on with its dereferenced prefixes; one `&fake
 * shallow` temporary each, in that order.
 */
function fakeBorrowTemps(b: Builder, collect: FakeBorrowCollect, span: Span): FakeBorrow[] {
  const places: Place[] = [];
  const add = (p: Place): boolean => {
    if (places.some((q) => samePlace(q, p))) return false;
    places.push(p);
    return true;
  };
  const derefPrefixes = (p: Place): void => {
    for (let i = p.projection.length - 1; i >= 0; i--) {
      if (p.projection[i]!.kind !== 'deref') continue;
      if (!add({ local: p.local, projection: p.projection.slice(0, i) })) return;
    }
  };
  collect.tested.forEach((tested, c) => {
    for (const p of collect.bound[c]!) derefPrefixes(p);
    for (const p of tested) if (add(p)) derefPrefixes(p);
  });
  return places.map((place) => ({ place, temp: newTemp(b, refTy(placeTyIn(b.tcx, b.locals, place), false), span) }));
}

/** Records a place a pattern test switches on, while a match with guards collects its fake borrows. */
function noteTested(b: Builder, place: Place): void {
  const fc = b.fakeCollect;
  if (fc === null) return;
  const list = fc.tested[fc.candidate]!;
  if (!list.some((p) => samePlace(p, place))) list.push(place);
}

/** Name → binding of the first alternative: the bindings uses in the arm resolve to. */
function canonicalBindings(b: Builder, pat: Pat): Map<string, NodeId> {
  const m = new Map<string, NodeId>();
  forEachBinding(b, pat, (p) => { if (!m.has(p.name.name)) m.set(p.name.name, p.id); }, false);
  return m;
}

// ---------------------------------------------------------------------------------------------
// Tests

function peel(b: Builder, pat: Pat, place: Place, ty: Ty): { place: Place; ty: Ty } {
  const adj = b.types.patAdjustments[pat.id];
  let p = place;
  let t = ty;
  if (adj !== undefined) {
    for (const r of adj) {
      p = project(p, DEREF);
      const rt = eraseRegions(r);
      t = rt.kind === 'ref' ? rt.inner : derefTy(b.tcx, t);
    }
  }
  if (t.kind === 'error') {
    const pt = b.types.patTypes[pat.id];
    if (pt !== undefined) t = eraseRegions(pt);
  }
  return { place: p, ty: t };
}

function ctorOf(b: Builder, pat: Pat): (Res & { kind: 'ctor' }) | null {
  const r = b.types.resolutions[pat.id];
  return r !== undefined && r.kind === 'ctor' ? r : null;
}

/** Emits the tests of `pat` against `place` into the current block: falls through on a match, jumps to `fail` otherwise. */
export function testPattern(b: Builder, pat: Pat, place0: Place, fail: BlockId, ty0: Ty = ERROR): void {
  const { place, ty } = peel(b, pat, place0, ty0);
  switch (pat.kind) {
    case 'wild': case 'rest': return;
    case 'ident': {
      const r = b.types.resolutions[pat.id];
      if (r !== undefined && r.kind === 'ctor') return variantTest(b, r, place, pat.span, fail);
      if (r !== undefined && r.kind === 'def') return constTest(b, place, ty, { kind: 'const', value: { kind: 'item', def: r.def }, ty }, pat.span, fail);
      if (pat.sub !== null) testPattern(b, pat.sub, place, fail, ty);
      return;
    }
    case 'lit': return litTest(b, place, ty, pat.expr, pat.span, fail);
    case 'range': return rangeTest(b, place, ty, pat, fail);
    case 'tuple':
      forEachPositional(pat.elems, ty.kind === 'tuple' ? ty.elems.length : pat.elems.length, (p, i) => {
        testPattern(b, p, project(place, { kind: 'field', index: i, name: String(i), ty: fieldTyOf(b, ty, 0, i) }), fail, fieldTyOf(b, ty, 0, i));
      });
      return;
    case 'tupleStruct': case 'struct': case 'path': {
      const r = ctorOf(b, pat);
      if (r === null) {
        const d = b.types.resolutions[pat.id];
        if (pat.kind === 'path' && d !== undefined && d.kind === 'def') {
          const user = userSelfOf(b, pat);
          return constTest(b, place, ty, { kind: 'const', value: user === null ? { kind: 'item', def: d.def } : { kind: 'item', def: d.def, userSelfTy: user, userSpan: pat.span }, ty }, pat.span, fail);
        }
        throw new Unsupported(pat.span, 'pattern without a resolved struct or variant');
      }
      variantTest(b, r, place, pat.span, fail);
      if (pat.kind === 'path') return;
      forEachField(b, pat, r, place, ty, (p, fp, fty) => testPattern(b, p, fp, fail, fty));
      return;
    }
    case 'ref': case 'box': testPattern(b, pat.inner, project(place, DEREF), fail, derefTy(b.tcx, ty)); return;
    case 'paren': testPattern(b, pat.inner, place, fail, ty); return;
    case 'or': {
      if (pat.alts.some((a) => hasBindings(b, a))) throw new Unsupported(pat.span, 'or-pattern with bindings');
      const cont = newBlock(b);
      pat.alts.forEach((alt, i) => {
        const next = i + 1 < pat.alts.length ? newBlock(b) : fail;
        testPattern(b, alt, place, next, ty);
        goto(b, cont, alt.span);
        b.cur = next;
      });
      b.cur = cont;
      return;
    }
    case 'slice': {
      const shape = sliceShape(pat, ty);
      if (!shape.exact) {
        noteTested(b, place);
        // rustc reads the length through a fake raw borrow (a shallow read of the slice's length).
        const len = newTemp(b, USIZE, pat.span);
        pushAssign(b, localPlace(len), { kind: 'len', place }, b.scrutineeSpan);
        const min: Operand = { kind: 'const', value: { kind: 'int', value: BigInt(shape.minLength) }, ty: USIZE };
        compareTest(b, shape.hasRest ? 'Ge' : 'Eq', { kind: 'move', place: localPlace(len) }, min, pat.span, fail);
      }
      for (const el of shape.elems) testPattern(b, el.pat, project(place, el.elem), fail, el.ty);
      return;
    }
    case 'macro': throw new Unsupported(pat.span, 'macro in pattern position');
    case 'err': throw new Unsupported(pat.span, 'erroneous pattern');
    default: return assertNever(pat);
  }
}

function forEachPositional(elems: readonly Pat[], arity: number, f: (p: Pat, index: number) => void): void {
  const rest = elems.findIndex((p) => p.kind === 'rest');
  elems.forEach((p, i) => {
    if (p.kind === 'rest') return;
    f(p, rest < 0 || i < rest ? i : arity - (elems.length - i));
  });
}

/** Calls `f` for each field subpattern with its place (through a downcast for enum variants). */
function forEachField(b: Builder, pat: Pat & { kind: 'tupleStruct' | 'struct' }, r: Res & { kind: 'ctor' }, place: Place, ty: Ty, f: (p: Pat, fieldPlace: Place, fty: Ty) => void): void {
  const adt = b.tcx.adt(r.adt);
  const variant = adt.variants[r.variant];
  if (variant === undefined) throw new Unsupported(pat.span, 'pattern of an unknown variant');
  const base = adt.kind === 'enum' ? project(place, { kind: 'downcast', variant: r.variant, name: variant.name }) : place;
  const fieldPlace = (i: number): { p: Place; t: Ty } => {
    const fty = fieldTyOf(b, ty, r.variant, i);
    const elem: ProjectionElem = { kind: 'field', index: i, name: fieldName(b, ty, r.variant, i), ty: fty };
    return { p: project(base, elem), t: fty };
  };
  if (pat.kind === 'tupleStruct') {
    forEachPositional(pat.elems, variant.fields.length, (p, i) => {
      const x = fieldPlace(i);
      f(p, x.p, x.t);
    });
  } else {
    for (const fp of pat.fields) {
      const i = b.types.fieldIndices[fp.id] ?? variant.fields.findIndex((d) => d.name === fp.name.name);
      if (i < 0) throw new Unsupported(fp.span, 'unknown field in pattern');
      const x = fieldPlace(i);
      f(fp.pat, x.p, x.t);
    }
  }
}

function variantTest(b: Builder, r: Res & { kind: 'ctor' }, place: Place, span: Span, fail: BlockId): void {
  const adt = b.tcx.adt(r.adt);
  if (adt.kind !== 'enum' || adt.variants.length <= 1) return;
  noteTested(b, place);
  const d = newTemp(b, ISIZE, span);
  pushAssign(b, localPlace(d), { kind: 'discriminant', place }, b.scrutineeSpan);
  const cont = newBlock(b);
  terminate(b, { kind: 'switchInt', discr: { kind: 'move', place: localPlace(d) }, values: [BigInt(r.variant)], targets: [cont], otherwise: fail }, span);
  b.cur = cont;
}

function litValue(e: Expr): bigint | null {
  const x = unparen(e);
  if (x.kind === 'lit') {
    const l = x.lit;
    if (l.kind === 'int') return l.value;
    if (l.kind === 'bool') return l.value ? 1n : 0n;
    if (l.kind === 'char') return BigInt(l.value.codePointAt(0) ?? 0);
    if (l.kind === 'byte') return BigInt(l.value);
    return null;
  }
  if (x.kind === 'unary' && x.op === 'neg') {
    const v = litValue(x.operand);
    return v === null ? null : -v;
  }
  return null;
}

function litTest(b: Builder, place: Place, ty: Ty, e: Expr, span: Span, fail: BlockId): void {
  noteTested(b, place);
  const v = litValue(e);
  if (v !== null && (ty.kind === 'int' || ty.kind === 'bool' || ty.kind === 'char')) {
    const cont = newBlock(b);
    terminate(b, { kind: 'switchInt', discr: { kind: 'copy', place }, values: [v], targets: [cont], otherwise: fail }, b.scrutineeSpan);
    b.cur = cont;
    return;
  }
  const s = pushScope(b, false, span);
  const c = asOperand(b, mirror(b, e));
  popScope(b, s);
  constTest(b, place, ty, c, span, fail);
}

function constTest(b: Builder, place: Place, _ty: Ty, c: Operand, span: Span, fail: BlockId): void {
  noteTested(b, place);
  compareTest(b, 'Eq', { kind: 'copy', place }, c, span, fail);
}

function compareTest(b: Builder, op: 'Eq' | 'Le' | 'Lt' | 'Ge', l: Operand, r: Operand, span: Span, fail: BlockId): void {
  const t = newTemp(b, BOOL, span);
  pushAssign(b, localPlace(t), { kind: 'binary', op, lhs: l, rhs: r }, b.scrutineeSpan);
  const cont = newBlock(b);
  switchBool(b, { kind: 'move', place: localPlace(t) }, fail, cont, span);
  b.cur = cont;
}

function rangeTest(b: Builder, place: Place, ty: Ty, pat: Pat & { kind: 'range' }, fail: BlockId): void {
  noteTested(b, place);
  const bound = (e: Expr): Operand => {
    const v = litValue(e);
    if (v !== null && ty.kind === 'int') return { kind: 'const', value: { kind: 'int', value: v }, ty };
    if (v !== null && ty.kind === 'char') return { kind: 'const', value: { kind: 'char', value: String.fromCodePoint(Number(v)) }, ty };
    const s = pushScope(b, false, e.span);
    const o = asOperand(b, mirror(b, e));
    popScope(b, s);
    return o;
  };
  if (pat.lo !== null) compareTest(b, 'Le', bound(pat.lo), { kind: 'copy', place }, pat.span, fail);
  if (pat.hi !== null) compareTest(b, pat.inclusive ? 'Le' : 'Lt', { kind: 'copy', place }, bound(pat.hi), pat.span, fail);
}

// ---------------------------------------------------------------------------------------------
// Bindings

export function hasBindings(b: Builder, pat: Pat): boolean {
  let found = false;
  forEachBinding(b, pat, () => { found = true; }, false);
  return found;
}


function modeOf(b: Builder, pat: Pat & { kind: 'ident' }, ty: Ty): 'move' | 'copy' | 'ref' | 'refMut' {
  const m = b.types.bindingModes[pat.id];
  if (m !== undefined) return m;
  if (pat.byRef) return pat.mut ? 'refMut' : 'ref';
  return b.tcx.isCopy(ty, b.types.owner) ? 'copy' : 'move';
}

/** `ref mut x` of `ref mut x @ pat`: where rustc puts a binding's declaration and assignment. */
function bindingSpan(pat: Pat & { kind: 'ident' }): Span {
  return pat.sub === null ? pat.span : { lo: pat.span.lo, hi: pat.name.span.hi };
}

/** Creates the local of a user variable. */
export function declareVar(b: Builder, pat: Pat & { kind: 'ident' }, simpleLet = false): Local {
  const bt = b.types.bindingTypes[pat.id] ?? b.types.patTypes[pat.id];
  const ty = bt === undefined ? ERROR : eraseRegions(bt);
  const mode = modeOf(b, pat, ty);
  const local = pushLocal(b, {
    ty, mutable: pat.mut && !pat.byRef, kind: 'user', name: pat.name.name, span: bindingSpan(pat), binding: pat.id,
    bindingMode: mode === 'ref' ? 'ref' : mode === 'refMut' ? 'refMut' : 'value', tempInfo: null, ...(simpleLet ? { simpleLet } : {}),
    ...(!simpleLet && b.matchSite !== null ? { matchSite: b.matchSite } : {}),
  });
  b.varLocal.set(pat.id, local);
  return local;
}

/** `let x;` / `let (a, b);`: the variables exist (storage, scheduled drops) but hold nothing yet. */
export function declareBindings(b: Builder, pat: Pat, scope: number): void {
  forEachBinding(b, pat, (p) => {
    const local = declareVar(b, p);
    push(b, { kind: 'storageLive', local }, p.span);
    scheduleStorageDead(b, scope, local);
    scheduleDrop(b, scope, local);
  }, false);
}

/** Which bindings to make: all, those a guard sees first (by reference), the by-value ones after it, or none (record their places for fake borrows). */
type BindWhich = 'all' | 'refOnly' | 'valueOnly' | 'collect';

/** Binds the variables of `pat` (already known to match `place`), scheduling their drops in `scope`. */
export function bindPattern(b: Builder, pat: Pat, place0: Place, scope: number, ty0: Ty = ERROR, which: BindWhich = 'all'): void {
  const { place, ty } = peel(b, pat, place0, ty0);
  switch (pat.kind) {
    case 'ident': {
      const r = b.types.resolutions[pat.id];
      if (r === undefined || r.kind === 'local') bindOne(b, pat, place, ty, scope, which);
      if (pat.sub !== null) bindPattern(b, pat.sub, place, scope, ty, which);
      return;
    }
    case 'tuple':
      forEachPositional(pat.elems, ty.kind === 'tuple' ? ty.elems.length : pat.elems.length, (p, i) => {
        const fty = fieldTyOf(b, ty, 0, i);
        bindPattern(b, p, project(place, { kind: 'field', index: i, name: String(i), ty: fty }), scope, fty, which);
      });
      return;
    case 'tupleStruct': case 'struct': {
      const r = ctorOf(b, pat);
      if (r === null) throw new Unsupported(pat.span, 'pattern without a resolved struct or variant');
      forEachField(b, pat, r, place, ty, (p, fp, fty) => bindPattern(b, p, fp, scope, fty, which));
      return;
    }
    case 'ref': case 'box': bindPattern(b, pat.inner, project(place, DEREF), scope, derefTy(b.tcx, ty), which); return;
    case 'paren': bindPattern(b, pat.inner, place, scope, ty, which); return;
    case 'or': if (pat.alts.some((a) => hasBindings(b, a))) throw new Unsupported(pat.span, 'or-pattern with bindings'); return;
    case 'slice':
      for (const el of sliceShape(pat, ty).elems) bindPattern(b, el.pat, project(place, el.elem), scope, el.ty, which);
      return;
    case 'wild': case 'rest': case 'lit': case 'range': case 'path': return;
    case 'macro': case 'err': throw new Unsupported(pat.span, 'unsupported pattern');
    default: return assertNever(pat);
  }
}

function bindOne(b: Builder, pat: Pat & { kind: 'ident' }, place: Place, ty: Ty, scope: number, which: BindWhich): void {
  const mode = modeOf(b, pat, ty);
  const byRef = mode === 'ref' || mode === 'refMut';
  if (which === 'collect') {
    const fc = b.fakeCollect;
    if (fc !== null) fc.bound[fc.candidate]!.push(place);
    return;
  }
  // A later or-pattern alternative binds the first alternative's variable.
  const key = b.bindingAlias.get(pat.id) ?? pat.id;
  if (which === 'refOnly') {
    // rustc's `RefWithinGuard`: the guard sees every binding through a shared reference, to the
    // bound place for a by-value binding (bound for real after the guard), to the variable for a
    // by-reference one (bound before the guard).
    let target = place;
    if (byRef) {
      bindValue(b, pat, place, ty, scope, key, mode);
      target = localPlace(b.varLocal.get(key)!);
    }
    const span = bindingSpan(pat);
    const r = pushLocal(b, { ty: refTy(placeTyIn(b.tcx, b.locals, target), false), mutable: false, kind: 'user', name: pat.name.name, span, binding: null, bindingMode: 'refForGuard', tempInfo: null });
    push(b, { kind: 'storageLive', local: r }, span);
    scheduleStorageDead(b, scope, r);
    pushAssign(b, localPlace(r), { kind: 'ref', borrow: 'shared', place: target }, span);
    b.bindingOverride.set(key, { base: { kind: 'local', local: r }, projection: [DEREF] });
    return;
  }
  if (which === 'valueOnly' && byRef) return;
  bindValue(b, pat, place, ty, scope, key, mode);
}

function bindValue(b: Builder, pat: Pat & { kind: 'ident' }, place: Place, ty: Ty, scope: number, key: NodeId, mode: 'move' | 'copy' | 'ref' | 'refMut'): void {
  const byRef = mode === 'ref' || mode === 'refMut';
  // rustc rejects binding an unsized subslice by value (E0277) before borrowck.
  if (!byRef && ty.kind === 'slice') throw new Unsupported(pat.span, 'by-value binding of a subslice of a slice');
  const known = b.varLocal.get(key);
  const local = known ?? declareVar(b, pat);
  if (known === undefined && key !== pat.id) b.varLocal.set(key, local);
  const span = bindingSpan(pat);
  push(b, { kind: 'storageLive', local }, span);
  if (known === undefined) scheduleStorageDead(b, scope, local);
  const dest = localPlace(local);
  switch (mode) {
    case 'move': pushAssign(b, dest, { kind: 'use', operand: { kind: 'move', place } }, span); break;
    case 'copy': pushAssign(b, dest, { kind: 'use', operand: { kind: 'copy', place } }, span); break;
    case 'ref': pushAssign(b, dest, { kind: 'ref', borrow: 'shared', place }, span); break;
    case 'refMut': pushAssign(b, dest, { kind: 'ref', borrow: 'mut', place }, span); break;
    default: assertNever(mode);
  }
  if (known === undefined) scheduleDrop(b, scope, local);
}

export { BOOL };
