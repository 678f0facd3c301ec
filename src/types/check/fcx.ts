import type { Expr, GenericBound, NodeId } from '../../syntax/ast.js';
import type { Span } from '../../syntax/span.js';
import type { PendingCast } from './casts.js';
import type { DiagSpan, Diagnostic, SubDiagnostic } from '../../util/diagnostic.js';
import { unsupported } from '../../util/diagnostic.js';
import { msg } from '../messages.js';
import { stdImplsForward, stdMayImplement, stdMayIterate } from '../std-impls.js';
import type { InferCtxt } from '../infer.js';
import { freshVar, resolveTy, rollback, shallow, snapshot, unify } from '../infer.js';
import type { Adjustment, BindingMode, ClosureInfo, ClosureKind, ClosureKindSource, ClosureSigTemplate, MethodCallee, Res } from '../results.js';
import type { Predicate, Tcx, LowerEnv } from '../tcx.js';
import type { SolveCx } from '../traits.js';
import { normalizeProjection, solve, substPred } from '../traits.js';
import type { DefId, FnSigTy, GenericArgsTy, Ty } from '../ty.js';
import { ERASED, ERROR } from '../ty.js';
import { eraseTy, foldTy, someTy, substTy } from '../ty-ops.js';

/** The mutable state of type checking one body (a fn with its closures). */
export interface Tables {
  exprTypes: (Ty | undefined)[];
  adjustments: (Adjustment[] | undefined)[];
  patTypes: (Ty | undefined)[];
  patAdjustments: (Ty[] | undefined)[];
  bindingModes: (BindingMode | undefined)[];
  bindingTypes: (Ty | undefined)[];
  resolutions: (Res | undefined)[];
  methodCallees: (MethodCallee | undefined)[];
  fieldIndices: (number | undefined)[];
  closures: (ClosureInfo | undefined)[];
  desugarCallees: (MethodCallee[] | undefined)[];
}

export interface Obligation {
  readonly pred: Predicate;
  readonly span: Span;
  readonly cause?: ObligationCause;
  /** An unsizing coercion to `dyn Trait` required it ("required for the cast from `A` to `B`"). */
  readonly cast?: { readonly from: Ty; readonly to: Ty };
  /** A `{}` / `{:?}` argument: the placeholder that required it ("required by this formatting parameter"). */
  readonly format?: Span;
  /** An implicit `T: Sized` of a user fn's type parameter: the parameter's name. */
  readonly implicitSized?: Span;
}

export interface PendingProjection {
  readonly self: Ty;
  readonly trait: DefId;
  readonly args: readonly Ty[];
  readonly name: string;
  readonly var: Ty;
}

export interface LoopCtx {
  readonly label: string | null;
  readonly isLoop: boolean;
  breakTy: Ty | null;
  /** A labeled block (`'a: { … }`): a target for `break 'a` only, no loop. */
  readonly block?: boolean;
}

export interface ClosureCtx {
  readonly node: NodeId;
  readonly ret: Ty;
  readonly depth: number;
}

/** A call whose callee is a closure or Fn-bounded value: filled in once closure kinds are known. */
export interface PendingFnCall {
  readonly call: NodeId;
  readonly calleeTy: Ty;
  readonly argsTuple: Ty;
  readonly output: Ty;
  readonly trait: 'Fn' | 'FnMut' | 'FnOnce' | null;
  readonly span: Span;
  /** The callee: an `FnMut` call borrows it mutably, so its derefs become `DerefMut`. */
  readonly callee: Expr;
}

