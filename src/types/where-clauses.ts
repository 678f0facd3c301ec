import type { Diagnostic } from '../util/diagnostic.js';
import type { Predicate, Tcx } from './tcx.js';
import { newInfer } from './infer.js';
import { deepNormalize, solve } from './traits.js';
import type { Ty } from './ty.js';
import { eraseTy, jsonKey, someTy } from './ty-ops.js';

/**
 * E0277 for a where-clause that names no parameter and does not hold, and otherwise E0283: two where-clauses of one item for the same trait whose types differ only in their
 * lifetimes (`where &'a (): Foo, &'b (): Foo`). Trait selection ignores lifetimes, so rustc finds
 * both clauses (and any impl) applicable to the first and cannot choose ("type annotations
 * needed: cannot satisfy"). Only the item's own written clauses are compared.
 */
export function checkWhereClauses(tcx: Tcx, def: number, out: Diagnostic[]): void {
  const parent = tcx.generics(def).parent;
  const inherited = parent === null ? 0 : tcx.predicates(parent).length;
  const own = tcx.predicates(def).slice(inherited).filter((p) => p.span !== undefined);
  const key = (p: Predicate, erase: boolean): string => {
    const f = erase ? eraseTy : (t: typeof p.self) => t;
    return jsonKey([p.trait, f(p.self), p.args.map(f), p.bindings.map((b) => [b.name, f(b.ty)])]);
  };
  // rustc's `check_false_global_bounds`: a clause naming no parameter must hold on its own (E0277).
  // Judged where the solver's "no" is exact: traits of this crate, and `Copy`.
  const local = (t: Ty): boolean => someTy(t, (x) => x.kind === 'param' || (x.kind === 'ref' && x.region.kind === 'param') || (x.kind === 'adt' && x.args.regions.some((r) => r.kind === 'param')));
  let falseGlobal = false;
  for (const p of own) {
    if (local(p.self) || p.args.some(local)) continue;
    const info = tcx.info(p.trait);
    if (info.std && info.lang !== 'Copy') continue;
    const cx = { tcx, icx: newInfer(), env: [] };
    const norm = (t: Ty): Ty => deepNormalize(cx, eraseTy(t));
    if (solve(cx, { ...p, self: norm(p.self), args: p.args.map(norm) }) !== 'no') continue;
    const text = `${tcx.displayTy(p.self)}: ${info.name}`;
    out.push({ level: 'error', code: 'E0277', message: `the trait bound \`${text}\` is not satisfied`, spans: [{ span: p.span!, label: `the trait \`${info.name}\` is not implemented for \`${tcx.displayTy(p.self)}\``, primary: true }], children: [] });
    falseGlobal = true;
  }
  // An ambiguity is not reported beside another error, as rustc's fulfilment reporting does.
  if (falseGlobal) return;
  const reported = new Set<string>();
  for (let i = 0; i < own.length; i++) {
    const a = own[i]!;
    const erased = key(a, true);
    if (reported.has(erased)) continue;
    const others = own.filter((b, j) => j !== i && key(b, true) === erased && key(b, false) !== key(a, false));
    if (others.length === 0) continue;
    reported.add(erased);
    const text = `${tcx.displayTy(a.self)}: ${tcx.info(a.trait).name}`;
    out.push({
      level: 'error',
      code: 'E0283',
      message: `type annotations needed: cannot satisfy \`${text}\``,
      spans: [{ span: a.span!, label: null, primary: true }],
      children: [{ level: 'note', message: `multiple \`impl\`s or \`where\` clauses satisfying \`${text}\` found`, spans: [a, ...others].map((p) => ({ span: p.span!, label: null, primary: true })), suggestions: [] }],
    });
  }
}
