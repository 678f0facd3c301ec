import type {
  Attribute,
  Block,
  Crate,
  Expr,
  FieldDef,
  FnSig,
  GenericArg,
  GenericArgs,
  GenericBound,
  GenericParam,
  Generics,
  Item,
  Lit,
  MacCall,
  Pat,
  Path,
  QSelf,
  Stmt,
  TypeExpr,
  UseTree,
  VariantData,
  Visibility,
  WherePredicate,
} from './ast.js';
import { assertNever } from '../util/assert.js';
import { quoteRust } from './parse/attrs.js';
import { isKeywordText } from './parse/state.js';
import type { TokenTree } from './token.js';

/**
 * Writes an AST back as Rust source that parses to the same tree (spans aside). Parentheses are
 * kept as `paren` nodes in the tree, so the printer never needs to add any of its own.
 */
export function printCrate(crate: Crate): string {
  const w: W = { out: [], indent: 0 };
  for (const a of crate.attrs) line(w, attr(a));
  for (const it of crate.items) item(w, it);
  return w.out.join('');
}

export function printExpr(e: Expr): string {
  const w: W = { out: [], indent: 0 };
  expr(w, e);
  return w.out.join('');
}

export function printType(t: TypeExpr): string {
  return ty(t);
}

export function printPat(p: Pat): string {
  return pat(p);
}

interface W {
  readonly out: string[];
  indent: number;
}

function emit(w: W, s: string): void {
  w.out.push(s);
}

function line(w: W, s: string): void {
  w.out.push('    '.repeat(w.indent), s, '\n');
}

function startLine(w: W): void {
  w.out.push('    '.repeat(w.indent));
}

// ---------------------------------------------------------------------------------------------
// Attributes, token trees

function attr(a: Attribute): string {
  return `#${a.style === 'inner' ? '!' : ''}[${a.path}${trees(a.args)}]`;
}

export function trees(ts: readonly TokenTree[]): string {
  const parts: string[] = [];
  treesInto(ts, parts);
  return parts.join('');
}

function treesInto(ts: readonly TokenTree[], parts: string[]): void {
  // Iterative over nesting so deeply nested macro input prints without deep recursion.
  const stack: { ts: readonly TokenTree[]; i: number; close: string }[] = [{ ts, i: 0, close: '' }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.i >= top.ts.length) {
      parts.push(top.close);
      stack.pop();
      continue;
    }
    const t = top.ts[top.i++]!;
    if (t.kind === 'token') {
      if (t.token.spaceBefore || t.token.kind === 'docComment') parts.push(t.token.kind === 'docComment' ? '\n' : ' ');
      parts.push(t.token.text);
      if (t.token.kind === 'docComment' && t.token.text.startsWith('//')) parts.push('\n');
    } else {
      parts.push(t.delim);
      stack.push({ ts: t.trees, i: 0, close: t.delim === '(' ? ')' : t.delim === '[' ? ']' : '}' });
    }
  }
}

function mac(m: MacCall): string {
  const close = m.delim === '(' ? ')' : m.delim === '[' ? ']' : '}';
  return `${path(m.path, 'mod')}!${m.delim}${trees(m.tokens)}${close}`;
}

// ---------------------------------------------------------------------------------------------
// Paths, generics, bounds

type Style = 'expr' | 'type' | 'mod';

function path(p: Path, style: Style): string {
  return (p.global ? '::' : '') + p.segments.map((s) => nm(s.ident.name) + (s.args === null ? '' : genericArgs(s.args, style))).join('::');
}

function qpath(q: QSelf | null, p: Path, style: Style): string {
  if (q === null) return path(p, style);
  const traitSegs = p.segments.slice(0, q.position);
  const rest = p.segments.slice(q.position);
  const traitPart = q.position > 0 ? ` as ${path({ global: p.global, segments: traitSegs, span: p.span }, 'type')}` : '';
  return `<${ty(q.ty)}${traitPart}>::${path({ global: false, segments: rest, span: p.span }, style)}`;
}

function genericArgs(a: GenericArgs, style: Style): string {
  if (a.kind === 'paren') return `(${a.inputs.map(ty).join(', ')})${a.output === null ? '' : ' -> ' + ty(a.output)}`;
  return `${style === 'type' ? '' : '::'}<${a.args.map(genericArg).join(', ')}>`;
}

