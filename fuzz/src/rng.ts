/**
 * A small seeded generator (mulberry32): the same seed gives the same program on every
 * machine, so a finding can be reproduced from `--seed` and its index alone.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
}

export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  return {
    next(): number {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/** Seed of program `index` in a campaign started with `seed`: programs are independent of each other. */
export function programSeed(seed: number, index: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca77)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

export function int(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng.next() * (hi - lo + 1));
}

export function chance(rng: Rng, p: number): boolean {
  return rng.next() < p;
}

export function pick<T>(rng: Rng, xs: readonly T[]): T {
  if (xs.length === 0) throw new Error('pick from an empty list');
  return xs[Math.floor(rng.next() * xs.length)] as T;
}

/** Chooses among options with weights; options of weight 0 are never chosen. Null if none is possible. */
export function weighted<T>(rng: Rng, options: readonly (readonly [number, T])[]): T | null {
  let total = 0;
  for (const [w] of options) total += Math.max(0, w);
  if (total <= 0) return null;
  let r = rng.next() * total;
  for (const [w, x] of options) {
    if (w <= 0) continue;
    if (r < w) return x;
    r -= w;
  }
  for (let i = options.length - 1; i >= 0; i--) {
    const o = options[i];
    if (o !== undefined && o[0] > 0) return o[1];
  }
  return null;
}