export interface Fcx {
  readonly tcx: Tcx;
  readonly icx: InferCtxt;
  readonly owner: DefId;
  readonly env: readonly Predicate[];
  readonly t: Tables;
  readonly diags: Diagnostic[];
  tainted: boolean;
  readonly scopes: Map<string, NodeId>[];
  readonly modules: DefId[];
  /** Block modules (blocks declaring items) by the index in `scopes` of their block's scope. */
  readonly blockScopes: Map<number, DefId>;
  readonly rets: Ty[];
  readonly loops: LoopCtx[][];
  obligations: Obligation[];
  projections: PendingProjection[];
  /** Closures whose bodies name a local of an enclosing body (rustc's `upvars_mentioned`), known as soon as the body is checked. */
  readonly closuresMentioningUpvars: Set<NodeId>;
  readonly closureStack: ClosureCtx[];
  /** Closure expressions in the order their bodies were checked. */
  readonly closureExprs: (Expr & { kind: 'closure' })[];
  /** Closure nesting depth at which each binding was declared. */
  readonly bindingDepth: Map<NodeId, number>;
  readonly bindingMut: Map<NodeId, boolean>;
  readonly bindingNames: Map<NodeId, string>;
  readonly bindingSpans: Map<NodeId, Span>;
  /** A binding that is a whole `let` pattern or parameter: its written type, else a one-line initialiser. */
  readonly bindingTypeSpans: Map<NodeId, Span>;
  /** The closure (NodeId) each binding was declared in, or -1 for the fn body. */
  readonly bindingClosure: Map<NodeId, NodeId>;
  unsafeDepth: number;
  /** Union field reads outside `unsafe` (E0133 at the end), less those that are assigned to. */
  readonly unionReads: Map<NodeId, Span>;
  readonly lowerEnv: LowerEnv;
  readonly pendingCalls: PendingFnCall[];
  readonly closureKinds: Map<NodeId, 'Fn' | 'FnMut' | 'FnOnce'>;
  readonly closureUpvars: Map<NodeId, Ty[]>;
  /** Closures coerced to fn pointers: an error (E0308) once captures show they capture anything. */
  /** `cast`: written `closure as fn(..)`, which is E0605 (a non-primitive cast) rather than E0308. */
  readonly closureToFnPtr: { readonly node: NodeId; readonly span: Span; readonly target: Ty; readonly closure: Ty; readonly cast?: boolean }[];
  /** Expressions used as mutable places (their Index/Deref callees become IndexMut/DerefMut). */
  readonly deferredSend: Obligation[];
  /** Every Send/Sync obligation: re-checked once closure captures are known. */
  readonly sendObligations: Obligation[];
  /** `std::mem::transmute` calls (the callee's span, source and target types), size-checked once types are known. */
  readonly transmutes: { readonly span: Span; readonly from: Ty; readonly to: Ty }[];
  /** Fn-trait bounds met by closures before their kind was known: re-checked once it is. */
  readonly closureFnBounds: { readonly node: NodeId; readonly trait: 'Fn' | 'FnMut' | 'FnOnce'; readonly span: Span; readonly cause: ObligationCause | null; readonly cast: { readonly from: Ty; readonly to: Ty } | null }[];
  /** The call argument being checked, while it is checked. */
  argSite: ArgSite | null;
  /** Closures whose kind the expected type fixed, and what to point at when the body needs more. */
  readonly closureExpected: Map<NodeId, { readonly kind: ClosureKind; readonly source: ClosureKindSource }>;
  /** Per closure: which regions of its signature the expected type or the annotations bind (see ClosureSigTemplate). */
  readonly closureSigTemplates: Map<NodeId, ClosureSigTemplate>;
  /** `fn f() -> impl Fn…`: the variables standing for the opaque return types, with the fn's name and return type spans. */
  opaqueReturn: { readonly vars: readonly Ty[]; readonly name: Span; readonly ret: Span } | null;
  /** `as` casts, judged at the end of the body (rustc's deferred cast checks). */
  readonly casts: PendingCast[];
  /** Numeric literals, for the `overflowing_literals` lint once their types are known; `neg`: the span of `-lit`. */
  readonly numLits: { readonly e: Expr & { kind: 'lit' }; readonly ty: Ty; readonly neg: Span | null }[];
  /** The literal operand of the unary `-` being checked, with the negation's span. */
  negLit: { readonly id: NodeId; readonly span: Span } | null;
  /** The callee expression of the call being checked (rustc says "function" for it in E0425). */
  calleeId: NodeId | null;
  /** `_` expressions on the left of a destructuring assignment (anywhere else `_` is an error). */
  readonly assigneeWildcards: Set<NodeId>;
}

/** A call argument: the callee (when a fn item or method), the span rustc labels, the argument's position. */
export interface ArgSite {
  readonly arg: NodeId;
  readonly callee: DefId | null;
  /** The callee expression, or for method calls the name up to the closing parenthesis. */
  readonly label: Span;
  readonly index: number;
}

/** Why an obligation exists, for "required by a bound in `f`": the fn whose bound it is and the call. */
export interface ObligationCause {
  readonly def: DefId;
  /** The callee expression (or method name) of the call. */
  readonly call: Span;
  /** The bound as written, for bounds of this crate. */
  readonly bound: Span | null;
  /** The predicate as declared, before the callee's generics were substituted (a closure reads which regions its `Fn*` bound binds). */
  readonly declared?: Predicate;
}

export function err(fcx: Fcx, d: Diagnostic): void {
  fcx.tainted = true;
  if (fcx.diags.some((x) => x.code === d.code && x.spans[0]?.span.lo === d.spans[0]?.span.lo && x.message === d.message)) return;
  fcx.diags.push(d);
}

/**
 * rustc checks unsafety on the built body (THIR) after type checking: an E0133 does not stop
 * borrow checking, so it does not taint the body.
 */
export function unsafetyErr(fcx: Fcx, d: Diagnostic): void {
  if (fcx.diags.some((x) => x.code === d.code && x.spans[0]?.span.lo === d.spans[0]?.span.lo && x.message === d.message)) return;
  fcx.diags.push(d);
}

export function unsup(fcx: Fcx, span: Span, what: string): Ty {
  err(fcx, unsupported(span, what));
  return ERROR;
}

export function solveCx(fcx: Fcx): SolveCx {
  return { tcx: fcx.tcx, icx: fcx.icx, env: fcx.env, closureKind: (n) => fcx.closureKinds.get(n) ?? null };
}

export function fresh(fcx: Fcx): Ty {
  return freshVar(fcx.icx);
}

export function res(fcx: Fcx, t: Ty): Ty {
  return resolveTy(fcx.icx, t);
}

export function sh(fcx: Fcx, t: Ty): Ty {
  return shallow(fcx.icx, t);
}

export function setExprTy(fcx: Fcx, e: { id: NodeId }, t: Ty): Ty {
  fcx.t.exprTypes[e.id] = t;
  return t;
}

export function addAdjustments(fcx: Fcx, id: NodeId, adj: readonly Adjustment[]): void {
  if (adj.length === 0) return;
  const cur = fcx.t.adjustments[id];
  fcx.t.adjustments[id] = cur ? [...cur, ...adj] : [...adj];
}

export function register(fcx: Fcx, pred: Predicate, span: Span, cause?: ObligationCause): void {
  fcx.obligations.push(cause === undefined ? { pred, span } : { pred, span, cause });
  const ln = fcx.tcx.info(pred.trait).lang;
  if (ln === 'Send' || ln === 'Sync') fcx.sendObligations.push({ pred, span });
}

