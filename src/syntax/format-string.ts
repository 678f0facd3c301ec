import type { Expr, FormatArg, FormatCount, FormatPiece, FormatString } from './ast.js';
import { isIdentContinue, isIdentStart } from './lexer.js';
import type { Span } from './span.js';
import type { Token } from './token.js';

/**
 * rustc's format-string grammar (std::fmt): `{{`, `}}`, and placeholders
 * `{ [arg] [: [[fill]align][sign]['#']['0'][width]['.' precision][type]] }` where width and
 * precision are `N`, `N$`, `name$` or (precision only) `*`. Arguments that name no explicit
 * argument are inline captures (`{x}`), appended to the argument list as synthesized paths.
 */

export interface ExplicitArg {
  readonly name: string | null;
  readonly expr: Expr;
}

export interface FormatContext {
  readonly error: (message: string, span: Span, label: string | null) => void;
  /** A fresh path expression for an inline capture. */
  readonly capture: (name: string, span: Span) => Expr;
}

export interface FormatResult {
  readonly format: FormatString;
  readonly args: FormatArg[];
}

/** The decoded literal, with the source offset of every decoded UTF-16 unit (plus one for the end). */
interface Decoded {
  readonly value: string;
  readonly offsets: number[];
}

function decode(tok: Token): Decoded {
  const text = tok.text;
  const base = tok.span.lo;
  const offsets: number[] = [];
  let value = '';
  if (text.charCodeAt(0) === 114 /* r */) {
    let h = 0;
    while (text.charCodeAt(1 + h) === 35) h++;
    const start = 2 + h;
    const end = text.length - 1 - h;
    for (let i = start; i < end; i++) offsets.push(base + i);
    offsets.push(base + end);
    return { value: text.slice(start, end), offsets };
  }
  const end = text.length - 1;
  let i = 1;
  while (i < end) {
    const c = text[i]!;
    if (c !== '\\') {
      value += c;
      offsets.push(base + i);
      i++;
      continue;
    }
    const e = text[i + 1];
    const at = base + i;
    let out = '';
    let len = 2;
    switch (e) {
      case 'n': out = '\n'; break;
      case 'r': out = '\r'; break;
      case 't': out = '\t'; break;
      case '0': out = '\0'; break;
      case '\\': out = '\\'; break;
      case "'": out = "'"; break;
      case '"': out = '"'; break;
      case 'x': out = String.fromCharCode(parseInt(text.slice(i + 2, i + 4), 16) || 0); len = 4; break;
      case 'u': {
        const close = text.indexOf('}', i);
        const cp = parseInt(text.slice(i + 3, close).replace(/_/g, ''), 16);
        out = Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
        len = close > i ? close + 1 - i : 2;
        break;
      }
      case '\n':
      case '\r': {
        len = 1;
        while (i + len < end && /[ \t\n\r]/.test(text[i + len]!)) len++;
        break;
      }
      default:
        out = e ?? '';
    }
    for (let k = 0; k < out.length; k++) {
      value += out[k];
      offsets.push(at);
    }
    i += len;
  }
  offsets.push(base + end);
  return { value, offsets };
}

type ArgRef =
  | { readonly kind: 'next' }
  | { readonly kind: 'index'; readonly index: number; readonly span: Span }
  | { readonly kind: 'name'; readonly name: string; readonly span: Span };

type CountRef = { readonly kind: 'literal'; readonly value: number } | { readonly kind: 'ref'; readonly ref: ArgRef };

interface RawPlaceholder {
  readonly arg: ArgRef;
  readonly trait: string;
  readonly traitSpan: Span;
  readonly alternate: boolean;
  readonly sign: '' | '+' | '-';
  readonly zero: boolean;
  readonly fill: string | null;
  readonly align: '' | '<' | '^' | '>';
  readonly width: CountRef | null;
  readonly precision: CountRef | null;
  readonly span: Span;
}

type RawPiece = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'placeholder'; readonly ph: RawPlaceholder };

