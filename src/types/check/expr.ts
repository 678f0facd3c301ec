import type { Block, Expr, MacroExpansion, Pat, Stmt } from '../../syntax/ast.js';
import type { Span } from '../../syntax/span.js';
import type { Diagnostic } from '../../util/diagnostic.js';
import { closureArgsSpan } from '../../syntax/span.js';
import { resolvePath, unmodelledStdPath } from '../../resolve/paths.js';
import { hasUnresolved, rollback, snapshot, unify } from '../infer.js';
import type { Adjustment, MethodCallee } from '../results.js';
import { msg, privacyMsg, unmodelledStd } from '../messages.js';
import { accessible, defHeadSpan, fieldAccessible, resolvePathChecked } from '../privacy.js';
import { privateCtorFields } from '../../resolve/visibility.js';
import { primTy } from '../tcx.js';
import { fnLikeSig, normalizeProjection, solve } from '../traits.js';
import type { DefId, GenericArgsTy, Ty } from '../ty.js';
import { BOOL, CHAR, ERASED, ERROR, NEVER, STR, UNIT } from '../ty.js';
import { eraseTy, eraseTyKeepStatic, foldTy, hasInfer, isIntegral, isNumeric, someTy, substTy } from '../ty-ops.js';
import type { Fcx } from './fcx.js';
import { addAdjustments, curModule, err, fresh, instantiateFn, lookupLocal, normalize, notIteratorNotes, register, registerAdtPredicates, reportUnmetForCast, res, selectWherePossible, setExprTy, sh, show, solveCx, unsafetyErr, unsup } from './fcx.js';
import { stdMayIterate } from '../std-impls.js';
import { autoderef, overloadedDeref, probeAssoc, probeMethod, ref } from './method.js';
import { checkPat, declare } from './pat.js';
import { closureSpans } from '../display.js';
import { expectedClosureKind } from './closure-kind.js';
import { stdMayHaveMethod } from '../std-methods.js';
import { checkHigherRanked } from './fn-ptr-leak.js';

const I32: Ty = { kind: 'int', int: 'i32' };
const USIZE: Ty = { kind: 'int', int: 'usize' };
const U8: Ty = { kind: 'int', int: 'u8' };

function mismatch(fcx: Fcx, span: Span, expected: Ty, found: Ty): void {
  // An associated type of a type still being inferred (`<{integer} as Add>::Output`) would be
  // normalised by rustc once the type is known; we cannot, so we do not claim a mismatch.
  const pending = (t: Ty): boolean => someTy(res(fcx, t), (x) => x.kind === 'projection' && hasInfer(x));
  if (pending(expected) || pending(found)) {
    unsup(fcx, span, 'an associated type of a type that is not inferred yet');
    return;
  }
  // A type parameter of another item leaking through an opaque type's bounds is our gap.
  const foreign = (t: Ty): boolean => someTy(res(fcx, t), (x) => x.kind === 'param' && x.name !== 'Self' && !paramsInScope(fcx).has(x.name));
  if (foreign(expected) || foreign(found)) {
    unsup(fcx, span, 'a type parameter of another item (through an opaque type\'s bounds)');
    return;
  }
  // rustc reports no mismatch with a type that references an error (reported where it arose).
  if (someTy(res(fcx, expected), (x) => x.kind === 'error') || someTy(res(fcx, found), (x) => x.kind === 'error')) {
    fcx.tainted = true;
    return;
  }
  err(fcx, msg.mismatched(span, show(fcx, expected), show(fcx, found)));
}

function paramsInScope(fcx: Fcx): Set<string> {
  const names = new Set<string>();
  for (let d: number | null = fcx.owner; d !== null; ) {
    const g = fcx.tcx.generics(d);
    for (const n of g.types) names.add(n);
    d = g.parent;
  }
  return names;
}

/** Checks `e` against `target` where a coercion may apply (let with a type, arguments, returns, fields). */
/** `sameRegions`: whether `e` (once checked) has the target's very regions (`x = x`). */
export function checkCoerce(fcx: Fcx, e: Expr, target: Ty, sameRegions: () => boolean = () => false): Ty {
  const t = checkExpr(fcx, e, target);
  coerce(fcx, e, t, target, sameRegions() || (t === target && typedByExpectation(fcx, e, target)));
  return target;
}

/** Two place expressions naming the same place of the same variable (`a.b` and `(a).b`): their types share their regions. */
function samePlaceExpr(fcx: Fcx, a: Expr, b: Expr): boolean {
  if (a.kind === 'paren') return samePlaceExpr(fcx, a.inner, b);
  if (b.kind === 'paren') return samePlaceExpr(fcx, a, b.inner);
  if (a.kind === 'path' && b.kind === 'path') {
    const ra = fcx.t.resolutions[a.id], rb = fcx.t.resolutions[b.id];
    return ra !== undefined && rb !== undefined && ra.kind === 'local' && rb.kind === 'local' && ra.binding === rb.binding;
  }
  if (a.kind === 'field' && b.kind === 'field') {
    const fa = fcx.t.fieldIndices[a.id], fb = fcx.t.fieldIndices[b.id];
    return fa !== undefined && fa === fb && (fcx.t.adjustments[a.base.id]?.length ?? 0) === 0 && (fcx.t.adjustments[b.base.id]?.length ?? 0) === 0 && samePlaceExpr(fcx, a.base, b.base);
  }
  return false;
}

/**
 * Whether a block, `if` or `match` checked against an expected type has that very type, regions
 * included, as rustc's CoerceMany leaves it: coercing it to the same type again is then rustc's
 * no-op reborrow, and no `&*` is inserted around it. A block has one coercion site (its tail);
 * the first arm of an `if` or `match` is coerced to the expected type, and each later one is
 * joined with it by a least upper bound, which is a fresh region unless the arm already has that
 * type (a block, or such an `if`/`match` itself), diverges, or the expected reference is
 * `'static` (seen here only for the fn's own declared return type).
 */
function typedByExpectation(fcx: Fcx, e: Expr, target: Ty): boolean {
  const keeps = (arm: Expr): boolean =>
    typedByExpectation(fcx, arm, target) || sh(fcx, fcx.t.exprTypes[arm.id] ?? ERROR).kind === 'never' || staticReturn(fcx, target);
  switch (e.kind) {
    case 'block': return true;
    case 'if': return e.else === null || keeps(e.else);
    case 'match': return e.arms.slice(1).every((a) => keeps(a.body));
    case 'paren': return typedByExpectation(fcx, e.inner, target);
    default: return false;
  }
}

/** `target` is the enclosing fn's return type, declared with no region but `'static` in it. */
function staticReturn(fcx: Fcx, target: Ty): boolean {
  if (fcx.rets.length !== 1 || fcx.rets[0] !== target) return false;
  const kind = fcx.tcx.defKind(fcx.owner);
  if (kind !== 'fn' && kind !== 'assocFn') return false;
  let nonStatic = false;
  foldTy(fcx.tcx.fnSig(fcx.owner).sig.output, { region: (r) => { if (r.kind !== 'static') nonStatic = true; return r; } });
  return !nonStatic;
}

/** `sameType`: `actual` is the target type itself (see `typedByExpectation`), so a `&T` is not reborrowed. */
export function coerce(fcx: Fcx, e: { id: number; span: Span }, actual: Ty, target: Ty, sameType = false): boolean {
  const a = sh(fcx, actual);
  const b = sh(fcx, target);
  if (a.kind === 'error' || b.kind === 'error') return true;
  if (a.kind === 'never') {
    if (b.kind !== 'never') addAdjustments(fcx, e.id, [{ kind: 'neverToAny', target: b }]);
    return true;
  }
  if (a.kind === 'ref' && b.kind === 'ref') {
    if (b.mut && !a.mut) {
      mismatch(fcx, e.span, b, a);
      return false;
    }
    const steps = autoderef(fcx, a.inner, e.span);
    for (let i = 0; i < steps.length; i++) {
      const st = steps[i]!;
      if (st.ty.kind === 'infer' && st.ty.flavor === 'general' && i > 0) break;
      const s = snapshot(fcx.icx);
      if (unify(fcx.icx, st.ty, b.inner)) {
        // rustc reborrows even `&T` to `&T` (`&*r`): its no-op case needs the very same regions,
        // which bodies only have where the type came from the expectation itself.
        if (i === 0 && !a.mut && sameType) return true;
        // A `&mut` target reborrows through `DerefMut` (`&mut Vec<T>` to `&mut [T]`), as rustc's coercion does.
        const derefs = b.mut ? st.adj.map((x) => (x.kind === 'deref' && x.overloaded && fcx.tcx.info(x.overloaded.def).name === 'deref' ? { ...x, overloaded: toMut(fcx, x.overloaded, 'DerefMut', 'deref_mut') } : x)) : st.adj;
        addAdjustments(fcx, e.id, [{ kind: 'deref', overloaded: null, target: a.inner }, ...derefs, { kind: 'borrow', mut: b.mut, target: b }]);
        // rustc's `apply_adjustments`: a mutable auto-borrow is `&mut <expr>`, so the `Deref` and
        // `Index` uses inside the place expression become `DerefMut` and `IndexMut`.
        if (b.mut && isExpr(e)) markMutPlace(fcx, e);
        return true;
      }
      rollback(fcx.icx, s);
    }
    const ai = sh(fcx, a.inner);
    if (unsizes(fcx, ai, b.inner, { span: e.span, from: a, to: b })) {
      addAdjustments(fcx, e.id, [{ kind: 'deref', overloaded: null, target: ai }, { kind: 'borrow', mut: b.mut, target: ref(ai, b.mut) }, { kind: 'unsize', target: b }]);
      return true;
    }
    mismatch(fcx, e.span, b, a);
    return false;
  }
  // `Box<T>`, `Rc<T>`, `Pin<&T>`... to the same pointer of an unsized `U` (their `CoerceUnsized` impls).
  const pointees = a.kind === 'adt' && b.kind === 'adt' && a.def === b.def ? unsizablePointees(fcx, a, b) : null;
  if (pointees !== null) {
    if (unsizes(fcx, pointees[0], pointees[1], { span: e.span, from: a, to: b })) {
      addAdjustments(fcx, e.id, [{ kind: 'unsize', target: b }]);
      return true;
    }
  }
  if (b.kind === 'fnPtr' && (a.kind === 'fnDef' || a.kind === 'closure')) {
    const sig = fnLikeSig(solveCx(fcx), a);
    if (sig && sig.inputs.length === b.sig.inputs.length && sig.inputs.every((x, i) => unify(fcx.icx, normalize(fcx, x), b.sig.inputs[i]!)) && unify(fcx.icx, normalize(fcx, sig.output), b.sig.output)) {
      // Only a closure that captures nothing becomes a fn pointer; captures are known at the end.
      if (a.kind === 'closure') fcx.closureToFnPtr.push({ node: a.node, span: e.span, target: b, closure: a });
      addAdjustments(fcx, e.id, [{ kind: 'reifyFnPointer', target: b }]);
      return checkHigherRanked(fcx, e.span, a, b);
    }
  }
  if (a.kind === 'ptr' && b.kind === 'ptr' && a.mut && !b.mut) {
    const s = snapshot(fcx.icx);
    if (unify(fcx.icx, a.inner, b.inner)) {
      addAdjustments(fcx, e.id, [{ kind: 'mutToConst', target: b }]);
      return true;
    }
    rollback(fcx.icx, s);
  }
  if (a.kind === 'ref' && b.kind === 'ptr' && (a.mut || !b.mut)) {
    const s = snapshot(fcx.icx);
    if (unify(fcx.icx, a.inner, b.inner)) {
      addAdjustments(fcx, e.id, [{ kind: 'mutToConst', target: b }]);
      return true;
    }
    rollback(fcx.icx, s);
    // `&mut [T; N]` to `*mut [T]`: a raw reborrow, then the pointer unsizes.
    const ai = sh(fcx, a.inner);
    if (unsizes(fcx, ai, b.inner, { span: e.span, from: a, to: b })) {
      addAdjustments(fcx, e.id, [{ kind: 'mutToConst', target: { kind: 'ptr', mut: b.mut, inner: ai } }, { kind: 'unsize', target: b }]);
      return true;
    }
  }
  if (a.kind === 'ptr' && b.kind === 'ptr' && (a.mut || !b.mut)) {
    const ai = sh(fcx, a.inner);
    const s = snapshot(fcx.icx);
    if (!unify(fcx.icx, ai, b.inner)) {
      rollback(fcx.icx, s);
      if (unsizes(fcx, ai, b.inner, { span: e.span, from: a, to: b })) {
        addAdjustments(fcx, e.id, a.mut && !b.mut ? [{ kind: 'mutToConst', target: { kind: 'ptr', mut: false, inner: ai } }, { kind: 'unsize', target: b }] : [{ kind: 'unsize', target: b }]);
        return true;
      }
    } else rollback(fcx.icx, s);
  }
  if (unify(fcx.icx, a, b)) return a.kind === 'fnPtr' && b.kind === 'fnPtr' ? checkHigherRanked(fcx, e.span, a, b) : true;
  mismatch(fcx, e.span, b, a);
  return false;
}

function inConstInitializer(fcx: Fcx): boolean {
  const k = fcx.tcx.info(fcx.owner).kind;
  return k === 'const' || k === 'static' || k === 'assocConst';
}

/** Whether a value of the type holds an `UnsafeCell` in place (not behind a pointer): it is not `Freeze`. */
function hasInteriorMutability(fcx: Fcx, t: Ty, seen: Set<DefId>): boolean {
  switch (t.kind) {
    case 'adt': {
      const info = fcx.tcx.info(t.def);
      if (info.lang === 'UnsafeCell') return true;
      if (fcx.tcx.adt(t.def).isBox || seen.has(t.def)) return false;
      seen.add(t.def);
      return fcx.tcx.adt(t.def).variants.some((v) => v.fields.some((f) => hasInteriorMutability(fcx, substTy(f.ty, t.args), seen)));
    }
    case 'tuple': return t.elems.some((x) => hasInteriorMutability(fcx, x, seen));
    case 'array': case 'slice': return hasInteriorMutability(fcx, t.elem, seen);
    case 'param': case 'projection': case 'opaque': case 'dyn': return true;
    default: return false;
  }
}

/** Std smart pointers that coerce like `Box` (`CoerceUnsized`): `Rc<[T; N]>` to `Rc<[T]>`, `Arc<S>` to `Arc<dyn Tr>`. */
const UNSIZING_POINTERS: ReadonlySet<string> = new Set(['Rc', 'Arc', 'Weak', 'NonNull']);

/**
 * The pointees of two types of one unsizable pointer constructor (`Box`, `Rc`, `Arc`, `Weak`,
 * `NonNull`, and `Pin` of one of those or of a reference), or null.
 */
function unsizablePointees(fcx: Fcx, a: Ty & { kind: 'adt' }, b: Ty & { kind: 'adt' }): [Ty, Ty] | null {
  const info = fcx.tcx.info(a.def);
  const name = info.lang ?? info.name;
  if (fcx.tcx.adt(a.def).isBox || (info.std && UNSIZING_POINTERS.has(name))) return [sh(fcx, a.args.types[0]!), sh(fcx, b.args.types[0]!)];
  if (info.std && name === 'Pin') {
    const ap = sh(fcx, a.args.types[0]!);
    const bp = sh(fcx, b.args.types[0]!);
    if (ap.kind === 'ref' && bp.kind === 'ref' && ap.mut === bp.mut) return [sh(fcx, ap.inner), sh(fcx, bp.inner)];
    if (ap.kind === 'adt' && bp.kind === 'adt' && ap.def === bp.def) return unsizablePointees(fcx, ap, bp);
  }
  return null;
}

/** Whether a cast's target pointee is the array's element type (and not the array itself). */
function sameArrayElem(fcx: Fcx, elem: Ty, pointee: Ty): boolean {
  if (pointee.kind === 'array' || (pointee.kind === 'infer' && pointee.flavor === 'general')) {
    const snap = snapshot(fcx.icx);
    const asElem = unify(fcx.icx, elem, pointee);
    rollback(fcx.icx, snap);
    if (!asElem) return false;
  }
  const snap = snapshot(fcx.icx);
  if (unify(fcx.icx, elem, pointee)) return true;
  rollback(fcx.icx, snap);
  return false;
}

