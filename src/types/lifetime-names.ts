import type { Block, Expr, GenericArgs, GenericBound, Generics, Item, Lifetime, MacroExpansion, Pat, Path, Stmt, TypeExpr } from '../syntax/ast.js';
import type { Span } from '../syntax/span.js';
import { assertNever } from '../util/assert.js';
import type { Diagnostic } from '../util/diagnostic.js';
import { msg } from './messages.js';

/**
 * Lifetime names in scope: an item's own (and its impl's or trait's) parameters, `for<'a>`
 * binders. `outer` holds the names of enclosing items, which a nested item cannot use (E0401).
 */
interface Scope {
  /** Each name with the span that declared it. */
  readonly names: ReadonlyMap<string, Span>;
  readonly outer: ReadonlySet<string>;
}

const EMPTY: Scope = { names: new Map(), outer: new Set() };

interface GenericScope {
  readonly types: ReadonlySet<string>;
  readonly consts: ReadonlySet<string>;
  /** `Self` names a type with generic parameters (a trait's `Self`, a generic ADT or impl). */
  readonly selfGeneric: boolean;
}

const NO_GENERICS: GenericScope = { types: new Set(), consts: new Set(), selfGeneric: false };

function withNames(s: Scope, names: readonly Lifetime[]): Scope {
  if (names.length === 0) return s;
  const m = new Map(s.names);
  for (const l of names) m.set(l.name, l.span);
  return { names: m, outer: s.outer };
}

function generics(g: Generics): Lifetime[] {
  return g.params.flatMap((p) => (p.kind === 'lifetime' ? [p.lifetime] : []));
}

/**
 * Keywords a lifetime may not be named after (rustc's `is_reserved` less `'static` and `'_`): the
 * strict and reserved keywords of every edition. The edition-2018 ones (`async`, `await`, `dyn`,
 * `try`) are left out because the edition is not known here.
 */
const KEYWORDS: ReadonlySet<string> = new Set([
  'as', 'break', 'const', 'continue', 'crate', 'else', 'enum', 'extern', 'false', 'fn', 'for', 'if', 'impl', 'in', 'let', 'loop', 'match', 'mod', 'move', 'mut', 'pub', 'ref', 'return', 'self', 'Self', 'struct', 'super', 'trait', 'true', 'type', 'unsafe', 'use', 'where', 'while',
  'abstract', 'become', 'box', 'do', 'final', 'macro', 'override', 'priv', 'typeof', 'unsized', 'virtual', 'yield',
]);

/**
 * E0261 (a lifetime used but never declared) and E0401 (a nested item using an enclosing item's
 * lifetime), found syntactically over the whole crate as rustc's resolver does.
 */
