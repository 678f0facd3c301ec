import type { DiagSpan } from '../util/diagnostic.js';
import { byteLength, charWidth, lineText, position, type LineIndex } from './line-index.js';
import { numLines, putc, puts, replaceRange, type Style, type StyledBuffer } from './styled-buffer.js';

/**
 * The annotated-source part of rustc's human output (`N | code` lines with `^^^`/`---`
 * underlines, labels, `|` connectors, multi-line `_` brackets and `...` gaps). The layout rules
 * follow rustc's emitter step by step so that the output matches it character for character;
 * the comments name the rustc behaviour each step reproduces.
 */

interface Col {
  readonly display: number;
  /** Index in characters (Unicode scalar values) into the line. */
  readonly file: number;
}

type AnnKind =
  | { readonly kind: 'single' }
  | { readonly kind: 'mlStart'; readonly depth: number }
  | { readonly kind: 'mlEnd'; readonly depth: number }
  | { readonly kind: 'mlLine'; readonly depth: number };

interface Ann {
  readonly start: Col;
  readonly end: Col;
  readonly primary: boolean;
  readonly label: string | null;
  readonly type: AnnKind;
}

interface AnnLine {
  readonly line: number; // 1-based
  readonly anns: Ann[];
}

interface Multiline {
  depth: number;
  readonly lineStart: number;
  readonly lineEnd: number;
  readonly start: Col;
  readonly end: Col;
  readonly primary: boolean;
  readonly label: string | null;
  overlapsExactly: boolean;
}

export interface AnnotatedFile {
  readonly lines: AnnLine[];
  readonly multilineDepth: number;
}

const hasLabel = (a: Ann): boolean => a.label !== null && a.label !== '';
const takesSpace = (a: Ann): boolean => a.type.kind === 'mlStart' || a.type.kind === 'mlEnd';
const annLen = (a: Ann): number => Math.abs(a.end.display - a.start.display);

function numOverlap(aStart: number, aEnd: number, bStart: number, bEnd: number, inclusive: boolean): boolean {
  const extra = inclusive ? 1 : 0;
  return (bStart <= aStart && aStart < bEnd + extra) || (aStart <= bStart && bStart < aEnd + extra);
}

function overlaps(a1: Ann, a2: Ann, padding: number): boolean {
  return numOverlap(a1.start.display, a1.end.display + padding, a2.start.display, a2.end.display, false);
}

/** rustc replaces tabs and control characters so underlines stay aligned. */
export function normalizeWhitespace(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp === 9) out += '    ';
    else if (cp < 0x20) out += String.fromCodePoint(0x2400 + cp);
    else if (cp === 0x7f) out += '\u2421';
    else if (cp === 0x200d) out += '';
    else if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) out += '\ufffd';
    else out += ch;
  }
  return out;
}

function addAnn(lines: AnnLine[], line: number, ann: Ann): void {
  for (const l of lines) {
    if (l.line === line) {
      l.anns.push(ann);
      return;
    }
  }
  lines.push({ line, anns: [ann] });
  lines.sort((a, b) => a.line - b.line);
}

function sameSpan(a: Multiline, b: Multiline): boolean {
  return a.lineStart === b.lineStart && a.lineEnd === b.lineEnd && a.start.display === b.start.display && a.start.file === b.start.file && a.end.display === b.end.display && a.end.file === b.end.file;
}

function sameMultiline(a: Multiline, b: Multiline): boolean {
  return sameSpan(a, b) && a.depth === b.depth && a.primary === b.primary && a.label === b.label && a.overlapsExactly === b.overlapsExactly;
}

/** Lines that only hold whitespace, a comment or a lone delimiter do not extend a bracket. */
function isMeaningful(s: string): boolean {
  const t = s.trim();
  if (t.startsWith('//') && !(t.startsWith('///') || t.startsWith('//!'))) return false;
  return !['', '{', '}', '(', ')', '[', ']'].includes(t);
}