function isExpr(e: { id: number; span: Span }): e is Expr {
  return 'kind' in e;
}

function lacksReceiver(fcx: Fcx, trait: DefId): boolean {
  const sized = fcx.tcx.lang('Sized');
  for (const def of fcx.tcx.assocItems(trait).values()) {
    const k = fcx.tcx.info(def).kind;
    if (k !== 'assocFn' || fcx.tcx.fnSig(def).sig === undefined) continue;
    if (fcx.tcx.fnSig(def).hasSelf) continue;
    if (fcx.tcx.predicates(def).some((p) => p.trait === sized && p.self.kind === 'param' && p.self.name === 'Self')) continue;
    return true;
  }
  return false;
}


/**
 * `T: Unsize<U>`, rustc's built-in impls: an array to a slice, a sized type to a trait object
 * it implements, and a struct whose last field alone mentions the parameters that change and
 * itself unsizes (`Foo<[u8; 3]>` to `Foo<[u8]>`, `RefCell<F>` to `RefCell<dyn FnMut()>`).
 * On false the inference state is as it was.
 */
function unsizes(fcx: Fcx, t: Ty, target: Ty, cast: { span: Span; from: Ty; to: Ty }, depth = 0): boolean {
  const u = sh(fcx, target);
  const s = sh(fcx, t);
  if (depth > 8 || (s.kind === 'infer' && s.flavor === 'general') || (u.kind === 'infer' && u.flavor === 'general')) return false;
  if (u.kind === 'slice') {
    if (s.kind !== 'array') return false;
    const snap = snapshot(fcx.icx);
    if (unify(fcx.icx, s.elem, u.elem)) return true;
    rollback(fcx.icx, snap);
    return false;
  }
  if (u.kind === 'dyn') return s.kind !== 'dyn' && s.kind !== 'slice' && s.kind !== 'str' && implementsDyn(fcx, s, u, cast);
  if (s.kind !== 'adt' || u.kind !== 'adt' || s.def !== u.def) return false;
  const adt = fcx.tcx.adt(s.def);
  const fields = adt.kind === 'struct' ? adt.variants[0]?.fields ?? [] : [];
  const last = fields[fields.length - 1];
  if (last === undefined || adt.isBox) return false;
  const inLast = typeParamsIn(last.ty);
  for (let i = 0; i < fields.length - 1; i++) for (const p of typeParamsIn(fields[i]!.ty)) inLast.delete(p);
  if (inLast.size === 0) return false;
  const snap = snapshot(fcx.icx);
  // Typeck does not compare regions; borrowck relates them.
  const same = s.args.types.every((x, i) => inLast.has(i) || unify(fcx.icx, x, u.args.types[i] ?? x));
  if (same && unsizes(fcx, fcx.tcx.fieldTy(s.def, 0, fields.length - 1, s.args), fcx.tcx.fieldTy(u.def, 0, fields.length - 1, u.args), cast, depth + 1)) return true;
  rollback(fcx.icx, snap);
  return false;
}

/** Not `str`, a slice, a trait object, or a struct whose last field is one of them (`Foo<[u8]>`). */
function knownSized(fcx: Fcx, t: Ty, depth: number): boolean {
  const x = sh(fcx, t);
  if (x.kind === 'str' || x.kind === 'slice' || x.kind === 'dyn') return false;
  if (x.kind !== 'adt' || depth > 8) return true;
  const adt = fcx.tcx.adt(x.def);
  const fields = adt.kind === 'struct' && !adt.isBox ? adt.variants[0]?.fields ?? [] : [];
  return fields.length === 0 || knownSized(fcx, fcx.tcx.fieldTy(x.def, 0, fields.length - 1, x.args), depth + 1);
}

function typeParamsIn(t: Ty): Set<number> {
  const out = new Set<number>();
  someTy(t, (x) => { if (x.kind === 'param') out.add(x.index); return false; });
  return out;
}

function implementsDyn(fcx: Fcx, t: Ty, d: Ty & { kind: 'dyn' }, cast: { span: Span; from: Ty; to: Ty }): boolean {
  if (!d.principal) return true;
  // An associated fn without a receiver makes the trait not dyn-compatible (E0038), which we do
  // not check; say so rather than accept.
  if (!fcx.tcx.info(d.principal.trait).std && lacksReceiver(fcx, d.principal.trait)) {
    unsup(fcx, cast.span, 'a trait object of a trait with an associated fn without receiver (dyn compatibility, E0038)');
    return true;
  }
  const pred = { self: t, trait: d.principal.trait, args: d.principal.args.types, bindings: d.bindings ?? [] };
  const r = solve(solveCx(fcx), pred);
  // A closure whose kind is not known yet: its `Fn*` bound is checked once it is (E0525).
  const st = sh(fcx, t);
  if (st.kind === 'closure' && !fcx.closureKinds.has(st.node)) fcx.obligations.push({ pred, span: cast.span, cast: { from: cast.from, to: cast.to } });
  for (const a of d.autoTraits) register(fcx, { self: t, trait: a, args: [], bindings: [] }, { lo: 0, hi: 0 });
  // rustc commits to the unsizing and reports the missing impl (E0277), not a type mismatch.
  if (r === 'no') return reportUnmetForCast(fcx, { pred, span: cast.span, cast: { from: cast.from, to: cast.to } });
  return true;
}

export function checkBlock(fcx: Fcx, b: Block, expected: Ty | null): Ty {
  fcx.scopes.push(new Map());
  const mod = fcx.tcx.table.blockModules.get(b.id);
  if (mod !== undefined) {
    fcx.modules.push(mod);
    fcx.blockScopes.set(fcx.scopes.length - 1, mod);
  }
  let diverges = false;
  for (const s of b.stmts) if (checkStmt(fcx, s)) diverges = true;
  let t: Ty;
  if (b.tail) {
    t = expected ? checkCoerce(fcx, b.tail, expected) : checkExpr(fcx, b.tail, null);
  } else t = diverges ? NEVER : UNIT;
  if (mod !== undefined) {
    fcx.modules.pop();
    fcx.blockScopes.delete(fcx.scopes.length - 1);
  }
  fcx.scopes.pop();
  return t;
}

/** Returns whether the statement diverges. */
function checkStmt(fcx: Fcx, s: Stmt): boolean {
  switch (s.kind) {
    case 'let': {
      // Written types are normalised, as rustc's `lower_ty` + `normalize` (`<u32 as Mirror>::It`).
      // One of a type still to infer (`<(_,) as Tr>::A`) stays as written: selecting its impl is
      // where rustc would also check that impl's where-clauses (overflow, E0275), which we do not.
      const written = s.ty ? fcx.tcx.lowerTy(fcx.lowerEnv, s.ty) : null;
      const declared = written === null || someTy(written, (x) => x.kind === 'projection' && hasInfer(x)) ? written : normalize(fcx, written);
      let t: Ty = declared ?? fresh(fcx);
      let div = false;
      if (s.init) {
        if (declared) checkCoerce(fcx, s.init, declared);
        else {
          const it = checkExpr(fcx, s.init, null);
          if (sh(fcx, it).kind === 'never') div = true;
          t = it;
          if (sh(fcx, it).kind === 'never') t = fresh(fcx);
        }
        // An explicit `ref mut` binding uses the initializer as a mutable place (DerefMut).
        if (hasRefMutBinding(s.pat)) markMutPlace(fcx, s.init);
      }
      if (s.else) {
        const et = checkBlock(fcx, s.else, null);
        if (sh(fcx, et).kind !== 'never') unify(fcx.icx, et, NEVER);
      }
      checkPat(fcx, s.pat, t);
      if (s.pat.kind === 'ident') {
        // rustc's "move occurs because" for a capture points at the `let`'s type or one-line initialiser.
        const at = s.ty ? s.ty.span : s.init && !fcx.tcx.file.text.slice(s.init.span.lo, s.init.span.hi).includes('\n') ? s.init.span : null;
        if (at !== null) fcx.bindingTypeSpans.set(s.pat.id, at);
      }
      return div;
    }
    case 'item':
      return false;
    case 'expr': {
      const t = s.semi || s.expr.kind === 'macro' ? checkExpr(fcx, s.expr, null) : checkExpr(fcx, s.expr, UNIT);
      const r = sh(fcx, t);
      if (!s.semi && r.kind !== 'never' && r.kind !== 'error' && isBlockLike(s.expr)) {
        if (!unify(fcx.icx, r, UNIT)) mismatch(fcx, s.expr.span, UNIT, r);
      }
      return r.kind === 'never';
    }
    case 'empty':
      return false;
    default: {
      const never: never = s;
      return never;
    }
  }
}

function isBlockLike(e: Expr): boolean {
  return e.kind === 'if' || e.kind === 'match' || e.kind === 'block' || e.kind === 'while' || e.kind === 'loop' || e.kind === 'for';
}

export function checkExpr(fcx: Fcx, e: Expr, expected: Ty | null): Ty {
  const t = checkExprKind(fcx, e, expected);
  return setExprTy(fcx, e, t);
}

function lit(fcx: Fcx, e: Expr & { kind: 'lit' }, expected: Ty | null): Ty {
  const t = litTy(fcx, e, expected);
  if (e.lit.kind === 'int' || e.lit.kind === 'float') fcx.numLits.push({ e, ty: t, neg: fcx.negLit !== null && fcx.negLit.id === e.id ? fcx.negLit.span : null });
  return t;
}

function litTy(fcx: Fcx, e: Expr & { kind: 'lit' }, expected: Ty | null): Ty {
  const l = e.lit;
  switch (l.kind) {
    case 'int': {
      if (l.suffix) return primTy(l.suffix);
      const x = expected ? sh(fcx, expected) : null;
      if (x && x.kind === 'int') return x;
      return fresh(fcx).kind === 'infer' ? newVar(fcx, 'int') : I32;
    }
    case 'float':
      if (l.suffix) return primTy(l.suffix);
      return newVar(fcx, 'float');
    case 'str': return { kind: 'ref', region: ERASED, mut: false, inner: STR };
    case 'byteStr': return { kind: 'ref', region: ERASED, mut: false, inner: { kind: 'array', elem: U8, len: { kind: 'value', value: BigInt(l.value.length) } } };
    case 'cStr': return unsup(fcx, e.span, 'C string literal');
    case 'char': return CHAR;
    case 'byte': return U8;
    case 'bool': return BOOL;
    default: {
      const never: never = l;
      return never;
    }
  }
}

function newVar(fcx: Fcx, flavor: 'int' | 'float'): Ty {
  const v = fcx.icx.vals.length;
  fcx.icx.vals.push(null);
  fcx.icx.flavors.push(flavor);
  return { kind: 'infer', var: v, flavor };
}

