import type { Level } from '../util/diagnostic.js';

/**
 * A grid of characters with a style per cell, written out of order (labels are placed before the
 * underlines that may overwrite them) and rendered once: the way rustc's emitter draws.
 */
export type Style =
  | 'none'
  | 'lineNumber'
  | 'lineAndColumn'
  | 'quotation'
  | 'mainHeaderMsg'
  | 'headerMsg'
  | 'underlinePrimary'
  | 'underlineSecondary'
  | 'labelPrimary'
  | 'labelSecondary'
  | 'highlight'
  | 'addition'
  | 'removal'
  | `level:${Level}`;

interface Cell {
  ch: string;
  style: Style;
}

export interface StyledBuffer {
  readonly rows: Cell[][];
}

export function newBuffer(): StyledBuffer {
  return { rows: [] };
}

export function numLines(b: StyledBuffer): number {
  return b.rows.length;
}

function ensureRow(b: StyledBuffer, line: number): Cell[] {
  while (b.rows.length <= line) b.rows.push([]);
  return b.rows[line]!;
}

export function putc(b: StyledBuffer, line: number, col: number, ch: string, style: Style): void {
  const row = ensureRow(b, line);
  while (row.length < col) row.push({ ch: ' ', style: 'none' });
  if (col < row.length) row[col] = { ch, style };
  else row.push({ ch, style });
}

export function puts(b: StyledBuffer, line: number, col: number, s: string, style: Style): void {
  let n = col;
  for (const ch of s) {
    putc(b, line, n, ch, style);
    n++;
  }
}

export function append(b: StyledBuffer, line: number, s: string, style: Style): void {
  const row = ensureRow(b, line);
  puts(b, line, row.length, s, style);
}

export function prepend(b: StyledBuffer, line: number, s: string, style: Style): void {
  const row = ensureRow(b, line);
  const cells: Cell[] = [];
  for (const ch of s) cells.push({ ch, style });
  row.unshift(...cells);
}

/** Restyle existing cells in [start, end) of a line (the green of an added `mut `). */
export function setStyleRange(b: StyledBuffer, line: number, start: number, end: number, style: Style): void {
  const row = b.rows[line];
  if (!row) return;
  for (let i = start; i < end && i < row.length; i++) row[i] = { ch: row[i]!.ch, style };
}

/**
 * rustc's `StyledBuffer::replace`: cells [start, end) give way to `s` (used to elide the middle
 * of very long spans; rustc passes file columns here, not buffer columns).
 */
export function replaceRange(b: StyledBuffer, line: number, start: number, end: number, s: string): void {
  const row = b.rows[line];
  if (!row || start === end || start > row.length || end > row.length) return;
  const cells: Cell[] = [];
  for (const ch of s) cells.push({ ch, style: 'lineNumber' });
  row.splice(start, end - start, ...cells);
}

const RESET = '\x1b[0m';
const BOLD = '\x1b[1m';

function levelColor(level: Level): string {
  switch (level) {
    case 'error':
      return '\x1b[91m';
    case 'warning':
      return '\x1b[33m';
    case 'note':
      return '\x1b[92m';
    case 'help':
      return '\x1b[96m';
    case 'failure-note':
      return '';
    default:
      return '';
  }
}

/** The ANSI prefix of a style as rustc's anstyle writes it; '' for unstyled text. */
function ansi(style: Style, level: Level): string {
  switch (style) {
    case 'none':
    case 'quotation':
    case 'lineAndColumn':
    case 'headerMsg':
      return '';
    case 'lineNumber':
    case 'underlineSecondary':
    case 'labelSecondary':
      return BOLD + '\x1b[94m';
    case 'mainHeaderMsg':
      return BOLD;
    case 'underlinePrimary':
    case 'labelPrimary':
      return BOLD + levelColor(level);
    case 'highlight':
      return BOLD + '\x1b[35m';
    case 'addition':
      return '\x1b[92m';
    case 'removal':
      return '\x1b[91m';
    default:
      return BOLD + levelColor(style.slice('level:'.length) as Level);
  }
}

/** Rows as text; with `color`, runs of one style wrapped in ANSI escapes as rustc does. */
export function render(b: StyledBuffer, level: Level, color: boolean): string[] {
  const out: string[] = [];
  for (const row of b.rows) {
    if (!color) {
      out.push(row.map((c) => c.ch).join(''));
      continue;
    }
    let line = '';
    let i = 0;
    while (i < row.length) {
      const style = row[i]!.style;
      let text = '';
      while (i < row.length && row[i]!.style === style) text += row[i++]!.ch;
      const pre = ansi(style, level);
      line += pre === '' ? text : pre + text + RESET;
    }
    out.push(line);
  }
  return out;
}
