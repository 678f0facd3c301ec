/** Exhaustiveness check for discriminated unions: `default: return assertNever(x)`. */
export function assertNever(x: never): never {
  throw new Error(`unexpected variant: ${JSON.stringify(x)}`);
}

/** An internal invariant. Failing one is a bug in borrowscope, never a user error. */
export function invariant(cond: unknown, msg: string): asserts cond {
  if (!cond) throw new Error(`invariant failed: ${msg}`);
}