const TRAITS = new Set(['', '?', 'x', 'X', 'o', 'b', 'e', 'E', 'p', 'x?', 'X?']);

/** Thrown inside the scanner (caught in `parseFormatString`): rustc stops at the first such error. */
interface FormatSyntaxError {
  readonly formatError: true;
  readonly message: string;
  readonly span: Span;
  readonly label: string;
}

function syntaxError(message: string, span: Span, label: string): FormatSyntaxError {
  return { formatError: true, message, span, label };
}

function isSyntaxError(e: unknown): e is FormatSyntaxError {
  return typeof e === 'object' && e !== null && (e as { formatError?: unknown }).formatError === true;
}

/** Parses the literal `tok` against the explicit arguments; reports rustc's errors through `cx`. */
export function parseFormatString(tok: Token, explicit: readonly ExplicitArg[], cx: FormatContext): FormatResult {
  const d = decode(tok);
  const s = d.value;
  const spanAt = (i: number, j: number): Span => ({ lo: d.offsets[Math.min(i, s.length)]!, hi: d.offsets[Math.min(j, s.length)]! });
  const pieces: RawPiece[] = [];
  let text = '';
  let i = 0;
  const n = s.length;
  const flush = (): void => {
    if (text !== '') pieces.push({ kind: 'text', text });
    text = '';
  };
  try {
    while (i < n) {
      const c = s[i]!;
      if (c === '{') {
        if (s[i + 1] === '{') {
          text += '{';
          i += 2;
          continue;
        }
        flush();
        const r = parsePlaceholder(s, i, spanAt);
        pieces.push({ kind: 'placeholder', ph: r.ph });
        i = r.end;
        continue;
      }
      if (c === '}') {
        if (s[i + 1] === '}') {
          text += '}';
          i += 2;
          continue;
        }
        throw syntaxError('invalid format string: unmatched `}` found', spanAt(i, i + 1), 'unmatched `}` in format string');
      }
      text += c;
      i++;
    }
    flush();
  } catch (e) {
    if (!isSyntaxError(e)) throw e;
    cx.error(e.message, e.span, e.label);
    return { format: { pieces: [], span: tok.span }, args: explicit.map((a) => ({ name: a.name, expr: a.expr, inline: false })) };
  }
  return resolve(tok, pieces, explicit, cx);
}

interface PlaceholderScan {
  readonly ph: RawPlaceholder;
  readonly end: number;
}

