import type { Diagnostic } from '../util/diagnostic.js';

/**
 * rustc emits a diagnostic identical to one already emitted (same level, code, message, spans,
 * labels and children) only once (`-Z deduplicate-diagnostics`, on by default): an assignment's
 * replace-drop and the assignment itself, both conflicting with one loan, are one E0506.
 */
export function dedupIdentical(diags: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diags.filter((d) => {
    const key = JSON.stringify(d);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
