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

/** `|x| ...` / `move || ...`: the span of a closure's head up to its closing `|` (rustc's `fn_decl_span`). */
export function closureArgsSpan(text: string, closure: Span): Span {
  let i = closure.lo;
  const skipWs = (): void => {
    while (i < closure.hi && /\s/.test(text[i]!)) i++;
  };
  for (const kw of ['async', 'move']) {
    skipWs();
    if (text.startsWith(kw, i) && !/[A-Za-z0-9_]/.test(text[i + kw.length] ?? '')) i += kw.length;
  }
  skipWs();
  if (text[i] !== '|') return closure;
  if (text[i + 1] === '|') return { lo: closure.lo, hi: i + 2 };
  const close = text.indexOf('|', i + 1);
  return close < 0 || close >= closure.hi ? closure : { lo: closure.lo, hi: close + 1 };
}