function genericArg(a: GenericArg): string {
  switch (a.kind) {
    case 'lifetime':
      return a.lifetime.name;
    case 'type':
      return ty(a.ty);
    case 'const':
      return printExpr(a.expr);
    case 'binding':
      return `${nm(a.name.name)}${a.args === null ? '' : genericArgs(a.args, 'type')} = ${ty(a.ty)}`;
    case 'constraint':
      return `${nm(a.name.name)}: ${bounds(a.bounds)}`;
    default:
      return assertNever(a);
  }
}

function bound(b: GenericBound): string {
  if (b.kind === 'lifetime') return b.lifetime.name;
  const forPart = b.forLifetimes.length > 0 ? `for<${b.forLifetimes.map((l) => l.name).join(', ')}> ` : '';
  const mod = b.modifier === 'maybe' ? '?' : b.modifier === 'const' ? 'const ' : b.modifier === 'maybeConst' ? '~const ' : '';
  return `${forPart}${mod}${path(b.path, 'type')}`;
}

function bounds(bs: readonly GenericBound[]): string {
  return bs.map(bound).join(' + ');
}

function genericParams(g: Generics): string {
  if (g.params.length === 0) return '';
  return `<${g.params.map(genericParam).join(', ')}>`;
}

function genericParam(gp: GenericParam): string {
  const attrs = gp.attrs.map((a) => attr(a) + ' ').join('');
  switch (gp.kind) {
    case 'lifetime':
      return `${attrs}${gp.lifetime.name}${gp.bounds.length > 0 ? ': ' + gp.bounds.map((l) => l.name).join(' + ') : ''}`;
    case 'type':
      return `${attrs}${nm(gp.name.name)}${gp.bounds.length > 0 ? ': ' + bounds(gp.bounds) : ''}${gp.default === null ? '' : ' = ' + ty(gp.default)}`;
    case 'const':
      return `${attrs}const ${nm(gp.name.name)}: ${ty(gp.ty)}${gp.default === null ? '' : ' = ' + constArg(gp.default)}`;
    default:
      return assertNever(gp);
  }
}

function constArg(e: Expr): string {
  return printExpr(e);
}

function whereClause(g: Generics): string {
  if (g.where.length === 0) return '';
  return ` where ${g.where.map(wherePred).join(', ')}`;
}

function wherePred(w: WherePredicate): string {
  if (w.kind === 'region') return `${w.lifetime.name}: ${w.bounds.map((l) => l.name).join(' + ')}`;
  const forPart = w.forLifetimes.length > 0 ? `for<${w.forLifetimes.map((l) => l.name).join(', ')}> ` : '';
  return `${forPart}${ty(w.ty)}: ${bounds(w.bounds)}`;
}

// ---------------------------------------------------------------------------------------------
// Types

function ty(t: TypeExpr): string {
  switch (t.kind) {
    case 'path':
      return qpath(t.qself, t.path, 'type');
    case 'ref':
      return `&${t.lifetime === null ? '' : t.lifetime.name + ' '}${t.mut ? 'mut ' : ''}${ty(t.inner)}`;
    case 'ptr':
      return `*${t.mut ? 'mut' : 'const'} ${ty(t.inner)}`;
    case 'slice':
      return `[${ty(t.elem)}]`;
    case 'array':
      return `[${ty(t.elem)}; ${printExpr(t.len)}]`;
    case 'tuple':
      return t.elems.length === 1 ? `(${ty(t.elems[0]!)},)` : `(${t.elems.map(ty).join(', ')})`;
    case 'fn': {
      const forPart = t.forLifetimes.length > 0 ? `for<${t.forLifetimes.map((l) => l.name).join(', ')}> ` : '';
      const inputs = t.inputs.map(ty);
      if (t.variadic) inputs.push('...');
      return `${forPart}${t.unsafe ? 'unsafe ' : ''}${t.abi === null ? '' : `extern ${quoteRust(t.abi)} `}fn(${inputs.join(', ')})${t.output === null ? '' : ' -> ' + ty(t.output)}`;
    }
    case 'never':
      return '!';
    case 'infer':
      return '_';
    case 'implTrait':
      return `impl ${bounds(t.bounds)}`;
    case 'dynTrait':
      return t.bare ? bounds(t.bounds) : `dyn ${bounds(t.bounds)}`;
    case 'paren':
      return `(${ty(t.inner)})`;
    case 'macro':
      return mac(t.mac);
    case 'err':
      return '_';
    default:
      return assertNever(t);
  }
}

