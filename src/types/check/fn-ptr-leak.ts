import type { Span } from '../../syntax/span.js';
import { earlyBound } from '../compare-impl.js';
import { msg } from '../messages.js';
import type { Region, Ty } from '../ty.js';
import { substTypesOnly } from '../ty-ops.js';
import { VarianceCache } from '../variance.js';
import type { Fcx } from './fcx.js';
import { err, res, show } from './fcx.js';
import { leaks, newLeakGraph, relateForLeak, sourceRegions, targetRegions } from './leak-check.js';

/** A fn's lifetime parameters that are late-bound (bound by its fn item's signature), by region index. */
function lateBound(fcx: Fcx, def: number): Set<number> {
  const out = new Set<number>();
  const node = fcx.tcx.info(def).node;
  if (node.kind !== 'item' || node.item.kind !== 'fn') return out;
  const early = earlyBound(node.item);
  fcx.tcx.fnSig(def).regionParams.forEach((name, i) => {
    // Elided lifetimes of the inputs are late-bound; named ones unless a bound names them or no argument constrains them.
    if (/^'_\d+$/.test(name) || early.get(name) === false) out.add(i);
  });
  return out;
}

/**
 * After `source` coerced to the fn pointer `target` (a fn item reified, or a fn pointer): the
 * leak check (see leak-check.ts). Reports E0308 and returns false when a bound region of the
 * target would have to be one of the source's fixed regions.
 */
export function checkHigherRanked(fcx: Fcx, span: Span, source: Ty, target: Ty & { kind: 'fnPtr' }): boolean {
  const b = res(fcx, target);
  if (b.kind !== 'fnPtr') return true;
  const a = res(fcx, source);
  const g = newLeakGraph();
  const rb = targetRegions(g);
  let inputs: readonly Ty[];
  let output: Ty;
  let ra: (r: Region) => number;
  if (a.kind === 'fnDef') {
    const late = lateBound(fcx, a.def);
    const s = fcx.tcx.fnSig(a.def).sig;
    inputs = s.inputs.map((x) => substTypesOnly(x, a.args));
    output = substTypesOnly(s.output, a.args);
    ra = sourceRegions(g, (r) => (r.kind === 'param' && late.has(r.index) ? `p${r.index}` : null));
  } else if (a.kind === 'fnPtr') {
    inputs = a.sig.inputs;
    output = a.sig.output;
    ra = sourceRegions(g, () => null);
  } else return true;
  if (inputs.length !== b.sig.inputs.length) return true;
  const variances = new VarianceCache(fcx.tcx);
  for (let i = 0; i < inputs.length; i++) relateForLeak(g, inputs[i]!, b.sig.inputs[i]!, 'contra', ra, rb, variances);
  relateForLeak(g, output, b.sig.output, 'co', ra, rb, variances);
  if (!leaks(g)) return true;
  err(fcx, msg.moreGeneral(span, show(fcx, b), show(fcx, a), a.kind === 'fnDef' ? 'fn item' : 'fn pointer'));
  return false;
}
