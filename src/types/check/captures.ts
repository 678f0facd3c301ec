import type { Expr, NodeId, Pat } from '../../syntax/ast.js';
import type { Span } from '../../syntax/span.js';
import type { CapturedPlace, CaptureProjection, ClosureFakeRead, ClosureInfo, ClosureKind } from '../results.js';
import type { Ty } from '../ty.js';
import { ERASED, ERROR } from '../ty.js';
import type { Fcx } from './fcx.js';
import { res } from './fcx.js';

/**
 * Closure capture analysis as rustc's edition-2021 `upvar` pass: each use of a variable from
 * outside the closure is a place (the variable, then fields and dereferences of references and
 * boxes; an overloaded or raw-pointer dereference ends the place and borrows what is before it)
 * with a capture kind (by value, unique, mutable or shared borrow). The places are then
 * adjusted as rustc does (a deref of a shared reference ends a place; moves and `move`
 * closures stop at the first dereference; a by-value capture does not go into a `Drop` type)
 * and merged into minimal captures: an ancestor place absorbs its descendants, with the
 * strongest kind (a mutable borrow through a `&mut` becomes unique when truncated above it).
 * The closure kind follows from moves and mutations.
 */
type UseMode = 'value' | 'ref' | 'mut';
type CaptureMode = 'byValue' | 'byRef' | 'byMutRef' | 'byUniqueRef';

/** One projection of a captured place, with the type it leads to (derefs say what they go through). */
type Step =
  | { readonly kind: 'field'; readonly index: number; readonly name: string; readonly ty: Ty }
  | { readonly kind: 'deref'; readonly ptr: 'shared' | 'mut' | 'box'; readonly ty: Ty };

interface Use {
  root: NodeId;
  steps: Step[];
  mode: CaptureMode;
  span: Span;
  name: string;
  moves: boolean;
  mutates: boolean;
}

const RANK: Readonly<Record<CaptureMode, number>> = { byRef: 0, byUniqueRef: 1, byMutRef: 2, byValue: 3 };

/** rustc's `truncate_place_to_len_and_update_capture_kind`: a `&mut` borrow cut above a `&mut` deref is unique. */
function truncate(u: Use, len: number): void {
  if (len >= u.steps.length) return;
  if (u.mode === 'byMutRef' && u.steps.slice(len).some((s) => s.kind === 'deref' && s.ptr === 'mut')) u.mode = 'byUniqueRef';
  u.steps = u.steps.slice(0, len);
}

/** A captured place as rustc prints it: `x`, `x.f`, `*x`, `x.f` for `(*x).f`. */
function placeName(root: string, steps: readonly Step[]): string {
  let name = root;
  steps.forEach((st, i) => {
    if (st.kind === 'field') name = `${name}.${st.name}`;
    else if (steps[i + 1]?.kind !== 'field') name = `*${name}`;
  });
  return name;
}

/** Per closure: its captured places with their steps, for the closures around it. */
const captureSteps = new WeakMap<Fcx, Map<NodeId, Step[][]>>();