/** Replace projections by their normal form, or by a variable resolved later. */
export function normalize(fcx: Fcx, t: Ty): Ty {
  return foldTy(t, {
    ty: (x) => {
      if (x.kind !== 'projection') return undefined;
      const self = normalize(fcx, x.self);
      const args = x.trait.args.types.slice(1).map((a) => normalize(fcx, a));
      // A type already reported (an unmodelled std item) normalises to nothing more to report.
      if ([self, ...args].some((t) => someTy(t, (y) => y.kind === 'error'))) return ERROR;
      const n = normalizeProjection(solveCx(fcx), self, x.trait.trait, args, x.name);
      // A projection comes back only when it is rigid (`<B as ToOwned>::Owned` under `B: ToOwned`):
      // normalising it again would never end.
      if (n) return n.kind === 'projection' ? n : normalize(fcx, n);
      const v = fresh(fcx);
      fcx.projections.push({ self, trait: x.trait.trait, args, name: x.name, var: v });
      return v;
    },
  });
}

const FN_KINDS = ['Fn', 'FnMut', 'FnOnce'] as const;

/** An obligation `closure: Fn*` is solved before the closure's kind is known; remember it. */
function noteClosureFnBound(fcx: Fcx, o: Obligation): void {
  const self = shallow(fcx.icx, o.pred.self);
  if (self.kind !== 'closure' || fcx.closureKinds.has(self.node)) return;
  const lang = fcx.tcx.info(o.pred.trait).lang;
  const trait = FN_KINDS.find((k) => k === lang);
  if (trait !== undefined) fcx.closureFnBounds.push({ node: self.node, trait, span: o.span, cause: o.cause ?? null, cast: o.cast ?? null });
}

/** Make progress on pending obligations and projections until nothing changes. */
export function selectWherePossible(fcx: Fcx): void {
  for (let round = 0; round < 20; round++) {
    let progress = false;
    const cx = solveCx(fcx);
    const keep: PendingProjection[] = [];
    for (const p of fcx.projections) {
      const n = normalizeProjection(cx, p.self, p.trait, p.args, p.name);
      if (n) {
        unify(fcx.icx, p.var, normalize(fcx, n));
        progress = true;
      } else keep.push(p);
    }
    fcx.projections = keep;
    const obs = fcx.obligations;
    fcx.obligations = [];
    for (const o of obs) {
      noteClosureFnBound(fcx, o);
      const r = solve(cx, o.pred);
      if (r === 'maybe') fcx.obligations.push(o);
      else {
        progress = true;
        if (r === 'no') onUnsatisfied(fcx, o);
        else if (o.pred.bindings.length > 0) checkBindings(fcx, cx, o);
      }
    }
    if (!progress) return;
  }
}

/**
 * A bound that holds whose associated type binding does not (`&u16: Deref<Target = u8>`): rustc's
 * projection mismatch, E0271. Only where both sides are fully known types.
 */
function checkBindings(fcx: Fcx, cx: SolveCx, o: Obligation): void {
  const known = (t: Ty): boolean => !someTy(t, (x) => x.kind === 'infer' || x.kind === 'projection' || x.kind === 'error' || x.kind === 'opaque' || x.kind === 'param' || x.kind === 'dyn');
  const self = res(fcx, o.pred.self);
  const args = o.pred.args.map((a) => res(fcx, a));
  if (!known(self) || !args.every(known)) return;
  for (const b of o.pred.bindings) {
    const want = res(fcx, b.ty);
    const n = normalizeProjection(cx, self, o.pred.trait, args, b.name);
    if (n === null || !known(want)) continue;
    const got = res(fcx, n);
    if (!known(got)) continue;
    const s = snapshot(fcx.icx);
    const same = unify(fcx.icx, got, want);
    rollback(fcx.icx, s);
    if (same) continue;
    const tr = fcx.tcx.info(o.pred.trait).name;
    err(fcx, msg.projectionMismatch(o.span, `<${fcx.tcx.displayTy(self)} as ${tr}>::${b.name}`, fcx.tcx.displayTy(want), fcx.tcx.displayTy(got)));
    return;
  }
}

/**
 * The obligations still pending once closure kinds are known: those the solver now refutes are
 * reported like any other (a closure's own Fn-kind bounds were reported as E0525 already, and
 * Send/Sync are checked with the captures).
 */
export function reportRefutedAtEnd(fcx: Fcx): void {
  const cx = solveCx(fcx);
  for (const o of [...fcx.obligations]) {
    const lang = fcx.tcx.info(o.pred.trait).lang;
    if (lang === 'Send' || lang === 'Sync') continue;
    if (FN_KINDS.some((k) => k === lang) && sh(fcx, o.pred.self).kind === 'closure') continue;
    if (solve(cx, o.pred) === 'no') onUnsatisfied(fcx, o);
  }
}

/**
 * An unsizing coercion to `dyn Trait` whose type the solver says lacks the trait: E0277 as rustc
 * reports it, when that "no" can be trusted (true); otherwise nothing is reported (false).
 */
export function reportUnmetForCast(fcx: Fcx, o: Obligation): boolean {
  const before = fcx.diags.length;
  reportUnmetBound(fcx, o);
  return fcx.diags.length > before;
}

function onUnsatisfied(fcx: Fcx, o: Obligation): void {
  const name = fcx.tcx.info(o.pred.trait).lang;
  if (name === 'Send' || name === 'Sync') fcx.deferredSend.push(o);
  else if (name === 'Copy') {
    const t = res(fcx, o.pred.self);
    if (t.kind === 'adt' || t.kind === 'str' || t.kind === 'slice') err(fcx, msg.notCopy(o.span, fcx.tcx.displayTy(t)));
    else if (!someTy(t, (x) => (x.kind === 'infer' && x.flavor === 'general') || x.kind === 'error')) reportNotCopy(fcx, o, t);
  } else if (!reportBindingMismatch(fcx, o)) reportUnmetBound(fcx, o);
}

/**
 * E0271: the trait holds but an associated type it binds (`Iterator<Item = u8>`) is another
 * type. True when reported; false when the trait itself is what fails.
 */
