import type { Expr, Lit, MacroExpansion, Path, Pat } from './ast.js';
import { parseFormatString, type ExplicitArg } from './format-string.js';
import { unescape } from './literals.js';
import { parseExpr } from './parse/expr.js';
import type { MacCallRange } from './parse/macro-call.js';
import { parsePat } from './parse/patterns.js';
import { bump, describe, eat, error, isPunct, nid, peek, type Parser } from './parse/state.js';

/**
 * Expands the std macros later phases need to see through (formatting, assertions, vec!, matches!,
 * dbg!). Arguments are parsed in place from the macro's tokens: the parser's window is narrowed
 * to the delimiters, so the ordinary expression parser and its error messages apply.
 */

const FORMAT_MACROS = new Set(['println', 'print', 'eprintln', 'eprint', 'format', 'format_args', 'write', 'writeln', 'panic', 'unreachable', 'todo', 'unimplemented']);
const STD_ROOTS = new Set(['std', 'core', 'alloc']);

/** Macros of `std::ptr`, named through the module: `std::ptr::addr_of!`. */
const PTR_MACROS = new Set(['addr_of', 'addr_of_mut']);
/** Macros that stand for one expression (`MacroExpansion` kind `expr`). */
const EXPR_MACROS = new Set(['addr_of', 'addr_of_mut', 'stringify', 'concat', 'line', 'column', 'file', 'module_path']);

/** The macro's name if the path names a std macro: `name`, `std::name`, `::core::name`, `std::ptr::addr_of`. */
function builtinName(path: Path): string | null {
  const segs = path.segments;
  if (segs.some((s) => s.args !== null)) return null;
  if (segs.length === 1 && !path.global) return segs[0]!.ident.name;
  if (segs.length === 2 && STD_ROOTS.has(segs[0]!.ident.name)) return segs[1]!.ident.name;
  if (segs.length === 3 && STD_ROOTS.has(segs[0]!.ident.name) && segs[1]!.ident.name === 'ptr' && PTR_MACROS.has(segs[2]!.ident.name)) return segs[2]!.ident.name;
  return null;
}

export function expandBuiltinMacro(p: Parser, call: MacCallRange): MacroExpansion | null {
  if (call.open < 0 || call.close < 0) return null;
  const name = builtinName(call.mac.path);
  if (name === null) return null;
  const isFormat = FORMAT_MACROS.has(name);
  const known = isFormat || EXPR_MACROS.has(name) || name === 'vec' || name === 'matches' || name === 'dbg' || name.startsWith('assert') || name.startsWith('debug_assert');
  if (!known) return null;
  const savedPos = p.pos;
  const savedEnd = p.end;
  const savedEof = p.eof;
  const savedHi = p.lastHi;
  const savedErrors = p.errors;
  p.errors = p.lateErrors;
  p.pos = call.open + 1;
  p.end = call.close;
  p.eof = { kind: 'eof', text: p.toks[call.close]!.text, span: p.toks[call.close]!.span, spaceBefore: false };
  try {
    return EXPR_MACROS.has(name) ? expandToExpr(p, name, call) : expandInWindow(p, name);
  } finally {
    p.pos = savedPos;
    p.end = savedEnd;
    p.eof = savedEof;
    p.lastHi = savedHi;
    p.errors = savedErrors;
  }
}

/**
 * The macros that stand for one expression. A literal's value only matters for its type here
 * (`line!()` is some `u32`, `stringify!` some `&'static str`), so values are approximate.
 */