function checkExprKind(fcx: Fcx, e: Expr, expected: Ty | null): Ty {
  const tcx = fcx.tcx;
  switch (e.kind) {
    case 'lit':
      return lit(fcx, e, expected);
    case 'path':
      return checkPathExpr(fcx, e);
    case 'paren':
      return checkExpr(fcx, e.inner, expected);
    case 'unary': {
      if (e.op === 'deref') {
        const t = sh(fcx, checkExpr(fcx, e.operand, null));
        if (t.kind === 'ref') return t.inner;
        if (t.kind === 'ptr') {
          if (fcx.unsafeDepth === 0) unsafetyErr(fcx, msg.unsafeDeref(e.span));
          return t.inner;
        }
        if (t.kind === 'adt' && tcx.adt(t.def).isBox) return t.args.types[0]!;
        if (t.kind === 'error') return ERROR;
        if (t.kind === 'infer' && t.flavor === 'general') return unsup(fcx, e.span, 'dereference of a value of unknown type');
        const o = overloadedDeref(fcx, t, e.span);
        if (o) {
          fcx.t.methodCallees[e.id] = o.callee;
          return o.target;
        }
        err(fcx, msg.cannotDeref(e.span, show(fcx, t)));
        return ERROR;
      }
      let negated: Expr = e.operand;
      while (negated.kind === 'paren') negated = negated.inner;
      if (e.op === 'neg' && negated.kind === 'lit') fcx.negLit = { id: negated.id, span: e.span };
      const t = checkExpr(fcx, e.operand, expected);
      fcx.negLit = null;
      const s = sh(fcx, t);
      const sym = e.op === 'neg' ? '-' : '!';
      if (e.op === 'not' && (s.kind === 'bool' || isIntegral(s))) return s;
      if (e.op === 'neg' && s.kind === 'int' && s.int.startsWith('u')) {
        err(fcx, msg.unaryNotApplicable(e.span, sym, show(fcx, s), true));
        return ERROR;
      }
      if (e.op === 'neg' && isNumeric(s)) return s;
      if (s.kind === 'error') return ERROR;
      // rustc's `check_user_unop`: no `Neg`/`Not` impl for the operand's type is E0600.
      const traitName = e.op === 'neg' ? 'Neg' : 'Not';
      if (unaryImplMissing(fcx, s, traitName)) {
        err(fcx, msg.unaryNotApplicable(e.span, sym, show(fcx, s), false));
        return ERROR;
      }
      // A user type (or a bounded parameter) with its own impl: a call of `Neg::neg` / `Not::not`.
      const trait = tcx.lang(traitName);
      if (trait >= 0 && ((s.kind === 'adt' && !tcx.info(s.def).std) || s.kind === 'param') && solve(solveCx(fcx), { self: s, trait, args: [], bindings: [] }) === 'yes') {
        const out = normalizeProjection(solveCx(fcx), s, trait, [], 'Output');
        const def = tcx.assocItems(trait).get(e.op === 'neg' ? 'neg' : 'not');
        if (out && def !== undefined) {
          const o = normalize(fcx, eraseTy(out));
          fcx.t.methodCallees[e.id] = { def, args: { regions: [], types: [s], consts: [] }, sig: { inputs: [s], output: o, unsafe: false, variadic: false }, span: e.span };
          return o;
        }
      }
      return unsup(fcx, e.span, 'overloaded unary operator');
    }
    case 'binary':
      return checkBinary(fcx, e);
    case 'assign': {
      markAssigneeWildcards(fcx, e.lhs);
      const lt = checkExpr(fcx, e.lhs, null);
      const eq = assignOpSpan(fcx, e.lhs, '=');
      for (const bad of invalidAssignees(fcx, e.lhs, true)) err(fcx, msg.invalidLhs('E0070', eq, bad.span));
      // Writing a union field is safe (its type has no drop glue), reading it is not.
      for (let x: Expr = e.lhs; x.kind === 'field' || x.kind === 'paren'; x = x.kind === 'field' ? x.base : x.inner) fcx.unionReads.delete(x.id);
      if (e.lhs.kind === 'path' && e.lhs.path.segments.length === 1 && e.lhs.path.segments[0]!.ident.name === '_') {
        unify(fcx.icx, lt, checkExpr(fcx, e.rhs, null));
        return UNIT;
      }
      // `x = x`: the value already has the variable's type, regions and all (rustc's no-op coercion).
      checkCoerce(fcx, e.rhs, lt, () => samePlaceExpr(fcx, e.lhs, e.rhs));
      markMutPlace(fcx, e.lhs);
      return UNIT;
    }
    case 'assignOp': {
      const lt = sh(fcx, checkExpr(fcx, e.lhs, null));
      for (const bad of invalidAssignees(fcx, e.lhs, false)) err(fcx, msg.invalidLhs('E0067', e.opSpan, bad.span));
      const rt = sh(fcx, checkExpr(fcx, e.rhs, isNumeric(lt) ? lt : null));
      markMutPlace(fcx, e.lhs);
      if (isNumeric(lt) || lt.kind === 'bool') {
        const rr = sh(fcx, rt);
        const r2 = rr.kind === 'ref' ? sh(fcx, rr.inner) : rr;
        if (e.op === '<<=' || e.op === '>>=') return UNIT;
        if (!unify(fcx.icx, lt, r2)) mismatch(fcx, e.rhs.span, lt, rr);
        return UNIT;
      }
      if (lt.kind === 'error' || rt.kind === 'error') return UNIT;
      const traitName = ASSIGN_OP_TRAITS[e.op];
      if (!traitName) return unsup(fcx, e.span, `overloaded \`${e.op}\` on \`${show(fcx, lt)}\``);
      const trait = tcx.lang(traitName);
      const rhsTy = fresh(fcx);
      const r = solve(solveCx(fcx), { self: lt, trait, args: [rhsTy], bindings: [] });
      if (r !== 'yes') return unsup(fcx, e.span, `overloaded \`${e.op}\` on \`${show(fcx, lt)}\``);
      coerce(fcx, e.rhs, rt, rhsTy);
      const def = tcx.assocItems(trait).get(opMethodName(traitName))!;
      fcx.t.methodCallees[e.id] = { def, args: { regions: [], types: [lt, rhsTy], consts: [] }, sig: { inputs: [ref(lt, true), rhsTy], output: UNIT, unsafe: false, variadic: false }, span: e.opSpan };
      return UNIT;
    }
    case 'ref': {
      if (e.raw) {
        const t = checkExpr(fcx, e.operand, null);
        return { kind: 'ptr', mut: e.mut, inner: t };
      }
      const x = expected ? sh(fcx, expected) : null;
      const innerExp = x && x.kind === 'ref' ? sh(fcx, x.inner) : null;
      // rustc's `rvalue_hint`: an array literal under `&[T]` still coerces its elements to `T`; a
      // closure takes its kind and signature from an expected `&dyn Fn*` (ExpectRvalueLikeUnsized).
      const arrayLit = e.operand.kind === 'array' || e.operand.kind === 'repeat';
      const sized = innerExp !== null && knownSized(fcx, innerExp, 0);
      const hinted = sized || (arrayLit && innerExp?.kind === 'slice') || (e.operand.kind === 'closure' && innerExp?.kind === 'dyn');
      const inner = checkExpr(fcx, e.operand, hinted ? innerExp : null);
      if (e.mut) markMutPlace(fcx, e.operand);
      else if (inConstInitializer(fcx) && hasInteriorMutability(fcx, res(fcx, inner), new Set())) {
        // Whether the final value refers to interior-mutable data (E0492) depends on the value.
        return unsup(fcx, e.span, 'a borrow of interior-mutable data in a constant or static');
      }
      return { kind: 'ref', region: ERASED, mut: e.mut, inner };
    }
    case 'call':
      return checkCall(fcx, e, expected);
    case 'methodCall':
      return checkMethodCall(fcx, e);
    case 'field':
      return checkField(fcx, e);
    case 'index':
      return checkIndex(fcx, e);
    case 'tuple': {
      const x = expected ? sh(fcx, expected) : null;
      return e.elems.length === 0 ? UNIT : { kind: 'tuple', elems: e.elems.map((el, i) => {
        const ex = x && x.kind === 'tuple' ? x.elems[i] ?? null : null;
        return ex ? checkCoerce(fcx, el, ex) : checkExpr(fcx, el, null);
      }) };
    }
    case 'array': {
      const x = expected ? sh(fcx, expected) : null;
      const hinted = x !== null && (x.kind === 'array' || x.kind === 'slice');
      let elem: Ty = x && (x.kind === 'array' || x.kind === 'slice') ? x.elem : fresh(fcx);
      e.elems.forEach((el, i) => {
        if (i === 0 && !hinted) {
          elem = checkExpr(fcx, el, null);
          return;
        }
        if (!hinted) {
          const t = checkExpr(fcx, el, null);
          const lub = fnPointerLub(fcx, elem, t);
          if (lub) {
            for (const prev of e.elems.slice(0, i)) coerce(fcx, prev, fcx.t.exprTypes[prev.id] ?? ERROR, lub);
            elem = lub;
          }
          coerce(fcx, el, t, elem);
          return;
        }
        checkCoerce(fcx, el, elem);
      });
      return { kind: 'array', elem, len: { kind: 'value', value: BigInt(e.elems.length) } };
    }
    case 'repeat': {
      const x = expected ? sh(fcx, expected) : null;
      const elem = x && (x.kind === 'array' || x.kind === 'slice') ? checkCoerce(fcx, e.elem, x.elem) : checkExpr(fcx, e.elem, null);
      // The count is an anonymous const, a body of its own: no loop around it reaches in.
      fcx.loops.push([]);
      checkCoerce(fcx, e.count, USIZE);
      fcx.loops.pop();
      const len = e.count.kind === 'lit' && e.count.lit.kind === 'int' ? { kind: 'value' as const, value: e.count.lit.value } : { kind: 'unknown' as const };
      return { kind: 'array', elem, len };
    }
    case 'struct':
      return checkStructLit(fcx, e, expected);
    case 'block': {
      if (e.flavor === 'unsafe') fcx.unsafeDepth++;
      if (e.flavor === 'async' || e.flavor === 'asyncMove') return unsup(fcx, e.span, 'async block');
      let t: Ty;
      if (e.label) {
        const ctx = { label: e.label.name, isLoop: false, breakTy: expected ?? fresh(fcx), block: true };
        fcx.loops[fcx.loops.length - 1]!.push(ctx);
        t = checkBlock(fcx, e.block, ctx.breakTy);
        fcx.loops[fcx.loops.length - 1]!.pop();
      } else t = checkBlock(fcx, e.block, expected);
      if (e.flavor === 'unsafe') fcx.unsafeDepth--;
      return t;
    }
    case 'if': {
      fcx.scopes.push(new Map());
      checkCond(fcx, e.cond);
      const target = expected && e.else ? expected : null;
      // Without `else`, the `then` block meets the expectation and `()` is then coerced into the
      // result (rustc's `if_fallback_coercion`): E0317 when the block has a value, unless the
      // expectation itself is `()` (a statement), where the block's tail is the mismatch.
      const exp = expected ? sh(fcx, expected) : null;
      const unitExpected = exp !== null && exp.kind === 'tuple' && exp.elems.length === 0;
      const free = exp === null || exp.kind === 'infer';
      const tt = checkBlock(fcx, e.then, e.else ? target : unitExpected ? UNIT : free ? null : exp);
      fcx.scopes.pop();
      if (!e.else) {
        const s = sh(fcx, tt);
        if (s.kind === 'error') return UNIT;
        if (unitExpected) {
          if (s.kind !== 'never' && !unify(fcx.icx, s, UNIT)) mismatch(fcx, e.then.tail?.span ?? e.then.span, UNIT, s);
          return UNIT;
        }
        // A concrete expectation is the coercion target; without one, the block's own type is.
        if (!free || (s.kind !== 'never' && !unify(fcx.icx, s, UNIT))) {
          err(fcx, msg.ifWithoutElse(e.span, show(fcx, free ? s : exp!)));
          return ERROR;
        }
        return UNIT;
      }
      const et = checkExpr(fcx, e.else, target);
      if (target) {
        // A branch block without a tail is `()` (or `!`): it must still meet the expected type.
        if (!e.then.tail) coerce(fcx, e.then, tt, target);
        if (e.else.kind === 'block' && !e.else.block.tail) coerce(fcx, e.else, et, target);
      }
      const elseNode = e.else.kind === 'block' && e.else.block.tail ? { id: e.else.id, span: e.else.block.tail.span } : e.else;
      return joinBranches(fcx, [{ node: e.then.tail ?? e.then, ty: tt }, { node: elseNode, ty: et }], target);
    }
    case 'let': {
      // Only reached inside `if`/`while` conditions (let chains).
      const st = checkExpr(fcx, e.scrutinee, null);
      if (hasRefMutBinding(e.pat)) markMutPlace(fcx, e.scrutinee);
      checkPat(fcx, e.pat, st);
      return BOOL;
    }
    case 'while': {
      fcx.scopes.push(new Map());
      checkCond(fcx, e.cond);
      fcx.loops[fcx.loops.length - 1]!.push({ label: e.label?.name ?? null, isLoop: false, breakTy: null });
      checkBlock(fcx, e.body, UNIT);
      fcx.loops[fcx.loops.length - 1]!.pop();
      fcx.scopes.pop();
      return UNIT;
    }
    case 'loop': {
      const ctx = { label: e.label?.name ?? null, isLoop: true, breakTy: null as Ty | null };
      fcx.loops[fcx.loops.length - 1]!.push(ctx);
      checkBlock(fcx, e.body, UNIT);
      fcx.loops[fcx.loops.length - 1]!.pop();
      return ctx.breakTy ?? NEVER;
    }
    case 'for':
      return checkFor(fcx, e);
    case 'match': {
      const st = checkExpr(fcx, e.scrutinee, null);
      if (e.arms.some((a) => hasRefMutBinding(a.pat))) markMutPlace(fcx, e.scrutinee);
      const results: { node: { id: number; span: Span }; ty: Ty }[] = [];
      for (const arm of e.arms) {
        fcx.scopes.push(new Map());
        checkPat(fcx, arm.pat, st);
        if (arm.guard) {
          if (arm.guard.kind === 'let') checkExpr(fcx, arm.guard, null);
          else checkCoerce(fcx, arm.guard, BOOL);
        }
        const bt = expected ? checkCoerce(fcx, arm.body, expected) : checkExpr(fcx, arm.body, null);
        results.push({ node: arm.body, ty: bt });
        fcx.scopes.pop();
      }
      if (e.arms.length === 0) return NEVER;
      return joinBranches(fcx, results, expected);
    }
    case 'closure':
      return checkClosure(fcx, e, expected);
    case 'break': {
      const stack = fcx.loops[fcx.loops.length - 1]!;
      // No loop of this body around it: E0268/E0267 (the loops pass); rustc's typeck taints the body.
      if (e.label === null && !stack.some((l) => l.block !== true)) fcx.tainted = true;
      const target = e.label ? [...stack].reverse().find((l) => l.label === e.label!.name) : [...stack].reverse().find((l) => l.isLoop || l.label === null);
      if (e.value) {
        const vt = checkExpr(fcx, e.value, target?.breakTy ?? null);
        if (target) {
          if (target.breakTy) coerce(fcx, e.value, vt, target.breakTy);
          else target.breakTy = vt;
        }
      } else if (target && target.isLoop) {
        if (target.breakTy) unify(fcx.icx, target.breakTy, UNIT);
        else target.breakTy = UNIT;
      }
      return NEVER;
    }
    case 'continue':
      if (e.label === null && !fcx.loops[fcx.loops.length - 1]!.some((l) => l.block !== true)) fcx.tainted = true;
      return NEVER;
    case 'return': {
      const rt = fcx.rets[fcx.rets.length - 1]!;
      if (e.value) checkCoerce(fcx, e.value, rt);
      else if (!unify(fcx.icx, rt, UNIT)) mismatch(fcx, e.span, rt, UNIT);
      return NEVER;
    }
    case 'range': {
      const name = e.lo && e.hi ? (e.inclusive ? 'RangeInclusive' : 'Range') : e.lo ? 'RangeFrom' : e.hi ? (e.inclusive ? 'RangeToInclusive' : 'RangeTo') : 'RangeFull';
      const def = tcx.lang(name);
      if (def < 0) return unsup(fcx, e.span, `\`${name}\``);
      if (name === 'RangeFull') return { kind: 'adt', def, args: { regions: [], types: [], consts: [] } };
      const x = expected ? sh(fcx, expected) : null;
      const it: Ty = x && x.kind === 'adt' && x.def === def && x.args.types[0] ? x.args.types[0] : fresh(fcx);
      if (e.lo) checkCoerce(fcx, e.lo, it);
      if (e.hi) checkCoerce(fcx, e.hi, it);
      return { kind: 'adt', def, args: { regions: [], types: [it], consts: [] } };
    }
    case 'cast': {
      const target = normalize(fcx, tcx.lowerTy(fcx.lowerEnv, e.ty));
      const tt = sh(fcx, target);
      let op: Expr = e.operand;
      while (op.kind === 'paren') op = op.inner;
      // `(|x| x) as fn(usize) -> usize`: the pointer type is the closure's expected signature.
      const ot = checkExpr(fcx, e.operand, tt.kind === 'fnPtr' && op.kind === 'closure' ? tt : null);
      const s = sh(fcx, ot);
      if (s.kind === 'infer' && s.flavor === 'general') unify(fcx.icx, s, tt);
      // rustc types an unsuffixed literal operand from the cast's target (`66 as char` is a `u8`).
      if (s.kind === 'infer' && op.kind === 'lit') {
        if (s.flavor === 'int' && tt.kind === 'char') unify(fcx.icx, s, { kind: 'int', int: 'u8' });
        else if (s.flavor === 'int' && tt.kind === 'int') unify(fcx.icx, s, tt);
        else if (s.flavor === 'int' && (tt.kind === 'ptr' || tt.kind === 'fnPtr')) unify(fcx.icx, s, { kind: 'int', int: 'usize' });
        else if (s.flavor === 'float' && tt.kind === 'float') unify(fcx.icx, s, tt);
      }
      fcx.casts.push({ span: e.span, from: ot, to: target, operand: e.operand.span, tySpan: e.ty.span });
      // Only a closure that captures nothing casts to a fn pointer; captures are known at the end.
      if (s.kind === 'closure' && tt.kind === 'fnPtr') fcx.closureToFnPtr.push({ node: s.node, span: e.span, target: tt, closure: s, cast: true });
      if (s.kind === 'ref' && tt.kind === 'ptr') {
        const pointee = sh(fcx, tt.inner);
        // `&x as *const dyn Trait` unsizes; the MIR builder lowers the cast itself.
        const si = sh(fcx, s.inner);
        // `&[T; N] as *const T`: an array reference casts to a pointer to its first element.
        const arrayToElem = !s.mut || !tt.mut ? si.kind === 'array' && sameArrayElem(fcx, si.elem, pointee) : false;
        if (!arrayToElem && !(pointee.kind === 'dyn' && implementsDyn(fcx, si, pointee, { span: e.span, from: s, to: tt }))) coerce(fcx, e.operand, s, tt);
      }
      return target;
    }
    case 'try':
      return checkTry(fcx, e);
    case 'await':
      return unsup(fcx, e.span, '`.await`');
    case 'macro':
      return checkMacro(fcx, e, expected);
    case 'err':
      fcx.tainted = true;
      return ERROR;
    default: {
      const never: never = e;
      return never;
    }
  }
}

/**
 * rustc's `check_lhs_assignable`: the left side of an assignment must be a place (a local, a
 * static, a dereference, a field or an index of anything); with `=` it may also destructure
 * (tuples, arrays, tuple-struct and struct expressions, `_`, `..`), whose parts must be places.
 */
function invalidAssignees(fcx: Fcx, e: Expr, destructure: boolean): Expr[] {
  switch (e.kind) {
    case 'paren': return invalidAssignees(fcx, e.inner, destructure);
    case 'unary': return e.op === 'deref' ? [] : [e];
    case 'field': case 'index': case 'err': return [];
    case 'path': {
      if (destructure && e.qself === null && e.path.segments.length === 1 && e.path.segments[0]!.ident.name === '_') return [];
      const r = fcx.t.resolutions[e.id];
      if (r === undefined || r.kind === 'local' || r.kind === 'err') return [];
      if (r.kind === 'def' && fcx.tcx.info(r.def).kind === 'static') return [];
      // A unit struct or variant destructures (matches) nothing: still an assignee pattern.
      if (destructure && r.kind === 'ctor' && r.ctor === 'unit') return [];
      return [e];
    }
    case 'tuple': case 'array':
      if (!destructure) return [e];
      return e.elems.flatMap((x) => (x.kind === 'range' && x.lo === null && x.hi === null ? [] : invalidAssignees(fcx, x, true)));
    case 'call': {
      const r = fcx.t.resolutions[e.callee.id];
      if (!destructure || r === undefined || r.kind !== 'ctor') return [e];
      return e.args.flatMap((x) => (x.kind === 'range' && x.lo === null && x.hi === null ? [] : invalidAssignees(fcx, x, true)));
    }
    case 'struct':
      if (!destructure) return [e];
      return e.fields.flatMap((f) => invalidAssignees(fcx, f.expr, true));
    case 'range':
      return destructure && e.lo === null && e.hi === null ? [] : [e];
    default:
      return [e];
  }
}

