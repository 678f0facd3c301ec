import type { PoloniusFacts } from './facts.js';

/**
 * The rules of rules.ts evaluated literally over the fact tables, to a fixpoint, with no index
 * beyond hash sets: slow, and the reference the indexed engine is tested against.
 * Returns `loan_live_at` as (loan, point) pairs.
 */
export function naiveLoanLiveAt(f: PoloniusFacts, numOrigins: number, numPoints: number): [number, number][] {
  const key = (l: number, o: number, p: number): number => (l * numOrigins + o) * numPoints + p;
  const live = new Set(f.originLiveOnEntry.map(([o, p]) => o * numPoints + p));
  const isLive = (o: number, p: number): boolean => live.has(o * numPoints + p);
  const flow = new Map(f.originFlow.map(([o, d]) => [o, d]));
  const forward = (o: number): boolean => (flow.get(o) ?? 'both') !== 'backward';
  const backward = (o: number): boolean => (flow.get(o) ?? 'both') !== 'forward';
  const placeholder = new Set(f.placeholder.map(([o]) => o));

  const reach = new Map<number, readonly [number, number, number]>();
  const add = (l: number, o: number, p: number): boolean => {
    const k = key(l, o, p);
    if (reach.has(k)) return false;
    reach.set(k, [l, o, p]);
    return true;
  };
  // reach(L, O, P) :- loan_issued_at(O, L, P).
  for (const [o, l, p] of f.loanIssuedAt) add(l, o, p);
  let changed = true;
  while (changed) {
    changed = false;
    for (const [l, o, p] of [...reach.values()]) {
      // reach(L, O2, P) :- reach(L, O1, P), subset_base(O1, O2, P).
      for (const [a, b, q] of f.subsetBase) if (a === o && q === p && add(l, b, p)) changed = true;
      // reach(L, O2, P) :- reach(L, O1, P), subset_all(O1, O2).
      for (const [a, b] of f.subsetAll) if (a === o && add(l, b, p)) changed = true;
      for (const [from, to] of f.cfgEdge) {
        // reach(L, O, Q) :- reach(L, O, P), cfg_edge(P, Q), origin_live_on_entry(O, Q), flows_forward(O), !placeholder(O).
        // reach(L, O, Q) :- reach(L, O, P), cfg_edge(P, Q), placeholder(O).
        if (from === p && (placeholder.has(o) || (forward(o) && isLive(o, to))) && add(l, o, to)) changed = true;
        // reach(L, O, P) :- reach(L, O, Q), cfg_edge(P, Q), origin_live_on_entry(O, Q), flows_backward(O), !placeholder(O).
        if (to === p && !placeholder.has(o) && backward(o) && isLive(o, p) && add(l, o, from)) changed = true;
      }
    }
  }
  // loan_live_at(L, P) :- reach(L, O, P), origin_live_on_entry(O, P).
  const out = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [l, o, p] of reach.values()) {
    if (!isLive(o, p)) continue;
    const k = l * numPoints + p;
    if (!out.has(k)) { out.add(k); pairs.push([l, p]); }
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