/** Groups the labelled spans by line, turning multi-line spans into start/line/end pieces. */
export function collectAnnotations(idx: LineIndex, spans: readonly DiagSpan[], normalizeLabel: (s: string) => string): AnnotatedFile {
  const lines: AnnLine[] = [];
  const multis: Multiline[] = [];
  for (const s of spans) {
    const lo = position(idx, s.span.lo);
    const hi = position(idx, s.span.hi);
    let hiDisplay = hi.colDisplay;
    // An empty span still gets one `^`.
    if (lo.colDisplay === hi.colDisplay && lo.line === hi.line) hiDisplay += 1;
    const label = s.label === null ? null : normalizeLabel(s.label);
    const start: Col = { display: lo.colDisplay, file: lo.col };
    const end: Col = { display: hiDisplay, file: hi.col };
    if (lo.line !== hi.line) {
      multis.push({ depth: 1, lineStart: lo.line, lineEnd: hi.line, start, end, primary: s.primary, label, overlapsExactly: false });
    } else {
      addAnn(lines, lo.line, { start, end, primary: s.primary, label, type: { kind: 'single' } });
    }
  }
  // Overlapping multi-line spans go to different depths (columns left of the code).
  multis.sort((a, b) => a.lineStart - b.lineStart || b.lineEnd - a.lineEnd);
  const snapshot = multis.map((m) => ({ ...m }));
  for (const ann of snapshot) {
    for (const a of multis) {
      if (!sameSpan(ann, a) && numOverlap(ann.lineStart, ann.lineEnd, a.lineStart, a.lineEnd, true)) a.depth += 1;
      else if (sameSpan(ann, a) && !sameMultiline(ann, a)) a.overlapsExactly = true;
      else break;
    }
  }
  let maxDepth = 0;
  for (const m of multis) maxDepth = Math.max(maxDepth, m.depth);
  for (const m of multis) m.depth = maxDepth - m.depth + 1;
  for (const m of multis) {
    const endAnn: Ann = {
      start: { display: Math.max(0, m.end.display - 1), file: Math.max(0, m.end.file - 1) },
      end: m.end,
      primary: m.primary,
      label: m.label,
      type: m.overlapsExactly ? { kind: 'single' } : { kind: 'mlEnd', depth: m.depth },
    };
    if (!m.overlapsExactly) {
      addAnn(lines, m.lineStart, { start: m.start, end: { display: m.start.display + 1, file: m.start.file + 1 }, primary: m.primary, label: null, type: { kind: 'mlStart', depth: m.depth } });
      const lineAnn: Ann = { start: { display: 0, file: 0 }, end: { display: 0, file: 0 }, primary: m.primary, label: null, type: { kind: 'mlLine', depth: m.depth } };
      // Show up to 4 lines of the span's beginning, not counting trailing blank/delimiter lines.
      const middle = Math.min(m.lineStart + 4, m.lineEnd);
      let until = m.lineStart;
      for (let line = middle - 1; line >= m.lineStart; line--) {
        if (line <= idx.lineStarts.length && isMeaningful(lineText(idx, line))) {
          until = line + 1;
          break;
        }
      }
      for (let line = m.lineStart + 1; line < until; line++) addAnn(lines, line, lineAnn);
      const lineEnd = m.lineEnd - 1;
      const endIsEmpty = lineEnd >= 1 && lineEnd <= idx.lineStarts.length && !isMeaningful(lineText(idx, lineEnd));
      if (middle < lineEnd && !endIsEmpty) addAnn(lines, lineEnd, lineAnn);
    }
    addAnn(lines, m.lineEnd, endAnn);
  }
  return { lines, multilineDepth: maxDepth };
}

/**
 * rustc's default terminal width when it cannot ask the terminal (output not a TTY, JSON
 * `rendered`); the code window is this minus the gutter.
 */
const DEFAULT_COLUMN_WIDTH = 140;

/** rustc's `Margin`: which columns of long or deeply indented lines to show. */
interface Margin {
  readonly computedLeft: number;
  readonly computedRight: number;
  readonly columnWidth: number;
}

function computeMargin(whitespaceLeft0: number, spanLeft0: number, spanRight0: number, labelRight0: number, maxLineLen: number, columnWidth: number): Margin {
  const whitespaceLeft = Math.max(0, whitespaceLeft0 - 6);
  const spanLeft = Math.max(0, spanLeft0 - 6);
  const spanRight = spanRight0 + 6;
  const labelRight = labelRight0 + 6;
  let computedLeft = whitespaceLeft > 20 ? whitespaceLeft - 16 : 0;
  let computedRight = Math.max(maxLineLen, computedLeft);
  if (computedRight - computedLeft > columnWidth) {
    if (labelRight - whitespaceLeft <= columnWidth) {
      computedLeft = whitespaceLeft;
      computedRight = computedLeft + columnWidth;
    } else if (labelRight - spanLeft <= columnWidth) {
      const pad = Math.floor((columnWidth - (labelRight - spanLeft)) / 2);
      computedLeft = Math.max(0, spanLeft - pad);
      computedRight = computedLeft + columnWidth;
    } else if (spanRight - spanLeft <= columnWidth) {
      const pad = Math.floor((columnWidth - (spanRight - spanLeft)) / 5) * 2;
      computedLeft = Math.max(0, spanLeft - pad);
      computedRight = computedLeft + columnWidth;
    } else {
      computedLeft = spanLeft;
      computedRight = spanRight;
    }
  }
  return { computedLeft, computedRight, columnWidth };
}