/** The `_` expressions in assignee position of a destructuring assignment's left side. */
function markAssigneeWildcards(fcx: Fcx, e: Expr): void {
  switch (e.kind) {
    case 'paren': markAssigneeWildcards(fcx, e.inner); return;
    case 'path':
      if (e.qself === null && !e.path.global && e.path.segments.length === 1 && e.path.segments[0]!.ident.name === '_') fcx.assigneeWildcards.add(e.id);
      return;
    case 'tuple': case 'array': e.elems.forEach((x) => markAssigneeWildcards(fcx, x)); return;
    case 'call': e.args.forEach((x) => markAssigneeWildcards(fcx, x)); return;
    case 'struct': e.fields.forEach((f) => markAssigneeWildcards(fcx, f.expr)); return;
    default: return;
  }
}

/** The `=` of an assignment: the first one after its left side. */
function assignOpSpan(fcx: Fcx, lhs: Expr, op: string): Span {
  const at = fcx.tcx.file.text.indexOf(op, lhs.span.hi);
  return at < 0 ? lhs.span : { lo: at, hi: at + op.length };
}

/**
 * Whether no `Neg`/`Not` impl can apply to `t`: the scalars without one (`-true`, `!1.5`), and
 * user ADTs, tuples, arrays, `str`, references to those, and type parameters for which the trait
 * solver says no. Std types and anything uncertain are left to `unsupported`.
 */
function unaryImplMissing(fcx: Fcx, t: Ty, trait: 'Neg' | 'Not'): boolean {
  switch (t.kind) {
    case 'bool': return trait === 'Neg';
    case 'float': return trait === 'Not';
    case 'char': case 'str': case 'tuple': case 'array': case 'slice': case 'fnDef': case 'fnPtr': case 'closure': case 'never': return true;
    case 'infer': return t.flavor === 'float' && trait === 'Not';
    case 'ref': {
      const inner = sh(fcx, t.inner);
      // `&i32: Neg` and `&bool: Not` are std impls; a reference to anything else has none.
      if (isNumeric(inner) || inner.kind === 'bool' || (inner.kind === 'infer' && inner.flavor !== 'general')) return false;
      return inner.kind === 'str' || inner.kind === 'tuple' || inner.kind === 'array' || inner.kind === 'slice' || inner.kind === 'char' || (inner.kind === 'adt' && !fcx.tcx.info(inner.def).std);
    }
    case 'adt':
    case 'param': {
      if (t.kind === 'adt' && fcx.tcx.info(t.def).std) return false;
      const def = fcx.tcx.lang(trait);
      return def >= 0 && solve(solveCx(fcx), { self: t, trait: def, args: [], bindings: [] }) === 'no';
    }
    default: return false;
  }
}

function checkCond(fcx: Fcx, c: Expr): void {
  if (c.kind === 'let') {
    setExprTy(fcx, c, checkExprKind(fcx, c, null));
    return;
  }
  if (c.kind === 'binary' && c.op === '&&' && (containsLet(c.lhs) || containsLet(c.rhs))) {
    checkCond(fcx, c.lhs);
    checkCond(fcx, c.rhs);
    setExprTy(fcx, c, BOOL);
    return;
  }
  checkCoerce(fcx, c, BOOL);
}

function containsLet(e: Expr): boolean {
  return e.kind === 'let' || (e.kind === 'binary' && e.op === '&&' && (containsLet(e.lhs) || containsLet(e.rhs)));
}

/**
 * Two distinct fn items or closures meeting in one place (match arms, array elements) have no
 * common type; rustc's CoerceMany makes both fn pointers. Returns that pointer type, or null.
 */
function fnPointerLub(fcx: Fcx, prev: Ty, next: Ty): Ty | null {
  const a = sh(fcx, prev);
  const b = sh(fcx, next);
  const fnLike = (t: Ty): boolean => t.kind === 'fnDef' || t.kind === 'closure';
  if (fnLike(a) && b.kind === 'fnPtr') return b;
  if (!fnLike(a) || !fnLike(b)) return null;
  if (a.kind === 'fnDef' && b.kind === 'fnDef' && a.def === b.def) return null;
  if (a.kind === 'closure' && b.kind === 'closure' && a.node === b.node) return null;
  // rustc's CoerceMany: a closure that mentions a variable of its parent is never a fn pointer.
  if ((a.kind === 'closure' && fcx.closuresMentioningUpvars.has(a.node)) || (b.kind === 'closure' && fcx.closuresMentioningUpvars.has(b.node))) return null;
  const sig = fnLikeSig(solveCx(fcx), a);
  if (!sig) return null;
  const unsafe = (a.kind === 'fnDef' && fcx.tcx.fnSig(a.def).sig.unsafe) || (b.kind === 'fnDef' && fcx.tcx.fnSig(b.def).sig.unsafe);
  return { kind: 'fnPtr', sig: { inputs: sig.inputs, output: sig.output, unsafe, variadic: false } };
}

function joinBranches(fcx: Fcx, arms: readonly { node: { id: number; span: Span }; ty: Ty }[], expected: Ty | null): Ty {
  if (expected) return expected;
  let result: Ty | null = null;
  for (const a of arms) {
    const s = sh(fcx, a.ty);
    if (s.kind === 'never') continue;
    if (!result) {
      result = a.ty;
      continue;
    }
    const lub = fnPointerLub(fcx, result, a.ty);
    if (lub) {
      for (const prev of arms) {
        if (prev === a) break;
        const pk = sh(fcx, prev.ty).kind;
        if (pk === 'fnDef' || pk === 'closure') coerce(fcx, prev.node, prev.ty, lub);
      }
      result = lub;
    }
    coerce(fcx, a.node, a.ty, result);
  }
  if (!result) return NEVER;
  for (const a of arms) if (sh(fcx, a.ty).kind === 'never') addAdjustments(fcx, a.node.id, [{ kind: 'neverToAny', target: result }]);
  return result;
}

function checkPathExpr(fcx: Fcx, e: Expr & { kind: 'path' }): Ty {
  const tcx = fcx.tcx;
  const segs = e.path.segments;
  const names = segs.map((s) => s.ident.name);
  if (e.qself) {
    const self = tcx.lowerTy(fcx.lowerEnv, e.qself.ty);
    if (e.qself.position === 0 && names.length === 1) return assocValue(fcx, e, self, names[0]!);
    if (e.qself.position >= 1 && names.length === e.qself.position + 1) {
      const r = resolvePath(tcx.table, curModule(fcx), names.slice(0, e.qself.position), 'type');
      if (r.kind === 'def' && tcx.info(r.def).kind === 'trait') {
        const m = tcx.assocItems(r.def).get(names[names.length - 1]!);
        if (m !== undefined) return traitItemValue(fcx, e, r.def, m, self);
      }
    }
    return unsup(fcx, e.span, 'qualified path');
  }
  if (names.length === 1 && !e.path.global) {
    const local = lookupLocal(fcx, names[0]!);
    if (local !== null) {
      fcx.t.resolutions[e.id] = { kind: 'local', binding: local };
      const d = fcx.bindingDepth.get(local) ?? 0;
      for (const c of fcx.closureStack) if (c.depth > d) fcx.closuresMentioningUpvars.add(c.node);
      return fcx.t.bindingTypes[local] ?? ERROR;
    }
    if (names[0] === 'self') {
      err(fcx, msg.unresolvedValue(segs[0]!.ident.span, 'self'));
      return ERROR;
    }
    // `_` stands for "any value" only where an assignment destructures.
    if (names[0] === '_') {
      if (fcx.assigneeWildcards.has(e.id)) return fresh(fcx);
      err(fcx, msg.wildcardExpr(segs[0]!.ident.span));
      return ERROR;
    }
  }
  if (names[0] === 'Self' && fcx.lowerEnv.selfTy) {
    const st = eraseTy(fcx.lowerEnv.selfTy);
    if (names.length === 1) return ctorValue(fcx, e, st, null);
    if (names.length === 2) {
      if (st.kind === 'adt' && tcx.adt(st.def).kind === 'enum') {
        const v = tcx.adt(st.def).variants.findIndex((x) => x.name === names[1]);
        if (v >= 0) return ctorValue(fcx, e, st, v);
      }
      return assocValue(fcx, e, st, names[1]!);
    }
  }
  // A type parameter's associated fn: `T::default()`.
  if (names.length === 2 && fcx.lowerEnv.owner !== null) {
    const tp = findParam(fcx, names[0]!);
    if (tp) return assocValue(fcx, e, tp, names[1]!);
  }
  // An item of an associated type of `Self` or a type parameter: `Self::Repr::from(10)`, `M::Row::DIM`.
  if (names.length === 3 && !e.path.global && ((names[0] === 'Self' && fcx.lowerEnv.selfTy) || (fcx.lowerEnv.owner !== null && findParam(fcx, names[0]!)))) {
    const tyExpr = { kind: 'path' as const, id: -1, qself: null, path: { global: false, segments: segs.slice(0, 2), span: e.path.span }, span: e.path.span };
    const base = tcx.lowerTy({ ...fcx.lowerEnv, infer: () => fresh(fcx), valuePath: true }, tyExpr);
    return assocValue(fcx, e, normalize(fcx, base), names[2]!);
  }
  const r = resolvePathChecked(tcx, curModule(fcx), e.path, names, 'value', e.path.global);
  if (r.kind === 'none') {
    const std = unmodelledStdPath(tcx.table, curModule(fcx), names, e.path.global);
    if (std !== null) err(fcx, unmodelledStd(e.span, std));
    else if (names.length === 1) err(fcx, (fcx.calleeId === e.id ? msg.unresolvedFn : msg.unresolvedValue)(segs[0]!.ident.span, names[0]!));
    else if (r.failedAt === names.length - 1 && isModulePrefix(fcx, names, e.path.global)) err(fcx, msg.unresolvedInModule(segs[r.failedAt]!.ident.span, fcx.calleeId === e.id ? 'function' : 'value', names[r.failedAt]!, names[r.failedAt - 1]!));
    else err(fcx, msg.unresolvedPath(segs[r.failedAt]?.ident.span ?? e.span, names[r.failedAt] ?? names[0]!));
    return ERROR;
  }
  if (r.kind === 'prim') {
    if (r.consumed === names.length - 1) return assocValue(fcx, e, primTy(r.name), names[names.length - 1]!);
    return unsup(fcx, e.span, 'path');
  }
  const d = tcx.info(r.def);
  if (r.consumed < names.length) {
    if (r.consumed !== names.length - 1) return unsup(fcx, e.span, 'long associated path');
    const last = names[names.length - 1]!;
    if (d.kind === 'trait') {
      const m = tcx.assocItems(r.def).get(last);
      if (m === undefined) {
        if (d.std) err(fcx, unmodelledStd(e.span, names.join('::')));
        else err(fcx, msg.unresolvedPath(segs[names.length - 1]!.ident.span, last));
        return ERROR;
      }
      return traitItemValue(fcx, e, r.def, m, fresh(fcx));
    }
    const tyExpr = { kind: 'path' as const, id: -1, qself: null, path: { global: e.path.global, segments: segs.slice(0, r.consumed), span: e.path.span }, span: e.path.span };
    const base = tcx.lowerTy({ ...fcx.lowerEnv, infer: () => fresh(fcx), valuePath: true }, tyExpr);
    return assocValue(fcx, e, base, last);
  }
  switch (d.kind) {
    case 'fn': {
      const inst = instantiateFn(fcx, r.def, e.span, { own: fnTurbofish(fcx, r.def, segs[segs.length - 1]!, 'function') });
      fcx.t.resolutions[e.id] = { kind: 'def', def: r.def, args: inst.args };
      return { kind: 'fnDef', def: r.def, args: inst.args };
    }
    case 'const':
    case 'static':
      fcx.t.resolutions[e.id] = { kind: 'def', def: r.def, args: { regions: [], types: [], consts: [] } };
      if (fcx.unsafeDepth === 0 && tcx.isMutStatic?.(r.def) === true) unsafetyErr(fcx, msg.unsafeMutStatic(e.span));
      // A static's lifetimes are all `'static`; keeping them lets borrowck see which regions of a
      // `dyn Fn(&'static u8)` are free (the others are bound, and erased alike).
      return d.kind === 'static' ? eraseTyKeepStatic(tcx.constTy(r.def)) : eraseTy(tcx.constTy(r.def));
    case 'struct':
    case 'variant': {
      // A tuple struct named by a lone identifier (through an import) whose constructor it cannot see.
      if (d.kind === 'struct' && names.length === 1 && !e.path.global) {
        const hidden = privateCtorFields(tcx.table, r.def, curModule(fcx));
        if (hidden.length > 0) {
          err(fcx, privacyMsg.privateCtorUse(segs[0]!.ident.span, hidden.map((f) => tcx.info(f).span).filter((s): s is Span => s !== null)));
          return ERROR;
        }
      }
      const adtDef = d.kind === 'variant' ? d.parent! : r.def;
      const g = tcx.generics(adtDef);
      // A variant's type arguments may be written on the enum (`W::<u8>::A`) or on the variant (`W::A::<u8>`).
      const explicit = turbofish(fcx, segs[segs.length - 1]!) ?? (d.kind === 'variant' && segs.length >= 2 ? turbofish(fcx, segs[segs.length - 2]!) : undefined);
      const adtTy: Ty = { kind: 'adt', def: adtDef, args: { regions: g.regions.map(() => ERASED), types: g.types.map((_, i) => explicit?.[i] ?? fresh(fcx)), consts: [] } };
      const vi = d.kind === 'variant' ? tcx.adt(adtDef).variants.findIndex((v) => v.def === r.def) : null;
      return ctorValue(fcx, e, adtTy, vi);
    }
    default:
      err(fcx, msg.unresolvedValue(e.span, names.join('::')));
      return ERROR;
  }
}

/** A user ADT whose impls of `trait` (at least one) all have the ADT itself as their right-hand type. */
function onlySelfComparisons(fcx: Fcx, l: Ty, trait: DefId): boolean {
  if (l.kind !== 'adt' || fcx.tcx.info(l.def).std || trait < 0) return false;
  const impls = fcx.tcx.traitImpls(trait).filter((ii) => ii.selfTy.kind === 'adt' && ii.selfTy.def === l.def);
  if (impls.length === 0) return false;
  return impls.every((ii) => {
    // A derived impl, or an impl leaving `Rhs` to its default, compares with `Self`.
    if (ii.def === null || ii.trait === null) return true;
    const rhs = ii.trait.args.types[ii.trait.args.types.length - 1];
    return rhs === undefined || (rhs.kind === 'adt' && rhs.def === l.def);
  });
}

/** Whether all but the last segment of a path name a module (`m::g`, `crate::a::g`). */
function isModulePrefix(fcx: Fcx, names: readonly string[], global: boolean): boolean {
  const r = resolvePath(fcx.tcx.table, curModule(fcx), names.slice(0, -1), 'type', global);
  return r.kind === 'def' && r.consumed === names.length - 1 && fcx.tcx.info(r.def).kind === 'mod' && !fcx.tcx.info(r.def).std;
}

function findParam(fcx: Fcx, name: string): Ty | null {
  const tcx = fcx.tcx;
  let cur: DefId | null = fcx.lowerEnv.owner;
  while (cur !== null) {
    const g = tcx.generics(cur);
    const i = g.types.indexOf(name);
    if (i >= 0) return { kind: 'param', index: g.parentTypes + i, name };
    cur = g.parent;
  }
  return null;
}

/**
 * The explicit type arguments of a fn or method, checked against its own parameters as rustc's
 * `check_generic_arg_count` does (E0107); extra ones are dropped so instantiation stays total.
 * Parameters written `impl Trait` in argument position cannot be given and are not counted.
 */
function fnTurbofish(fcx: Fcx, def: DefId, seg: { ident: { span: Span }; args: import('../../syntax/ast.js').GenericArgs | null }, what: 'function' | 'method'): Ty[] | undefined {
  const own = turbofish(fcx, seg);
  if (own === undefined) return undefined;
  const g = fcx.tcx.generics(def);
  if (g.generics?.params.some((p) => p.kind === 'const')) return own.slice(0, g.types.length);
  const max = g.types.length - g.implTraitParams.size;
  if (own.length !== max && !fcx.tcx.info(def).std) err(fcx, msg.wrongArgCount(seg.ident.span, what, 'generic', max, max, own.length));
  return own.slice(0, max);
}

