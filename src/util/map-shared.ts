/**
 * `xs.map(f)`, but returns `xs` itself when `f` returns every element unchanged (by identity):
 * type folds mostly change nothing, and not allocating then keeps the garbage collector idle.
 */
export function mapShared<T>(xs: readonly T[], f: (x: T) => T): readonly T[] {
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const y = f(x);
    if (y !== x) {
      const out = xs.slice(0, i);
      out.push(y);
      for (let j = i + 1; j < xs.length; j++) out.push(f(xs[j]!));
      return out;
    }
  }
  return xs;
}
