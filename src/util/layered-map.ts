/**
 * A cache over a shared, read-only base layer: reads look in the base first, writes go to this
 * layer only. The std model's type tables are such a base, computed once per process and shared
 * by every crate's type context.
 */
export class LayeredMap<K, V> {
  readonly own = new Map<K, V>();

  constructor(private readonly base: ReadonlyMap<K, V> | null) {}

  get(k: K): V | undefined {
    if (this.base !== null) {
      const v = this.base.get(k);
      if (v !== undefined) return v;
    }
    return this.own.get(k);
  }

  has(k: K): boolean {
    return (this.base !== null && this.base.has(k)) || this.own.has(k);
  }

  set(k: K, v: V): void {
    this.own.set(k, v);
  }
}