function turbofish(fcx: Fcx, seg: { args: import('../../syntax/ast.js').GenericArgs | null }): Ty[] | undefined {
  if (!seg.args || seg.args.kind !== 'angle') return undefined;
  const out: Ty[] = [];
  for (const a of seg.args.args) if (a.kind === 'type') out.push(fcx.tcx.lowerTy({ ...fcx.lowerEnv, infer: () => fresh(fcx) }, a.ty));
  return out.length ? out : undefined;
}

/** A unit/tuple struct or variant used as a value. */
function ctorValue(fcx: Fcx, e: Expr, adtTy: Ty, variant: number | null): Ty {
  const tcx = fcx.tcx;
  if (adtTy.kind !== 'adt') return unsup(fcx, e.span, '`Self` constructor');
  const a = tcx.adt(adtTy.def);
  const vi = variant ?? 0;
  const v = a.variants[vi];
  if (!v) return ERROR;
  fcx.t.resolutions[e.id] = { kind: 'ctor', adt: adtTy.def, variant: vi, ctor: v.ctor, args: adtTy.args };
  if (v.ctor !== 'named') registerAdtPredicates(fcx, adtTy.def, adtTy.args, e.span);
  if (v.ctor === 'unit') return adtTy;
  if (v.ctor === 'named') {
    err(fcx, { level: 'error', code: 'E0533', message: `expected value, found struct variant \`${v.name}\``, spans: [{ span: e.span, label: 'not a value', primary: true }], children: [] });
    return ERROR;
  }
  return { kind: 'fnDef', def: v.def, args: adtTy.args };
}

function assocValue(fcx: Fcx, e: Expr, base: Ty, name: string): Ty {
  const tcx = fcx.tcx;
  const b = sh(fcx, base);
  if (b.kind === 'adt' && tcx.adt(b.def).kind === 'enum') {
    const v = tcx.adt(b.def).variants.findIndex((x) => x.name === name);
    if (v >= 0) return ctorValue(fcx, e, b, v);
  }
  const p = probeAssoc(fcx, b, name, e.span);
  if (!p) {
    const kw = b.kind === 'adt' ? (tcx.adt(b.def).kind === 'enum' ? 'enum' : 'struct') : b.kind === 'param' ? 'type parameter' : 'type';
    if (stdMayHaveMethod(tcx, res(fcx, b), name)) return unsup(fcx, e.span, `associated item \`${name}\` of \`${show(fcx, b)}\` (not in the std model)`);
    err(fcx, msg.noAssoc(e.kind === 'path' ? e.path.segments[e.path.segments.length - 1]!.ident.span : e.span, name, show(fcx, b), kw));
    return ERROR;
  }
  const k = tcx.info(p.def).kind;
  if (!accessible(tcx, p.def, curModule(fcx))) {
    const span = e.kind === 'path' ? e.path.segments[e.path.segments.length - 1]!.ident.span : e.span;
    const what = k === 'assocConst' ? 'associated constant' : tcx.fnSig(p.def).hasSelf ? 'method' : 'associated function';
    err(fcx, privacyMsg.privateAssoc(span, what, name, defHeadSpan(tcx, p.def, false)));
    return ERROR;
  }
  if (k === 'assocConst') {
    fcx.t.resolutions[e.id] = { kind: 'def', def: p.def, args: { regions: [], types: p.parentArgs, consts: [] } };
    const item = tcx.info(p.def).node;
    if (item.kind === 'item' && item.item.kind === 'const' && item.item.ty) return eraseTy(substTy(tcx.lowerTy({ ...tcx.lowerEnvFor(p.def), report: false }, item.item.ty), { regions: [], types: p.parentArgs, consts: [] }));
    return ERROR;
  }
  if (k !== 'assocFn') return unsup(fcx, e.span, 'associated item');
  const segs = e.kind === 'path' ? e.path.segments : [];
  const inst = instantiateFn(fcx, p.def, e.span, { parent: p.parentArgs, own: segs.length ? fnTurbofish(fcx, p.def, segs[segs.length - 1]!, 'function') : undefined });
  fcx.t.resolutions[e.id] = { kind: 'def', def: p.def, args: inst.args };
  return { kind: 'fnDef', def: p.def, args: inst.args };
}

function traitItemValue(fcx: Fcx, e: Expr, trait: DefId, item: DefId, self: Ty): Ty {
  const tcx = fcx.tcx;
  if (tcx.info(item).kind !== 'assocFn') return unsup(fcx, e.span, 'trait associated item');
  if (tcx.info(trait).lang === 'Drop' && tcx.info(item).name === 'drop') {
    err(fcx, msg.explicitDrop(e.span));
    return ERROR;
  }
  const g = tcx.generics(trait);
  const parent: Ty[] = [self];
  for (let i = 1; i < g.types.length; i++) parent.push(fresh(fcx));
  const inst = instantiateFn(fcx, item, e.span, { parent });
  register(fcx, { self, trait, args: parent.slice(1), bindings: [] }, e.span);
  fcx.t.resolutions[e.id] = { kind: 'def', def: item, args: inst.args };
  return { kind: 'fnDef', def: item, args: inst.args };
}

function fnDefSig(fcx: Fcx, t: Ty & { kind: 'fnDef' }): { inputs: readonly Ty[]; output: Ty; unsafe: boolean } {
  const s = fcx.tcx.fnSig(t.def).sig;
  return { inputs: s.inputs.map((x) => normalize(fcx, eraseTy(substTy(x, t.args)))), output: normalize(fcx, eraseTy(substTy(s.output, t.args))), unsafe: s.unsafe };
}

/** rustc's `expected_inputs_for_expected_output`: what the arguments should be if the call's result is to have the expected type. */
function expectedInputs(fcx: Fcx, inputs: readonly Ty[], output: Ty, expected: Ty | null): (Ty | null)[] | null {
  if (!expected) return null;
  // rustc relates the types by subtyping, which leaves two type variables apart: a formal that is
  // a variable stays itself (its pending `Fn*` bounds give a closure argument its signature).
  const before = inputs.map((t) => sh(fcx, t));
  const s = snapshot(fcx.icx);
  let out: (Ty | null)[] | null = null;
  if (unify(fcx.icx, output, expected)) out = inputs.map((t, i) => { const r = res(fcx, t); const b = before[i]!; return b.kind === 'infer' && b.flavor === 'general' && r.kind === 'infer' ? b : r; });
  rollback(fcx.icx, s);
  return out;
}

/** `closure`: the callee is a closure or an `Fn*`-bounded value (rustc's E0057 rather than E0061). */
function checkArgs(fcx: Fcx, args: readonly Expr[], inputs: readonly Ty[], span: Span, isMethod: boolean, hints: (Ty | null)[] | null = null, site: { callee: DefId | null; label: Span } | null = null, closure = false): void {
  if (args.length !== inputs.length) {
    err(fcx, msg.argCount(span, inputs.length, args.length, isMethod, closure ? 'E0057' : 'E0061'));
    for (const a of args) checkExpr(fcx, a, null);
    return;
  }
  // Closures last, so their parameter types can come from the other arguments (as rustc does).
  const order = args.map((_, i) => i).sort((a, b) => Number(args[a]!.kind === 'closure') - Number(args[b]!.kind === 'closure'));
  for (const i of order) {
    if (args[i]!.kind === 'closure') selectWherePossible(fcx);
    const hint = hints?.[i];
    const outer = fcx.argSite;
    fcx.argSite = site === null ? null : { arg: args[i]!.id, callee: site.callee, label: site.label, index: i };
    if (hint && args[i]!.kind === 'closure' && sh(fcx, inputs[i]!).kind === 'infer' && sh(fcx, hint).kind !== 'fnPtr') {
      const t = checkExpr(fcx, args[i]!, hint);
      coerce(fcx, args[i]!, t, inputs[i]!);
    } else if (hint && sh(fcx, inputs[i]!).kind === 'infer' && sh(fcx, hint).kind === 'fnPtr') {
      // rustc coerces an argument to the type the expected result asks of it (`Some(len)` as
      // `Option<fn(&str) -> usize>` reifies `len`), then equates the parameter with that type.
      const target = sh(fcx, hint);
      const t = checkExpr(fcx, args[i]!, target);
      if (coerce(fcx, args[i]!, t, target)) unify(fcx.icx, inputs[i]!, target);
    } else if (hint && sizedHint(fcx, hint) && hasUnresolved(fcx.icx, inputs[i]!)) {
      // rustc's `check_argument_types`: an argument whose formal type the expected output fixes
      // is checked against that type and coerced to it (`Box::new(Box::new(|| ..))` expected as
      // `Box<Box<dyn Fn()>>` unsizes the inner box), then the formal type is made equal to it.
      const t = checkExpr(fcx, args[i]!, hint);
      // As rustc, pending obligations are selected first so the coercion sees what they decide
      // (`Vec<_>` from `collect` is `Vec<&str>` before `Some(x)` coerces `x`).
      selectWherePossible(fcx);
      coerce(fcx, args[i]!, t, hint);
      unify(fcx.icx, inputs[i]!, hint);
    } else checkCoerce(fcx, args[i]!, inputs[i]!);
    fcx.argSite = outer;
  }
}

/** rustc's `Expectation::rvalue_hint`: an unsized expected type is no type to coerce to. */
function sizedHint(fcx: Fcx, t0: Ty, depth = 0): boolean {
  const t = sh(fcx, t0);
  if (t.kind === 'slice' || t.kind === 'str' || t.kind === 'dyn' || t.kind === 'infer') return false;
  // A struct is unsized through its last field (`RefCell<dyn Debug>`, `Mutex<[u8]>`).
  if (t.kind === 'adt' && depth < 8) {
    const a = fcx.tcx.adt(t.def);
    const last = a.kind === 'struct' ? a.variants[0]?.fields[a.variants[0].fields.length - 1] : undefined;
    if (last !== undefined) return sizedHint(fcx, substTy(last.ty, t.args), depth + 1);
  }
  return true;
}

/** Bounds on a generic parameter are reported at the argument that fixed it, as rustc does. */
function attributeArgSpans(fcx: Fcx, args: readonly Expr[], inputs: readonly Ty[]): void {
  const spanFor = (t: Ty): Span | null => {
    for (let i = 0; i < inputs.length && i < args.length; i++) {
      const a = inputs[i]!;
      if (t.kind === 'infer' && someTy(a, (x) => x.kind === 'infer' && x.var === t.var)) return args[i]!.span;
    }
    return null;
  };
  const fix = (l: { pred: { self: Ty }; span: Span }[]): void => {
    for (let i = 0; i < l.length; i++) {
      const s = spanFor(l[i]!.pred.self);
      if (s) l[i] = { ...l[i]!, span: s } as (typeof l)[number];
    }
  };
  fix(fcx.obligations as { pred: { self: Ty }; span: Span }[]);
  fix(fcx.sendObligations as { pred: { self: Ty }; span: Span }[]);
}

function checkCall(fcx: Fcx, e: Expr & { kind: 'call' }, _expected: Ty | null): Ty {
  const tcx = fcx.tcx;
  fcx.calleeId = e.callee.id;
  const ct = sh(fcx, checkExpr(fcx, e.callee, null));
  fcx.calleeId = null;
  const calleeSpan = e.callee.span;
  if (ct.kind === 'fnDef') {
    const sig = fnDefSig(fcx, ct);
    if (sig.unsafe && fcx.unsafeDepth === 0) unsafetyErr(fcx, msg.unsafeCall(e.span, tcx.defPath(ct.def)));
    const before = fcx.obligations.length;
    void before;
    checkArgs(fcx, e.args, sig.inputs, calleeSpan, false, expectedInputs(fcx, sig.inputs, sig.output, _expected), { callee: ct.def, label: calleeSpan });
    attributeArgSpans(fcx, e.args, sig.inputs);
    // A tuple struct or variant constructor: its result type must be well-formed as well, which
    // asks the ADT's bounds once more, at the whole call (rustc reports both).
    const ctorOf = tcx.info(ct.def);
    if (ctorOf.kind === 'struct' || ctorOf.kind === 'variant') registerAdtPredicates(fcx, ctorOf.kind === 'variant' ? ctorOf.parent! : ct.def, ct.args, e.span);
    selectWherePossible(fcx);
    if (tcx.info(ct.def).std && tcx.defPath(ct.def) === 'std::mem::transmute') fcx.transmutes.push({ span: calleeSpan, from: sig.inputs[0] ?? ERROR, to: sig.output });
    const out = sh(fcx, sig.output);
    if (out.kind === 'dyn') {
      err(fcx, { level: 'error', code: 'E0277', message: `the size for values of type \`(${show(fcx, out)} + 'static)\` cannot be known at compilation time`, spans: [{ span: e.span, label: "doesn't have a size known at compile-time", primary: true }], children: [] });
      return ERROR;
    }
    return sig.output;
  }
  if (ct.kind === 'fnPtr') {
    checkArgs(fcx, e.args, ct.sig.inputs, calleeSpan, false);
    return ct.sig.output;
  }
  if (ct.kind === 'error') {
    for (const a of e.args) checkExpr(fcx, a, null);
    return ERROR;
  }
  // Closures, `impl Fn` params, `&dyn Fn`, `Box<dyn Fn>`: through the Fn traits.
  for (const step of autoderef(fcx, ct, calleeSpan)) {
    const t = sh(fcx, step.ty);
    if (t.kind === 'closure') {
      addAdjustments(fcx, e.callee.id, step.adj);
      checkArgs(fcx, e.args, t.sig.inputs, calleeSpan, false, null, null, true);
      fcx.pendingCalls.push({ call: e.id, calleeTy: t, argsTuple: { kind: 'tuple', elems: t.sig.inputs }, output: t.sig.output, trait: null, span: calleeSpan, callee: e.callee });
      return t.sig.output;
    }
    // As rustc's `try_overloaded_call_step`, a `Box` callee is called through Box's own Fn impls
    // (`FnMut::call_mut(&mut b, ..)`), not through its contents: a `Box<dyn FnMut()>` must be
    // `mut`, and a closure calling it captures the box by unique borrow.
    if (t.kind === 'param' || t.kind === 'opaque' || t.kind === 'dyn' || (t.kind === 'adt' && t.def === tcx.lang('Box'))) {
      for (const name of ['Fn', 'FnMut', 'FnOnce'] as const) {
        const trait = tcx.lang(name);
        const argsTy = fresh(fcx);
        const out = fresh(fcx);
        const s = snapshot(fcx.icx);
        const r = solve(solveCx(fcx), { self: t, trait, args: [argsTy], bindings: [{ name: 'Output', ty: out }] });
        if (r === 'yes') {
          const a = sh(fcx, argsTy);
          if (a.kind !== 'tuple') return unsup(fcx, e.span, 'call through an Fn bound');
          addAdjustments(fcx, e.callee.id, step.adj);
          // `call_mut` borrows the callee mutably: an overloaded index or deref in it is the `Mut` one.
          if (name === 'FnMut') markMutPlace(fcx, e.callee);
          checkArgs(fcx, e.args, a.elems, calleeSpan, false, null, null, true);
          fcx.pendingCalls.push({ call: e.id, calleeTy: t, argsTuple: a, output: out, trait: name, span: calleeSpan, callee: e.callee });
          return out;
        }
        rollback(fcx.icx, s);
      }
    }
    if (t.kind === 'fnPtr' && step.adj.length > 0) {
      addAdjustments(fcx, e.callee.id, step.adj);
      checkArgs(fcx, e.args, t.sig.inputs, calleeSpan, false);
      return t.sig.output;
    }
    // `(&f)(x)` for a fn item `f`: `&F: Fn` whenever `F: Fn`.
    if (t.kind === 'fnDef' && step.adj.length > 0) {
      const sig = fnDefSig(fcx, t);
      addAdjustments(fcx, e.callee.id, step.adj);
      checkArgs(fcx, e.args, sig.inputs, calleeSpan, false);
      return sig.output;
    }
    if (t.kind === 'error') {
      for (const a of e.args) checkExpr(fcx, a, null);
      return ERROR;
    }
  }
  if (ct.kind === 'infer') return unsup(fcx, e.span, 'call of a value of unknown type');
  err(fcx, msg.notFnPtrCall(calleeSpan, show(fcx, ct)));
  return ERROR;
}