export function checkLifetimeNames(items: readonly Item[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  /** The generic parameters in scope, for the uses anonymous constants may not make of them. */
  let gp: GenericScope = NO_GENERICS;
  const keyword = (lt: Lifetime): void => {
    if (KEYWORDS.has(lt.name.slice(1))) out.push(msg.keywordLifetime(lt.span));
  };
  /** A `for<'a>` binder: its names may not shadow lifetimes in scope (E0496). */
  const binder = (s: Scope, lts: readonly Lifetime[]): Scope => {
    const seen = new Map<string, Span>();
    for (const lt of lts) {
      keyword(lt);
      const first = seen.get(lt.name);
      if (first) out.push(msg.dupGenericParam(lt.span, first, lt.name));
      else seen.set(lt.name, lt.span);
      const outer = s.names.get(lt.name);
      if (outer !== undefined) out.push(msg.shadowedLifetime(lt.span, lt.name, outer));
    }
    return withNames(s, lts);
  };
  const lifetime = (s: Scope, lt: Lifetime): void => {
    keyword(lt);
    if (lt.name === "'static" || lt.name === "'_" || s.names.has(lt.name)) return;
    out.push(s.outer.has(lt.name) ? msg.outerLifetime(lt.span, lt.name) : msg.undeclaredLifetime(lt.span, lt.name));
  };
  const args = (s: Scope, a: GenericArgs | null): void => {
    if (!a) return;
    if (a.kind === 'paren') {
      a.inputs.forEach((t) => ty(s, t));
      if (a.output) ty(s, a.output);
      return;
    }
    for (const x of a.args) {
      switch (x.kind) {
        case 'lifetime': lifetime(s, x.lifetime); break;
        case 'type': ty(s, x.ty); break;
        case 'const': expr(s, x.expr); break;
        case 'binding': args(s, x.args); ty(s, x.ty); break;
        case 'constraint': x.bounds.forEach((b) => bound(s, b)); break;
        default: assertNever(x);
      }
    }
  };
  const path = (s: Scope, p: Path): void => {
    for (const seg of p.segments) args(s, seg.args);
  };
  const bound = (s: Scope, b: GenericBound): void => {
    if (b.kind === 'lifetime') lifetime(s, b.lifetime);
    else path(binder(s, b.forLifetimes), b.path);
  };
  const ty = (s: Scope, t: TypeExpr): void => {
    switch (t.kind) {
      case 'path': if (t.qself) ty(s, t.qself.ty); path(s, t.path); return;
      case 'ref': if (t.lifetime) lifetime(s, t.lifetime); ty(s, t.inner); return;
      case 'ptr': case 'paren': ty(s, t.inner); return;
      case 'slice': ty(s, t.elem); return;
      case 'array': ty(s, t.elem); expr(s, t.len); anonConst(s, t.len); return;
      case 'tuple': t.elems.forEach((e) => ty(s, e)); return;
      case 'fn': {
        const inner = binder(s, t.forLifetimes);
        t.inputs.forEach((i) => ty(inner, i));
        if (t.output) ty(inner, t.output);
        return;
      }
      case 'implTrait': case 'dynTrait': t.bounds.forEach((b) => bound(s, b)); return;
      case 'never': case 'infer': case 'macro': case 'err': return;
      default: assertNever(t);
    }
  };
  const genericsIn = (s: Scope, g: Generics): void => {
    for (const p of g.params) {
      if (p.kind === 'lifetime') p.bounds.forEach((b) => lifetime(s, b));
      else if (p.kind === 'type') {
        p.bounds.forEach((b) => bound(s, b));
        if (p.default) ty(s, p.default);
      } else ty(s, p.ty);
    }
    for (const w of g.where) {
      if (w.kind === 'region') {
        lifetime(s, w.lifetime);
        w.bounds.forEach((b) => lifetime(s, b));
      } else {
        const inner = binder(s, w.forLifetimes);
        ty(inner, w.ty);
        w.bounds.forEach((b) => bound(inner, b));
      }
    }
  };
  const pat = (s: Scope, p: Pat): void => {
    switch (p.kind) {
      case 'tupleStruct': if (p.qself) ty(s, p.qself.ty); path(s, p.path); p.elems.forEach((e) => pat(s, e)); return;
      case 'struct': if (p.qself) ty(s, p.qself.ty); path(s, p.path); p.fields.forEach((f) => pat(s, f.pat)); return;
      case 'path': if (p.qself) ty(s, p.qself.ty); path(s, p.path); return;
      case 'tuple': case 'slice': p.elems.forEach((e) => pat(s, e)); return;
      case 'or': p.alts.forEach((e) => pat(s, e)); return;
      case 'ref': case 'box': case 'paren': pat(s, p.inner); return;
      case 'ident': if (p.sub) pat(s, p.sub); return;
      case 'wild': case 'lit': case 'range': case 'rest': case 'macro': case 'err': return;
      default: assertNever(p);
    }
  };
  const block = (s: Scope, b: Block): void => {
    b.stmts.forEach((st) => stmt(s, st));
    if (b.tail) expr(s, b.tail);
  };
  const stmt = (s: Scope, st: Stmt): void => {
    switch (st.kind) {
      case 'let':
        pat(s, st.pat);
        if (st.ty) ty(s, st.ty);
        if (st.init) expr(s, st.init);
        if (st.else) block(s, st.else);
        return;
      case 'item': {
        const saved = gp;
        gp = NO_GENERICS;
        item({ names: new Map(), outer: new Set([...s.outer, ...s.names.keys()]) }, st.item);
        gp = saved;
        return;
      }
      case 'expr': expr(s, st.expr); return;
      case 'empty': return;
      default: assertNever(st);
    }
  };
  const opt = (s: Scope, e: Expr | null): void => {
    if (e) expr(s, e);
  };
  const expansion = (s: Scope, m: MacroExpansion): void => {
    switch (m.kind) {
      case 'format': opt(s, m.dest); m.args.forEach((a) => expr(s, a.expr)); return;
      case 'vec': m.elems.forEach((e) => expr(s, e)); return;
      case 'vecRepeat': expr(s, m.elem); expr(s, m.count); return;
      case 'assert': expr(s, m.cond); if (m.message) expansion(s, m.message); return;
      case 'assertCmp': expr(s, m.left); expr(s, m.right); if (m.message) expansion(s, m.message); return;
      case 'matches': expr(s, m.scrutinee); pat(s, m.pat); opt(s, m.guard); return;
      case 'dbg': m.args.forEach((e) => expr(s, e)); return;
      case 'expr': expr(s, m.expr); return;
      default: assertNever(m);
    }
  };
  const expr = (s: Scope, e: Expr): void => {
    switch (e.kind) {
      case 'lit': case 'continue': case 'err': return;
      case 'path': if (e.qself) ty(s, e.qself.ty); path(s, e.path); return;
      case 'unary': case 'ref': case 'try': case 'await': expr(s, e.operand); return;
      case 'cast': expr(s, e.operand); ty(s, e.ty); return;
      case 'binary': case 'assign': case 'assignOp': expr(s, e.lhs); expr(s, e.rhs); return;
      case 'call': expr(s, e.callee); e.args.forEach((a) => expr(s, a)); return;
      case 'methodCall': expr(s, e.receiver); args(s, e.turbofish); e.args.forEach((a) => expr(s, a)); return;
      case 'field': expr(s, e.base); return;
      case 'index': expr(s, e.base); expr(s, e.index); return;
      case 'tuple': case 'array': e.elems.forEach((x) => expr(s, x)); return;
      case 'repeat': expr(s, e.elem); expr(s, e.count); return;
      case 'struct': if (e.qself) ty(s, e.qself.ty); path(s, e.path); e.fields.forEach((f) => expr(s, f.expr)); opt(s, e.base); return;
      case 'block': block(s, e.block); return;
      case 'if': expr(s, e.cond); block(s, e.then); opt(s, e.else); return;
      case 'let': pat(s, e.pat); expr(s, e.scrutinee); return;
      case 'while': expr(s, e.cond); block(s, e.body); return;
      case 'loop': block(s, e.body); return;
      case 'for': pat(s, e.pat); expr(s, e.iter); block(s, e.body); return;
      case 'match': expr(s, e.scrutinee); for (const a of e.arms) { pat(s, a.pat); opt(s, a.guard); expr(s, a.body); } return;
      case 'closure':
        for (const p of e.params) { pat(s, p.pat); if (p.ty) ty(s, p.ty); }
        if (e.ret) ty(s, e.ret);
        expr(s, e.body);
        return;
      case 'break': case 'return': opt(s, e.value); return;
      case 'range': opt(s, e.lo); opt(s, e.hi); return;
      case 'paren': expr(s, e.inner); return;
      case 'macro': if (e.expansion) expansion(s, e.expansion); return;
      default: assertNever(e);
    }
  };
  /** E0403 (a name declared twice), E0262 (`'static` declared), E0496 (an enclosing item's lifetime redeclared). */
  const params = (parent: Scope, g: Generics, nested: boolean): void => {
    const seen = new Map<string, Span>();
    for (const p of g.params) {
      const name = p.kind === 'lifetime' ? p.lifetime.name : p.name.name;
      const span = p.kind === 'lifetime' ? p.lifetime.span : p.name.span;
      const first = seen.get(name);
      if (first) out.push(msg.dupGenericParam(span, first, name));
      else seen.set(name, span);
      if (p.kind !== 'lifetime') continue;
      keyword(p.lifetime);
      const outer = nested ? parent.names.get(name) : undefined;
      if (name === "'static") out.push(msg.staticLifetimeParam(span));
      else if (outer !== undefined) out.push(msg.shadowedLifetime(span, name, outer));
    }
  };
  /**
   * An array length in a type is an anonymous constant: without `generic_const_exprs` it may not
   * use the enclosing item's type parameters, non-`'static` lifetimes, a generic `Self`, nor a
   * const parameter other than as the whole expression (rustc's resolver reports each use).
   */
  const anonConst = (s: Scope, e: Expr): void => {
    let bare: Expr = e;
    while (bare.kind === 'paren' || (bare.kind === 'block' && bare.block.stmts.length === 0 && bare.block.tail !== null)) bare = bare.kind === 'paren' ? bare.inner : bare.block.tail!;
    if (bare.kind === 'path' && bare.qself === null && bare.path.segments.length === 1 && gp.consts.has(bare.path.segments[0]!.ident.name)) return;
    const seen = new Set<number>();
    const use = (span: Span, name: string, what: 'type' | 'lifetime' | 'const'): void => {
      if (seen.has(span.lo)) return;
      seen.add(span.lo);
      out.push(msg.genericInConst(span, name, what));
    };
    const inTy = (t: TypeExpr): void => {
      switch (t.kind) {
        case 'path': {
          if (t.qself) inTy(t.qself.ty);
          const first = t.path.segments[0]!.ident;
          if (!t.path.global && t.path.segments.length >= 1 && t.qself === null) {
            if (gp.types.has(first.name)) use(first.span, first.name, 'type');
            else if (first.name === 'Self' && gp.selfGeneric) out.push(msg.genericSelfInConst(first.span));
          }
          t.path.segments.forEach((sg) => inArgs(sg.args));
          return;
        }
        case 'ref': if (t.lifetime && s.names.has(t.lifetime.name)) use(t.lifetime.span, t.lifetime.name, 'lifetime'); inTy(t.inner); return;
        case 'ptr': case 'paren': inTy(t.inner); return;
        case 'slice': case 'array': inTy(t.elem); return;
        case 'tuple': t.elems.forEach(inTy); return;
        default: return;
      }
    };
    const inArgs = (a: GenericArgs | null): void => {
      if (!a || a.kind !== 'angle') return;
      for (const x of a.args) {
        if (x.kind === 'type') inTy(x.ty);
        else if (x.kind === 'lifetime' && s.names.has(x.lifetime.name)) use(x.lifetime.span, x.lifetime.name, 'lifetime');
      }
    };
    const inExpr = (x: Expr): void => {
      switch (x.kind) {
        case 'path': {
          if (x.qself) inTy(x.qself.ty);
          const first = x.path.segments[0]!.ident;
          if (!x.path.global && x.qself === null) {
            if (gp.types.has(first.name)) use(first.span, first.name, 'type');
            else if (gp.consts.has(first.name) && x.path.segments.length === 1) use(first.span, first.name, 'const');
            else if (first.name === 'Self' && gp.selfGeneric) out.push(msg.genericSelfInConst(first.span));
          }
          x.path.segments.forEach((sg) => inArgs(sg.args));
          return;
        }
        case 'call': inExpr(x.callee); x.args.forEach(inExpr); return;
        case 'methodCall': inExpr(x.receiver); inArgs(x.turbofish); x.args.forEach(inExpr); return;
        case 'binary': inExpr(x.lhs); inExpr(x.rhs); return;
        case 'unary': case 'ref': inExpr(x.operand); return;
        case 'cast': inExpr(x.operand); inTy(x.ty); return;
        case 'paren': inExpr(x.inner); return;
        case 'block': x.block.stmts.forEach((st) => { if (st.kind === 'expr') inExpr(st.expr); }); if (x.block.tail) inExpr(x.block.tail); return;
        case 'index': inExpr(x.base); inExpr(x.index); return;
        case 'field': inExpr(x.base); return;
        case 'tuple': case 'array': x.elems.forEach(inExpr); return;
        default: return;
      }
    };
    inExpr(e);
  };
  const item = (parent: Scope, it: Item): void => {
    const savedGp = gp;
    if (it.kind === 'mod') gp = NO_GENERICS;
    else if ('generics' in it) {
      const own = it.generics.params;
      gp = {
        types: new Set([...gp.types, ...own.flatMap((p) => (p.kind === 'type' ? [p.name.name] : []))]),
        consts: new Set([...gp.consts, ...own.flatMap((p) => (p.kind === 'const' ? [p.name.name] : []))]),
        selfGeneric: it.kind === 'trait' || ((it.kind === 'impl' || it.kind === 'struct' || it.kind === 'enum' || it.kind === 'union') && own.length > 0) || (it.kind !== 'impl' && it.kind !== 'struct' && it.kind !== 'enum' && it.kind !== 'union' && gp.selfGeneric),
      };
    }
    try {
      itemInner(parent, it);
    } finally {
      gp = savedGp;
    }
  };
  const itemInner = (parent: Scope, it: Item): void => {
    if ('generics' in it) params(parent, it.generics, it.kind === 'fn' || it.kind === 'typeAlias');
    if (it.kind === 'struct' || it.kind === 'enum' || it.kind === 'union') unusedParams(it, out);
    switch (it.kind) {
      case 'fn': {
        const s = withNames(parent, generics(it.generics));
        genericsIn(s, it.generics);
        const sp = it.sig.selfParam;
        if (sp?.kind === 'ref' && sp.lifetime) lifetime(s, sp.lifetime);
        else if (sp?.kind === 'typed') ty(s, sp.ty);
        for (const p of it.sig.params) {
          pat(s, p.pat);
          ty(s, p.ty);
        }
        if (it.sig.ret) ty(s, it.sig.ret);
        if (it.body) block(s, it.body);
        return;
      }
      case 'struct': case 'union': case 'enum': {
        const s = withNames(parent, generics(it.generics));
        genericsIn(s, it.generics);
        const fields = it.kind === 'struct' ? (it.data.kind === 'unit' ? [] : it.data.fields) : it.kind === 'union' ? it.fields : it.variants.flatMap((v) => (v.data.kind === 'unit' ? [] : v.data.fields));
        for (const f of fields) ty(s, f.ty);
        // Derives whose expansion names every field's type resolve those types again, and rustc
        // reports an undeclared lifetime in them once more, pointing at the derive.
        const again = it.kind === 'union' ? null : fieldTypeDerive(it);
        if (again !== null) {
          const from = out.length;
          for (const f of fields) ty(s, f.ty);
          const repeated = out.splice(from).filter((d) => d.code === 'E0261');
          out.push(...repeated.map((d) => ({ ...d, spans: [...d.spans, { span: again, label: `lifetime \`${(/`([^`]*)`/.exec(d.message) ?? ['', ''])[1]}\` is missing in item created through this procedural macro`, primary: false }] })));
        }
        if (it.kind === 'enum') for (const v of it.variants) if (v.discriminant) expr(s, v.discriminant);
        return;
      }
      case 'trait': {
        const s = withNames(parent, generics(it.generics));
        genericsIn(s, it.generics);
        it.supertraits.forEach((b) => bound(s, b));
        it.items.forEach((x) => item(s, x));
        return;
      }
      case 'impl': {
        const s = withNames(parent, generics(it.generics));
        genericsIn(s, it.generics);
        if (it.trait) path(s, it.trait);
        ty(s, it.selfTy);
        it.items.forEach((x) => item(s, x));
        return;
      }
      case 'typeAlias': {
        const s = withNames(parent, generics(it.generics));
        genericsIn(s, it.generics);
        it.bounds.forEach((b) => bound(s, b));
        if (it.ty) ty(s, it.ty);
        return;
      }
      case 'const': case 'static':
        if (it.ty) ty(parent, it.ty);
        if (it.expr) expr(parent, it.expr);
        return;
      case 'mod': it.items?.forEach((x) => item(EMPTY, x)); return;
      case 'externBlock': it.items.forEach((x) => item(parent, x)); return;
      case 'use': case 'externCrate': case 'macroRules': case 'macroCall': case 'err': return;
      default: assertNever(it);
    }
  };
  items.forEach((it) => item(EMPTY, it));
  return out;
}

/**
 * The derive, if any, whose expansion writes the field types again: `Eq` (its
 * `AssertParamIsEq<FieldTy>` checks), or `Clone` beside `Copy` on a type without type
 * parameters (its `AssertParamIsClone<FieldTy>`); the span of its name in the attribute.
 */
function fieldTypeDerive(it: Item & { kind: 'struct' | 'enum' }): Span | null {
  const find = (name: string): Span | null => {
    for (const a of it.attrs) {
      if (a.path !== 'derive') continue;
      for (const t of a.args) {
        if (t.kind !== 'group') continue;
        for (const x of t.trees) if (x.kind === 'token' && x.token.kind === 'ident' && x.token.text === name) return x.token.span;
      }
    }
    return null;
  };
  const eq = find('Eq');
  if (eq !== null) return eq;
  const clone = find('Clone');
  return clone !== null && find('Copy') !== null && !it.generics.params.some((p) => p.kind === 'type') ? clone : null;
}

/** E0392: a struct's, enum's or union's type or lifetime parameter no field mentions. */
function unusedParams(it: Item & { kind: 'struct' | 'enum' | 'union' }, out: Diagnostic[]): void {
  const used = new Set<string>();
  let opaque = false;
  const ty = (t: TypeExpr): void => {
    switch (t.kind) {
      case 'path':
        if (t.qself) ty(t.qself.ty);
        // `T` and `T::Assoc` both use `T`.
        used.add(t.path.segments[0]!.ident.name);
        for (const seg of t.path.segments) args(seg.args);
        return;
      case 'ref': if (t.lifetime) used.add(t.lifetime.name); ty(t.inner); return;
      case 'ptr': case 'paren': ty(t.inner); return;
      case 'slice': case 'array': ty(t.elem); return;
      case 'tuple': t.elems.forEach(ty); return;
      case 'fn': t.inputs.forEach(ty); if (t.output) ty(t.output); return;
      case 'implTrait': case 'dynTrait': {
        // A trait object keeps only its first lifetime bound (more are E0226): later ones use nothing.
        let lifetimes = 0;
        for (const b of t.bounds) {
          if (b.kind === 'lifetime') {
            if (t.kind === 'implTrait' || lifetimes++ === 0) used.add(b.lifetime.name);
          } else for (const seg of b.path.segments) args(seg.args);
        }
        return;
      }
      case 'macro': opaque = true; return;
      case 'never': case 'infer': case 'err': return;
      default: assertNever(t);
    }
  };
  const args = (a: GenericArgs | null): void => {
    if (!a) return;
    if (a.kind === 'paren') {
      a.inputs.forEach(ty);
      if (a.output) ty(a.output);
      return;
    }
    for (const x of a.args) {
      if (x.kind === 'lifetime') used.add(x.lifetime.name);
      else if (x.kind === 'type') ty(x.ty);
      else if (x.kind === 'binding') ty(x.ty);
      else if (x.kind === 'const') opaque = true;
    }
  };
  const fields = it.kind === 'struct' ? (it.data.kind === 'unit' ? [] : it.data.fields) : it.kind === 'union' ? it.fields : it.variants.flatMap((v) => (v.data.kind === 'unit' ? [] : v.data.fields));
  for (const f of fields) ty(f.ty);
  // rustc accepts a parameter that only appears in the bounds of others (`F: FnOnce() -> A`).
  const bound = (b: GenericBound): void => {
    if (b.kind === 'lifetime') used.add(b.lifetime.name);
    else for (const seg of b.path.segments) args(seg.args);
  };
  for (const p of it.generics.params) {
    if (p.kind === 'type') p.bounds.forEach(bound);
    else if (p.kind === 'lifetime') p.bounds.forEach((l) => used.add(l.name));
  }
  for (const w of it.generics.where) {
    if (w.kind === 'region') {
      used.add(w.lifetime.name);
      w.bounds.forEach((l) => used.add(l.name));
    } else {
      ty(w.ty);
      w.bounds.forEach(bound);
    }
  }
  if (opaque) return;
  for (const p of it.generics.params) {
    if (p.kind === 'lifetime' && !used.has(p.lifetime.name)) out.push(msg.unusedParam(p.lifetime.span, p.lifetime.name, true));
    else if (p.kind === 'type' && !used.has(p.name.name)) out.push(msg.unusedParam(p.name.span, p.name.name, false));
  }
}