function reportBindingMismatch(fcx: Fcx, o: Obligation): boolean {
  const p = o.pred;
  if (p.bindings.length === 0) return false;
  const cx = solveCx(fcx);
  const s = snapshot(fcx.icx);
  const holds = solve(cx, { ...p, bindings: [] }) === 'yes';
  rollback(fcx.icx, s);
  if (!holds) return false;
  const tcx = fcx.tcx;
  for (const b of p.bindings) {
    const s2 = snapshot(fcx.icx);
    const found = normalizeProjection(cx, p.self, p.trait, p.args, b.name);
    rollback(fcx.icx, s2);
    if (found === null) continue;
    const want = res(fcx, b.ty);
    const have = res(fcx, found);
    const s3 = snapshot(fcx.icx);
    const same = unify(fcx.icx, want, have);
    rollback(fcx.icx, s3);
    if (same) continue;
    if (someTy(want, (x) => x.kind === 'error') || someTy(have, (x) => x.kind === 'error')) return true;
    const self = tcx.displayTy(res(fcx, p.self));
    const trait = tcx.info(p.trait);
    const iter = (trait.lang ?? trait.name) === 'Iterator' && trait.std && b.name === 'Item';
    const traitArgs = p.args.length > 0 ? `<${p.args.map((t) => tcx.displayTy(res(fcx, t))).join(', ')}>` : '';
    const message = iter
      ? `expected \`${self}\` to be an iterator that yields \`${tcx.displayTy(want)}\`, but it yields \`${tcx.displayTy(have)}\``
      : `type mismatch resolving \`<${self} as ${trait.name}${traitArgs}>::${b.name} == ${tcx.displayTy(want)}\``;
    const label = iter ? `expected \`${tcx.displayTy(want)}\`, found \`${tcx.displayTy(have)}\`` : message;
    const spans: DiagSpan[] = [{ span: o.span, label, primary: true }];
    const children: SubDiagnostic[] = [];
    if (o.cause) {
      if (o.cause.call.lo !== o.span.lo || o.cause.call.hi !== o.span.hi) spans.push({ span: o.cause.call, label: 'required by a bound introduced by this call', primary: false });
      children.push(requiredByBound(fcx, o.cause));
    }
    err(fcx, { level: 'error', code: 'E0271', message, spans, children });
    return true;
  }
  return false;
}

/** `&mut T: Copy`, and a tuple or array with an element that is not `Copy` ("... is not satisfied in `(i32, String)`"). */
function reportNotCopy(fcx: Fcx, o: Obligation, t: Ty): void {
  const tcx = fcx.tcx;
  const show = (x: Ty): string => tcx.displayTy(x);
  if (t.kind === 'ref' && t.mut) {
    reportBound(fcx, o, `the trait bound \`${show(t)}: Copy\` is not satisfied`, `the trait \`Copy\` is not implemented for \`${show(t)}\``, []);
    return;
  }
  const leaf = notCopyElement(fcx, t, 0);
  if (leaf === null || leaf === t) return;
  reportBound(fcx, o, `the trait bound \`${show(leaf)}: Copy\` is not satisfied in \`${show(t)}\``, `within \`${show(t)}\`, the trait \`Copy\` is not implemented for \`${show(leaf)}\``, [
    { level: 'note', message: `required because it appears within the type \`${show(t)}\``, spans: [], suggestions: [] },
  ]);
}

/** The element of a tuple or array (or the type itself) that is certainly not `Copy`. */
function notCopyElement(fcx: Fcx, t0: Ty, depth: number): Ty | null {
  const t = res(fcx, t0);
  if (depth > 8) return null;
  if (t.kind === 'tuple') {
    for (const e of t.elems) {
      const hit = notCopyElement(fcx, e, depth + 1);
      if (hit !== null) return hit;
    }
    return null;
  }
  if (t.kind === 'array') return notCopyElement(fcx, t.elem, depth + 1);
  if ((t.kind === 'ref' && t.mut) || t.kind === 'str' || t.kind === 'slice') return t;
  if (t.kind === 'adt' && solve(solveCx(fcx), { self: t, trait: fcx.tcx.lang('Copy'), args: [], bindings: [] }) === 'no') return t;
  return null;
}

/** Std traits whose impls for `&T` (and `&mut T`) only forward to `T`'s: rustc reports the referent. */
const FORWARDED_THROUGH_REFS: ReadonlySet<string> = new Set(['Display', 'Debug', 'Fn', 'FnMut', 'FnOnce']);

/**
 * E0277 for a bound the solver refuted, where its "no" can be trusted: a user trait (its impls
 * are all in the user's crate), `collect` into a `Vec` of another element type, and a std trait
 * that real std implements for no type of the self type's kind (std-impls). Elsewhere the std
 * model may lack an impl, so nothing is reported (a true error there stays a miss, never an
 * invented error).
 */
