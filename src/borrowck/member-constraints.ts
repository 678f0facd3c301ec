import { addOutlives, type RegionCx, STATIC_VAR } from './region-cx.js';

/**
 * rustc's member constraints for `impl Trait` (edition 2021 captures): each region of a hidden
 * type must become one of the lifetimes the opaque type captures, or 'static. Applied before
 * solving, from the constraint graph: a hidden region that some universal region flows into
 * (its upper bound) while the opaque type captures no lifetime names a lifetime the bounds do not
 * mention (E0700); otherwise the region is made to outlive the least captured lifetime, which
 * the ordinary universal-region check then judges. A region no universal flows into (a borrow of
 * a local) must outlive 'static when nothing is captured.
 */
export function applyMemberConstraints(cx: RegionCx): void {
  if (cx.memberConstraints.length === 0) return;
  const U = cx.universals.length;
  // sub → the regions that must outlive it (`sup: sub`).
  const sups = new Map<number, number[]>();
  for (let i = 0; i < cx.consSup.length; i++) {
    const s = cx.consSub[i]!;
    let list = sups.get(s);
    if (list === undefined) { list = []; sups.set(s, list); }
    list.push(cx.consSup[i]!);
  }
  /** The universal regions (not 'static) that flow into `r`, nearest first. */
  const upperBounds = (r: number): number[] => {
    const out: number[] = [];
    const seen = new Set<number>([r]);
    const queue = [r];
    while (queue.length > 0) {
      const x = queue.shift()!;
      const u = cx.universalOf[x] ?? -1;
      if (u >= 0 && x !== r) {
        if (u !== 0 && !out.includes(u)) out.push(u);
        continue;
      }
      for (const y of sups.get(x) ?? []) if (!seen.has(y)) { seen.add(y); queue.push(y); }
    }
    return out;
  };
  const reported = new Set<string>();
  for (const m of cx.memberConstraints) {
    const ubs = upperBounds(m.region);
    if (m.choices.length === 0) {
      if (ubs.length === 0) { addOutlives(cx, m.region, STATIC_VAR, 'return', m.span); continue; }
      // rustc names a named lifetime before an anonymous one.
      const named = ubs.find((u) => cx.universals[u]!.info.kind === 'named') ?? ubs[0]!;
      const key = `${m.span.lo}:${m.span.hi}:${named}`;
      if (reported.has(key)) continue;
      reported.add(key);
      cx.captureErrors.push({ span: m.span, hidden: m.hidden, opaqueSpan: m.opaqueSpan, region: cx.universals[named]!.info });
      continue;
    }
    const uni = m.choices.map((c) => cx.universalOf[c] ?? -1);
    if (uni.some((u) => u < 0)) continue;
    // The least choice: every other choice outlives it.
    const min = uni.findIndex((c) => uni.every((d) => d === c || cx.known[d * U + c] === 1));
    if (min >= 0) addOutlives(cx, m.region, m.choices[min]!, 'return', m.span);
  }
}