export function analyzeClosure(fcx: Fcx, c: Expr & { kind: 'closure' }): void {
  const depth = closureDepth(fcx, c.id);
  const uses: Use[] = [];
  const fakeReads: ClosureFakeRead[] = [];
  const isOuter = (b: NodeId): boolean => (fcx.bindingDepth.get(b) ?? 0) < depth && !declaredInside(fcx, b, c.id);
  const copy = (t: Ty): boolean => {
    const r = res(fcx, t);
    // A closure's type learns its upvars only once its own captures are analysed: judge by those.
    if (r.kind === 'closure') {
      const ups = fcx.closureUpvars.get(r.node);
      return ups !== undefined && ups.every((u) => fcx.tcx.isCopy(res(fcx, u), fcx.owner));
    }
    return fcx.tcx.isCopy(r, fcx.owner);
  };
  const tyOf = (id: NodeId): Ty => res(fcx, fcx.t.exprTypes[id] ?? ERROR);
  const derefStep = (from: Ty, to: Ty): Step | null => {
    if (from.kind === 'ref') return { kind: 'deref', ptr: from.mut ? 'mut' : 'shared', ty: res(fcx, to) };
    if (from.kind === 'adt' && fcx.tcx.adt(from.def).isBox) return { kind: 'deref', ptr: 'box', ty: res(fcx, to) };
    return null;
  };
  /** The built-in derefs of an expression's adjustments; null at an overloaded one (the place ends there). */
  const adjustmentSteps = (id: NodeId, out: Step[]): boolean => {
    const adj = fcx.t.adjustments[id];
    if (adj === undefined) return true;
    let cur = tyOf(id);
    for (const a of adj) {
      if (a.kind !== 'deref') break;
      const st = a.overloaded === null ? derefStep(cur, a.target) : null;
      if (st === null) return false;
      out.push(st);
      cur = res(fcx, a.target);
    }
    return true;
  };
  /** The place an expression names: a captured root and its steps; `cut` when an overloaded deref ends it early. */
  const placeOf = (x: Expr): { root: NodeId; steps: Step[]; cut: boolean } | null => {
    switch (x.kind) {
      case 'paren': return placeOf(x.inner);
      case 'path': {
        const r = fcx.t.resolutions[x.id];
        if (!r || r.kind !== 'local' || !isOuter(r.binding)) return null;
        return { root: r.binding, steps: [], cut: false };
      }
      case 'field': {
        const b = placeOf(x.base);
        if (b === null || b.cut) return b;
        if (!adjustmentSteps(x.base.id, b.steps)) return { ...b, cut: true };
        const idx = fcx.t.fieldIndices[x.id];
        if (idx === undefined) return { ...b, cut: true };
        b.steps.push({ kind: 'field', index: idx, name: x.name.name, ty: tyOf(x.id) });
        return b;
      }
      case 'unary': {
        if (x.op !== 'deref') return null;
        const b = placeOf(x.operand);
        if (b === null || b.cut) return b;
        if (!adjustmentSteps(x.operand.id, b.steps)) return { ...b, cut: true };
        const ot = fcx.t.adjustments[x.operand.id]?.filter((a) => a.kind === 'deref').at(-1)?.target ?? tyOf(x.operand.id);
        const st = fcx.t.methodCallees[x.id] ? null : derefStep(res(fcx, ot), tyOf(x.id));
        if (st === null) return { ...b, cut: true };
        b.steps.push(st);
        return b;
      }
      default: return null;
    }
  };

  /** Records a use of a captured place with rustc's adjustments; false if `e` is not such a place. */
  const record = (root: NodeId, steps: Step[], kind: CaptureMode, span: Span): void => {
    const u: Use = { root, steps, mode: kind, span, name: '', moves: kind === 'byValue', mutates: kind === 'byMutRef' || kind === 'byUniqueRef' };
    // `truncate_capture_for_optimization`: nothing past a deref of a shared reference.
    const lastDeref = u.steps.map((st) => st.kind === 'deref').lastIndexOf(true);
    if (lastDeref >= 0 && (u.steps[lastDeref] as Step & { kind: 'deref' }).ptr === 'shared') truncate(u, lastDeref + 1);
    u.name = placeName(fcx.bindingNames.get(root) ?? '_', u.steps);
    // `move` closures take everything by value up to the first deref; moves stop there too.
    const firstDeref = u.steps.findIndex((st) => st.kind === 'deref');
    if (c.move || u.mode === 'byValue') {
      if (firstDeref >= 0) truncate(u, firstDeref);
      u.mode = 'byValue';
      // `restrict_precision_for_drop_types`: no moving a non-Copy field out of a `Drop` type.
      const rootTy = res(fcx, fcx.t.bindingTypes[root] ?? ERROR);
      const placeTy = u.steps.length > 0 ? u.steps[u.steps.length - 1]!.ty : rootTy;
      const dropAt = copy(placeTy) ? -1 : u.steps.findIndex((st, i) => st.kind === 'field' && fcx.tcx.hasDropImpl(i === 0 ? rootTy : u.steps[i - 1]!.ty));
      if (dropAt >= 0) truncate(u, dropAt);
    }
    uses.push(u);
  };

  const usePlace = (e: Expr, mode: UseMode, viaDeref = false): boolean => {
    // `e` (or `*e` when a pattern derefs it: `viaDeref`) as a place rooted at a captured variable.
    const p = placeOf(e);
    if (p === null) return false;
    let steps = p.steps;
    let m: UseMode = mode;
    let cut = p.cut;
    if (!cut && !adjustmentSteps(e.id, steps)) cut = true;
    if (!cut && viaDeref) {
      const st = derefStep(tyOf(e.id), ERROR);
      if (st === null) cut = true;
      else {
        const et = tyOf(e.id);
        steps.push({ ...st, ty: et.kind === 'ref' ? et.inner : et.kind === 'adt' ? res(fcx, et.args.types[0] ?? ERROR) : ERROR });
      }
    }
    // What is before an overloaded deref is borrowed for it (`Deref::deref(&x)` or `deref_mut`).
    if (cut) m = mode === 'mut' ? 'mut' : 'ref';
    steps = [...steps];
    const rootTy = res(fcx, fcx.t.bindingTypes[p.root] ?? ERROR);
    const placeTy = steps.length > 0 ? steps[steps.length - 1]!.ty : rootTy;
    const kind: CaptureMode = m === 'value' ? (copy(placeTy) ? 'byRef' : 'byValue') : m === 'mut' ? 'byMutRef' : 'byRef';
    const len = steps.length;
    record(p.root, steps, kind, e.span);
    if (viaDeref && !cut) {
      // The MIR matches on the scrutinee itself: capture it, not the place a pattern derefs to.
      const u = uses[uses.length - 1]!;
      truncate(u, Math.min(u.steps.length, len - 1));
      u.name = placeName(fcx.bindingNames.get(p.root) ?? '_', u.steps);
    }
    return true;
  };

  const visit = (e: Expr | null, mode: UseMode): void => {
    if (!e) return;
    const adj = fcx.t.adjustments[e.id];
    if (adj && adj.length > 0) {
      const borrow = adj.find((a) => a.kind === 'borrow');
      const firstDeref = adj[0]!.kind === 'deref';
      if (borrow && borrow.kind === 'borrow') mode = borrow.mut ? 'mut' : 'ref';
      else if (firstDeref && mode !== 'mut') mode = 'ref';
    }
    switch (e.kind) {
      case 'path':
      case 'field':
        if (usePlace(e, mode)) return;
        if (e.kind === 'field') visit(e.base, mode === 'value' ? 'value' : mode);
        return;
      case 'unary':
        if (e.op === 'deref') {
          if (usePlace(e, mode)) return;
          visit(e.operand, 'ref');
          return;
        }
        visit(e.operand, 'value');
        return;
      case 'paren': visit(e.inner, mode); return;
      case 'ref': visit(e.operand, e.mut ? 'mut' : 'ref'); return;
      case 'assign': visit(e.lhs, 'mut'); visit(e.rhs, 'value'); return;
      case 'assignOp': visit(e.lhs, 'mut'); visit(e.rhs, 'value'); return;
      case 'binary': {
        const overloadedCmp = fcx.t.methodCallees[e.id] && ['==', '!=', '<', '<=', '>', '>='].includes(e.op);
        visit(e.lhs, overloadedCmp ? 'ref' : 'value');
        visit(e.rhs, overloadedCmp ? 'ref' : 'value');
        return;
      }
      case 'index': {
        visit(e.base, mode === 'mut' ? 'mut' : 'ref');
        visit(e.index, 'value');
        return;
      }
      case 'methodCall': visit(e.receiver, 'value'); e.args.forEach((a) => visit(a, 'value')); return;
      case 'call': {
        const ct = res(fcx, fcx.t.exprTypes[e.callee.id] ?? ERROR);
        let cm: UseMode = 'value';
        if (ct.kind === 'closure') {
          const k = fcx.closureKinds.get(ct.node);
          cm = k === 'FnOnce' ? 'value' : k === 'FnMut' ? 'mut' : 'ref';
        } else {
          // Through an Fn bound, a `dyn Fn*` or a `Box` of one: the receiver the trait's method takes.
          const pc = fcx.pendingCalls.find((p) => p.call === e.id);
          if (pc !== undefined && pc.trait !== null) cm = pc.trait === 'FnOnce' ? 'value' : pc.trait === 'FnMut' ? 'mut' : 'ref';
          else if (ct.kind === 'param' || ct.kind === 'opaque') cm = 'ref';
        }
        visit(e.callee, cm);
        e.args.forEach((a) => visit(a, 'value'));
        return;
      }
      case 'lit': case 'continue': case 'err': return;
      case 'tuple': case 'array': e.elems.forEach((x) => visit(x, 'value')); return;
      case 'repeat': visit(e.elem, 'value'); return;
      case 'struct': e.fields.forEach((f) => visit(f.expr, 'value')); visit(e.base, 'value'); return;
      case 'block': visitBlock(e.block); return;
      case 'if': visit(e.cond, 'value'); visitBlock(e.then); visit(e.else, 'value'); return;
      case 'let': fakeRead(e.scrutinee, 'let'); visitScrutinee(e.scrutinee, [e.pat]); return;
      case 'while': visit(e.cond, 'value'); visitBlock(e.body); return;
      case 'loop': visitBlock(e.body); return;
      case 'for': visit(e.iter, 'value'); visitBlock(e.body); return;
      case 'match': fakeRead(e.scrutinee, 'match'); visitScrutinee(e.scrutinee, e.arms.map((a) => a.pat)); e.arms.forEach((a) => { visit(a.guard, 'value'); visit(a.body, 'value'); }); return;
      case 'closure': {
        const inner = fcx.t.closures[e.id];
        const innerSteps = captureSteps.get(fcx)?.get(e.id);
        if (!inner || innerSteps === undefined) return;
        inner.captures.forEach((cp, i) => {
          if (!isOuter(cp.root)) return;
          const steps = [...(innerSteps[i] ?? [])];
          const kind: CaptureMode = cp.mode === 'byValue' && copy(cp.ty) ? 'byRef' : cp.mode;
          record(cp.root, steps, kind, cp.span);
        });
        return;
      }
      case 'break': case 'return': visit(e.value, 'value'); return;
      case 'range': visit(e.lo, 'value'); visit(e.hi, 'value'); return;
      case 'cast': visit(e.operand, 'value'); return;
      case 'try': visit(e.operand, 'value'); return;
      case 'await': visit(e.operand, 'value'); return;
      case 'macro': {
        const x = e.expansion;
        if (!x) return;
        if (x.kind === 'format') { visit(x.dest, 'mut'); x.args.forEach((a) => visit(a.expr, 'ref')); }
        else if (x.kind === 'vec') x.elems.forEach((a) => visit(a, 'value'));
        else if (x.kind === 'vecRepeat') { visit(x.elem, 'value'); visit(x.count, 'value'); }
        else if (x.kind === 'assert') visit(x.cond, 'value');
        else if (x.kind === 'assertCmp') { visit(x.left, 'ref'); visit(x.right, 'ref'); }
        else if (x.kind === 'matches') visit(x.scrutinee, 'ref');
        else if (x.kind === 'dbg') x.args.forEach((a) => visit(a, 'value'));
        else if (x.kind === 'expr') visit(x.expr, mode);
        return;
      }
      default: {
        const never: never = e;
        return never;
      }
    }
  };
  /** rustc's `fake_read` of an initialiser or scrutinee that is a place rooted at a captured variable. */
  const fakeRead = (e: Expr | null, cause: 'let' | 'match'): void => {
    if (e === null) return;
    const p = placeOf(e);
    if (p === null || p.cut) return;
    const steps = [...p.steps];
    if (!adjustmentSteps(e.id, steps)) return;
    // rustc's `cat_expr`: an expression adjusted by a borrow (a reborrow coercion `&*r`), an
    // unsizing or a never-to-any is an rvalue, no place of the closure's environment to read.
    if ((fcx.t.adjustments[e.id] ?? []).some((a) => a.kind !== 'deref')) return;
    fakeReads.push({ root: p.root, projections: steps.map((st): CaptureProjection => (st.kind === 'field' ? { kind: 'field', index: st.index, name: st.name } : { kind: 'deref' })), cause, span: e.span });
  };
  const visitBlock = (b: { stmts: readonly import('../../syntax/ast.js').Stmt[]; tail: Expr | null }): void => {
    for (const s of b.stmts) {
      if (s.kind === 'let') {
        fakeRead(s.init, 'let');
        // Edition 2021: `let _ = place;` neither reads nor captures the place.
        const isPlace = (x: Expr | null): boolean => x !== null && (x.kind === 'path' || x.kind === 'field' || (x.kind === 'unary' && x.op === 'deref') || (x.kind === 'paren' && isPlace(x.inner)));
        if (s.pat.kind === 'wild' && s.else === null && isPlace(s.init)) continue;
        if (s.pat.kind === 'ident' && s.pat.sub === null && !s.pat.byRef) visit(s.init, 'value'); else visitScrutinee(s.init, [s.pat]);
        if (s.else) visitBlock(s.else);
      } else if (s.kind === 'expr') visit(s.expr, 'value');
    }
    visit(b.tail, 'value');
  };
  /** How a pattern uses the place it matches: moves out of it, borrows part of it mutably (`ref mut`), or only reads. */
  const patMode = (p: Pat): UseMode => {
    let mode: UseMode = 'ref';
    const walk = (q: Pat): void => {
      switch (q.kind) {
        case 'ident': {
          const bm = fcx.t.bindingModes[q.id];
          if (bm === 'move' && !copy(fcx.t.bindingTypes[q.id] ?? ERROR)) mode = 'value';
          else if (bm === 'refMut' && mode === 'ref') mode = 'mut';
          if (q.sub) walk(q.sub);
          return;
        }
        case 'tuple': case 'tupleStruct': case 'slice': q.elems.forEach(walk); return;
        case 'struct': q.fields.forEach((f) => walk(f.pat)); return;
        case 'ref': case 'box': case 'paren': walk(q.inner); return;
        case 'or': q.alts.forEach(walk); return;
        default: return;
      }
    };
    walk(p);
    return mode;
  };
  const strongest = (modes: readonly UseMode[]): UseMode => (modes.includes('value') ? 'value' : modes.includes('mut') ? 'mut' : 'ref');
  /** A matched expression: used as its patterns use it, through the references default binding modes peel. */
  const visitScrutinee = (e: Expr | null, pats: readonly Pat[]): void => {
    if (!e) return;
    const mode = strongest(pats.map(patMode));
    const peels = pats.some((p) => (fcx.t.patAdjustments[p.id]?.length ?? 0) > 0);
    if (peels && (fcx.t.adjustments[e.id]?.length ?? 0) === 0 && usePlace(e, mode, true)) return;
    visit(e, mode);
  };

  visit(c.body, 'value');

  // rustc's `compute_min_captures`: an ancestor absorbs its descendants (truncated to it), with
  // the strongest kind; on a tie the earlier use stays the one cited.
  const isPrefix = (a: Use, b: Use): boolean =>
    a.root === b.root && a.steps.length <= b.steps.length && a.steps.every((st, i) => {
      const o = b.steps[i]!;
      return st.kind === o.kind && (st.kind !== 'field' || (o.kind === 'field' && st.index === o.index));
    });
  const absorb = (into: Use, from: Use): void => {
    truncate(from, into.steps.length);
    if (RANK[from.mode] > RANK[into.mode]) {
      into.mode = from.mode;
      into.span = from.span;
    }
  };
  let merged: Use[] = [];
  for (const u0 of uses) {
    const u: Use = { ...u0, steps: [...u0.steps] };
    const anc = merged.find((q) => isPrefix(q, u));
    if (anc !== undefined) {
      absorb(anc, u);
      continue;
    }
    const descendants = merged.filter((q) => isPrefix(u, q));
    for (const d of descendants) absorb(u, d);
    merged = merged.filter((q) => !descendants.includes(q));
    merged.push(u);
  }
  let kind: ClosureKind = 'Fn';
  let origin: Span | null = null;
  let originName: string | null = null;
  for (const u of uses) if (u.mutates && kind === 'Fn') { kind = 'FnMut'; origin = u.span; originName = u.name; }
  for (const u of uses) if (u.moves) { kind = 'FnOnce'; origin = u.span; originName = u.name; break; }
  // A kind fixed by the expected type stays (rustc records no origin then).
  const fixed = fcx.closureExpected.get(c.id);
  if (fixed !== undefined) {
    kind = fixed.kind;
    origin = null;
    originName = null;
  }
  // rustc's `closure_min_captures`: grouped by root variable, roots in the order they are first
  // captured, and one root's places sorted by their field indices (their drop order).
  const rootOrder = new Map<NodeId, number>();
  for (const u of uses) {
    const r = rootOrder.get(u.root);
    if (r === undefined || u.span.lo < r) rootOrder.set(u.root, u.span.lo);
  }
  const fieldOrder = (a: Use, b: Use): number => {
    const fa = a.steps.filter((st) => st.kind === 'field');
    const fb = b.steps.filter((st) => st.kind === 'field');
    for (let i = 0; i < fa.length && i < fb.length; i++) {
      const x = fa[i]!, y = fb[i]!;
      if (x.kind === 'field' && y.kind === 'field' && x.index !== y.index) return x.index - y.index;
    }
    return 0;
  };
  merged.sort((a, b) => (rootOrder.get(a.root)! - rootOrder.get(b.root)!) || (a.root === b.root ? fieldOrder(a, b) : 0) || a.span.lo - b.span.lo);
  const captures: CapturedPlace[] = merged.map((u) => {
    const rootTy = res(fcx, fcx.t.bindingTypes[u.root] ?? ERROR);
    // rustc's `determine_capture_mutability`: the binding's `mut`, then a `&mut` deref makes the
    // place mutable. Behind a `&` the capture's own borrow fails in the parent (E0596 "behind a
    // `&` reference") and rustc reports nothing more in the body: not an immutable capture here.
    let mutable = fcx.bindingMut.get(u.root) ?? false;
    let throughSharedRef = false;
    for (const st of u.steps) {
      if (st.kind !== 'deref') continue;
      if (st.ptr === 'mut') mutable = true;
      else if (st.ptr === 'shared') { mutable = true; throughSharedRef = true; break; }
    }
    return {
      root: u.root,
      projections: u.steps.map((st): CaptureProjection => (st.kind === 'field' ? { kind: 'field', index: st.index, name: st.name } : { kind: 'deref' })),
      mode: u.mode, ty: u.steps.length > 0 ? u.steps[u.steps.length - 1]!.ty : rootTy, span: u.span,
      name: placeName(fcx.bindingNames.get(u.root) ?? '_', u.steps),
      mutable, rootSpan: fcx.bindingSpans.get(u.root) ?? null, rootTypeSpan: fcx.bindingTypeSpans.get(u.root) ?? null, throughSharedRef,
    };
  });
  let steps = captureSteps.get(fcx);
  if (steps === undefined) captureSteps.set(fcx, (steps = new Map()));
  steps.set(c.id, merged.map((u) => u.steps));
  const template = fcx.closureSigTemplates.get(c.id);
  const info: ClosureInfo = {
    kind, kindOrigin: origin, kindOriginName: originName, captures, expectedFrom: fixed?.source ?? null,
    ...(template === undefined ? {} : { sigTemplate: template }),
    ...(fakeReads.length === 0 ? {} : { fakeReads }),
  };
  fcx.t.closures[c.id] = info;
  fcx.closureKinds.set(c.id, kind);
  fcx.closureUpvars.set(
    c.id,
    captures.map((cp) => (cp.mode === 'byValue' ? cp.ty : { kind: 'ref', region: ERASED, mut: cp.mode !== 'byRef', inner: cp.ty })),
  );
}

function closureDepth(fcx: Fcx, node: NodeId): number {
  // Depth = 1 + number of enclosing closures; params of the closure were declared at that depth.
  for (const [b, c] of fcx.bindingClosure) if (c === node) return fcx.bindingDepth.get(b) ?? 1;
  let d = 1;
  for (const e of fcx.closureExprs) if (e.id !== node && e.span.lo <= spanOf(fcx, node).lo && e.span.hi >= spanOf(fcx, node).hi) d++;
  return d;
}

function spanOf(fcx: Fcx, node: NodeId): Span {
  return fcx.closureExprs.find((e) => e.id === node)?.span ?? { lo: 0, hi: 0 };
}

function declaredInside(fcx: Fcx, binding: NodeId, closure: NodeId): boolean {
  let c = fcx.bindingClosure.get(binding);
  const outer = spanOf(fcx, closure);
  while (c !== undefined && c !== -1) {
    if (c === closure) return true;
    const s = spanOf(fcx, c);
    if (s.lo >= outer.lo && s.hi <= outer.hi) return true;
    c = -1;
  }
  return false;
}
