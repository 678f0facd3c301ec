/**
 * Converts the UTF-16 offsets that spans hold into what rustc reports: 1-based lines, 0-based
 * character columns (rustc's `CharPos`), display columns (tabs count 4, wide characters 2) and
 * UTF-8 byte offsets. Built once per file; lookups are a binary search over line starts.
 */
export interface Position {
  /** 1-based line. */
  readonly line: number;
  /** 0-based column in Unicode scalar values (rustc's `col`); add 1 for `file:line:col`. */
  readonly col: number;
  /** 0-based column in terminal cells (rustc's `col_display`). */
  readonly colDisplay: number;
  /** UTF-8 byte offset from the start of the file. */
  readonly byte: number;
}

export interface LineIndex {
  readonly text: string;
  /** UTF-16 offset of the start of each line; lineStarts[0] = 0. */
  readonly lineStarts: readonly number[];
  /** UTF-8 byte offset of the start of each line. */
  readonly lineByteStarts: readonly number[];
}

export function buildLineIndex(text: string): LineIndex {
  const lineStarts = [0];
  const lineByteStarts = [0];
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += utf8Len(c, text, i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
    // As rustc's source map: a final newline does not open a new line, so the end-of-file
    // position after it belongs to the last line.
    if (c === 10 && i + 1 < text.length) {
      lineStarts.push(i + 1);
      lineByteStarts.push(bytes);
    }
  }
  return { text, lineStarts, lineByteStarts };
}

/** Bytes of the code point starting at `i` (a surrogate pair counts once, at its high half). */
function utf8Len(c: number, text: string, i: number): number {
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) return 4;
  return 3;
}

export function lineCount(idx: LineIndex): number {
  return idx.lineStarts.length;
}

/** 0-based line index of a UTF-16 offset. */
function lineOf(idx: LineIndex, offset: number): number {
  const starts = idx.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function position(idx: LineIndex, offset: number): Position {
  const off = Math.max(0, Math.min(offset, idx.text.length));
  const li = lineOf(idx, off);
  const start = idx.lineStarts[li]!;
  let col = 0;
  let colDisplay = 0;
  let bytes = idx.lineByteStarts[li]!;
  for (let i = start; i < off; i++) {
    const cp = idx.text.codePointAt(i)!;
    bytes += utf8Len(idx.text.charCodeAt(i), idx.text, i);
    if (cp > 0xffff) i++;
    col++;
    colDisplay += charWidth(cp);
  }
  return { line: li + 1, col, colDisplay, byte: bytes };
}

/** Text of a 1-based line without its line terminator (`\n` or `\r\n`); '' past the end. */
export function lineText(idx: LineIndex, line: number): string {
  if (line < 1 || line > idx.lineStarts.length) return '';
  const start = idx.lineStarts[line - 1]!;
  const end = line < idx.lineStarts.length ? idx.lineStarts[line]! - 1 : idx.text.length;
  let s = idx.text.slice(start, Math.max(start, end));
  if (s.endsWith('\n')) s = s.slice(0, -1); // the last line keeps its final newline
  if (s.endsWith('\r')) s = s.slice(0, -1);
  return s;
}

/** UTF-8 length of a string, as Rust's `str::len`. */
export function byteLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    n += utf8Len(s.charCodeAt(i), s, i);
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) i++;
  }
  return n;
}

/**
 * Terminal width of one code point as rustc counts it: tabs are 4 (the renderer expands them),
 * control characters print as one-cell pictures, zero-width joiners vanish, East Asian wide and
 * fullwidth characters take 2, combining marks 0.
 */
export function charWidth(cp: number): number {
  if (cp === 9) return 4;
  if (cp === 0x200d) return 0;
  if (cp < 0x20 || cp === 0x7f) return 1;
  if (isCombining(cp)) return 0;
  if (isWide(cp)) return 2;
  return 1;
}

export function strWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0)!);
  return w;
}

function isCombining(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xfe20 && cp <= 0xfe2f)
  );
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}