function isWs(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

function scanIdent(s: string, i: number): number {
  if (i >= s.length || !isIdentStart(s.charCodeAt(i))) return i;
  let j = i + 1;
  while (j < s.length && isIdentContinue(s.charCodeAt(j))) j++;
  return j;
}

function scanDigits(s: string, i: number): number {
  let j = i;
  while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
  return j;
}

function parsePlaceholder(s: string, open: number, spanAt: (i: number, j: number) => Span): PlaceholderScan {
  let i = open + 1;
  const n = s.length;
  const terminated = (): never => {
    throw syntaxError('invalid format string: expected `}` but string was terminated', spanAt(n, n), 'expected `}` in format string');
  };
  // rustc allows whitespace after the argument (`{0 }`, `{ }`) but not before one (`{ 0}`).
  let arg: ArgRef = { kind: 'next' };
  const dEnd = scanDigits(s, i);
  if (dEnd > i) {
    arg = { kind: 'index', index: Number(s.slice(i, dEnd)), span: spanAt(i, dEnd) };
    i = dEnd;
  } else {
    const idEnd = scanIdent(s, i);
    if (s[i] === 'r' && s[i + 1] === '#' && scanIdent(s, i + 2) > i + 2) {
      throw syntaxError('invalid format string: raw identifiers are not supported', spanAt(i, scanIdent(s, i + 2)), 'raw identifier used here in format string');
    }
    if (idEnd > i) {
      const name = s.slice(i, idEnd);
      if (s[idEnd] === '.' && scanIdent(s, idEnd + 1) > idEnd + 1) {
        throw syntaxError("invalid format string: field access isn't supported", spanAt(i, scanIdent(s, idEnd + 1)), 'not supported in format string');
      }
      if (s[idEnd] === '.' || s[idEnd] === '[') {
        throw syntaxError("invalid format string: field access isn't supported", spanAt(i, idEnd + 1), 'not supported in format string');
      }
      arg = name === '_' ? arg : { kind: 'name', name, span: spanAt(i, idEnd) };
      i = idEnd;
    }
  }
  while (isWs(s[i])) i++;
  let fill: string | null = null;
  let align: '' | '<' | '^' | '>' = '';
  let sign: '' | '+' | '-' = '';
  let alternate = false;
  let zero = false;
  let width: CountRef | null = null;
  let precision: CountRef | null = null;
  let trait = '';
  let traitSpan = spanAt(i, i);
  if (s[i] === ':') {
    i++;
    const cp = s.codePointAt(i);
    const cpLen = cp !== undefined && cp > 0xffff ? 2 : 1;
    const next = s[i + cpLen];
    if (i < n && (next === '<' || next === '^' || next === '>')) {
      fill = s.slice(i, i + cpLen);
      align = next;
      i += cpLen + 1;
    } else if (s[i] === '<' || s[i] === '^' || s[i] === '>') {
      align = s[i] as '<' | '^' | '>';
      i++;
    }
    if (s[i] === '+' || s[i] === '-') {
      sign = s[i] as '+' | '-';
      i++;
    }
    if (s[i] === '#') {
      alternate = true;
      i++;
    }
    if (s[i] === '0' && s[i + 1] !== '$') {
      zero = true;
      i++;
    }
    const w = parseCount(s, i, spanAt);
    if (w !== null) {
      width = w.count;
      i = w.end;
    }
    if (s[i] === '.') {
      const dot = i;
      i++;
      if (s[i] === '*') {
        precision = { kind: 'ref', ref: { kind: 'next' } };
        i++;
      } else {
        // rustc's span for a precision argument starts at the `.`.
        const pr = parseCount(s, i, (a, b) => spanAt(a === i ? dot : a, b));
        if (pr === null) {
          if (i >= n) terminated();
          throw syntaxError(`invalid format string: expected \`}\`, found \`${s[i]}\``, spanAt(i, i + 1), 'expected `}` in format string');
        }
        precision = pr.count;
        i = pr.end;
      }
    }
    const tStart = i;
    if (s[i] === '?') i++;
    else {
      const idEnd = scanIdent(s, i);
      i = idEnd;
      if ((s.slice(tStart, i) === 'x' || s.slice(tStart, i) === 'X') && s[i] === '?') i++;
    }
    trait = s.slice(tStart, i);
    traitSpan = spanAt(tStart, i);
    while (isWs(s[i])) i++;
  }
  if (i >= n) terminated();
  if (s[i] !== '}') {
    const found = s[i]!;
    throw syntaxError(`invalid format string: expected \`}\`, found \`${found}\``, spanAt(i, i + 1), 'expected `}` in format string');
  }
  i++;
  return {
    ph: { arg, trait, traitSpan, alternate, sign, zero, fill, align, width, precision, span: spanAt(open, i) },
    end: i,
  };
}

function parseCount(s: string, i: number, spanAt: (i: number, j: number) => Span): { count: CountRef; end: number } | null {
  const dEnd = scanDigits(s, i);
  if (dEnd > i) {
    const v = Number(s.slice(i, dEnd));
    if (s[dEnd] === '$') return { count: { kind: 'ref', ref: { kind: 'index', index: v, span: spanAt(i, dEnd) } }, end: dEnd + 1 };
    return { count: { kind: 'literal', value: v }, end: dEnd };
  }
  const idEnd = scanIdent(s, i);
  if (idEnd > i && s[idEnd] === '$') {
    return { count: { kind: 'ref', ref: { kind: 'name', name: s.slice(i, idEnd), span: spanAt(i, idEnd) } }, end: idEnd + 1 };
  }
  return null;
}

function plural(n: number, what: string): string {
  return n === 1 ? `1 ${what}` : `${n} ${what}s`;
}

function resolve(tok: Token, raw: readonly RawPiece[], explicit: readonly ExplicitArg[], cx: FormatContext): FormatResult {
  const args: FormatArg[] = explicit.map((a) => ({ name: a.name, expr: a.expr, inline: false }));
  const used = new Array<boolean>(explicit.length).fill(false);
  const captured = new Map<string, number>();
  let next = 0;
  let implicitSpans: Span[] = [];
  let failed = false;
  const explicitCount = explicit.length;
  const thereIs = (): string =>
    explicitCount === 0 ? 'no arguments were given' : explicitCount === 1 ? 'there is 1 argument' : `there are ${explicitCount} arguments`;

  const lookup = (ref: ArgRef, phSpan: Span): number => {
    switch (ref.kind) {
      case 'next': {
        const k = next++;
        implicitSpans.push(phSpan);
        if (k < explicitCount) {
          used[k] = true;
          return k;
        }
        return -1;
      }
      case 'index':
        if (ref.index < explicitCount) {
          used[ref.index] = true;
          return ref.index;
        }
        // rustc still reports unused arguments after an invalid reference, so `failed` stays.
        cx.error(`invalid reference to positional argument ${ref.index} (${thereIs()})`, ref.span, null);
        return -1;
      case 'name': {
        const k = explicit.findIndex((a) => a.name === ref.name);
        if (k >= 0) {
          used[k] = true;
          return k;
        }
        const prev = captured.get(ref.name);
        if (prev !== undefined) return prev;
        const idx = args.length;
        args.push({ name: ref.name, expr: cx.capture(ref.name, ref.span), inline: true });
        captured.set(ref.name, idx);
        return idx;
      }
      default:
        return -1;
    }
  };
  const count = (c: CountRef | null, phSpan: Span): FormatCount | null => {
    if (c === null) return null;
    if (c.kind === 'literal') return { kind: 'literal', value: c.value };
    const k = lookup(c.ref, phSpan);
    return k >= 0 ? { kind: 'arg', arg: k } : null;
  };

  const pieces: FormatPiece[] = [];
  for (const r of raw) {
    if (r.kind === 'text') {
      pieces.push(r);
      continue;
    }
    const ph = r.ph;
    if (!TRAITS.has(ph.trait)) {
      cx.error(`unknown format trait \`${ph.trait}\``, ph.traitSpan, null);
      failed = true;
    }
    // `.*` takes the precision before the value.
    const precision = count(ph.precision, ph.span);
    const arg = lookup(ph.arg, ph.span);
    const width = count(ph.width, ph.span);
    if (arg < 0) continue;
    const trait = (ph.trait === 'x?' || ph.trait === 'X?' ? '?' : TRAITS.has(ph.trait) ? ph.trait : '') as Extract<FormatPiece, { kind: 'placeholder' }>['trait'];
    pieces.push({
      kind: 'placeholder', arg, trait, alternate: ph.alternate, sign: ph.sign, zero: ph.zero, fill: ph.fill, align: ph.align,
      width, precision, span: ph.span,
    });
  }
  if (next > explicitCount) {
    const first = implicitSpans[0]!;
    cx.error(`${plural(next, 'positional argument')} in format string, but ${thereIs().replace(/^there (is|are) /, 'there $1 ')}`, first, null);
    failed = true;
  }
  implicitSpans = [];
  if (!failed) {
    const unused: number[] = [];
    used.forEach((u, k) => {
      if (!u) unused.push(k);
    });
    if (unused.length === 1) {
      const a = explicit[unused[0]!]!;
      cx.error(a.name !== null ? 'named argument never used' : 'argument never used', a.expr.span, a.name !== null ? 'named argument never used' : 'argument never used');
    } else if (unused.length > 1) {
      cx.error('multiple unused formatting arguments', explicit[unused[0]!]!.expr.span, 'argument never used');
    }
  }
  return { format: { pieces, span: tok.span }, args };
}
