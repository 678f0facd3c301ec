import type { Suggestion } from '../util/diagnostic.js';
import { lineText, position, type LineIndex } from './line-index.js';

/**
 * Suggestion parts as rustc stores them: a replacement that keeps the original text around an
 * insertion (`s` → `s.clone()`) is narrowed to the bare insertion, which both renderers show.
 */
export function trimTrivial(text: string, s: Suggestion): Suggestion {
  if (s.replacement === '') return s;
  const original = text.slice(s.span.lo, s.span.hi);
  let prefix = 0;
  while (prefix < original.length && prefix < s.replacement.length && original[prefix] === s.replacement[prefix]) prefix++;
  const restOrig = original.slice(prefix);
  const restSugg = s.replacement.slice(prefix);
  if (!restSugg.endsWith(restOrig)) return s;
  const inserted = restSugg.slice(0, restSugg.length - restOrig.length);
  const at = s.span.lo + prefix;
  return { span: { lo: at, hi: at }, replacement: inserted, applicability: s.applicability };
}

export function normalizeParts(text: string, parts: readonly Suggestion[]): Suggestion[] {
  return parts.map((p) => trimTrivial(text, p)).sort((a, b) => a.span.lo - b.span.lo);
}

export interface Spliced {
  /** The edited lines, joined by `\n`. */
  readonly complete: string;
  /** 1-based first line of the edited region. */
  readonly lineStart: number;
  /** Per line of `complete`: [start, end) character ranges of inserted text. */
  readonly highlights: readonly (readonly { start: number; end: number }[])[];
  /** The original lines the edit covers (1-based, inclusive). */
  readonly origLineStart: number;
  readonly origLineEnd: number;
}

/** Applies the parts to the lines they touch (rustc's `splice_lines`); null when nothing changes. */
export function splice(idx: LineIndex, parts: readonly Suggestion[]): Spliced | null {
  if (parts.length === 0) return null;
  const text = idx.text;
  const lo = Math.min(...parts.map((p) => p.span.lo));
  const hi = Math.max(...parts.map((p) => p.span.hi));
  const startPos = position(idx, lo);
  const endPos = position(idx, hi);
  const lineLo = idx.lineStarts[startPos.line - 1]!;
  const lastLine = lineText(idx, endPos.line);
  const lineHi = idx.lineStarts[endPos.line - 1]! + lastLine.length;
  let out = '';
  let cursor = lineLo;
  // Highlights as [line, start, end] in characters of `out`; a deletion gives an empty range,
  // which still marks its line as edited.
  const marks: { line: number; start: number; end: number }[] = [];
  const lineAndCol = (s: string): { line: number; col: number } => {
    const nl = s.lastIndexOf('\n');
    return { line: s.split('\n').length - 1, col: Array.from(s.slice(nl + 1)).length };
  };
  for (const p of parts) {
    if (p.span.lo < cursor) continue; // overlapping parts: rustc rejects them; keep the first
    out += text.slice(cursor, p.span.lo);
    const at = lineAndCol(out);
    const segs = p.replacement.split('\n');
    segs.forEach((seg, i) => marks.push({ line: at.line + i, start: i === 0 ? at.col : 0, end: (i === 0 ? at.col : 0) + Array.from(seg).length }));
    out += p.replacement;
    cursor = p.span.hi;
  }
  // A replacement ending in a newline adds whole lines: the rest of the old line is not shown.
  if (!out.endsWith('\n')) out += text.slice(cursor, lineHi);
  while (out.endsWith('\n')) out = out.slice(0, -1);
  const original = text.slice(lineLo, lineHi);
  if (out === original) return null;
  const lines = out.split('\n');
  const highlights: { start: number; end: number }[][] = lines.map(() => []);
  for (const m of marks) if (m.line < lines.length) highlights[m.line]!.push({ start: m.start, end: m.end });
  return { complete: out, lineStart: startPos.line, highlights, origLineStart: startPos.line, origLineEnd: endPos.line };
}