// ---------------------------------------------------------------------------------------------
// Patterns

function pat(p: Pat): string {
  switch (p.kind) {
    case 'wild':
      return '_';
    case 'ident':
      return `${p.byRef ? 'ref ' : ''}${p.mut ? 'mut ' : ''}${identName(p.name.name)}${p.sub === null ? '' : ' @ ' + pat(p.sub)}`;
    case 'lit':
      return printExpr(p.expr);
    case 'range': {
      const lo = p.lo === null ? '' : printExpr(p.lo);
      const hi = p.hi === null ? '' : printExpr(p.hi);
      return `${lo}${p.inclusive ? '..=' : '..'}${hi}`;
    }
    case 'tuple':
      return p.elems.length === 1 && p.elems[0]!.kind !== 'rest' ? `(${pat(p.elems[0]!)},)` : `(${p.elems.map(pat).join(', ')})`;
    case 'tupleStruct':
      return `${qpath(p.qself, p.path, 'expr')}(${p.elems.map(pat).join(', ')})`;
    case 'struct': {
      const fields = p.fields.map((f) => f.attrs.map((a) => attr(a) + ' ').join('') + (f.shorthand ? pat(f.pat) : `${nm(f.name.name)}: ${pat(f.pat)}`));
      if (p.rest) fields.push('..');
      return `${qpath(p.qself, p.path, 'expr')} { ${fields.join(', ')} }`;
    }
    case 'path':
      return qpath(p.qself, p.path, 'expr');
    case 'ref':
      return `&${p.mut ? 'mut ' : ''}${refInner(pat(p.inner))}`;
    case 'box':
      return `box ${pat(p.inner)}`;
    case 'slice':
      return `[${p.elems.map(pat).join(', ')}]`;
    case 'rest':
      return '..';
    case 'or':
      return p.alts.map(pat).join(' | ');
    case 'paren':
      return `(${pat(p.inner)})`;
    case 'macro':
      return mac(p.mac);
    case 'err':
      return '_';
    default:
      return assertNever(p);
  }
}

/** `& &x` must not print as `&&x` only when it matters; `&&` is split by the parser, so either is fine. */
function refInner(s: string): string {
  return s;
}

function identName(n: string): string {
  return nm(n);
}

const PATH_KW = new Set(['self', 'Self', 'super', 'crate']);

/** Names that are keywords were written as raw identifiers (`r#type`). */
function nm(n: string): string {
  return isKeywordText(n, 2021) && !PATH_KW.has(n) ? 'r#' + n : n;
}

// ---------------------------------------------------------------------------------------------
// Literals

function lit(l: Lit): string {
  switch (l.kind) {
    case 'int':
      return `${l.value}${l.suffix ?? ''}`;
    case 'float': {
      let s = String(l.value);
      if (!/[.e]/.test(s)) s += '.0';
      if (s.includes('e') && !s.includes('.')) s = s.replace('e', '.0e');
      return s + (l.suffix ?? '');
    }
    case 'str':
      return l.raw ? rawQuote('r', l.value) : quoteRust(l.value);
    case 'byteStr':
      return l.raw ? rawQuote('br', latin1(l.value)) : 'b' + quoteBytes(l.value, '"');
    case 'cStr':
      return l.raw ? rawQuote('cr', new TextDecoder().decode(l.value)) : 'c' + quoteRust(new TextDecoder().decode(l.value));
    case 'char':
      return quoteChar(l.value);
    case 'byte':
      return 'b' + quoteBytes(Uint8Array.of(l.value), "'");
    case 'bool':
      return l.value ? 'true' : 'false';
    default:
      return assertNever(l);
  }
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += String.fromCharCode(x);
  return s;
}

function rawQuote(prefix: string, s: string): string {
  let hashes = 0;
  while (s.includes('"' + '#'.repeat(hashes))) hashes++;
  const h = '#'.repeat(hashes);
  return `${prefix}${h}"${s}"${h}`;
}

function quoteBytes(b: Uint8Array, q: string): string {
  let out = q;
  for (const x of b) {
    if (x === 0x22 && q === '"') out += '\\"';
    else if (x === 0x27 && q === "'") out += "\\'";
    else if (x === 0x5c) out += '\\\\';
    else if (x >= 0x20 && x < 0x7f) out += String.fromCharCode(x);
    else out += '\\x' + x.toString(16).padStart(2, '0');
  }
  return out + q;
}