function reportUnmetBound(fcx: Fcx, o: Obligation): void {
  const tcx = fcx.tcx;
  const self = res(fcx, o.pred.self);
  const args = o.pred.args.map((a) => res(fcx, a));
  // Variables are as rustc prints them (`{integer}`, `_`): it reports these before fallback. The
  // solver's "no" never rests on a variable (it answers "maybe" while one could still match).
  if ([self, ...args].some((t) => someTy(t, (x) => x.kind === 'error'))) return;
  const info = tcx.info(o.pred.trait);
  if (!info.std) {
    reportUserTraitBound(fcx, o, self, args);
    return;
  }
  const name = info.lang ?? info.name;
  if (name === 'Sized') {
    // Only `str`, slices and trait objects are unsized: the solver's "no" is exact.
    const t = tcx.displayTy(self);
    const children: SubDiagnostic[] = [{ level: 'help', message: `the trait \`Sized\` is not implemented for \`${t}\``, spans: [], suggestions: [] }];
    if (o.implicitSized && o.cause) {
      const path = tcx.defPath(o.cause.def);
      children.push({ level: 'note', message: `required by an implicit \`Sized\` bound in \`${path}\``, spans: [{ span: o.implicitSized, label: `required by the implicit \`Sized\` requirement on this type parameter in \`${path}\``, primary: true }], suggestions: [] });
    }
    if (o.implicitSized) children.push({ level: 'help', message: 'consider relaxing the implicit `Sized` restriction', spans: [], suggestions: [{ span: { lo: o.implicitSized.hi, hi: o.implicitSized.hi }, replacement: ': ?Sized', applicability: 'MaybeIncorrect' }] });
    reportBound(fcx, o, `the size for values of type \`${t}\` cannot be known at compilation time`, "doesn't have a size known at compile-time", children, o.implicitSized === undefined);
    return;
  }
  if (name === 'Unpin') {
    reportNotUnpin(fcx, o, self);
    return;
  }
  if (name === 'FromIterator' && self.kind === 'adt' && self.def === tcx.lang('Vec') && args[0]) {
    err(fcx, msg.notFromIterator(o.span, tcx.displayTy(self), tcx.displayTy(args[0])));
    return;
  }
  const refs: Ty[] = [];
  let leaf = self;
  while (leaf.kind === 'ref' && FORWARDED_THROUGH_REFS.has(name) && !(name === 'Fn' && leaf.mut)) {
    refs.push(leaf);
    leaf = res(fcx, leaf.inner);
  }
  const borrows = refs.length;
  // `for x in 5`: std's only `IntoIterator` impl that could apply is the one for iterators.
  const viaIter = name === 'IntoIterator' && !stdMayIterate(tcx, leaf) && !hasUserImpl(fcx, leaf, 'Iterator');
  const unsafeFn = FN_KINDS.some((k) => k === name) && (leaf.kind === 'fnDef' ? tcx.fnSig(leaf.def).sig.unsafe : leaf.kind === 'fnPtr' && leaf.sig.unsafe);
  if (!viaIter && !unsafeFn && stdMayImplement(tcx, leaf, name)) {
    // `Vec<S>: Debug` fails because `S: Debug` does: rustc names the innermost type.
    const inner = args.length === 0 && FORWARDING.has(name) ? forwardedLeaf(fcx, leaf, o.pred.trait, name, 0) : null;
    if (inner === null) return;
    refs.push(...inner.chain);
    leaf = inner.leaf;
  }
  const leafStr = tcx.displayTy(leaf);
  const children: SubDiagnostic[] = [];
  let message: string;
  let label: string;
  const traitStr = traitRef(fcx, name, self, args);
  const notImpl = (t: string): SubDiagnostic => ({ level: 'help', message: `the trait \`${t}\` is not implemented for \`${leafStr}\``, spans: [], suggestions: [] });
  if (FN_KINDS.some((k) => k === name)) {
    const inputs = fnBoundInputs(fcx, args[0]);
    const sig = `${name}(${inputs.map((t) => tcx.displayTy(t)).join(', ')})`;
    message = `expected a \`${sig}\` closure, found \`${leafStr}\``;
    label = `expected an \`${sig}\` closure, found \`${leafStr}\``;
    const hr = higherRankedSig(fcx, name, inputs);
    const at = leaf.kind === 'adt' && !tcx.info(leaf.def).std ? defHeader(fcx, leaf.def) : null;
    children.push(at === null ? notImpl(hr) : { ...notImpl(hr), spans: [{ span: at, label: null, primary: true }] });
    if (unsafeFn) children.push({ level: 'note', message: 'unsafe function cannot be called generically without an unsafe block', spans: [], suggestions: [] });
    if (inputs.length === 0) children.push({ level: 'note', message: `wrap the \`${leafStr}\` in a closure with no arguments: \`|| { /* code */ }\``, spans: [], suggestions: [] });
  } else if (name === 'Display') {
    message = `\`${leafStr}\` doesn't implement \`std::fmt::Display\``;
    label = o.format ? `\`${leafStr}\` cannot be formatted with the default formatter` : `the trait \`std::fmt::Display\` is not implemented for \`${leafStr}\``;
    if (o.format) {
      children.push(notImpl('std::fmt::Display'));
      children.push({ level: 'note', message: 'in format strings you may be able to use `{:?}` (or {:#?} for pretty-print) instead', spans: [], suggestions: [] });
    }
  } else if (name === 'Debug') {
    message = `\`${leafStr}\` doesn't implement \`Debug\``;
    label = o.format ? `\`${leafStr}\` cannot be formatted using \`{:?}\` because it doesn't implement \`Debug\`` : `the trait \`Debug\` is not implemented for \`${leafStr}\``;
    if (o.format) children.push(notImpl('Debug'));
  } else if (name === 'Iterator' || viaIter) {
    message = `\`${leafStr}\` is not an iterator`;
    label = message;
    children.push(...notIteratorNotes(fcx, leaf, viaIter));
  } else if (name === 'PartialEq' && args.length <= 1) {
    const rhs = args[0] === undefined ? leafStr : tcx.displayTy(args[0]);
    message = `can't compare \`${leafStr}\` with \`${rhs}\``;
    label = `no implementation for \`${leafStr} == ${rhs}\``;
    children.push(notImpl(traitStr));
  } else {
    message = `the trait bound \`${leafStr}: ${traitStr}\` is not satisfied`;
    label = `the trait \`${traitStr}\` is not implemented for \`${leafStr}\``;
  }
  for (let i = refs.length - 1; i >= 0; i--) children.push({ level: 'note', message: `required for \`${tcx.displayTy(refs[i]!)}\` to implement \`${FN_KINDS.some((k) => k === name) ? higherRankedSig(fcx, name, fnBoundInputs(fcx, args[0])) : name === 'Display' ? 'std::fmt::Display' : traitStr}\``, spans: [], suggestions: [] });
  reportBound(fcx, borrows > 0 ? { ...o, span: pastBorrows(fcx, o.span, borrows) } : o, message, label, children);
}

