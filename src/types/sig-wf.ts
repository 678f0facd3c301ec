import type { Item, TypeExpr } from '../syntax/ast.js';
import type { Span } from '../syntax/span.js';
import type { Diagnostic } from '../util/diagnostic.js';
import { displayTy } from './display.js';
import { msg } from './messages.js';
import type { Tcx } from './tcx.js';
import type { Ty } from './ty.js';
import { substTy } from './ty-ops.js';
import { newInfer } from './infer.js';
import type { SolveCx } from './traits.js';
import { solve } from './traits.js';

/**
 * E0277: a user struct or enum named as a free fn's parameter or return type must satisfy its
 * own where-clauses and bounds under the fn's bounds (rustc's well-formedness of the signature).
 * Only a bound on a type parameter of the fn is judged, for a type written directly as a
 * parameter or the return type; nested types and concrete arguments are left to the solver's
 * other uses.
 */
export function checkSigAdtBounds(tcx: Tcx, def: number, f: Item & { kind: 'fn' }, out: Diagnostic[]): void {
  const sig = tcx.fnSig(def).sig;
  const pairs: [TypeExpr, Ty][] = [];
  f.sig.params.forEach((p, i) => { const t = sig.inputs[i + (f.sig.selfParam ? 1 : 0)]; if (t) pairs.push([p.ty, t]); });
  if (f.sig.ret) pairs.push([f.sig.ret, sig.output]);
  const cx = { tcx, icx: newInfer(), env: tcx.predicates(def) };
  for (const [te, ty] of pairs) {
    if (ty.kind !== 'adt' || tcx.info(ty.def).std) continue;
    const unmet = unmetParamBounds(tcx, cx, ty, (trait) => tcx.info(trait).std)[0];
    if (unmet !== undefined) out.push(boundError(te.span, displayTy(tcx, unmet.self), unmet.name));
  }
}

/**
 * The ADT's bounds without generic arguments (`T: Clone`) that land on a type parameter of the
 * item being checked and that its environment cannot prove, for the traits `judged` accepts.
 */
function unmetParamBounds(tcx: Tcx, cx: SolveCx, ty: Ty & { kind: 'adt' }, judged: (trait: number) => boolean): { self: Ty; name: string }[] {
  const out: { self: Ty; name: string }[] = [];
  for (const p of tcx.predicates(ty.def)) {
    const self = substTy(p.self, ty.args);
    if (self.kind !== 'param' || p.span === undefined || p.args.length > 0 || p.bindings.length > 0) continue;
    const name = tcx.info(p.trait).name;
    if (name === 'Sized' || !judged(p.trait)) continue;
    if (solve(cx, { self, trait: p.trait, args: [], bindings: [] }) === 'no') out.push({ self, name });
  }
  return out;
}

function boundError(span: Span, shown: string, name: string): Diagnostic {
  return name === 'Send' || name === 'Sync' ? msg.notSend(span, shown, name) : msg.traitBound(span, shown, name);
}

const NO_STD_BLANKET: ReadonlySet<string> = new Set(['Clone', 'Copy', 'Debug', 'Display', 'PartialEq', 'Eq', 'PartialOrd', 'Ord', 'Hash', 'Default', 'Iterator', 'Send', 'Sync']);

/**
 * E0277: an impl's self type must be well-formed under the impl's own bounds (`impl<T> W<T>`
 * with `struct W<T: Clone>` needs `T: Clone`). As for signatures, only a bound of the ADT that
 * lands on a type parameter of the impl is judged: the impl's where-clauses are all there is to
 * prove it with, so the solver's "no" is exact.
 */
export function checkImplSelfAdtBounds(tcx: Tcx, def: number, item: Item & { kind: 'impl' }, out: Diagnostic[]): void {
  const ty = tcx.impl(def).selfTy;
  if (ty.kind !== 'adt' || tcx.info(ty.def).std) return;
  // Every written trait bound must have lowered (a bound on an unmodelled std trait, and what
  // it implies, would be missing from the environment and make the "no" unfounded).
  const written = item.generics.params.reduce((n, gp) => n + (gp.kind === 'type' ? gp.bounds.filter((b) => b.kind === 'trait' && b.modifier !== 'maybe').length : 0), 0)
    + item.generics.where.reduce((n, w) => n + (w.kind === 'bound' ? w.bounds.filter((b) => b.kind === 'trait' && b.modifier !== 'maybe').length : 0), 0);
  if (tcx.predicates(def).length !== written) return;
  const cx = { tcx, icx: newInfer(), env: tcx.predicates(def) };
  // A blanket impl (`impl<T> Pointable for T`) proves a bound for a parameter as well; of std's
  // traits only those real std has no blanket impl of are judged (the model may lack one).
  const judged = (trait: number): boolean => !tcx.traitImpls(trait).some((ii) => ii.selfTy.kind === 'param') && (!tcx.info(trait).std || NO_STD_BLANKET.has(tcx.info(trait).name));
  for (const u of unmetParamBounds(tcx, cx, ty, judged)) out.push(boundError(item.selfTy.span, displayTy(tcx, u.self), u.name));
}