function marginLeft(m: Margin, lineLen: number): number {
  return Math.min(m.computedLeft, lineLen);
}

function marginRight(m: Margin, lineLen: number): number {
  return Math.max(0, lineLen - m.computedLeft) <= m.columnWidth ? lineLen : Math.min(lineLen, m.computedRight);
}

function chars(s: string): string[] {
  return Array.from(s);
}

/** Display width of chars [left, n) of a line. */
function widthUpTo(cs: readonly string[], n: number, left: number): number {
  let w = 0;
  for (let i = left; i < n && i < cs.length; i++) w += charWidth(cs[i]!.codePointAt(0)!);
  return w;
}

export function drawLineNum(buf: StyledBuffer, lineNum: number, row: number, maxLineNumLen: number): void {
  // rustc right-aligns the number inside one styled run (the padding is coloured too).
  puts(buf, row, 0, String(lineNum).padStart(maxLineNumLen), 'lineNumber');
}

/** One source line with its number and `|`; returns the left cut (0 unless the line was trimmed). */
function drawLine(buf: StyledBuffer, source: string, lineNum: number, row: number, widthOffset: number, codeOffset: number, margin: Margin): number {
  const lineLen = byteLength(source);
  const left = marginLeft(margin, lineLen);
  const right = marginRight(margin, lineLen);
  const cs = chars(source);
  const code = normalizeWhitespace(cs.slice(left, right).join(''));
  const wasCutRight = cs.length > right;
  puts(buf, row, codeOffset, code, 'quotation');
  if (margin.computedLeft > 0) puts(buf, row, codeOffset, '...', 'lineNumber');
  if (wasCutRight) puts(buf, row, codeOffset + Array.from(code).length - 3, '...', 'lineNumber');
  drawLineNum(buf, lineNum, row, widthOffset - 3);
  putc(buf, row, widthOffset - 2, '|', 'lineNumber');
  return left;
}

function underlineStyle(primary: boolean): Style {
  return primary ? 'underlinePrimary' : 'underlineSecondary';
}