/**
 * `T: Unpin` refuted: rustc names the innermost type that is not `Unpin` (found through the
 * fields, as the auto trait is). Certain only when that type is `PhantomPinned`, a parameter, a
 * trait object or a user type with `impl !Unpin`; a std type the model may lay out differently is
 * `unsupported`.
 */
function reportNotUnpin(fcx: Fcx, o: Obligation, self: Ty): void {
  const tcx = fcx.tcx;
  const unpin = o.pred.trait;
  const cx = solveCx(fcx);
  const isNo = (t: Ty): boolean => solve(cx, { self: t, trait: unpin, args: [], bindings: [] }) === 'no';
  let leaf = self;
  for (let depth = 0; depth < 16 && leaf.kind === 'adt'; depth++) {
    if (tcx.traitImpls(unpin).some((ii) => ii.negative && ii.selfTy.kind === 'adt' && ii.selfTy.def === (leaf as Ty & { kind: 'adt' }).def)) break;
    const a = leaf.args;
    const next = tcx.adt(leaf.def).variants.flatMap((v) => v.fields.map((f) => substTy(f.ty, a))).find(isNo);
    if (next === undefined) break;
    leaf = next;
  }
  while (leaf.kind === 'tuple' || leaf.kind === 'array' || leaf.kind === 'slice') {
    const next = (leaf.kind === 'tuple' ? leaf.elems : [leaf.elem]).find(isNo);
    if (next === undefined) break;
    leaf = next;
  }
  const certain = leaf.kind === 'param' || leaf.kind === 'dyn' || (leaf.kind === 'adt' && (!tcx.info(leaf.def).std || tcx.info(leaf.def).name === 'PhantomPinned'));
  if (!certain) {
    unsup(fcx, o.span, `an \`Unpin\` bound on \`${tcx.displayTy(self)}\``);
    return;
  }
  const leafStr = tcx.displayTy(leaf);
  const within = leaf === self ? '' : `within \`${tcx.displayTy(self)}\`, `;
  const notes: SubDiagnostic[] = [{ level: 'note', message: 'consider using the `pin!` macro\nconsider using `Box::pin` if you need to access the pinned value outside of the current scope', spans: [], suggestions: [] }];
  reportBound(fcx, o, `\`${leafStr}\` cannot be unpinned`, `${within}the trait \`Unpin\` is not implemented for \`${leafStr}\``, notes);
}

/** rustc points at the referent of `&v` when it reports the referent's missing impl. */
function pastBorrows(fcx: Fcx, span: Span, n: number): Span {
  const text = fcx.tcx.file.text;
  let lo = span.lo;
  for (let i = 0; i < n; i++) {
    const m = /^&\s*(mut\s+)?/.exec(text.slice(lo, span.hi));
    if (!m) break;
    lo += m[0].length;
  }
  return lo < span.hi ? { lo, hi: span.hi } : span;
}

/** rustc's help and notes on "`X` is not an iterator" (`into` when `IntoIterator` was asked for). */
export function notIteratorNotes(fcx: Fcx, t: Ty, into: boolean): SubDiagnostic[] {
  const s = fcx.tcx.displayTy(t);
  const out: SubDiagnostic[] = [{ level: 'help', message: `the trait \`Iterator\` is not implemented for \`${s}\``, spans: [], suggestions: [] }];
  if (t.kind === 'int' || (t.kind === 'infer' && t.flavor === 'int')) out.push({ level: 'note', message: 'if you want to iterate between `start` until a value `end`, use the exclusive range syntax `start..end` or the inclusive range syntax `start..=end`', spans: [], suggestions: [] });
  if (into) out.push({ level: 'note', message: `required for \`${s}\` to implement \`IntoIterator\``, spans: [], suggestions: [] });
  return out;
}

/** Std traits whose std impls for containers and tuples require the trait of the elements. */
const FORWARDING: ReadonlySet<string> = new Set(['Debug', 'Display', 'Clone', 'Eq', 'Ord', 'Hash', 'Default']);
/** Of those, the ones tuples, arrays and slices get element-wise. */
const STRUCTURAL: ReadonlySet<string> = new Set(['Debug', 'Clone', 'Eq', 'Ord', 'Hash', 'Default']);

/**
 * The innermost type whose missing impl makes `t: trait` fail, through the impls that only
 * forward the trait to their type arguments (the std model's `impl<T: Debug> Debug for Vec<T>`,
 * tuples and arrays element-wise, references), when that type's "no" can be trusted; with the
 * types on the way (`t` first).
 */
function forwardedLeaf(fcx: Fcx, t: Ty, trait: DefId, name: string, depth: number): { leaf: Ty; chain: Ty[] } | null {
  const tcx = fcx.tcx;
  if (depth > 6) return null;
  const parts: Ty[] = [];
  if ((t.kind === 'tuple' || t.kind === 'array' || t.kind === 'slice') && STRUCTURAL.has(name)) parts.push(...(t.kind === 'tuple' ? t.elems : [t.elem]));
  else if (t.kind === 'ref' && FORWARDED_THROUGH_REFS.has(name)) parts.push(t.inner);
  else if (t.kind === 'adt' && stdImplsForward(tcx, t, name)) {
    for (const ii of tcx.traitImpls(trait)) {
      if (ii.negative || ii.selfTy.kind !== 'adt' || ii.selfTy.def !== t.def) continue;
      ii.selfTy.args.types.forEach((a, j) => {
        const arg = t.args.types[j];
        if (a.kind === 'param' && arg !== undefined && ii.predicates.some((p) => p.trait === trait && p.self.kind === 'param' && p.self.index === a.index)) parts.push(arg);
      });
    }
  } else return null;
  const cx = solveCx(fcx);
  for (const p0 of parts) {
    const p = res(fcx, p0);
    if (someTy(p, (x) => (x.kind === 'infer' && x.flavor === 'general') || x.kind === 'error')) return null;
    if (solve(cx, { self: p, trait, args: [], bindings: [] }) !== 'no') continue;
    if (!stdMayImplement(tcx, p, name)) return { leaf: p, chain: [t] };
    const deeper = forwardedLeaf(fcx, p, trait, name, depth + 1);
    if (deeper !== null) return { leaf: deeper.leaf, chain: [t, ...deeper.chain] };
  }
  return null;
}

