/**
 * A half-open range [lo, hi) of UTF-16 code-unit offsets into one source text (what JavaScript
 * string indexing uses, so the lexer never converts). Renderers convert to rustc's UTF-8 byte
 * offsets and 1-based character columns through `LineIndex` in diagnostics.
 */
export interface Span {
  readonly lo: number;
  readonly hi: number;
}

export const DUMMY_SPAN: Span = { lo: 0, hi: 0 };

export function span(lo: number, hi: number): Span {
  return { lo, hi };
}

export function joinSpans(a: Span, b: Span): Span {
  return { lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi) };
}

export interface SourceFile {
  readonly name: string;
  readonly text: string;
}