function checkMethodCall(fcx: Fcx, e: Expr & { kind: 'methodCall' }): Ty {
  const tcx = fcx.tcx;
  const rt = checkExpr(fcx, e.receiver, null);
  let r = sh(fcx, rt);
  if (r.kind === 'infer' || hasInfer(res(fcx, r))) {
    selectWherePossible(fcx);
    r = sh(fcx, rt);
  }
  // A receiver whose type mentions an already-reported error yields no further errors.
  if (r.kind === 'error' || (r.kind === 'ref' && someTy(res(fcx, r), (x) => x.kind === 'error'))) {
    // rustc's failed lookup taints the body: what the arguments leave uninferred is no E0282.
    fcx.tainted = true;
    for (const a of e.args) checkExpr(fcx, a, null);
    return ERROR;
  }
  const hidden: { def: DefId | null } = { def: null };
  const pick = probeMethod(fcx, r, e.method.name, e.method.span, hidden);
  if (pick === 'ambiguous') {
    for (const a of e.args) checkExpr(fcx, a, null);
    // An associated type still unnormalised may be an impl the std model lacks, not rustc's E0282.
    if (fcx.projections.length > 0) return unsup(fcx, e.method.span, 'method call on a type the std model cannot infer');
    if (!fcx.tainted) err(fcx, msg.annotationsNeeded(e.receiver.span));
    return ERROR;
  }
  if (!pick) {
    for (const a of e.args) checkExpr(fcx, a, null);
    if (hidden.def !== null) {
      err(fcx, privacyMsg.privateAssoc(e.method.span, 'method', e.method.name, defHeadSpan(tcx, hidden.def, false)));
      return ERROR;
    }
    const rr = sh(fcx, r);
    const kw = rr.kind === 'adt' ? (tcx.adt(rr.def).kind === 'enum' ? 'enum' : 'struct') : rr.kind === 'param' ? 'type parameter' : rr.kind === 'ref' ? 'reference' : 'type';
    if (stdMayHaveMethod(tcx, res(fcx, rr), e.method.name)) return unsup(fcx, e.method.span, `method \`${e.method.name}\` of \`${show(fcx, rr)}\` (not in the std model)`);
    err(fcx, msg.noMethod(e.method.span, e.method.name, show(fcx, rr), kw));
    return ERROR;
  }
  const info = tcx.info(pick.def);
  if (info.name === 'drop' && info.parent !== null && tcx.info(info.parent).lang === 'Drop') {
    err(fcx, msg.explicitDrop(e.method.span));
    return ERROR;
  }
  if (e.turbofish && e.turbofish.kind === 'angle') {
    const own = fnTurbofish(fcx, pick.def, { ident: e.method, args: e.turbofish }, 'method') ?? [];
    const g = tcx.generics(pick.def);
    own.forEach((t, i) => unify(fcx.icx, pick.args.types[g.parentTypes + i]!, t));
  }
  if (pick.sig.unsafe && fcx.unsafeDepth === 0) unsafetyErr(fcx, msg.unsafeCall(e.span, tcx.defPath(pick.def)));
  addAdjustments(fcx, e.receiver.id, pick.adj);
  if (pick.adj.some((a) => a.kind === 'borrow' && a.mut)) markMutPlace(fcx, e.receiver);
  fcx.t.methodCallees[e.id] = { def: pick.def, args: pick.args, sig: pick.sig, span: e.method.span };
  checkArgs(fcx, e.args, pick.sig.inputs.slice(1), e.method.span, true, null, { callee: pick.def, label: { lo: e.method.span.lo, hi: e.span.hi } });
  attributeArgSpans(fcx, e.args, pick.sig.inputs.slice(1));
  return pick.sig.output;
}

function checkField(fcx: Fcx, e: Expr & { kind: 'field' }): Ty {
  const tcx = fcx.tcx;
  const bt = checkExpr(fcx, e.base, null);
  if (sh(fcx, bt).kind === 'infer') selectWherePossible(fcx);
  // A private field is skipped (autoderef goes on to a visible one of the same name, as in rustc).
  let hidden: { kind: 'struct' | 'union'; adt: string } | null = null;
  for (const step of autoderef(fcx, bt, e.span)) {
    const t = sh(fcx, step.ty);
    if (t.kind === 'adt' && (tcx.adt(t.def).kind === 'struct' || tcx.adt(t.def).kind === 'union')) {
      const v = tcx.adt(t.def).variants[0]!;
      const idx = v.fields.findIndex((f) => f.name === e.name.name);
      if (idx >= 0 && !fieldAccessible(tcx, v.def, idx, curModule(fcx))) {
        hidden ??= { kind: tcx.adt(t.def).kind === 'union' ? 'union' : 'struct', adt: tcx.info(t.def).name };
      } else if (idx >= 0) {
        addAdjustments(fcx, e.base.id, step.adj);
        fcx.t.fieldIndices[e.id] = idx;
        if (fcx.unsafeDepth === 0 && tcx.adt(t.def).kind === 'union') fcx.unionReads.set(e.id, e.span);
        return normalize(fcx, eraseTy(substTy(v.fields[idx]!.ty, t.args)));
      }
    }
    if (t.kind === 'tuple' && /^\d+$/.test(e.name.name)) {
      const i = Number(e.name.name);
      if (i < t.elems.length) {
        addAdjustments(fcx, e.base.id, step.adj);
        fcx.t.fieldIndices[e.id] = i;
        return t.elems[i]!;
      }
    }
    if (t.kind === 'error') return ERROR;
    if (t.kind === 'infer') return unsup(fcx, e.span, 'field of a value of unknown type');
  }
  if (hidden !== null) {
    err(fcx, privacyMsg.privateField(e.name.span, e.name.name, hidden.kind, hidden.adt));
    return ERROR;
  }
  err(fcx, msg.noField(e.name.span, e.name.name, show(fcx, bt)));
  return ERROR;
}

function checkIndex(fcx: Fcx, e: Expr & { kind: 'index' }): Ty {
  const tcx = fcx.tcx;
  const bt = checkExpr(fcx, e.base, null);
  const it = checkExpr(fcx, e.index, null);
  const index = tcx.lang('Index');
  for (const step of autoderef(fcx, bt, e.span, true)) {
    const t = sh(fcx, step.ty);
    const ix = sh(fcx, it);
    if ((t.kind === 'array' || t.kind === 'slice') && (ix.kind === 'infer' ? ix.flavor === 'int' : ix.kind === 'int' && ix.int === 'usize')) {
      unify(fcx.icx, ix, USIZE);
      addAdjustments(fcx, e.base.id, step.adj);
      return t.elem;
    }
    if (t.kind === 'infer') break;
    if (t.kind === 'error') return ERROR;
    const s = snapshot(fcx.icx);
    const idxTy = fresh(fcx);
    const r = solve(solveCx(fcx), { self: t, trait: index, args: [idxTy], bindings: [] });
    if (r === 'no') {
      rollback(fcx.icx, s);
      continue;
    }
    const s2 = snapshot(fcx.icx);
    if (!unify(fcx.icx, idxTy, ix)) {
      rollback(fcx.icx, s2);
      if (isIntegral(ix) && unify(fcx.icx, idxTy, USIZE)) unify(fcx.icx, ix, USIZE);
      else if (r === 'yes' && sh(fcx, idxTy).kind === 'ref') coerce(fcx, e.index, ix, idxTy);
      else {
        rollback(fcx.icx, s);
        continue;
      }
    }
    if (isIntegral(sh(fcx, ix)) && sh(fcx, ix).kind === 'infer') unify(fcx.icx, ix, USIZE);
    const out = normalizeProjection(solveCx(fcx), t, index, [idxTy], 'Output');
    if (!out) {
      rollback(fcx.icx, s);
      continue;
    }
    const baseAdj: Adjustment[] = [...step.adj, { kind: 'borrow', mut: false, target: ref(t, false) }];
    addAdjustments(fcx, e.base.id, baseAdj);
    const def = tcx.assocItems(index).get('index')!;
    const o = normalize(fcx, eraseTy(out));
    fcx.t.methodCallees[e.id] = { def, args: { regions: [], types: [t, idxTy], consts: [] }, sig: { inputs: [ref(t, false), idxTy], output: ref(o, false), unsafe: false, variadic: false }, span: e.span };
    return o;
  }
  const ixr = res(fcx, it);
  // Slices (and what derefs or unsizes to one) and `str` are indexed through `SliceIndex`: a wrong
  // index type is its missing impl (E0277), not a type that cannot be indexed.
  const last = res(fcx, autoderef(fcx, bt, e.span, true).pop()!.ty);
  const indexed: Ty | null = last.kind === 'array' ? { kind: 'slice', elem: last.elem } : last.kind === 'slice' || last.kind === 'str' ? last : null;
  if (indexed !== null && !someTy(ixr, (x) => x.kind === 'error' || (x.kind === 'infer' && x.flavor === 'general'))) {
    const on = show(fcx, indexed);
    const label = indexed.kind === 'str' ? 'string indices are ranges of `usize`' : 'slice indices are of type `usize` or ranges of `usize`';
    err(fcx, { level: 'error', code: 'E0277', message: `the type \`${on}\` cannot be indexed by \`${show(fcx, ixr)}\``, spans: [{ span: e.index.span, label, primary: true }], children: [{ level: 'help', message: `the trait \`SliceIndex<${on}>\` is not implemented for \`${show(fcx, ixr)}\``, spans: [], suggestions: [] }] });
    return ERROR;
  }
  err(fcx, msg.cannotIndex({ lo: e.base.span.hi, hi: e.span.hi }, show(fcx, bt)));
  return ERROR;
}

/** A place used mutably: its overloaded Index/Deref become IndexMut/DerefMut (rustc's fixup). */
/** Does the pattern bind anything with an explicit `ref mut` (rustc's `contains_explicit_ref_binding` with `Mut`)? */
function hasRefMutBinding(p: Pat): boolean {
  switch (p.kind) {
    case 'ident': return (p.byRef && p.mut) || (p.sub !== null && hasRefMutBinding(p.sub));
    case 'tuple': case 'tupleStruct': case 'slice': return p.elems.some(hasRefMutBinding);
    case 'struct': return p.fields.some((f) => hasRefMutBinding(f.pat));
    case 'ref': case 'box': case 'paren': return hasRefMutBinding(p.inner);
    case 'or': return p.alts.some(hasRefMutBinding);
    default: return false;
  }
}

export function markMutPlace(fcx: Fcx, e: Expr): void {
  const tcx = fcx.tcx;
  const fixAdj = (id: number): void => {
    const adj = fcx.t.adjustments[id];
    if (!adj) return;
    fcx.t.adjustments[id] = adj.map((a) => (a.kind === 'deref' && a.overloaded && tcx.info(a.overloaded.def).name === 'deref' ? { ...a, overloaded: toMut(fcx, a.overloaded, 'DerefMut', 'deref_mut') } : a));
  };
  let cur: Expr | null = e;
  while (cur) {
    fixAdj(cur.id);
    const mc = fcx.t.methodCallees[cur.id];
    if (cur.kind === 'index' && mc && tcx.info(mc.def).name === 'index') {
      const mutCallee = toMut(fcx, mc, 'IndexMut', 'index_mut');
      fcx.t.methodCallees[cur.id] = mutCallee;
      const ba = fcx.t.adjustments[cur.base.id];
      if (ba && mutCallee !== mc) fcx.t.adjustments[cur.base.id] = ba.map((a, i) => (i === ba.length - 1 && a.kind === 'borrow' ? { ...a, mut: true, target: a.target.kind === 'ref' ? { ...a.target, mut: true } : a.target } : a));
    }
    if (cur.kind === 'unary' && cur.op === 'deref' && mc && tcx.info(mc.def).name === 'deref') fcx.t.methodCallees[cur.id] = toMut(fcx, mc, 'DerefMut', 'deref_mut');
    if (cur.kind === 'field' || cur.kind === 'index') cur = cur.base;
    else if (cur.kind === 'paren') cur = cur.inner;
    else if (cur.kind === 'unary' && cur.op === 'deref') {
      const bt = sh(fcx, fcx.t.exprTypes[cur.operand.id] ?? ERROR);
      cur = bt.kind === 'ref' || bt.kind === 'ptr' ? null : cur.operand;
    } else cur = null;
  }
}

function toMut(fcx: Fcx, c: MethodCallee, trait: string, method: string): MethodCallee {
  const t = fcx.tcx.lang(trait);
  const def = t >= 0 ? fcx.tcx.assocItems(t).get(method) : undefined;
  if (def === undefined) return c;
  // Without an `IndexMut`/`DerefMut` impl the shared callee stays, as in rustc: borrowck then
  // reports the mutable use of data behind a `&` (E0596/E0594).
  const self = c.args.types[0];
  if (self && solve(solveCx(fcx), { self, trait: t, args: c.args.types.slice(1), bindings: [] }) === 'no') return c;
  const out = c.sig.output.kind === 'ref' ? { ...c.sig.output, mut: true } : c.sig.output;
  const first = c.sig.inputs[0];
  const inputs = first && first.kind === 'ref' ? [{ ...first, mut: true }, ...c.sig.inputs.slice(1)] : c.sig.inputs;
  return { def, args: c.args, sig: { ...c.sig, inputs, output: out }, span: c.span };
}

