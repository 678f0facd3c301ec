import type { Expr, NodeId } from '../../syntax/ast.js';
import type { Span } from '../../syntax/span.js';
import type { MethodCallee } from '../../types/results.js';
import type { Ty } from '../../types/ty.js';
import { ERASED, ERROR } from '../../types/ty.js';
import { assertNever } from '../../util/assert.js';
import type { CastKind, Operand } from '../mir.js';
import type { Builder, PlaceBuilder } from './builder.js';
import { eraseRegions } from './ty-util.js';

/**
 * An expression with its typeck adjustments made explicit, as rustc's THIR does: auto-deref,
 * auto-ref and coercions become wrapper nodes around the AST expression, so lowering handles
 * `v.push(1)` as `Vec::push(&mut v, 1)` without special cases. Desugarings add `place` and
 * `operand` leaves for values they have already lowered.
 */
export type TExpr =
  | { readonly kind: 'ast'; readonly expr: Expr; readonly ty: Ty; readonly span: Span }
  | { readonly kind: 'deref'; readonly base: TExpr; readonly ty: Ty; readonly span: Span }
  /** `*Deref::deref(&base)` / `*DerefMut::deref_mut(&mut base)`. */
  | { readonly kind: 'overloadedDeref'; readonly base: TExpr; readonly callee: MethodCallee; readonly ty: Ty; readonly span: Span }
  /** `raw`: `&raw mut (*r)`, how rustc coerces a reference to a raw pointer. */
  | { readonly kind: 'borrow'; readonly base: TExpr; readonly mut: boolean; readonly twoPhase: boolean; readonly ty: Ty; readonly span: Span; readonly raw?: boolean }
  | { readonly kind: 'cast'; readonly base: TExpr; readonly cast: CastKind; readonly ty: Ty; readonly span: Span }
  | { readonly kind: 'neverToAny'; readonly base: TExpr; readonly ty: Ty; readonly span: Span }
  | { readonly kind: 'place'; readonly place: PlaceBuilder; readonly ty: Ty; readonly span: Span }
  | { readonly kind: 'operand'; readonly operand: Operand; readonly ty: Ty; readonly span: Span };

export function astTy(b: Builder, e: Expr): Ty {
  const t = b.types.exprTypes[e.id];
  return t === undefined ? ERROR : eraseRegions(t);
}

/**
 * Wraps `e` in its adjustments. `twoPhase`: the expression is a method receiver or call argument,
 * whose auto-ref / reborrow `&mut` rustc makes a two-phase borrow.
 */
export function mirror(b: Builder, e: Expr, twoPhase = false): TExpr {
  let t: TExpr = { kind: 'ast', expr: e, ty: astTy(b, e), span: e.span };
  const adjs = b.types.adjustments[e.id];
  if (adjs === undefined) return t;
  for (let i = 0; i < adjs.length; i++) {
    const a = adjs[i]!;
    const ty = eraseRegions(a.target);
    const next = adjs[i + 1];
    if (a.kind === 'unsize' && isUnsized(ty) && next !== undefined && next.kind === 'borrow') {
      // An unsizing of the value itself followed by auto-ref (`arr.len()`): rustc borrows the
      // array and unsizes the reference (`&[T; N]` → `&[T]`); the array is not moved.
      const borrowed: TExpr = { kind: 'borrow', base: t, mut: next.mut, twoPhase: twoPhase && next.mut, ty: { kind: 'ref', region: ERASED, mut: next.mut, inner: t.ty }, span: e.span };
      t = { kind: 'cast', base: borrowed, cast: 'unsize', ty: eraseRegions(next.target), span: e.span };
      i++;
      continue;
    }
    switch (a.kind) {
      case 'deref':
        t = a.overloaded === null ? { kind: 'deref', base: t, ty, span: e.span } : { kind: 'overloadedDeref', base: t, callee: a.overloaded, ty, span: e.span };
        break;
      case 'borrow': t = { kind: 'borrow', base: t, mut: a.mut, twoPhase: twoPhase && a.mut, ty, span: e.span }; break;
      case 'mutToConst':
        // A reference coerced to a raw pointer is reborrowed raw (`&raw const (*r)`): the
        // reference is neither moved nor kept borrowed. `*mut T` to `*const T` is a cast.
        if (t.ty.kind === 'ref' && ty.kind === 'ptr') {
          t = { kind: 'borrow', raw: true, base: { kind: 'deref', base: t, ty: t.ty.inner, span: e.span }, mut: ty.mut, twoPhase: false, ty, span: e.span };
        } else t = { kind: 'cast', base: t, cast: 'ptrToPtr', ty, span: e.span };
        break;
      case 'unsize': t = { kind: 'cast', base: t, cast: 'unsize', ty, span: e.span }; break;
      case 'neverToAny': t = { kind: 'neverToAny', base: t, ty, span: e.span }; break;
      case 'reifyFnPointer': t = { kind: 'cast', base: t, cast: 'reifyFnPointer', ty, span: e.span }; break;
      default: return assertNever(a);
    }
  }
  return t;
}

function isUnsized(t: Ty): boolean {
  return t.kind === 'slice' || t.kind === 'str' || t.kind === 'dyn';
}

/** The AST node a temporary for this expression is attributed to (lifetime extension is decided per AST node). */
export function nodeOf(t: TExpr): NodeId | null {
  switch (t.kind) {
    case 'ast': return t.expr.id;
    case 'deref': case 'overloadedDeref': case 'borrow': case 'cast': case 'neverToAny': return nodeOf(t.base);
    case 'place': case 'operand': return null;
    default: return assertNever(t);
  }
}

/** Strips parentheses. */
export function unparen(e: Expr): Expr {
  let x = e;
  while (x.kind === 'paren') x = x.inner;
  return x;
}
