import type { Item, TypeExpr } from '../syntax/ast.js';
import type { Diagnostic } from '../util/diagnostic.js';
import { displayTy } from './display.js';
import { msg } from './messages.js';
import type { Tcx } from './tcx.js';
import type { Ty } from './ty.js';
import { substTy } from './ty-ops.js';
import { newInfer } from './infer.js';
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
    for (const p of tcx.predicates(ty.def)) {
      const self = substTy(p.self, ty.args);
      if (self.kind !== 'param' || p.span === undefined) continue;
      const name = tcx.info(p.trait).name;
      if (name === 'Sized' || !tcx.info(p.trait).std) continue;
      const pred = { self, trait: p.trait, args: p.args.map((a) => substTy(a, ty.args)), bindings: [] };
      if (p.bindings.length > 0 || p.args.length > 0) continue;
      if (solve(cx, pred) !== 'no') continue;
      const shown = displayTy(tcx, self);
      out.push(name === 'Send' || name === 'Sync' ? msg.notSend(te.span, shown, name) : msg.traitBound(te.span, shown, name));
      break;
    }
  }
}
