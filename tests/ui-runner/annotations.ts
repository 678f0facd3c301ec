/**
 * rustc compiletest's in-file expectations: `//~ ERROR E0502` (this line), `//~^ ERROR` (one line
 * up per `^`), `//~| ERROR` (same line as the previous annotation), and `//@ name: value` headers.
 * An error rustc gives no code (`lifetime may not live long enough`) is annotated by its whole
 * message: `//~ ERROR lifetime may not live long enough`.
 */
export interface Expected {
  /** The error code, or `-` for an error without one (then `message` is its message). */
  readonly code: string;
  readonly line: number;
  readonly message?: string;
}

export interface TestHeaders {
  readonly crateType: 'bin' | 'lib' | null;
  /** `//@ known-bug: reason`: the recorded output is the current, wrong one. */
  readonly knownBug: string | null;
  /** `//@ polonius`: checked as `-Zpolonius=next`; the annotations are Polonius' verdicts. */
  readonly polonius: boolean;
}

export interface ParsedTest {
  readonly expected: readonly Expected[];
  readonly headers: TestHeaders;
  /** Malformed annotations and headers: a test with problems always fails. */
  readonly problems: readonly string[];
}

const ANNOTATION = /\/\/~(\^*|\|)\s*(ERROR|WARN|NOTE|HELP)\s+(?:(E\d{4})\b|([a-z`][^\n]*?)\s*$)/g;

/** A lint's name: lowercase words joined by `_` (`unused_mut`), which no message looks like. */
const LINT_NAME = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;

export function parseTest(text: string): ParsedTest {
  const expected: Expected[] = [];
  const problems: string[] = [];
  let crateType: 'bin' | 'lib' | null = null;
  let knownBug: string | null = null;
  let polonius = false;
  let last = 0;
  text.split('\n').forEach((line, i) => {
    const lineNo = i + 1;
    const header = /^\s*\/\/@\s*([\w-]+)\s*(?::\s*(.*))?$/.exec(line);
    if (header) {
      const name = header[1]!;
      const value = (header[2] ?? '').trim();
      if (name === 'crate-type' && (value === 'lib' || value === 'bin')) crateType = value;
      else if (name === 'known-bug') knownBug = value === '' ? 'unspecified' : value;
      else if (name === 'polonius' && value === '') polonius = true;
      else problems.push(`line ${lineNo}: unknown header \`//@ ${name}\``);
    }
    const idx = line.indexOf('//~');
    if (idx < 0) return;
    let found = false;
    for (const m of line.matchAll(ANNOTATION)) {
      found = true;
      if (m[2] !== 'ERROR') continue; // borrowscope reports errors only
      const marker = m[1]!;
      const target = marker === '|' ? last : lineNo - marker.length;
      if (target < 1) problems.push(`line ${lineNo}: annotation points before line 1`);
      // A lint denied to an error is annotated by its name (`//~ ERROR unused_mut`), its JSON code.
      const lint = m[4] !== undefined && LINT_NAME.test(m[4]) ? m[4] : undefined;
      expected.push(m[3] !== undefined ? { code: m[3], line: target } : lint !== undefined ? { code: lint, line: target } : { code: '-', line: target, message: m[4]! });
      last = target;
    }
    if (!found) problems.push(`line ${lineNo}: malformed annotation`);
  });
  return { expected, headers: { crateType, knownBug, polonius }, problems };
}

export interface Actual {
  readonly code: string | null;
  readonly line: number;
  readonly message: string;
}

export interface Mismatch {
  readonly missing: readonly Expected[];
  readonly unexpected: readonly Actual[];
}

/** Multiset difference on (code, line); an error without a code matches only an annotation of its whole message. */
export function compare(expected: readonly Expected[], actual: readonly Actual[]): Mismatch {
  const pool = new Map<string, number>();
  const key = (code: string | null, line: number, message: string | undefined): string => (code === null || code === '-' ? `-${message ?? ''}@${line}` : `${code}@${line}`);
  for (const e of expected) { const k = key(e.code, e.line, e.message); pool.set(k, (pool.get(k) ?? 0) + 1); }
  const unexpected: Actual[] = [];
  for (const a of actual) {
    const k = key(a.code, a.line, a.message);
    const n = pool.get(k) ?? 0;
    if (n > 0) pool.set(k, n - 1);
    else unexpected.push(a);
  }
  const missing: Expected[] = [];
  for (const e of expected) {
    const k = key(e.code, e.line, e.message);
    const n = pool.get(k) ?? 0;
    if (n > 0) {
      missing.push(e);
      pool.set(k, n - 1);
    }
  }
  return { missing, unexpected };
}

export function describeMismatch(m: Mismatch): string {
  const lines: string[] = [];
  for (const e of m.missing) lines.push(`  missing:    ${e.message ?? e.code} on line ${e.line}`);
  for (const a of m.unexpected) lines.push(`  unexpected: ${a.code ?? '(no code)'} on line ${a.line}: ${a.message}`);
  return lines.join('\n');
}