/** A bound of a user trait: all its impls are the user's, so the solver's "no" is rustc's. */
function reportUserTraitBound(fcx: Fcx, o: Obligation, self: Ty, args: readonly Ty[]): void {
  const tcx = fcx.tcx;
  const info = tcx.info(o.pred.trait);
  const selfStr = tcx.displayTy(self);
  const traitStr = args.length === 0 ? info.name : `${info.name}<${args.map((a) => tcx.displayTy(a)).join(', ')}>`;
  const children: SubDiagnostic[] = [];
  const adt = self.kind === 'adt' && !tcx.info(self.def).std ? defHeader(fcx, self.def) : null;
  if (adt !== null) children.push({ level: 'help', message: `the trait \`${traitStr}\` is not implemented for \`${selfStr}\``, spans: [{ span: adt, label: null, primary: true }], suggestions: [] });
  const header = defHeader(fcx, o.pred.trait);
  if (header !== null && tcx.traitImpls(o.pred.trait).length === 0) children.push({ level: 'help', message: 'this trait has no implementations, consider adding one', spans: [{ span: header, label: null, primary: true }], suggestions: [] });
  reportBound(fcx, o, `the trait bound \`${selfStr}: ${traitStr}\` is not satisfied`, adt !== null ? 'unsatisfied trait bound' : `the trait \`${traitStr}\` is not implemented for \`${selfStr}\``, children);
}

/** An E0277 at the obligation, with the call that introduced it and the bound it comes from. */
function reportBound(fcx: Fcx, o: Obligation, message: string, label: string, children: readonly SubDiagnostic[], boundNote = true): void {
  const spans: DiagSpan[] = [{ span: o.span, label, primary: true }];
  if (o.format) spans.push({ span: o.format, label: 'required by this formatting parameter', primary: false });
  const all = [...children];
  if (o.cast) all.push({ level: 'note', message: `required for the cast from \`${fcx.tcx.displayTy(res(fcx, o.cast.from))}\` to \`${fcx.tcx.displayTy(res(fcx, o.cast.to))}\``, spans: [], suggestions: [] });
  if (o.cause) {
    if (o.cause.call.lo !== o.span.lo || o.cause.call.hi !== o.span.hi) spans.push({ span: o.cause.call, label: 'required by a bound introduced by this call', primary: false });
    if (boundNote) all.push(requiredByBound(fcx, o.cause));
  }
  err(fcx, { level: 'error', code: 'E0277', message, spans, children: all });
}

/** A user item's header as rustc's `def_span` gives it: `struct S<T>`, `trait T`. */
function defHeader(fcx: Fcx, def: DefId): Span | null {
  const node = fcx.tcx.info(def).node;
  if (node.kind !== 'item') return null;
  const it = node.item;
  if (it.kind !== 'struct' && it.kind !== 'enum' && it.kind !== 'union' && it.kind !== 'trait') return null;
  const end = it.generics.params.length > 0 ? it.generics.span.hi : it.name.span.hi;
  return { lo: it.span.lo, hi: end };
}

function hasUserImpl(fcx: Fcx, t: Ty, trait: string): boolean {
  const def = fcx.tcx.lang(trait);
  return def >= 0 && t.kind === 'adt' && fcx.tcx.traitImpls(def).some((ii) => ii.selfTy.kind === 'adt' && ii.selfTy.def === t.def);
}

/** The argument types of an `Fn*` bound (its `Args` tuple). */
function fnBoundInputs(fcx: Fcx, argsTuple: Ty | undefined): readonly Ty[] {
  const t = argsTuple === undefined ? null : res(fcx, argsTuple);
  return t !== null && t.kind === 'tuple' ? t.elems : [];
}

/** `Fn(&str)` as rustc's help prints a bound with elided lifetimes: `for<'a> Fn(&'a str)`. */
function higherRankedSig(fcx: Fcx, name: string, inputs: readonly Ty[]): string {
  let n = 0;
  const names: string[] = [];
  const shown = inputs.map((t) => fcx.tcx.displayTy(t).replace(/&(mut )?/g, (_m, mut: string | undefined) => {
    const r = `'${String.fromCharCode(97 + n++)}`;
    names.push(r);
    return `&${r} ${mut ?? ''}`;
  }));
  return `${names.length > 0 ? `for<${names.join(', ')}> ` : ''}${name}(${shown.join(', ')})`;
}

/** The trait as rustc names it in "the trait bound `X: Trait` is not satisfied" (a defaulted `Rhs = Self` left out). */
function traitRef(fcx: Fcx, name: string, self: Ty, args: readonly Ty[]): string {
  const tcx = fcx.tcx;
  const shown = args.map((a) => tcx.displayTy(a));
  if (shown.length === 1 && shown[0] === tcx.displayTy(self) && ['PartialEq', 'PartialOrd', 'Add', 'Sub', 'Mul', 'Div', 'Rem'].includes(name)) shown.pop();
  return shown.length === 0 ? name : `${name}<${shown.join(', ')}>`;
}

/**
 * rustc's "required by a bound in `f`" note: at the bound as written, with the fn's name labelled
 * when the bound is on another line (a `where` clause).
 */