function checkBinary(fcx: Fcx, e: Expr & { kind: 'binary' }): Ty {
  const tcx = fcx.tcx;
  if (e.op === '&&' || e.op === '||') {
    checkCoerce(fcx, e.lhs, BOOL);
    checkCoerce(fcx, e.rhs, BOOL);
    return BOOL;
  }
  const lt = checkExpr(fcx, e.lhs, null);
  const l = sh(fcx, lt);
  const rt = checkExpr(fcx, e.rhs, isNumeric(l) ? l : null);
  const r = sh(fcx, rt);
  const cmp = ['==', '!=', '<', '<=', '>', '>='].includes(e.op);
  const peel = (t: Ty): Ty => {
    let x = sh(fcx, t);
    while (x.kind === 'ref' && isScalarish(sh(fcx, x.inner))) x = sh(fcx, x.inner);
    return x;
  };
  let lp = cmp ? l : peel(l);
  let rp = cmp ? r : peel(r);
  if (l.kind === 'error' || r.kind === 'error') return cmp ? BOOL : ERROR;
  if (lp.kind === 'infer' && lp.flavor === 'general' && isScalarish(rp) && rp.kind !== 'bool') {
    unify(fcx.icx, lp, rp);
    lp = sh(fcx, lp);
  } else if (rp.kind === 'infer' && rp.flavor === 'general' && isScalarish(lp) && lp.kind !== 'bool') {
    unify(fcx.icx, rp, lp);
    rp = sh(fcx, rp);
  }
  if (cmp && (isScalarish(lp) !== isScalarish(rp)) && (isScalarish(lp) || isScalarish(rp)) && (lp.kind === 'ref' || rp.kind === 'ref')) {
    err(fcx, { level: 'error', code: 'E0277', message: `can't compare \`${show(fcx, lp)}\` with \`${show(fcx, rp)}\``, spans: [{ span: e.opSpan, label: `no implementation for \`${show(fcx, lp)} ${e.op} ${show(fcx, rp)}\``, primary: true }], children: [] });
    return BOOL;
  }
  if (isScalarish(lp) && isScalarish(rp)) {
    if (e.op === '<<' || e.op === '>>') return lp;
    if (!unify(fcx.icx, lp, rp)) {
      mismatch(fcx, e.rhs.span, lp, rp);
      return cmp ? BOOL : ERROR;
    }
    if (lp !== l || rp !== r) {
      // `&i32 + i32` and friends go through the std impls: record the operator callee.
      if (!cmp) recordOpCallee(fcx, e, l, r, lp);
    }
    return cmp ? BOOL : lp;
  }
  if (cmp && ((lp.kind === 'ptr' && rp.kind === 'ptr') || (lp.kind === 'fnPtr' && rp.kind === 'fnPtr'))) {
    // Raw and fn pointers are scalars: rustc compares them with the built-in operator (a MIR
    // `BinaryOp`, whose operands borrowck relates through a common supertype), not `PartialEq`.
    const s = snapshot(fcx.icx);
    if (unify(fcx.icx, lp, rp)) return BOOL;
    rollback(fcx.icx, s);
  }
  if (cmp) {
    const traitName = e.op === '==' || e.op === '!=' ? 'PartialEq' : 'PartialOrd';
    const trait = tcx.lang(traitName);
    const s = snapshot(fcx.icx);
    if (!unify(fcx.icx, l, r)) {
      rollback(fcx.icx, s);
      // Every impl of the user type compares it only with itself (`#[derive(PartialEq)]`): the
      // right side must be that type (rustc's E0308 on it).
      if (onlySelfComparisons(fcx, l, trait) && (isScalarish(r) || r.kind === 'ref')) {
        mismatch(fcx, e.rhs.span, l, r);
        return BOOL;
      }
      const ans = solve(solveCx(fcx), { self: l, trait, args: [r], bindings: [] });
      if (ans === 'no') return unsup(fcx, e.span, `comparison of \`${show(fcx, l)}\` with \`${show(fcx, r)}\``);
    } else if (((l.kind === 'adt' && !fcx.tcx.info(l.def).std) || l.kind === 'param') && solve(solveCx(fcx), { self: l, trait, args: [r], bindings: [] }) === 'no') {
      err(fcx, { level: 'error', code: 'E0369', message: `binary operation \`${e.op}\` cannot be applied to type \`${show(fcx, l)}\``, spans: [{ span: e.opSpan, label: null, primary: true }, { span: e.lhs.span, label: show(fcx, l), primary: false }, { span: e.rhs.span, label: show(fcx, r), primary: false }], children: [] });
      return BOOL;
    }
    const method = ({ '==': 'eq', '!=': 'ne', '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge' } as Record<string, string>)[e.op]!;
    const def = tcx.assocItems(trait).get(method)!;
    fcx.t.methodCallees[e.id] = { def, args: { regions: [], types: [l, r], consts: [] }, sig: { inputs: [ref(l, false), ref(r, false)], output: BOOL, unsafe: false, variadic: false }, span: e.opSpan };
    return BOOL;
  }
  const traitName = BINARY_OP_TRAITS[e.op];
  if (!traitName) return unsup(fcx, e.span, `overloaded \`${e.op}\` on \`${show(fcx, lt)}\``);
  const trait = tcx.lang(traitName);
  const rhsTy = fresh(fcx);
  let ans = solve(solveCx(fcx), { self: l, trait, args: [rhsTy], bindings: [] });
  // Several impls fit a primitive left operand (`u8 + u8`, `u8 + &u8`): the right one decides.
  if (ans === 'maybe' && isScalarish(lp) && sh(fcx, rhsTy).kind === 'infer') {
    const s = snapshot(fcx.icx);
    if (solve(solveCx(fcx), { self: l, trait, args: [r], bindings: [] }) === 'no') ans = 'no';
    rollback(fcx.icx, s);
  }
  if (ans === 'no') {
    if ((l.kind === 'adt' || l.kind === 'ref' || l.kind === 'tuple' || l.kind === 'param') && !ARITHMETIC.has(e.op)) {
      err(fcx, { level: 'error', code: 'E0369', message: `no implementation for \`${show(fcx, l)} ${e.op} ${show(fcx, r)}\``, spans: [{ span: e.opSpan, label: null, primary: true }, { span: e.lhs.span, label: show(fcx, l), primary: false }, { span: e.rhs.span, label: show(fcx, r), primary: false }], children: [] });
      return ERROR;
    }
    if (!ARITHMETIC.has(e.op)) return unsup(fcx, e.span, `operator \`${e.op}\` on \`${show(fcx, l)}\``);
    if (l.kind === 'adt' || l.kind === 'ref' || l.kind === 'tuple' || l.kind === 'param') {
      err(fcx, { level: 'error', code: 'E0369', message: `cannot ${verb(e.op)} \`${show(fcx, r)}\` ${e.op === '+' ? 'to' : e.op === '-' ? 'from' : 'by'} \`${show(fcx, l)}\``, spans: [{ span: e.opSpan, label: null, primary: true }, { span: e.lhs.span, label: show(fcx, l), primary: false }, { span: e.rhs.span, label: show(fcx, r), primary: false }], children: [] });
      return ERROR;
    }
    if (isScalarish(lp) && (r.kind === 'adt' || r.kind === 'ref')) {
      err(fcx, { level: 'error', code: 'E0277', message: `cannot ${verb(e.op)} \`${show(fcx, r)}\` ${e.op === '+' ? 'to' : e.op === '-' ? 'from' : 'by'} \`${show(fcx, l)}\``, spans: [{ span: e.opSpan, label: `no implementation for \`${show(fcx, l)} ${e.op} ${show(fcx, r)}\``, primary: true }], children: [] });
      return ERROR;
    }
    return unsup(fcx, e.span, `operator \`${e.op}\` on \`${show(fcx, l)}\``);
  }
  if (ans === 'maybe' && sh(fcx, rhsTy).kind === 'infer') {
    // rustc selects the one impl the left operand's type has before it coerces the right
    // operand to that impl's `Rhs` (`s << &mut 3` under `impl Shl<&u32> for S`).
    const snap = snapshot(fcx.icx);
    const n = normalizeProjection(solveCx(fcx), l, trait, [rhsTy], 'Output');
    const userLhs = l.kind === 'adt' && !tcx.info(l.def).std;
    if (n !== null && userLhs && sh(fcx, rhsTy).kind !== 'infer') coerce(fcx, e.rhs, r, rhsTy);
    else {
      rollback(fcx.icx, snap);
      unify(fcx.icx, rhsTy, r);
    }
  } else coerce(fcx, e.rhs, r, rhsTy);
  let out = normalizeProjection(solveCx(fcx), l, trait, [rhsTy], 'Output');
  if (out === null && l.kind === 'infer' && l.flavor === 'general') {
    // As rustc: the operand types are not known yet (closure parameters typed later), so the
    // operator is an obligation and its output a variable fixed when they are.
    out = fresh(fcx);
    fcx.projections.push({ self: l, trait, args: [rhsTy], name: 'Output', var: out });
    register(fcx, { self: l, trait, args: [rhsTy], bindings: [] }, e.opSpan);
  }
  if (out === null) out = unsup(fcx, e.span, `output of \`${e.op}\``);
  const def = tcx.assocItems(trait).get(opMethodName(traitName))!;
  fcx.t.methodCallees[e.id] = { def, args: { regions: [], types: [l, rhsTy], consts: [] }, sig: { inputs: [l, rhsTy], output: out, unsafe: false, variadic: false }, span: e.opSpan };
  return eraseTy(out);
}

/** The operator traits of `a OP b` and `a OP= b` (primitives use the built-in operators). */
const BINARY_OP_TRAITS: Readonly<Record<string, string>> = { '+': 'Add', '-': 'Sub', '*': 'Mul', '/': 'Div', '%': 'Rem', '&': 'BitAnd', '|': 'BitOr', '^': 'BitXor', '<<': 'Shl', '>>': 'Shr' };
const ASSIGN_OP_TRAITS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(BINARY_OP_TRAITS).map(([op, t]) => [`${op}=`, `${t}Assign`]));
const ARITHMETIC: ReadonlySet<string> = new Set(['+', '-', '*', '/', '%']);

/** `AddAssign` → `add_assign`, `BitAnd` → `bitand`, `ShlAssign` → `shl_assign`. */
function opMethodName(trait: string): string {
  const assign = trait.endsWith('Assign');
  const base = (assign ? trait.slice(0, -'Assign'.length) : trait).toLowerCase();
  return assign ? `${base}_assign` : base;
}

function verb(op: string): string {
  return op === '+' ? 'add' : op === '-' ? 'subtract' : op === '*' ? 'multiply' : op === '/' ? 'divide' : 'calculate the remainder of';
}

function recordOpCallee(fcx: Fcx, e: Expr & { kind: 'binary' }, l: Ty, r: Ty, out: Ty): void {
  const traitName = ({ '+': 'Add', '-': 'Sub', '*': 'Mul', '/': 'Div', '%': 'Rem' } as Record<string, string>)[e.op];
  if (!traitName) return;
  const trait = fcx.tcx.lang(traitName);
  const def = fcx.tcx.assocItems(trait).get(traitName.toLowerCase());
  if (def === undefined) return;
  fcx.t.methodCallees[e.id] = { def, args: { regions: [], types: [l, r], consts: [] }, sig: { inputs: [l, r], output: out, unsafe: false, variadic: false }, span: e.opSpan };
}

function isScalarish(t: Ty): boolean {
  return isNumeric(t) || t.kind === 'bool' || t.kind === 'char';
}

function checkStructLit(fcx: Fcx, e: Expr & { kind: 'struct' }, expected: Ty | null): Ty {
  const tcx = fcx.tcx;
  const names = e.path.segments.map((s) => s.ident.name);
  let adtDef: DefId | null = null;
  let variant = 0;
  // `Self { .. }` is the impl's self type with its own arguments, not a fresh instance.
  let fixedArgs: GenericArgsTy | null = null;
  if (names[0] === 'Self' && fcx.lowerEnv.selfTy?.kind === 'adt') {
    adtDef = fcx.lowerEnv.selfTy.def;
    const st = normalize(fcx, eraseTy(fcx.lowerEnv.selfTy));
    if (st.kind === 'adt') fixedArgs = st.args;
    if (names.length === 2) variant = tcx.adt(adtDef).variants.findIndex((v) => v.name === names[1]);
  } else {
    const r = resolvePathChecked(tcx, curModule(fcx), e.path, names, 'type', e.path.global);
    const notStruct = (d: Diagnostic): Ty => {
      err(fcx, d);
      for (const f of e.fields) checkExpr(fcx, f.expr, null);
      return ERROR;
    };
    if (r.kind === 'prim' && r.consumed === names.length) return notStruct(msg.notAStructPath(e.path.span, `builtin type \`${names.join('::')}\``));
    if (r.kind === 'def' && r.consumed === names.length) {
      const k = tcx.info(r.def).kind;
      if (k === 'enum' || k === 'trait') return notStruct(msg.notAStructPath(e.path.span, `${k} \`${names.join('::')}\``));
    }
    if (r.kind !== 'def' || r.consumed !== names.length) {
      const std = r.kind === 'none' ? unmodelledStdPath(tcx.table, curModule(fcx), names, e.path.global) : null;
      if (std !== null) err(fcx, unmodelledStd(e.path.span, std));
      else err(fcx, names.length === 1 ? msg.unresolvedType(e.path.span, names[0]!) : msg.unresolvedPath(e.path.span, names.join('::')));
      for (const f of e.fields) checkExpr(fcx, f.expr, null);
      return ERROR;
    }
    const d = tcx.info(r.def);
    if (d.kind === 'variant') {
      adtDef = d.parent!;
      variant = tcx.adt(adtDef).variants.findIndex((v) => v.def === r.def);
    } else if (d.kind === 'struct' || d.kind === 'union') adtDef = r.def;
    else if (d.kind === 'typeAlias') {
      const t = tcx.lowerTy({ ...fcx.lowerEnv, infer: () => fresh(fcx), valuePath: true }, { kind: 'path', id: -1, qself: null, path: e.path, span: e.path.span });
      if (t.kind === 'adt' && tcx.adt(t.def).kind !== 'enum') adtDef = t.def;
      else if (t.kind !== 'error') return notStruct(msg.aliasNotAStruct(e.path.span, show(fcx, t)));
    }
  }
  if (adtDef === null || variant < 0) return unsup(fcx, e.span, 'struct literal path');
  const a = tcx.adt(adtDef);
  const g = tcx.generics(adtDef);
  const x = expected ? sh(fcx, expected) : null;
  // Written type arguments (`S::<u8> { .. }`, `E::V::<u8> { .. }`, `E::<u8>::V { .. }`) fix the
  // type; the expected type is then only what the literal is coerced to.
  const segs = e.path.segments;
  const explicit = names[0] === 'Self' ? undefined : turbofish(fcx, segs[segs.length - 1]!) ?? (a.kind === 'enum' && segs.length >= 2 ? turbofish(fcx, segs[segs.length - 2]!) : undefined);
  const args: GenericArgsTy = fixedArgs ?? (explicit === undefined && x && x.kind === 'adt' && x.def === adtDef ? x.args : { regions: g.regions.map(() => ERASED), types: g.types.map((_, i) => explicit?.[i] ?? fresh(fcx)), consts: [] });
  const ty: Ty = { kind: 'adt', def: adtDef, args };
  const v = a.variants[variant]!;
  fcx.t.resolutions[e.id] = { kind: 'ctor', adt: adtDef, variant, ctor: v.ctor, args };
  registerAdtPredicates(fcx, adtDef, args, e.span);
  const seen = new Set<string>();
  const fieldExprs: Expr[] = [];
  const fieldTys: Ty[] = [];
  for (const f of e.fields) {
    const idx = v.fields.findIndex((fd) => fd.name === f.name.name);
    if (idx < 0) {
      err(fcx, { level: 'error', code: a.kind === 'enum' ? 'E0559' : 'E0560', message: a.kind === 'enum' ? `variant \`${a.name}::${v.name}\` has no field named \`${f.name.name}\`` : `struct \`${a.name}\` has no field named \`${f.name.name}\``, spans: [{ span: f.name.span, label: null, primary: true }], children: [] });
      checkExpr(fcx, f.expr, null);
      continue;
    }
    seen.add(f.name.name);
    fcx.t.fieldIndices[f.id] = idx;
    // Reported by rustc's late privacy pass: it neither taints the body nor shows beside other errors.
    if (!fieldAccessible(tcx, v.def, idx, curModule(fcx))) fcx.diags.push(privacyMsg.privateFieldInit(f.name.span, f.name.name, a.kind === 'union' ? 'union' : 'struct', a.name));
    const fty = normalize(fcx, eraseTy(substTy(v.fields[idx]!.ty, args)));
    checkCoerce(fcx, f.expr, fty);
    fieldExprs.push(f.expr);
    fieldTys.push(fty);
  }
  // An unmet bound of the ADT is reported at the field that fixed the parameter.
  attributeArgSpans(fcx, fieldExprs, fieldTys);
  if (e.base) checkCoerce(fcx, e.base, ty);
  else if (!e.rest) {
    const missing = v.fields.filter((f) => !seen.has(f.name)).map((f) => f.name);
    if (missing.length > 0 && a.kind !== 'union') err(fcx, msg.missingFields(e.path.span, missing));
  }
  return ty;
}

