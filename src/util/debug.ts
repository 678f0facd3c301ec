/**
 * Internal failures become diagnostics, which hide where they came from; developers set
 * BORROWSCOPE_DEBUG in the environment to get the stack on stderr as well. Guarded so the
 * browser build, which has no `process`, is unaffected.
 */
export function debugStack(err: unknown): void {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  if (env !== undefined && env['BORROWSCOPE_DEBUG'] && err instanceof Error) console.error(err.stack);
}