function quoteChar(c: string): string {
  if (c === "'") return "'\\''";
  const s = quoteRust(c);
  return `'${s.slice(1, -1).replace(/\\"/g, '"')}'`;
}

// ---------------------------------------------------------------------------------------------
// Expressions

function exprStr(e: Expr, w: W): string {
  const sub: W = { out: [], indent: w.indent };
  expr(sub, e);
  return sub.out.join('');
}

function expr(w: W, e: Expr): void {
  switch (e.kind) {
    case 'lit':
      emit(w, lit(e.lit));
      return;
    case 'path':
      emit(w, qpath(e.qself, e.path, 'expr'));
      return;
    case 'unary':
      emit(w, e.op === 'neg' ? '-' : e.op === 'not' ? '!' : '*');
      expr(w, e.operand);
      return;
    case 'binary': {
      // Left spines of long operator chains print in a loop.
      const spine: (Expr & { kind: 'binary' })[] = [];
      let cur: Expr = e;
      while (cur.kind === 'binary') {
        spine.push(cur);
        cur = cur.lhs;
      }
      expr(w, cur);
      for (let i = spine.length - 1; i >= 0; i--) {
        const b = spine[i]!;
        emit(w, ` ${b.op} `);
        expr(w, b.rhs);
      }
      return;
    }
    case 'assign':
      expr(w, e.lhs);
      emit(w, ' = ');
      expr(w, e.rhs);
      return;
    case 'assignOp':
      expr(w, e.lhs);
      emit(w, ` ${e.op} `);
      expr(w, e.rhs);
      return;
    case 'ref':
      emit(w, e.raw ? (e.mut ? '&raw mut ' : '&raw const ') : e.mut ? '&mut ' : '&');
      expr(w, e.operand);
      return;
    case 'call':
    case 'methodCall':
    case 'field':
    case 'index':
    case 'try':
    case 'await':
      postfixChain(w, e);
      return;
    case 'tuple':
      emit(w, '(');
      commaList(w, e.elems);
      if (e.elems.length === 1) emit(w, ',');
      emit(w, ')');
      return;
    case 'array':
      emit(w, '[');
      commaList(w, e.elems);
      emit(w, ']');
      return;
    case 'repeat':
      emit(w, '[');
      expr(w, e.elem);
      emit(w, '; ');
      expr(w, e.count);
      emit(w, ']');
      return;
    case 'struct': {
      emit(w, qpath(e.qself, e.path, 'expr') + ' { ');
      let first = true;
      for (const f of e.fields) {
        if (!first) emit(w, ', ');
        first = false;
        for (const a of f.attrs) emit(w, attr(a) + ' ');
        if (f.shorthand) emit(w, nm(f.name.name));
        else {
          emit(w, nm(f.name.name) + ': ');
          expr(w, f.expr);
        }
      }
      if (e.base !== null || e.rest) {
        if (!first) emit(w, ', ');
        emit(w, '..');
        if (e.base !== null) expr(w, e.base);
      }
      emit(w, ' }');
      return;
    }
    case 'block': {
      if (e.label !== null) emit(w, e.label.name + ': ');
      const flavor = e.flavor === 'normal' ? '' : e.flavor === 'asyncMove' ? 'async move ' : e.flavor + ' ';
      emit(w, flavor);
      block(w, e.block);
      return;
    }
    case 'if': {
      emit(w, 'if ');
      expr(w, e.cond);
      emit(w, ' ');
      block(w, e.then);
      if (e.else !== null) {
        emit(w, ' else ');
        expr(w, e.else);
      }
      return;
    }
    case 'let':
      emit(w, 'let ' + pat(e.pat) + ' = ');
      expr(w, e.scrutinee);
      return;
    case 'while':
      if (e.label !== null) emit(w, e.label.name + ': ');
      emit(w, 'while ');
      expr(w, e.cond);
      emit(w, ' ');
      block(w, e.body);
      return;
    case 'loop':
      if (e.label !== null) emit(w, e.label.name + ': ');
      emit(w, 'loop ');
      block(w, e.body);
      return;
    case 'for':
      if (e.label !== null) emit(w, e.label.name + ': ');
      emit(w, `for ${pat(e.pat)} in `);
      expr(w, e.iter);
      emit(w, ' ');
      block(w, e.body);
      return;
    case 'match': {
      emit(w, 'match ');
      expr(w, e.scrutinee);
      emit(w, ' {\n');
      w.indent++;
      for (const a of e.arms) {
        for (const at of a.attrs) line(w, attr(at));
        startLine(w);
        emit(w, pat(a.pat));
        if (a.guard !== null) {
          emit(w, ' if ');
          expr(w, a.guard);
        }
        emit(w, ' => ');
        expr(w, a.body);
        emit(w, ',\n');
      }
      w.indent--;
      startLine(w);
      emit(w, '}');
      return;
    }
    case 'closure': {
      if (e.async) emit(w, 'async ');
      if (e.move) emit(w, 'move ');
      const params = e.params.map((cp) => cp.attrs.map((a) => attr(a) + ' ').join('') + pat(cp.pat) + (cp.ty === null ? '' : ': ' + ty(cp.ty)));
      emit(w, `|${params.join(', ')}| `);
      if (e.ret !== null) emit(w, `-> ${ty(e.ret)} `);
      expr(w, e.body);
      return;
    }
    case 'break':
      emit(w, 'break');
      if (e.label !== null) emit(w, ' ' + e.label.name);
      if (e.value !== null) {
        emit(w, ' ');
        expr(w, e.value);
      }
      return;
    case 'continue':
      emit(w, 'continue' + (e.label === null ? '' : ' ' + e.label.name));
      return;
    case 'return':
      emit(w, 'return');
      if (e.value !== null) {
        emit(w, ' ');
        expr(w, e.value);
      }
      return;
    case 'range':
      if (e.lo !== null) expr(w, e.lo);
      emit(w, e.inclusive ? '..=' : '..');
      if (e.hi !== null) expr(w, e.hi);
      return;
    case 'cast':
      expr(w, e.operand);
      emit(w, ' as ' + ty(e.ty));
      return;
    case 'paren':
      emit(w, '(');
      expr(w, e.inner);
      emit(w, ')');
      return;
    case 'macro':
      emit(w, mac(e.mac));
      return;
    case 'err':
      emit(w, '()');
      return;
    default:
      assertNever(e);
  }
}