function checkFor(fcx: Fcx, e: Expr & { kind: 'for' }): Ty {
  const tcx = fcx.tcx;
  const it = checkExpr(fcx, e.iter, null);
  selectWherePossible(fcx);
  const intoIter = tcx.lang('IntoIterator');
  const iterator = tcx.lang('Iterator');
  const t = sh(fcx, it);
  if (t.kind === 'infer' && t.flavor === 'general') return unsup(fcx, e.iter.span, '`for` over a value of unknown type');
  const iterTy = normalizeProjection(solveCx(fcx), t, intoIter, [], 'IntoIter');
  const item = iterTy ? normalizeProjection(solveCx(fcx), iterTy, iterator, [], 'Item') : null;
  if (!iterTy || !item) {
    if (someTy(res(fcx, t), (x) => x.kind === 'error')) return UNIT;
    let peeled = res(fcx, t);
    while (peeled.kind === 'ref') peeled = peeled.inner;
    // A std type the model gives no IntoIterator impl may well have one in real std.
    if (peeled.kind === 'adt' && tcx.info(peeled.def).std && stdMayIterate(tcx, peeled)) return unsup(fcx, e.iter.span, `\`for\` over \`${show(fcx, t)}\` (not in the std model)`);
    err(fcx, { level: 'error', code: 'E0277', message: `\`${show(fcx, t)}\` is not an iterator`, spans: [{ span: e.iter.span, label: `\`${show(fcx, t)}\` is not an iterator`, primary: true }], children: notIteratorNotes(fcx, res(fcx, t), true) });
    return UNIT;
  }
  const itn = normalize(fcx, eraseTy(iterTy));
  const itemN = normalize(fcx, eraseTy(item));
  const intoDef = tcx.assocItems(intoIter).get('into_iter')!;
  const nextDef = tcx.assocItems(iterator).get('next')!;
  const opt = tcx.stdPathTy('Option', [itemN]);
  fcx.t.desugarCallees[e.id] = [
    { def: intoDef, args: { regions: [], types: [t], consts: [] }, sig: { inputs: [t], output: itn, unsafe: false, variadic: false }, span: e.iter.span },
    { def: nextDef, args: { regions: [], types: [itn], consts: [] }, sig: { inputs: [ref(itn, true)], output: opt, unsafe: false, variadic: false }, span: e.iter.span },
  ];
  fcx.scopes.push(new Map());
  checkPat(fcx, e.pat, itemN);
  fcx.loops[fcx.loops.length - 1]!.push({ label: e.label?.name ?? null, isLoop: false, breakTy: null });
  checkBlock(fcx, e.body, UNIT);
  fcx.loops[fcx.loops.length - 1]!.pop();
  fcx.scopes.pop();
  return UNIT;
}

function checkTry(fcx: Fcx, e: Expr & { kind: 'try' }): Ty {
  const tcx = fcx.tcx;
  const ot = sh(fcx, checkExpr(fcx, e.operand, null));
  const ret = sh(fcx, fcx.rets[fcx.rets.length - 1]!);
  const opt = tcx.lang('Option');
  const resl = tcx.lang('Result');
  if (ot.kind !== 'adt' || (ot.def !== opt && ot.def !== resl)) return unsup(fcx, e.span, '`?` on this type');
  if (ret.kind === 'adt' && ret.def === ot.def) {
    if (ot.def === resl) {
      if (sh(fcx, ot.args.types[1]!).kind === 'infer') selectWherePossible(fcx);
      const from = ot.args.types[1]!;
      const to = ret.args.types[1]!;
      const snap = snapshot(fcx.icx);
      if (!unify(fcx.icx, from, to)) {
        rollback(fcx.icx, snap);
        // `Err(e) => return Err(From::from(e))`: the error converts through `From`.
        const fromTrait = tcx.lang('From');
        const r = solve(solveCx(fcx), { self: to, trait: fromTrait, args: [from], bindings: [] });
        const target = res(fcx, to);
        const userTarget = target.kind === 'adt' && !tcx.info(target.def).std;
        const qSpan = { lo: e.span.hi - 1, hi: e.span.hi };
        if (r === 'no' && userTarget && !hasInfer(res(fcx, from))) err(fcx, msg.tryConvert(qSpan, show(fcx, target), show(fcx, from)));
        else if (r !== 'yes') return unsup(fcx, e.span, '`?` with an error conversion the std model cannot decide');
      }
    }
    return ot.args.types[0]!;
  }
  if (ret.kind === 'infer') {
    unify(fcx.icx, ret, ot.def === opt ? tcx.stdPathTy('Option', [fresh(fcx)]) : tcx.stdPathTy('Result', [fresh(fcx), ot.args.types[1]!]));
    return ot.args.types[0]!;
  }
  err(fcx, { level: 'error', code: 'E0277', message: `the \`?\` operator can only be used in a function that returns \`Result\` or \`Option\` (or another type that implements \`FromResidual\`)`, spans: [{ span: e.span, label: 'cannot use the `?` operator in a function that returns `' + show(fcx, ret) + '`', primary: true }], children: [] });
  return ERROR;
}

/** `{}` needs `Display` and `{:?}` needs `Debug` of the argument (taken by reference, so through `&`s). */
function formatObligations(fcx: Fcx, x: MacroExpansion & { kind: 'format' }, argTys: readonly Ty[]): void {
  if (!x.format) return;
  for (const p of x.format.pieces) {
    if (p.kind !== 'placeholder' || (p.trait !== '' && p.trait !== '?')) continue;
    const a = x.args[p.arg];
    let t = argTys[p.arg];
    if (!a || !t) continue;
    t = res(fcx, t);
    while (t.kind === 'ref') t = res(fcx, t.inner);
    const trait = fcx.tcx.lang(p.trait === '' ? 'Display' : 'Debug');
    if (trait >= 0) fcx.obligations.push({ pred: { self: t, trait, args: [], bindings: [] }, span: a.expr.span, format: p.span });
  }
}

function checkMacro(fcx: Fcx, e: Expr & { kind: 'macro' }, expected: Ty | null): Ty {
  const x = e.expansion;
  const name = e.mac.path.segments[e.mac.path.segments.length - 1]?.ident.name ?? '';
  if (!x) return unsup(fcx, e.span, `macro \`${name}!\``);
  return checkExpansion(fcx, x, e.span, name, expected);
}

function checkExpansion(fcx: Fcx, x: MacroExpansion, span: Span, name: string, expected: Ty | null = null): Ty {
  const tcx = fcx.tcx;
  switch (x.kind) {
    case 'format': {
      if (x.dest) checkExpr(fcx, x.dest, null);
      const argTys = x.args.map((a) => checkExpr(fcx, a.expr, null));
      formatObligations(fcx, x, argTys);
      switch (x.macro) {
        case 'format': return tcx.stdPathTy('String', []);
        case 'panic': case 'unreachable': case 'todo': case 'unimplemented': return NEVER;
        case 'write': case 'writeln': {
          const fr = tcx.table.modules.get(tcx.table.stdRoot)?.types.get('fmt');
          const rdef = fr !== undefined ? tcx.table.modules.get(fr)?.types.get('Result') : undefined;
          return rdef !== undefined ? tcx.lowerTy({ ...tcx.lowerEnvFor(rdef), report: false }, (tcx.info(rdef).node as { item: { ty: import('../../syntax/ast.js').TypeExpr } }).item.ty) : ERROR;
        }
        case 'format_args': return unsup(fcx, span, '`format_args!`');
        default: return UNIT;
      }
    }
    case 'vec': {
      const x0 = expected ? sh(fcx, expected) : null;
      const elem = x0 && x0.kind === 'adt' && x0.def === tcx.lang('Vec') && x0.args.types[0] ? x0.args.types[0] : fresh(fcx);
      x.elems.forEach((el) => checkCoerce(fcx, el, elem));
      return tcx.stdPathTy('Vec', [elem]);
    }
    case 'vecRepeat': {
      const elem = checkExpr(fcx, x.elem, null);
      checkCoerce(fcx, x.count, USIZE);
      return tcx.stdPathTy('Vec', [elem]);
    }
    case 'assert':
      checkCoerce(fcx, x.cond, BOOL);
      if (x.message) checkExpansion(fcx, x.message, span, name);
      return UNIT;
    case 'assertCmp': {
      const l = checkExpr(fcx, x.left, null);
      const r = checkExpr(fcx, x.right, isNumeric(sh(fcx, l)) ? l : null);
      const s = snapshot(fcx.icx);
      if (!unify(fcx.icx, l, r)) {
        rollback(fcx.icx, s);
        if (solve(solveCx(fcx), { self: l, trait: tcx.lang('PartialEq'), args: [r], bindings: [] }) === 'no') mismatch(fcx, x.right.span, l, r);
      }
      if (x.message) checkExpansion(fcx, x.message, span, name);
      return UNIT;
    }
    case 'matches': {
      const st = checkExpr(fcx, x.scrutinee, null);
      fcx.scopes.push(new Map());
      checkPat(fcx, x.pat, st);
      if (x.guard) checkCoerce(fcx, x.guard, BOOL);
      fcx.scopes.pop();
      return BOOL;
    }
    case 'expr':
      return checkExpr(fcx, x.expr, expected);
    case 'dbg': {
      const ts = x.args.map((a) => checkExpr(fcx, a, null));
      // `dbg!` prints each value with `{:#?}`.
      const debug = tcx.lang('Debug');
      x.args.forEach((a, i) => {
        let t = res(fcx, ts[i]!);
        while (t.kind === 'ref') t = res(fcx, t.inner);
        if (debug >= 0) fcx.obligations.push({ pred: { self: t, trait: debug, args: [], bindings: [] }, span: a.span });
      });
      return ts.length === 1 ? ts[0]! : ts.length === 0 ? UNIT : { kind: 'tuple', elems: ts };
    }
    default: {
      const never: never = x;
      return never;
    }
  }
}

/** Closure expressions: signature from the expected type (an Fn bound or fn pointer), body checked now, captures later. */
function checkClosure(fcx: Fcx, e: Expr & { kind: 'closure' }, expected: Ty | null): Ty {
  const tcx = fcx.tcx;
  // rustc names a closure type by its head (`{closure@f.rs:3:13: 3:15}`).
  closureSpans.set(e.id, closureArgsSpan(fcx.tcx.file.text, e.span));
  let expInputs: readonly Ty[] | null = null;
  let expOutput: Ty | null = null;
  // Which regions of the expected signature the bound binds (see ClosureSigTemplate).
  let tmplInputs: readonly (Ty | null)[] = [];
  let tmplOutput: Ty | null = null;
  let tmplSingle = false;
  const x = expected ? sh(fcx, expected) : null;
  if (x && x.kind === 'fnPtr') {
    expInputs = x.sig.inputs;
    expOutput = x.sig.output;
  } else if (x && x.kind === 'dyn' && x.principal) {
    const a = sh(fcx, x.principal.args.types[0] ?? UNIT);
    if (a.kind === 'tuple') expInputs = a.elems;
    expOutput = x.bindings?.find((b) => b.name === 'Output')?.ty ?? null;
    // A body sees the object type with its regions erased: read `dyn Fn(&T)` as Fn sugar, whose
    // elided lifetimes are bound (a named lifetime there is not told apart).
    if (expInputs !== null) { tmplInputs = expInputs; tmplOutput = expOutput; }
  } else if (x && x.kind === 'infer') {
    for (const o of fcx.obligations) {
      const self = sh(fcx, o.pred.self);
      const ln = tcx.info(o.pred.trait).lang;
      if (self.kind === 'infer' && self.var === x.var && (ln === 'Fn' || ln === 'FnMut' || ln === 'FnOnce')) {
        const a = sh(fcx, o.pred.args[0] ?? UNIT);
        if (a.kind === 'tuple') expInputs = a.elems;
        const out = o.pred.bindings.find((b) => b.name === 'Output');
        if (out) expOutput = out.ty;
        const d = o.cause?.declared;
        const written = o.cause?.bound ?? null;
        // `for<'a>` names are lowered as erased regions, which would all read as distinct: bind nothing then.
        const text = written !== null && !tcx.info(o.cause!.def).std ? tcx.file.text.slice(written.lo, written.hi) : '';
        const binder = /\bfor\s*<([^>]*)>/.exec(text);
        // One `for<'r>` lifetime and no elided reference: every bound region is that one.
        const oneBinder = binder !== null && binder[1]!.split(',').filter((x) => x.trim() !== '').length === 1 && !/&\s*(mut\s+)?[^'\s]/.test(text);
        const da = d?.args[0];
        if (d !== undefined && da !== undefined && da.kind === 'tuple' && (binder === null || oneBinder || boundIds(da).size > 0)) {
          tmplInputs = da.elems;
          tmplOutput = d.bindings.find((b) => b.name === 'Output')?.ty ?? null;
          tmplSingle = oneBinder;
        }
        break;
      }
    }
  }
  const fixedKind = expectedClosureKind(fcx, e, x);
  if (fixedKind !== null) fcx.closureExpected.set(e.id, fixedKind);
  fcx.scopes.push(new Map());
  const inputs: Ty[] = [];
  e.params.forEach((p, i) => {
    let t: Ty;
    if (p.ty) {
      t = normalize(fcx, tcx.lowerTy(fcx.lowerEnv, p.ty));
      if (expInputs && expInputs[i]) unify(fcx.icx, t, expInputs[i]!);
    } else t = expInputs && expInputs[i] ? expInputs[i]! : fresh(fcx);
    inputs.push(t);
  });
  const ret = e.ret ? normalize(fcx, tcx.lowerTy(fcx.lowerEnv, e.ret)) : expOutput ?? fresh(fcx);
  // rustc equates a written return type with the expected one: the expected bound regions stay.
  recordSigTemplate(fcx, e, tmplInputs, tmplOutput, tmplSingle, expInputs === null);
  const ty: Ty = { kind: 'closure', node: e.id, owner: fcx.owner, sig: { inputs, output: ret, unsafe: false, variadic: false }, upvars: [] };
  if (x && x.kind === 'infer') unify(fcx.icx, x, ty);
  fcx.closureStack.push({ node: e.id, ret, depth: fcx.closureStack.length + 1 });
  e.params.forEach((p, i) => {
    checkPat(fcx, p.pat, inputs[i]!);
    if (p.pat.kind === 'ident' && p.ty) fcx.bindingTypeSpans.set(p.pat.id, p.ty.span);
  });
  fcx.rets.push(ret);
  fcx.loops.push([]);
  checkCoerce(fcx, e.body, ret);
  fcx.loops.pop();
  fcx.rets.pop();
  fcx.closureStack.pop();
  fcx.scopes.pop();
  fcx.closureExprs.push(e);
  return ty;
}

/**
 * Records which regions of a closure's signature are its own: those the expected `Fn*` sugar
 * binds, and elided lifetimes in parameter annotations (`|x: &u8|`). A lifetime elided in the
 * output stands for the inputs' single bound one; with several, the template is dropped.
 */
function recordSigTemplate(fcx: Fcx, e: Expr & { kind: 'closure' }, expected: readonly (Ty | null)[], output: Ty | null, single: boolean, inferred: boolean): void {
  const env = { ...fcx.lowerEnv, regionMode: 'param' as const, report: false, infer: null };
  const inputs = e.params.map((p, i) => (p.ty ? fcx.tcx.lowerTy(env, p.ty) : expected[i] ?? null));
  let bound = 0;
  const count = (t: Ty): void => { someTy(t, (y) => { if (y.kind === 'ref' && y.region.kind === 'erased') bound++; if (y.kind === 'adt') for (const r of y.args.regions) if (r.kind === 'erased') bound++; return false; }); };
  for (const t of inputs) if (t !== null) count(t);
  if (bound === 0) {
    if (inferred) fcx.closureSigTemplates.set(e.id, { inputs, output: null, single: false, inferred });
    return;
  }
  let outBound = 0;
  if (output !== null) someTy(output, (y) => { if (y.kind === 'ref' && y.region.kind === 'erased') outBound++; if (y.kind === 'adt') for (const r of y.args.regions) if (r.kind === 'erased') outBound++; return false; });
  const one = single && e.params.every((p) => !p.ty);
  // Bound regions with an identity (`for<'a, 'b>`) say themselves which input region the output's is.
  const inIds = new Set<number>();
  for (const t of inputs) if (t !== null) for (const id of boundIds(t)) inIds.add(id);
  const outIds = output === null ? new Set<number>() : boundIds(output);
  const byId = outIds.size > 0 && [...outIds].every((id) => inIds.has(id)) && countUnnamedBound(output) === 0;
  if (outBound > 0 && bound !== 1 && !one && !byId) return;
  fcx.closureSigTemplates.set(e.id, inferred ? { inputs, output, single: one, inferred } : { inputs, output, single: one });
}

/** The identities of the bound regions (see the `erased` region's `bound`) in `t`. */
function boundIds(t: Ty): Set<number> {
  const out = new Set<number>();
  foldTy(t, { region: (r) => { if (r.kind === 'erased' && r.bound !== undefined) out.add(r.bound); return r; } });
  return out;
}

/** Erased regions without an identity in `t`. */
function countUnnamedBound(t: Ty | null): number {
  let n = 0;
  if (t !== null) foldTy(t, { region: (r) => { if (r.kind === 'erased' && r.bound === undefined) n++; return r; } });
  return n;
}

export { declare };
export const _unused = [I32, ERROR];
export type { Adjustment };