/** Draws one annotated line; returns the depths of multi-line spans that start or end on it. */
function renderSourceLine(buf: StyledBuffer, idx: LineIndex, line: AnnLine, widthOffset: number, codeOffset: number, margin: Margin): { depth: number; style: Style }[] {
  const source = lineText(idx, line.line);
  const lineOffset = numLines(buf);
  const left = drawLine(buf, source, line.line, lineOffset, widthOffset, codeOffset, margin);
  const cs = chars(source);

  // A multi-line span starting after only whitespace is drawn as `/` left of the code.
  const shortOps: { col: number; depth: number; style: Style }[] = [];
  let shortStart = true;
  for (const ann of line.anns) {
    if (ann.type.kind === 'mlStart') {
      if (cs.slice(0, ann.start.file).every((c) => /\s/u.test(c))) {
        shortOps.push({ col: widthOffset + ann.type.depth - 1, depth: ann.type.depth, style: underlineStyle(ann.primary) });
      } else {
        shortStart = false;
        break;
      }
    } else if (ann.type.kind !== 'mlLine') {
      shortStart = false;
      break;
    }
  }
  if (shortStart) {
    for (const op of shortOps) putc(buf, lineOffset, op.col, '/', op.style);
    return shortOps.map((op) => ({ depth: op.depth, style: op.style }));
  }

  // Rightmost annotations first: their labels can sit on the underline row.
  const anns = [...line.anns].sort((a, b) => b.start.display - a.start.display || b.start.file - a.start.file);
  const overlap = anns.map(() => false);
  const positions: { pos: number; ann: Ann }[] = [];
  let lineLen = 0;
  let p = 0;
  for (let i = 0; i < anns.length; i++) {
    const ann = anns[i]!;
    for (let j = 0; j < anns.length; j++) {
      const next = anns[j]!;
      if (overlaps(next, ann, 0) && j > i) {
        overlap[i] = true;
        overlap[j] = true;
      }
      if (overlaps(next, ann, 0) && hasLabel(ann) && j > i && p === 0) {
        if (next.start.file === ann.start.file && next.end.file === ann.end.file && !hasLabel(next)) continue;
        p += 1;
        break;
      }
    }
    positions.push({ pos: p, ann });
    for (let j = i + 1; j < anns.length; j++) {
      const next = anns[j]!;
      const l = next.label === null ? 0 : byteLength(next.label) + 2;
      if (
        (overlaps(next, ann, l) && hasLabel(ann) && hasLabel(next)) ||
        (takesSpace(ann) && hasLabel(next)) ||
        (hasLabel(ann) && takesSpace(next)) ||
        (takesSpace(ann) && takesSpace(next)) ||
        (overlaps(next, ann, l) && next.end.display <= ann.end.display && hasLabel(next) && p === 0)
      ) {
        p += 1;
        break;
      }
    }
    lineLen = Math.max(lineLen, p);
  }
  if (lineLen !== 0) lineLen += 1;

  if (line.anns.every((a) => a.type.kind === 'mlLine')) return [];

  if (positions.length > 0 && positions.every((x) => x.ann.type.kind === 'mlStart')) {
    const maxPos = Math.max(...positions.map((x) => x.pos));
    for (const x of positions) x.pos = maxPos - x.pos;
    lineLen = Math.max(0, lineLen - 1);
  }

  for (let pos = 0; pos <= lineLen; pos++) putc(buf, lineOffset + pos + 1, widthOffset - 2, '|', 'lineNumber');

  const pre = (n: number): number => widthUpTo(cs, n, left);
  const uchar = (primary: boolean): string => (primary ? '^' : '-');

  // Horizontal `_` of multi-line starts and ends.
  for (const { pos: p0, ann } of positions) {
    const pos = p0 + 1;
    if (ann.type.kind === 'mlStart' || ann.type.kind === 'mlEnd') {
      for (let col = widthOffset + ann.type.depth; col < codeOffset + pre(ann.start.file); col++) putc(buf, lineOffset + pos, col, '_', underlineStyle(ann.primary));
    }
  }

  // Vertical `|` from the underline down to labels placed on lower rows.
  for (const { pos: p0, ann } of positions) {
    const style = underlineStyle(ann.primary);
    const pos = p0 + 1;
    const col = codeOffset + pre(ann.start.file);
    if (pos > 1 && (hasLabel(ann) || takesSpace(ann))) {
      for (let r = lineOffset + 1; r <= lineOffset + pos; r++) putc(buf, r, col, '|', style);
      if (ann.type.kind === 'mlStart') putc(buf, lineOffset + pos, col, '|', style);
      if (ann.type.kind === 'mlEnd' && hasLabel(ann)) putc(buf, lineOffset + pos, col, '|', style);
    }
    if (ann.type.kind === 'mlStart') {
      putc(buf, lineOffset + pos, widthOffset + ann.type.depth - 1, ' ', style);
      for (let r = lineOffset + pos + 1; r < lineOffset + lineLen + 2; r++) putc(buf, r, widthOffset + ann.type.depth - 1, '|', style);
    } else if (ann.type.kind === 'mlEnd') {
      for (let r = lineOffset; r < lineOffset + pos; r++) putc(buf, r, widthOffset + ann.type.depth - 1, '|', style);
      putc(buf, lineOffset + pos, widthOffset + ann.type.depth - 1, '|', style);
    }
  }

  // Labels: beside the underline on row 0, else under their `|`.
  for (const { pos, ann } of positions) {
    const style: Style = ann.primary ? 'labelPrimary' : 'labelSecondary';
    let row: number;
    let col: number;
    if (pos === 0) {
      const w = pre(ann.end.file);
      if (ann.end.file === 0) col = w + 2;
      else col = w + (ann.end.file - ann.start.file === 0 ? 2 : 1);
      row = pos + 1;
    } else {
      col = pre(ann.start.file);
      row = pos + 2;
    }
    if (ann.label !== null) puts(buf, lineOffset + row, codeOffset + col, ann.label, style);
  }

  // Underlines, longest first so shorter spans stay visible; primary wins ties.
  const byLen = [...positions].sort((a, b) => annLen(b.ann) - annLen(a.ann) || Number(a.ann.primary) - Number(b.ann.primary));
  for (const { pos, ann } of byLen) {
    const style = underlineStyle(ann.primary);
    const width = ann.end.file - ann.start.file;
    const col = codeOffset + pre(ann.start.file);
    let annWidth = 0;
    for (let i = ann.start.file; i < ann.start.file + width && i < cs.length; i++) annWidth += charWidth(cs[i]!.codePointAt(0)!);
    if (annWidth === 0 && ann.type.kind === 'single') annWidth = 1;
    for (let k = 0; k < annWidth; k++) putc(buf, lineOffset + 1, col + k, uchar(ann.primary), style);
    if (ann.type.kind === 'mlStart' || ann.type.kind === 'mlEnd') putc(buf, lineOffset + 1, col, uchar(ann.primary), style);
    else if (pos !== 0 && hasLabel(ann)) putc(buf, lineOffset + 1, col, uchar(ann.primary), style);
  }

  // Very long single-line spans lose their middle.
  for (let i = 0; i < positions.length; i++) {
    const ann = positions[i]!.ann;
    if (overlap[i] || ann.type.kind !== 'single') continue;
    const width = ann.end.display - ann.start.display;
    if (width > margin.columnWidth * 2 && width > 10) {
      const pad = Math.max(Math.floor(margin.columnWidth / 3), 5);
      replaceRange(buf, lineOffset, ann.start.file + pad, ann.end.file - pad, '...');
      replaceRange(buf, lineOffset + 1, ann.start.file + pad, ann.end.file - pad, '...');
    }
  }

  const depths: { depth: number; style: Style }[] = [];
  for (const { ann } of positions) {
    if (ann.type.kind === 'mlStart' || ann.type.kind === 'mlEnd') depths.push({ depth: ann.type.depth, style: ann.primary ? 'labelPrimary' : 'labelSecondary' });
  }
  return depths;
}