function expandToExpr(p: Parser, name: string, call: MacCallRange): MacroExpansion | null {
  const span = call.mac.span;
  const lit = (l: Lit): MacroExpansion => ({ kind: 'expr', expr: { kind: 'lit', id: nid(p), lit: l, span } });
  const str = (value: string): MacroExpansion => lit({ kind: 'str', value, raw: false });
  switch (name) {
    case 'addr_of':
    case 'addr_of_mut': {
      const operand = parseExpr(p);
      expectEnd(p);
      return { kind: 'expr', expr: { kind: 'ref', id: nid(p), mut: name === 'addr_of_mut', raw: true, operand, span } };
    }
    case 'stringify': {
      const open = p.toks[call.open]!.span.hi;
      const close = p.toks[call.close]!.span.lo;
      while (!atEnd(p)) bump(p);
      return str(p.text.slice(open, close).trim());
    }
    case 'concat': {
      let value = '';
      if (!atEnd(p)) {
        do {
          const e = parseExpr(p);
          const inner = e.kind === 'unary' && e.op === 'neg' ? e.operand : e;
          if (inner.kind !== 'lit') return null;
          const l = inner.lit;
          value += (inner === e ? '' : '-') + (l.kind === 'str' || l.kind === 'char' ? l.value : l.kind === 'int' || l.kind === 'float' || l.kind === 'bool' ? String(l.value) : '');
          if (l.kind === 'byteStr' || l.kind === 'cStr' || l.kind === 'byte') return null;
        } while (argSep(p));
      }
      return str(value);
    }
    case 'line':
    case 'column': {
      if (!atEnd(p)) return null;
      const before = p.text.slice(0, span.lo);
      const line = before.split('\n').length;
      const column = span.lo - before.lastIndexOf('\n');
      return lit({ kind: 'int', value: BigInt(name === 'line' ? line : column), suffix: 'u32' });
    }
    case 'file':
    case 'module_path':
      if (!atEnd(p)) return null;
      return str('');
    default:
      return null;
  }
}

function atEnd(p: Parser): boolean {
  return peek(p).kind === 'eof';
}

/** `,` between arguments; at the end a trailing comma is allowed. Returns false at the end. */
function argSep(p: Parser): boolean {
  if (atEnd(p)) return false;
  if (eat(p, ',')) return !atEnd(p);
  error(p, `expected \`,\`, found ${describe(peek(p))}`, peek(p).span, 'expected `,`');
  while (!atEnd(p)) bump(p);
  return false;
}

function expandInWindow(p: Parser, name: string): MacroExpansion | null {
  switch (name) {
    case 'vec': {
      if (atEnd(p)) return { kind: 'vec', elems: [] };
      const first = parseExpr(p);
      if (eat(p, ';')) {
        const count = parseExpr(p);
        expectEnd(p);
        return { kind: 'vecRepeat', elem: first, count };
      }
      const elems: Expr[] = [first];
      while (argSep(p)) elems.push(parseExpr(p));
      return { kind: 'vec', elems };
    }
    case 'dbg': {
      const args: Expr[] = [];
      if (!atEnd(p)) {
        args.push(parseExpr(p));
        while (argSep(p)) args.push(parseExpr(p));
      }
      return { kind: 'dbg', args };
    }
    case 'matches': {
      const scrutinee = parseExpr(p);
      if (!eat(p, ',')) {
        error(p, `expected \`,\`, found ${describe(peek(p))}`, peek(p).span, 'expected `,`');
        return null;
      }
      const pat: Pat = parsePat(p);
      let guard: Expr | null = null;
      if (peek(p).kind === 'ident' && peek(p).text === 'if') {
        bump(p);
        guard = parseExpr(p);
      }
      eat(p, ',');
      expectEnd(p);
      return { kind: 'matches', scrutinee, pat, guard };
    }
    case 'assert':
    case 'debug_assert': {
      if (atEnd(p)) {
        error(p, 'macro requires a boolean expression as an argument', peek(p).span, 'boolean expression required');
        return null;
      }
      const cond = parseExpr(p);
      const message = argSep(p) ? parseFormatArgs(p, 'panic', null) : null;
      return { kind: 'assert', cond, message };
    }
    case 'assert_eq':
    case 'assert_ne':
    case 'debug_assert_eq':
    case 'debug_assert_ne': {
      const left = parseExpr(p);
      if (!argSep(p)) {
        error(p, 'unexpected end of macro invocation', peek(p).span, 'missing tokens in macro arguments');
        return null;
      }
      const right = parseExpr(p);
      const message = argSep(p) ? parseFormatArgs(p, 'panic', null) : null;
      return { kind: 'assertCmp', op: name.endsWith('eq') ? 'eq' : 'ne', left, right, message };
    }
    default:
      break;
  }
  if (!FORMAT_MACROS.has(name)) return null;
  if (name === 'write' || name === 'writeln') {
    const dest = parseExpr(p);
    if (!argSep(p)) {
      if (name === 'write') error(p, 'requires at least a format string argument', peek(p).span, null);
      return { kind: 'format', macro: name, dest, format: null, args: [] };
    }
    return parseFormatArgs(p, name, dest);
  }
  if (atEnd(p)) {
    if (name === 'format_args' || name === 'format' || name === 'print' || name === 'eprint') {
      error(p, 'requires at least a format string argument', peek(p).span, null);
    }
    return { kind: 'format', macro: name, dest: null, format: null, args: [] };
  }
  return parseFormatArgs(p, name, null);
}

