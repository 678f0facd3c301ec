import { BitSet } from '../../util/bitset.js';
import type { PoloniusInput } from './input.js';

/**
 * Loan liveness of the location-sensitive analysis, as reachability in the localized constraint
 * graph: its nodes are (origin, point); a loan enters at (issuing origin, issuing point) and is
 * live at every point where a node it reaches holds an origin live there. The rules (naive.ts
 * evaluates them literally, over the tuple tables; this is the indexed version):
 *
 *   reach(L, O, P)  :- loan_issued_at(O, L, P).
 *   reach(L, O2, P) :- reach(L, O1, P), subset_at(O1, O2, P).            -- typeck, localised
 *   reach(L, O2, P) :- reach(L, O1, P), subset_all(O1, O2).              -- holds at every point
 *   reach(L, O, Q)  :- reach(L, O, P), cfg_edge(P, Q), origin_live_on_entry(O, Q), flows_forward(O), !placeholder(O).
 *   reach(L, O, P)  :- reach(L, O, Q), cfg_edge(P, Q), origin_live_on_entry(O, Q), flows_backward(O), !placeholder(O).
 *   reach(L, O, Q)  :- reach(L, O, P), cfg_edge(P, Q), placeholder(O).   -- universal origins flow forward only
 *   loan_live_at(L, P) :- reach(L, O, P), origin_live_on_entry(O, P).
 *
 * `flows_forward` holds for covariant and invariant origins and for origins no local's type
 * mentions; `flows_backward` for contravariant and invariant ones and the unmentioned ones, as
 * rustc's liveness constraints do. Universal origins are live everywhere but take no part in
 * the variance-directed edges: loans in them only flow forward (rustc's dumps show no backward
 * edge for them). Kills are not edges: as in rustc, the loans-in-scope dataflow
 * applies them (an assignment to the borrowed place, StorageDead).
 */
export interface LoanLiveness {
  /** Per loan, the points where it is live. */
  readonly liveAt: readonly BitSet[];
}

export function computeLoanLiveness(inp: PoloniusInput): LoanLiveness {
  const n = inp.numPoints;
  // Visited nodes of the current loan: a set, since the dense origin × point matrix of a large
  // body would take hundreds of megabytes while each loan reaches few of its nodes.
  const visited = new Set<number>();
  const liveAt: BitSet[] = [];
  const stack: number[] = [];
  for (let loan = 0; loan < inp.loanOrigin.length; loan++) {
    visited.clear();
    const live = new BitSet(n);
    liveAt.push(live);
    const push = (o: number, p: number): void => {
      const node = o * n + p;
      if (visited.has(node)) return;
      visited.add(node);
      stack.push(node);
    };
    push(inp.loanOrigin[loan]!, inp.loanPoint[loan]!);
    while (stack.length > 0) {
      const node = stack.pop()!;
      const o = Math.floor(node / n), p = node - o * n;
      const liveO = inp.liveAt[o]!;
      if (liveO.has(p)) live.add(p);
      const here = inp.subsetAt[p];
      if (here !== undefined) for (const [sup, sub] of here) if (sup === o) push(sub, p);
      for (const sub of inp.subsetAll[o]!) push(sub, p);
      if (inp.universal[o]) {
        for (const q of inp.succ[p]!) push(o, q);
        continue;
      }
      const dir = inp.direction[o] ?? 'both';
      if (dir !== 'backward') for (const q of inp.succ[p]!) if (liveO.has(q)) push(o, q);
      if (dir !== 'forward' && liveO.has(p)) for (const q of inp.pred[p]!) push(o, q);
    }
  }
  return { liveAt };
}

/**
 * Where each loan leaves the set of loans in scope (rustc's `PoloniusOutOfScopePrecomputer`):
 * walking the CFG forward from the issuing point, the first point of each path where the loan is
 * not live. Returns point → loans going out of scope there.
 */
export function loansOutOfScope(inp: PoloniusInput, lv: LoanLiveness, cfgSucc: readonly (readonly number[])[]): (number[] | undefined)[] {
  const out: (number[] | undefined)[] = [];
  const nBlocks = cfgSucc.length;
  const visited = new Uint8Array(nBlocks);
  const blockOfPoint = (p: number): number => {
    let lo = 0, hi = nBlocks - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (inp.blockStart[mid]! <= p) lo = mid; else hi = mid - 1; }
    return lo;
  };
  for (let loan = 0; loan < inp.loanOrigin.length; loan++) {
    visited.fill(0);
    const issue = inp.loanPoint[loan]!;
    const live = lv.liveAt[loan]!;
    const killIn = (from: number, to: number): boolean => {
      for (let p = from; p < to; p++) {
        if (p === issue || live.has(p)) continue;
        const xs = out[p];
        if (xs === undefined) out[p] = [loan]; else xs.push(loan);
        return true;
      }
      return false;
    };
    const first = blockOfPoint(issue);
    const stack: number[] = [];
    const visitSuccs = (b: number): void => { for (const s of cfgSucc[b]!) if (!visited[s]) { visited[s] = 1; stack.push(s); } };
    if (!killIn(issue, inp.blockStart[first + 1]!)) visitSuccs(first);
    while (stack.length > 0) {
      const b = stack.pop()!;
      if (!killIn(inp.blockStart[b]!, inp.blockStart[b + 1]!)) visitSuccs(b);
    }
  }
  return out;
}