type Postfix = Expr & { kind: 'call' | 'methodCall' | 'field' | 'index' | 'try' | 'await' };

function isPostfix(e: Expr): e is Postfix {
  return e.kind === 'call' || e.kind === 'methodCall' || e.kind === 'field' || e.kind === 'index' || e.kind === 'try' || e.kind === 'await';
}

/** `a.b().c[0]?` — the chain is collected first so long chains print without deep recursion. */
function postfixChain(w: W, e: Postfix): void {
  const spine: Postfix[] = [];
  let cur: Expr = e;
  while (isPostfix(cur)) {
    spine.push(cur);
    cur = cur.kind === 'call' ? cur.callee : cur.kind === 'methodCall' ? cur.receiver : cur.kind === 'field' || cur.kind === 'index' ? cur.base : cur.operand;
  }
  expr(w, cur);
  for (let i = spine.length - 1; i >= 0; i--) {
    const s = spine[i]!;
    switch (s.kind) {
      case 'call':
        emit(w, '(');
        commaList(w, s.args);
        emit(w, ')');
        break;
      case 'methodCall':
        emit(w, `.${nm(s.method.name)}${s.turbofish === null ? '' : genericArgs(s.turbofish, 'expr')}(`);
        commaList(w, s.args);
        emit(w, ')');
        break;
      case 'field':
        // A tuple index after an integer literal base would lex as a float: `1 .0`.
        emit(w, (cur.kind === 'lit' && i === spine.length - 1 && /^[0-9]/.test(nm(s.name.name)) ? ' .' : '.') + nm(s.name.name));
        break;
      case 'index':
        emit(w, '[');
        expr(w, s.index);
        emit(w, ']');
        break;
      case 'try':
        emit(w, '?');
        break;
      case 'await':
        emit(w, '.await');
        break;
      default:
        assertNever(s);
    }
  }
}

function commaList(w: W, es: readonly Expr[]): void {
  es.forEach((x, i) => {
    if (i > 0) emit(w, ', ');
    expr(w, x);
  });
}

// ---------------------------------------------------------------------------------------------
// Blocks and statements

