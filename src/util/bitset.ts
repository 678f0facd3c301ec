/** A fixed-size set of small integers over a Uint32Array: the dataflow state type. */
export class BitSet {
  readonly words: Uint32Array;
  constructor(readonly size: number, words?: Uint32Array) {
    this.words = words ?? new Uint32Array((size + 31) >>> 5);
  }
  has(i: number): boolean {
    return (this.words[i >>> 5]! & (1 << (i & 31))) !== 0;
  }
  add(i: number): void {
    this.words[i >>> 5]! |= 1 << (i & 31);
  }
  delete(i: number): void {
    this.words[i >>> 5]! &= ~(1 << (i & 31));
  }
  clear(): void {
    this.words.fill(0);
  }
  fill(): void {
    this.words.fill(0xffffffff);
    const extra = this.words.length * 32 - this.size;
    if (extra > 0) this.words[this.words.length - 1] = 0xffffffff >>> extra;
  }
  clone(): BitSet {
    return new BitSet(this.size, this.words.slice());
  }
  copyFrom(other: BitSet): void {
    this.words.set(other.words);
  }
  /** Union in place; returns whether this set changed. */
  union(other: BitSet): boolean {
    let changed = false;
    const a = this.words, b = other.words;
    for (let i = 0; i < a.length; i++) {
      const v = (a[i]! | b[i]!) >>> 0; // `|` yields a signed int; compare as unsigned
      if (v !== a[i]) { a[i] = v; changed = true; }
    }
    return changed;
  }
  /** Intersection in place; returns whether this set changed. */
  intersect(other: BitSet): boolean {
    let changed = false;
    const a = this.words, b = other.words;
    for (let i = 0; i < a.length; i++) {
      const v = (a[i]! & b[i]!) >>> 0;
      if (v !== a[i]) { a[i] = v; changed = true; }
    }
    return changed;
  }
  subtract(other: BitSet): void {
    const a = this.words, b = other.words;
    for (let i = 0; i < a.length; i++) a[i] = a[i]! & ~b[i]!;
  }
  equals(other: BitSet): boolean {
    const a = this.words, b = other.words;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }
  isEmpty(): boolean {
    for (const w of this.words) if (w !== 0) return false;
    return true;
  }
  forEach(fn: (i: number) => void): void {
    const a = this.words;
    for (let w = 0; w < a.length; w++) {
      let bits = a[w]!;
      while (bits !== 0) {
        const t = bits & -bits;
        fn((w << 5) + (31 - Math.clz32(t)));
        bits ^= t;
      }
    }
  }
}
