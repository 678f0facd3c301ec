import type { PoloniusInput } from './input.js';

/**
 * Why the location-sensitive analysis holds a loan live at a point: a shortest path in the
 * localized constraint graph from where the loan is issued to a node at that point whose origin
 * is live there. Each step says which rule of rules.ts took it.
 */
export type StepRule = 'issued' | 'subset' | 'subsetAll' | 'liveForward' | 'liveBackward' | 'universalForward';

export interface Step {
  readonly origin: number;
  readonly point: number;
  readonly rule: StepRule;
}

export function whyLoanLiveAt(inp: PoloniusInput, loan: number, target: number): Step[] | null {
  return searchFromLoan(inp, loan, (o, p) => p === target && inp.liveAt[o]!.has(p));
}

/** The first node, in breadth-first order, where the loan reaches a universal origin: from there on it must outlive the function. */
export function loanReachesUniversal(inp: PoloniusInput, loan: number): Step[] | null {
  return searchFromLoan(inp, loan, (o) => inp.universal[o] === true);
}

function searchFromLoan(inp: PoloniusInput, loan: number, goal: (origin: number, point: number) => boolean): Step[] | null {
  const n = inp.numPoints;
  const prev = new Map<number, number>();
  const rule = new Map<number, StepRule>();
  const queue: number[] = [];
  const visit = (o: number, p: number, from: number, r: StepRule): void => {
    const node = o * n + p;
    if (prev.has(node)) return;
    prev.set(node, from);
    rule.set(node, r);
    queue.push(node);
  };
  visit(inp.loanOrigin[loan]!, inp.loanPoint[loan]!, -1, 'issued');
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    const o = Math.floor(node / n), p = node - o * n;
    const liveO = inp.liveAt[o]!;
    if (goal(o, p)) return path(node);
    const here = inp.subsetAt[p];
    if (here !== undefined) for (const [sup, sub] of here) if (sup === o) visit(sub, p, node, 'subset');
    for (const sub of inp.subsetAll[o]!) visit(sub, p, node, 'subsetAll');
    if (inp.universal[o]) {
      for (const q of inp.succ[p]!) visit(o, q, node, 'universalForward');
      continue;
    }
    const dir = inp.direction[o] ?? 'both';
    if (dir !== 'backward') for (const q of inp.succ[p]!) if (liveO.has(q)) visit(o, q, node, 'liveForward');
    if (dir !== 'forward' && liveO.has(p)) for (const q of inp.pred[p]!) visit(o, q, node, 'liveBackward');
  }
  return null;

  function path(end: number): Step[] {
    const out: Step[] = [];
    for (let x = end; x >= 0; x = prev.get(x)!) {
      const o = Math.floor(x / n);
      out.push({ origin: o, point: x - o * n, rule: rule.get(x)! });
    }
    return out.reverse();
  }
}

/**
 * NLL's reason, location-insensitive: a path of outlives constraints (at any point) from the
 * loan's origin to an origin live at `point`. Each step: the origin reached and the point its
 * constraint arises at (-1: at every point).
 */
export function nllPathToLive(inp: PoloniusInput, loan: number, point: number): { readonly origin: number; readonly at: number }[] | null {
  const from = inp.loanOrigin[loan]!;
  const prev = new Int32Array(inp.numOrigins).fill(-2);
  const at = new Int32Array(inp.numOrigins);
  const edges: [number, number, number][][] = [];
  for (let o = 0; o < inp.numOrigins; o++) edges.push(inp.subsetAll[o]!.map((sub) => [o, sub, -1]));
  inp.subsetAt.forEach((cs, p) => { if (cs !== undefined) for (const [sup, sub] of cs) edges[sup]!.push([sup, sub, p]); });
  prev[from] = -1;
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const o = queue[head]!;
    if (inp.liveAt[o]!.has(point)) {
      const out: { origin: number; at: number }[] = [];
      for (let x = o; x >= 0; x = prev[x]!) out.push({ origin: x, at: x === from ? inp.loanPoint[loan]! : at[x]! });
      return out.reverse();
    }
    for (const [, sub, p] of edges[o]!) if (prev[sub] === -2) { prev[sub] = o; at[sub] = p; queue.push(sub); }
  }
  return null;
}