function block(w: W, b: Block): void {
  if (b.stmts.length === 0 && b.tail === null) {
    emit(w, '{}');
    return;
  }
  emit(w, '{\n');
  w.indent++;
  for (const s of b.stmts) stmt(w, s);
  if (b.tail !== null) {
    startLine(w);
    expr(w, b.tail);
    emit(w, '\n');
  }
  w.indent--;
  startLine(w);
  emit(w, '}');
}

function stmt(w: W, s: Stmt): void {
  switch (s.kind) {
    case 'let': {
      for (const a of s.attrs) line(w, attr(a));
      startLine(w);
      emit(w, 'let ' + pat(s.pat));
      if (s.ty !== null) emit(w, ': ' + ty(s.ty));
      if (s.init !== null) {
        emit(w, ' = ');
        expr(w, s.init);
      }
      if (s.else !== null) {
        emit(w, ' else ');
        block(w, s.else);
      }
      emit(w, ';\n');
      return;
    }
    case 'item':
      item(w, s.item);
      return;
    case 'expr':
      startLine(w);
      expr(w, s.expr);
      emit(w, s.semi ? ';\n' : '\n');
      return;
    case 'empty':
      line(w, ';');
      return;
    default:
      assertNever(s);
  }
}

// ---------------------------------------------------------------------------------------------
// Items

function vis(v: Visibility): string {
  switch (v.kind) {
    case 'inherited':
      return '';
    case 'pub':
      return 'pub ';
    case 'crate':
      return 'pub(crate) ';
    case 'restricted': {
      const p = path(v.path, 'mod');
      return p === 'self' || p === 'super' ? `pub(${p}) ` : `pub(in ${p}) `;
    }
    default:
      return assertNever(v);
  }
}

function fields(fs: readonly FieldDef[]): string {
  return fs.map((f) => f.attrs.map((a) => attr(a) + ' ').join('') + vis(f.vis) + (f.name === null ? '' : nm(f.name.name) + ': ') + ty(f.ty)).join(', ');
}

function variantData(d: VariantData): string {
  switch (d.kind) {
    case 'named':
      return ` { ${fields(d.fields)} }`;
    case 'tuple':
      return `(${fields(d.fields)})`;
    case 'unit':
      return '';
    default:
      return assertNever(d);
  }
}

function fnSig(name: string, g: Generics, sig: FnSig): string {
  const q = sig.qualifiers;
  const quals = `${q.const ? 'const ' : ''}${q.async ? 'async ' : ''}${q.unsafe ? 'unsafe ' : ''}${q.abi === null ? '' : `extern ${quoteRust(q.abi)} `}`;
  const params: string[] = [];
  const sp = sig.selfParam;
  if (sp !== null) {
    if (sp.kind === 'value') params.push(sp.mut ? 'mut self' : 'self');
    else if (sp.kind === 'ref') params.push(`&${sp.lifetime === null ? '' : sp.lifetime.name + ' '}${sp.mut ? 'mut ' : ''}self`);
    else params.push(`${sp.mut ? 'mut ' : ''}self: ${ty(sp.ty)}`);
  }
  for (const p of sig.params) params.push(p.attrs.map((a) => attr(a) + ' ').join('') + `${pat(p.pat)}: ${ty(p.ty)}`);
  if (sig.variadic) params.push('...');
  return `${quals}fn ${name}${genericParams(g)}(${params.join(', ')})${sig.ret === null ? '' : ' -> ' + ty(sig.ret)}${whereClause(g)}`;
}

function useTree(t: UseTree): string {
  switch (t.kind) {
    case 'simple':
      return path(t.path, 'mod') + (t.rename === null ? '' : ` as ${t.rename.name}`);
    case 'glob': {
      const p = path(t.prefix, 'mod');
      return p === '' ? (t.prefix.global ? '::*' : '*') : `${p}::*`;
    }
    case 'nested': {
      const p = path(t.prefix, 'mod');
      const inner = `{${t.trees.map(useTree).join(', ')}}`;
      return p === '' ? (t.prefix.global ? '::' + inner : inner) : `${p}::${inner}`;
    }
    default:
      return assertNever(t);
  }
}

function items(w: W, its: readonly Item[]): void {
  for (const it of its) item(w, it);
}

