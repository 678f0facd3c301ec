import type { Expr, NodeId, Pat } from '../../syntax/ast.js';
import type { Span } from '../../syntax/span.js';
import type { CapturedPlace, CaptureProjection, ClosureInfo, ClosureKind } from '../results.js';
import type { Ty } from '../ty.js';
import { ERASED, ERROR } from '../ty.js';
import type { Fcx } from './fcx.js';
import { res } from './fcx.js';

/**
 * Closure capture analysis (edition 2021, simplified): each use of a variable from outside the
 * closure becomes a captured place (the variable plus a field path, truncated at dereferences)
 * with the strongest mode any use needs; the closure kind follows from moves and mutations.
 */
type UseMode = 'value' | 'ref' | 'mut';

interface Use {
  root: NodeId;
  projections: CaptureProjection[];
  mode: 'byValue' | 'byRef' | 'byMutRef' | 'byUniqueRef';
  ty: Ty;
  span: Span;
  name: string;
  moves: boolean;
  mutates: boolean;
  /** The use reaches the place through a `&mut` (only kept when the capture keeps the deref). */
  throughMutRef: boolean;
}

export function analyzeClosure(fcx: Fcx, c: Expr & { kind: 'closure' }): void {
  const depth = closureDepth(fcx, c.id);
  const uses: Use[] = [];
  const isOuter = (b: NodeId): boolean => (fcx.bindingDepth.get(b) ?? 0) < depth && !declaredInside(fcx, b, c.id);
  const copy = (t: Ty): boolean => fcx.tcx.isCopy(res(fcx, t));

  const usePlace = (e: Expr, mode: UseMode, viaDeref = false): boolean => {
    // Returns true if `e` (or `*e` when a pattern derefs it: `viaDeref`) is a place rooted at a captured variable (and records it).
    const projs: CaptureProjection[] = [];
    let cur: Expr = e;
    let truncated = false;
    let throughRefMut = false;
    // Moving out of `*b` for a Box `b` moves `b` itself.
    let onlyBoxDerefs = true;
    if (viaDeref) {
      const et = res(fcx, fcx.t.exprTypes[e.id] ?? ERROR);
      if (et.kind === 'ref' && et.mut) throughRefMut = true;
      if (!(et.kind === 'adt' && fcx.tcx.adt(et.def).isBox)) onlyBoxDerefs = false;
      truncated = true;
    }
    for (;;) {
      if (cur.kind === 'paren') cur = cur.inner;
      else if (cur.kind === 'field') {
        const idx = fcx.t.fieldIndices[cur.id];
        const bt = res(fcx, fcx.t.exprTypes[cur.base.id] ?? ERROR);
        if (idx === undefined || (fcx.t.adjustments[cur.base.id]?.length ?? 0) > 0 || bt.kind === 'ref') {
          projs.length = 0;
          truncated = true;
          onlyBoxDerefs = false;
          if (bt.kind === 'ref' && bt.mut) throughRefMut = true;
        } else projs.unshift({ kind: 'field', index: idx, name: cur.name.name });
        cur = cur.base;
      } else if (cur.kind === 'unary' && cur.op === 'deref') {
        const bt = res(fcx, fcx.t.exprTypes[cur.operand.id] ?? ERROR);
        if (bt.kind === 'ref' && bt.mut) throughRefMut = true;
        if (!(bt.kind === 'adt' && fcx.tcx.adt(bt.def).isBox)) onlyBoxDerefs = false;
        projs.length = 0;
        truncated = true;
        cur = cur.operand;
      } else break;
    }
    if (cur.kind !== 'path') return false;
    const r = fcx.t.resolutions[cur.id];
    if (!r || r.kind !== 'local' || !isOuter(r.binding)) return false;
    const rootTy = fcx.t.bindingTypes[r.binding] ?? ERROR;
    const placeTy = truncated ? rootTy : res(fcx, fcx.t.exprTypes[e.id] ?? ERROR);
    let m: Use['mode'];
    let moves = false;
    let mutates = false;
    if (mode === 'value') {
      const t = res(fcx, fcx.t.exprTypes[e.id] ?? ERROR);
      if (copy(t)) m = 'byRef';
      else if (truncated && onlyBoxDerefs) {
        m = 'byValue';
        moves = true;
      } else if (truncated) m = 'byRef';
      else {
        m = 'byValue';
        moves = true;
      }
    } else if (mode === 'mut') {
      mutates = true;
      m = truncated && throughRefMut ? 'byUniqueRef' : 'byMutRef';
    } else m = 'byRef';
    const name = [fcx.bindingNames.get(r.binding) ?? '_', ...projs.map((p) => (p.kind === 'field' ? p.name : '*'))].join('.');
    uses.push({ root: r.binding, projections: [...projs], mode: m, ty: placeTy, span: e.span, name, moves, mutates, throughMutRef: false });
    return true;
  };

  const visit = (e: Expr | null, mode: UseMode): void => {
    if (!e) return;
    const adj = fcx.t.adjustments[e.id];
    if (adj && adj.length > 0) {
      const borrow = adj.find((a) => a.kind === 'borrow');
      const firstDeref = adj[0]!.kind === 'deref';
      if (borrow && borrow.kind === 'borrow') mode = borrow.mut ? 'mut' : 'ref';
      else if (firstDeref) mode = 'ref';
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
        } else if (ct.kind === 'param' || ct.kind === 'opaque') {
          const pc = fcx.pendingCalls.find((p) => p.call === e.id);
          cm = pc?.trait === 'FnOnce' ? 'value' : pc?.trait === 'FnMut' ? 'mut' : 'ref';
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
      case 'let': visitScrutinee(e.scrutinee, [e.pat]); return;
      case 'while': visit(e.cond, 'value'); visitBlock(e.body); return;
      case 'loop': visitBlock(e.body); return;
      case 'for': visit(e.iter, 'value'); visitBlock(e.body); return;
      case 'match': visitScrutinee(e.scrutinee, e.arms.map((a) => a.pat)); e.arms.forEach((a) => { visit(a.guard, 'value'); visit(a.body, 'value'); }); return;
      case 'closure': {
        const inner = fcx.t.closures[e.id];
        if (!inner) return;
        for (const cp of inner.captures) {
          if (!isOuter(cp.root)) continue;
          const m: UseMode = cp.mode === 'byValue' ? 'value' : cp.mode === 'byRef' ? 'ref' : 'mut';
          const name = fcx.bindingNames.get(cp.root) ?? '_';
          const rootTy = fcx.t.bindingTypes[cp.root] ?? ERROR;
          const moves = m === 'value' && !copy(cp.ty);
          uses.push({ root: cp.root, projections: [...cp.projections], mode: m === 'value' ? (moves ? 'byValue' : 'byRef') : m === 'ref' ? 'byRef' : 'byMutRef', ty: cp.projections.length ? cp.ty : rootTy, span: cp.span, name: cp.name || name, moves, mutates: m === 'mut', throughMutRef: false });
        }
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
        return;
      }
      default: {
        const never: never = e;
        return never;
      }
    }
  };
  const visitBlock = (b: { stmts: readonly import('../../syntax/ast.js').Stmt[]; tail: Expr | null }): void => {
    for (const s of b.stmts) {
      if (s.kind === 'let') {
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

  // Merge uses into captured places: one per distinct place; an ancestor place absorbs descendants.
  const rank = { byRef: 0, byUniqueRef: 1, byMutRef: 2, byValue: 3 } as const;
  const key = (u: Use): string => `${u.root}:${u.projections.map((p) => (p.kind === 'field' ? p.index : '*')).join('.')}`;
  const isPrefix = (a: Use, b: Use): boolean => a.root === b.root && a.projections.length <= b.projections.length && a.projections.every((p, i) => JSON.stringify(p) === JSON.stringify(b.projections[i]));
  const places: Use[] = [];
  for (const u of uses) {
    const existing = places.find((p) => key(p) === key(u));
    if (existing) {
      if (rank[u.mode] > rank[existing.mode]) {
        existing.mode = u.mode;
        existing.span = u.span;
      }
      existing.moves ||= u.moves;
      existing.mutates ||= u.mutates;
    } else places.push({ ...u });
  }
  const merged: Use[] = [];
  for (const p of places) {
    const anc = places.find((q) => q !== p && isPrefix(q, p) && q.projections.length < p.projections.length);
    if (anc) {
      if (rank[p.mode] > rank[anc.mode]) anc.mode = p.mode;
      anc.moves ||= p.moves;
      anc.mutates ||= p.mutates;
      continue;
    }
    merged.push(p);
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
  const captures: CapturedPlace[] = merged
    .sort((a, b) => a.span.lo - b.span.lo)
    .map((u) => ({
      root: u.root, projections: u.projections, mode: c.move ? 'byValue' : u.mode, ty: res(fcx, u.ty), span: u.span, name: u.name,
      mutable: (fcx.bindingMut.get(u.root) ?? false) || u.throughMutRef,
      rootSpan: fcx.bindingSpans.get(u.root) ?? null, rootTypeSpan: fcx.bindingTypeSpans.get(u.root) ?? null,
    }));
  const info: ClosureInfo = { kind, kindOrigin: origin, kindOriginName: originName, captures, expectedFrom: fixed?.source ?? null };
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