/** Draws every annotated line of the file, with `...` or the one skipped line between them. */
export function renderAnnotatedFile(buf: StyledBuffer, idx: LineIndex, file: AnnotatedFile, maxLineNumLen: number): void {
  let whitespaceMargin = Infinity;
  for (const l of file.lines) {
    const s = lineText(idx, l.line);
    const cs = chars(s);
    let lead = 0;
    while (lead < cs.length && /\s/u.test(cs[lead]!)) lead++;
    if (lead < cs.length) whitespaceMargin = Math.min(whitespaceMargin, lead);
  }
  if (whitespaceMargin === Infinity) whitespaceMargin = 0;
  let spanLeft = Infinity;
  let spanRight = 0;
  let labelRight = 0;
  let maxLineLen = 0;
  for (const l of file.lines) {
    maxLineLen = Math.max(maxLineLen, byteLength(lineText(idx, l.line)));
    for (const a of l.anns) {
      spanLeft = Math.min(spanLeft, a.start.file, a.end.file);
      spanRight = Math.max(spanRight, a.start.file, a.end.file);
      labelRight = Math.max(labelRight, a.end.file + (a.label === null ? 0 : byteLength(a.label) + 1));
    }
  }
  if (spanLeft === Infinity) spanLeft = 0;
  const widthOffset = 3 + maxLineNumLen;
  const codeOffset = file.multilineDepth === 0 ? widthOffset : widthOffset + file.multilineDepth + 1;
  const margin = computeMargin(whitespaceMargin, spanLeft, spanRight, labelRight, maxLineLen, Math.max(0, DEFAULT_COLUMN_WIDTH - codeOffset));

  const multilines = new Map<number, Style>();
  const drawBar = (row: number, depth: number, style: Style): void => putc(buf, row, widthOffset + depth - 1, '|', style);
  for (let i = 0; i < file.lines.length; i++) {
    const line = file.lines[i]!;
    const before = numLines(buf);
    const depths = renderSourceLine(buf, idx, line, widthOffset, codeOffset, margin);
    const toAdd = new Map<number, Style>();
    for (const d of depths) {
      if (multilines.has(d.depth)) multilines.delete(d.depth);
      else toAdd.set(d.depth, d.style);
    }
    for (const [depth, style] of multilines) for (let r = before; r < numLines(buf); r++) drawBar(r, depth, style);
    if (i < file.lines.length - 1) {
      const delta = file.lines[i + 1]!.line - line.line;
      const startBars = (row: number): void => {
        for (const [depth, style] of multilines) drawBar(row, depth, style);
        for (const a of line.anns) if (a.type.kind === 'mlStart') drawBar(row, a.type.depth, underlineStyle(a.primary));
      };
      if (delta > 2) {
        const row = numLines(buf);
        puts(buf, row, 0, '...', 'lineNumber');
        startBars(row);
      } else if (delta === 2) {
        const row = numLines(buf);
        drawLine(buf, normalizeWhitespace(lineText(idx, line.line + 1)), line.line + 1, row, widthOffset, codeOffset, margin);
        startBars(row);
      }
    }
    for (const [depth, style] of toAdd) multilines.set(depth, style);
  }
}