function item(w: W, it: Item): void {
  for (const a of it.attrs) line(w, attr(a));
  startLine(w);
  const v = vis(it.vis);
  switch (it.kind) {
    case 'fn':
      emit(w, v + fnSig(nm(it.name.name), it.generics, it.sig));
      if (it.body === null) emit(w, ';');
      else {
        emit(w, ' ');
        block(w, it.body);
      }
      emit(w, '\n');
      return;
    case 'struct':
      if (it.data.kind === 'named') emit(w, `${v}struct ${nm(it.name.name)}${genericParams(it.generics)}${whereClause(it.generics)}${variantData(it.data)}\n`);
      else emit(w, `${v}struct ${nm(it.name.name)}${genericParams(it.generics)}${variantData(it.data)}${whereClause(it.generics)};\n`);
      return;
    case 'union':
      emit(w, `${v}union ${nm(it.name.name)}${genericParams(it.generics)}${whereClause(it.generics)} { ${fields(it.fields)} }\n`);
      return;
    case 'enum': {
      emit(w, `${v}enum ${nm(it.name.name)}${genericParams(it.generics)}${whereClause(it.generics)} {\n`);
      w.indent++;
      for (const va of it.variants) {
        for (const a of va.attrs) line(w, attr(a));
        startLine(w);
        emit(w, nm(va.name.name) + variantData(va.data));
        if (va.discriminant !== null) {
          emit(w, ' = ');
          expr(w, va.discriminant);
        }
        emit(w, ',\n');
      }
      w.indent--;
      line(w, '}');
      return;
    }
    case 'trait': {
      const supers = it.supertraits.length > 0 ? ': ' + bounds(it.supertraits) : '';
      emit(w, `${v}${it.unsafe ? 'unsafe ' : ''}${it.auto ? 'auto ' : ''}trait ${nm(it.name.name)}${genericParams(it.generics)}${supers}${whereClause(it.generics)} {\n`);
      w.indent++;
      items(w, it.items);
      w.indent--;
      line(w, '}');
      return;
    }
    case 'impl': {
      const traitPart = it.trait === null ? '' : `${it.negative ? '!' : ''}${path(it.trait, 'type')} for `;
      emit(w, `${v}${it.unsafe ? 'unsafe ' : ''}impl${genericParams(it.generics)} ${traitPart}${ty(it.selfTy)}${whereClause(it.generics)} {\n`);
      w.indent++;
      items(w, it.items);
      w.indent--;
      line(w, '}');
      return;
    }
    case 'typeAlias':
      emit(w, `${v}type ${nm(it.name.name)}${genericParams(it.generics)}${it.bounds.length > 0 ? ': ' + bounds(it.bounds) : ''}${whereClause(it.generics)}${it.ty === null ? '' : ' = ' + ty(it.ty)};\n`);
      return;
    case 'const':
      emit(w, `${v}const ${nm(it.name.name)}${it.ty === null ? '' : ': ' + ty(it.ty)}${it.expr === null ? '' : ' = ' + exprStr(it.expr, w)};\n`);
      return;
    case 'static':
      emit(w, `${v}static ${it.mut ? 'mut ' : ''}${nm(it.name.name)}: ${ty(it.ty)}${it.expr === null ? '' : ' = ' + exprStr(it.expr, w)};\n`);
      return;
    case 'use':
      emit(w, `${v}use ${useTree(it.tree)};\n`);
      return;
    case 'mod':
      if (it.items === null) {
        emit(w, `${v}mod ${nm(it.name.name)};\n`);
        return;
      }
      emit(w, `${v}mod ${nm(it.name.name)} {\n`);
      w.indent++;
      for (const a of it.innerAttrs) line(w, attr(a));
      items(w, it.items);
      w.indent--;
      line(w, '}');
      return;
    case 'externCrate':
      emit(w, `${v}extern crate ${nm(it.name.name)}${it.rename === null ? '' : ' as ' + it.rename.name};\n`);
      return;
    case 'externBlock':
      emit(w, `${v}${it.unsafe ? 'unsafe ' : ''}extern ${it.abi === null ? '' : quoteRust(it.abi) + ' '}{\n`);
      w.indent++;
      items(w, it.items);
      w.indent--;
      line(w, '}');
      return;
    case 'macroRules':
      emit(w, `${v}macro_rules! ${nm(it.name.name)} {${trees(it.body)}}\n`);
      return;
    case 'macroCall':
      emit(w, `${v}${mac(it.mac)}${it.mac.delim === '{' ? '' : ';'}\n`);
      return;
    case 'err':
      emit(w, '\n');
      return;
    default:
      assertNever(it);
  }
}