export function requiredByBound(fcx: Fcx, cause: ObligationCause): SubDiagnostic {
  const path = fcx.tcx.defPath(cause.def);
  const at = cause.bound;
  const message = `required by a bound in \`${path}\``;
  if (at === null) return { level: 'note', message, spans: [], suggestions: [] };
  const spans: DiagSpan[] = [{ span: at, label: `required by this bound in \`${path}\``, primary: true }];
  const d = fcx.tcx.info(cause.def);
  const item = d.node.kind === 'item' ? d.node.item : null;
  if (item !== null && item.kind === 'fn') {
    const text = fcx.tcx.file.text;
    const name = item.name.span;
    if (text.slice(name.hi, at.lo).includes('\n')) spans.push({ span: name, label: `required by a bound in this ${d.kind === 'assocFn' ? 'associated function' : 'function'}`, primary: false });
  }
  return { level: 'note', message, spans, suggestions: [] };
}

export interface Instantiated {
  readonly args: GenericArgsTy;
  readonly sig: FnSigTy;
}

/** Fresh variables for every generic parameter of `def` (and its parent), its bounds registered. */
export function instantiateFn(fcx: Fcx, def: DefId, span: Span, fixed?: { parent?: readonly Ty[]; own?: readonly Ty[] }): Instantiated {
  const tcx = fcx.tcx;
  const g = tcx.generics(def);
  const types: Ty[] = [];
  for (let i = 0; i < g.parentTypes; i++) types.push(fixed?.parent?.[i] ?? fresh(fcx));
  for (let i = 0; i < g.types.length; i++) types.push(fixed?.own?.[i] ?? fresh(fcx));
  const regions = [];
  for (let i = 0; i < g.parentRegions + g.regions.length; i++) regions.push(ERASED);
  const args: GenericArgsTy = { regions, types, consts: [] };
  for (const p of tcx.predicates(def)) register(fcx, normalizePred(fcx, substPred(p, args)), span, { def, call: span, bound: p.span ?? null, declared: p });
  registerImplicitSized(fcx, def, g.parentTypes, types, span);
  const s = tcx.fnSig(def).sig;
  const sig: FnSigTy = {
    inputs: s.inputs.map((x) => normalize(fcx, eraseTy(substTy(x, args)))),
    output: normalize(fcx, eraseTy(substTy(s.output, args))),
    unsafe: s.unsafe,
    variadic: s.variadic,
  };
  return { args, sig };
}

/**
 * rustc's `add_required_obligations_for_hir` for a struct or variant named in an expression (a
 * literal, a constructor): the ADT's where clauses and parameter bounds must hold for its
 * arguments. User ADTs only: the std model does not spell every std bound.
 */
export function registerAdtPredicates(fcx: Fcx, adt: DefId, args: GenericArgsTy, span: Span): void {
  const tcx = fcx.tcx;
  if (tcx.info(adt).std) return;
  for (const p of tcx.predicates(adt)) register(fcx, normalizePred(fcx, substPred(p, args)), span, { def: adt, call: span, bound: p.span ?? null, declared: p });
}

/**
 * A user fn's own type parameters are `Sized` unless relaxed with `?Sized` (std's are left out:
 * the model may not spell every `?Sized` real std has).
 */
function registerImplicitSized(fcx: Fcx, def: DefId, parentTypes: number, types: readonly Ty[], span: Span): void {
  const tcx = fcx.tcx;
  const sized = tcx.lang('Sized');
  const g = tcx.generics(def).generics;
  if (tcx.info(def).std || sized < 0 || g === null) return;
  const relaxes = (bs: readonly GenericBound[]): boolean => bs.some((b) => b.kind === 'trait' && b.modifier === 'maybe');
  const own = tcx.generics(def).types;
  for (const p of g.params) {
    if (p.kind !== 'type' || relaxes(p.bounds)) continue;
    if (g.where.some((w) => w.kind === 'bound' && w.ty.kind === 'path' && w.ty.qself === null && w.ty.path.segments.length === 1 && w.ty.path.segments[0]!.ident.name === p.name.name && relaxes(w.bounds))) continue;
    const i = own.indexOf(p.name.name);
    const t = i < 0 ? undefined : types[parentTypes + i];
    if (t !== undefined) fcx.obligations.push({ pred: { self: t, trait: sized, args: [], bindings: [] }, span, cause: { def, call: span, bound: null }, implicitSized: p.name.span });
  }
}

export function normalizePred(fcx: Fcx, p: Predicate): Predicate {
  return { self: normalize(fcx, eraseTy(p.self)), trait: p.trait, args: p.args.map((t) => normalize(fcx, eraseTy(t))), bindings: p.bindings.map((b) => ({ name: b.name, ty: normalize(fcx, eraseTy(b.ty)) })) };
}

/**
 * A local binding by name, as rustc's ribs see it: a block's own `let`s shadow the items the
 * block declares, and those items shadow the `let`s of enclosing blocks (then: null).
 */
export function lookupLocal(fcx: Fcx, name: string): NodeId | null {
  for (let i = fcx.scopes.length - 1; i >= 0; i--) {
    const hit = fcx.scopes[i]!.get(name);
    if (hit !== undefined) return hit;
    const m = fcx.blockScopes.get(i);
    if (m !== undefined && fcx.tcx.table.modules.get(m)?.values.has(name)) return null;
  }
  return null;
}

export function curModule(fcx: Fcx): DefId {
  return fcx.modules[fcx.modules.length - 1]!;
}

export function show(fcx: Fcx, t: Ty): string {
  return fcx.tcx.displayTy(res(fcx, t));
}

export function isUnresolvedVar(fcx: Fcx, t: Ty): boolean {
  const s = sh(fcx, t);
  return s.kind === 'infer' && s.flavor === 'general';
}