function expectEnd(p: Parser): void {
  if (!atEnd(p)) {
    error(p, `no rules expected the token \`${peek(p).text}\``, peek(p).span, 'no rules expected this token in macro call');
    while (!atEnd(p)) bump(p);
  }
}

/** `"fmt", a, b, name = c` (the cursor at the format string). */
function parseFormatArgs(p: Parser, macro: string, dest: Expr | null): MacroExpansion {
  const fmtTok = peek(p);
  const explicit: ExplicitArg[] = [];
  let literal = fmtTok.kind === 'str' ? fmtTok : null;
  let fmtExpr: Expr | null = null;
  if (literal !== null && (isPunct(peek(p, 1), ',') || peek(p, 1).kind === 'eof')) bump(p);
  else {
    literal = null;
    fmtExpr = parseExpr(p);
    const isMacro = fmtExpr.kind === 'macro';
    // Before 2021, `panic!(x)` with a single non-literal argument panics with that payload.
    const payloadPanic = p.edition < 2021 && (macro === 'panic' || macro === 'unreachable') && atEnd(p);
    if (!isMacro && !payloadPanic && fmtExpr.kind !== 'err') {
      error(p, 'format argument must be a string literal', fmtExpr.span, null);
    }
  }
  let named = false;
  while (argSep(p)) {
    const t = peek(p);
    if (t.kind === 'ident' && isPunct(peek(p, 1), '=') ) {
      bump(p);
      bump(p);
      const expr = parseExpr(p);
      explicit.push({ name: t.text.startsWith('r#') ? t.text.slice(2) : t.text, expr });
      named = true;
    } else {
      const expr = parseExpr(p);
      if (named) error(p, 'positional arguments cannot follow named arguments', expr.span, 'positional arguments must be before named arguments');
      explicit.push({ name: null, expr });
    }
  }
  if (literal !== null && explicit.length === 0 && p.edition < 2021 && (macro === 'panic' || macro === 'unreachable')) {
    // Before 2021 a lone literal is the panic message itself, not a format string (`panic!("{}")`).
    const value = literal.text.startsWith('r') ? literal.text.replace(/^r#*"/, '').replace(/"#*$/, '') : unescape(literal.text.slice(1, -1), literal.span.lo + 1, false, () => {});
    return { kind: 'format', macro, dest, format: { pieces: value === '' ? [] : [{ kind: 'text', text: value }], span: literal.span }, args: [] };
  }
  if (literal === null) {
    const args = explicit.map((a) => ({ name: a.name, expr: a.expr, inline: false }));
    if (fmtExpr !== null && fmtExpr.kind !== 'macro') args.unshift({ name: null, expr: fmtExpr, inline: false });
    return { kind: 'format', macro, dest, format: null, args };
  }
  const r = parseFormatString(literal, explicit, {
    error: (message, span, label) => error(p, message, span, label),
    capture: (name, span) => ({
      kind: 'path', id: nid(p), qself: null,
      path: { global: false, segments: [{ ident: { name, span }, args: null }], span }, span,
    }),
  });
  return { kind: 'format', macro, dest, format: r.format, args: r.args };
}
