import { helpersFor } from './prelude.js';
import { chance, int, makeRng, pick, weighted, type Rng } from './rng.js';
import { line, nest, printNodes, type Node } from './tree.js';

/**
 * The program generator. It tracks the type of every local so that every program it prints is
 * well typed; it deliberately does NOT track whether a local is initialised, moved or borrowed,
 * so rustc's verdict on a program can only turn on ownership, borrowing, initialisation and
 * mutability — the part of rustc borrowscope reimplements.
 */

export type Base = 'i32' | 'String' | 'Vec' | 'Box' | 'BoxS' | 'Rc' | 'Opt' | 'Pair' | 'Pt' | 'Guard' | 'Arr' | 'str';
export type RefKind = 'own' | 'shr' | 'mut';

export interface Ty {
  readonly base: Base;
  readonly ref: RefKind;
}

const BASE_TEXT: Readonly<Record<Base, string>> = {
  i32: 'i32',
  String: 'String',
  Vec: 'Vec<i32>',
  Box: 'Box<i32>',
  BoxS: 'Box<String>',
  Rc: 'Rc<RefCell<Vec<i32>>>',
  Opt: 'Option<String>',
  Pair: 'Pair',
  Pt: 'Pt',
  Guard: 'Guard',
  Arr: '[String; 2]',
  str: 'str',
};

/** Suffix of the `read_*` / `write_*` / `take_*` helpers for each base type. */
const TAG: Readonly<Record<Base, string>> = { i32: 'i', String: 's', Vec: 'v', Box: 'b', BoxS: 'bs', Rc: 'r', Opt: 'o', Pair: 'p', Pt: 't', Guard: 'g', Arr: 'a', str: 'str' };

const OWNED_BASES: readonly Base[] = ['i32', 'String', 'Vec', 'Box', 'BoxS', 'Rc', 'Opt', 'Pair', 'Pt', 'Guard', 'Arr'];

export function tyText(t: Ty): string {
  const prefix = t.ref === 'shr' ? '&' : t.ref === 'mut' ? '&mut ' : '';
  return prefix + BASE_TEXT[t.base];
}

interface Var {
  readonly name: string;
  /** Null for a closure. */
  readonly ty: Ty | null;
  readonly mutable: boolean;
  /** Declared without an initialiser: the generator prefers to assign it. */
  readonly uninit: boolean;
}

/** A place expression of an owned type, reached from a local directly or through a reference. */
interface Place {
  readonly text: string;
  readonly base: Base;
  /** How the place is reached: owned by a local, or behind a shared or mutable reference. */
  readonly via: RefKind;
  /** The place is a whole local (not a field, element or deref). */
  readonly whole: boolean;
  /** It may be assigned or borrowed mutably: owned by a `mut` local or behind `&mut`. */
  readonly mutable: boolean;
}

export interface GenOptions {
  /** Upper bound on the statements of `main` (nested ones included). */
  readonly maxStmts: number;
  /** Weight of moving an existing place when a value is needed, against constructing one. */
  readonly moveWeight: number;
}

export const DEFAULT_GEN_OPTIONS: GenOptions = { maxStmts: 22, moveWeight: 1 };

interface Gen {
  readonly rng: Rng;
  readonly opts: GenOptions;
  readonly scopes: Var[][];
  fresh: number;
  budget: number;
  /** Enclosing loops `break` may leave (reset inside a closure body). */
  loops: number;
  closureDepth: number;
  /** Generated functions `main` may call. */
  readonly fns: FnSig[];
}

/** `fn f0<'a>(x: &'a [mut] B1, y: &B2, z: B3) -> &'a [mut] B1`: the result borrows from `x` only. */
interface FnSig {
  readonly name: string;
  readonly x: Ty;
  readonly y: Ty;
  readonly z: Ty;
}

export interface Generated {
  readonly seed: number;
  /** The program as a tree, for the shrinker: the items, `fn main` last. */
  readonly items: readonly Node[];
}

export function generate(seed: number, opts: GenOptions = DEFAULT_GEN_OPTIONS): Generated {
  const g: Gen = { rng: makeRng(seed), opts, scopes: [[]], fresh: 0, budget: int(makeRng(seed ^ 0x5bd1e995), 6, opts.maxStmts), loops: 0, closureDepth: 0, fns: [] };
  const items: Node[] = [];
  if (chance(g.rng, 0.4)) items.push(fnItem(g));
  const body: Node[] = [];
  while (g.budget > 0) body.push(...stmt(g, 0));
  // Trailing uses keep earlier borrows alive to the end, where conflicts show.
  const refs = visible(g).filter((v) => v.ty !== null && v.ty.ref !== 'own');
  if (refs.length > 0 && chance(g.rng, 0.6)) body.push(...useVar(g, pick(g.rng, refs)));
  items.push(nest(['fn main() {', '}'], [body]));
  return { seed, items };
}

/**
 * A function returning a reference tied to its first parameter. Its tail expression is `x`, a
 * reborrow of it, a helper call through it, or (an error rustc reports as E0515) a borrow of
 * one of the function's own locals.
 */
function fnItem(g: Gen): Node {
  const rng = g.rng;
  const b1 = pick<Base>(rng, ['String', 'Vec', 'i32', 'Pair']);
  const kind = chance(rng, 0.5) ? 'mut' : 'shr';
  const sig: FnSig = {
    name: `f${g.fns.length}`,
    x: { base: b1, ref: kind },
    y: { base: pick(rng, OWNED_BASES), ref: 'shr' },
    z: { base: pick(rng, OWNED_BASES), ref: 'own' },
  };
  const zMut = chance(rng, 0.5);
  const savedScopes = g.scopes.splice(0);
  const savedBudget = g.budget;
  g.scopes.push([
    { name: 'x', ty: sig.x, mutable: false, uninit: false },
    { name: 'y', ty: sig.y, mutable: false, uninit: false },
    { name: 'z', ty: sig.z, mutable: zMut, uninit: false },
  ]);
  g.budget = int(rng, 1, 7);
  const body: Node[] = [];
  const tag = TAG[b1];
  const tailOf = (): (() => string) | null => {
    const owned = localsOf(g, b1, 'own');
    return kind === 'shr'
      ? weighted<() => string>(rng, [
          [4, () => 'x'],
          [2, () => '&*x'],
          [owned.length > 0 ? 1.5 : 0, () => `&${pick(rng, owned).name}`],
          [b1 !== 'Pair' ? 1.5 : 0, () => `pick_${tag}(x, ${ref(g, b1, 'shr', true, 1)})`],
        ])
      : weighted<() => string>(rng, [
          [4, () => 'x'],
          [2, () => '&mut *x'],
          [owned.length > 0 ? 1.5 : 0, () => `&mut ${pick(rng, owned).name}`],
        ]);
  };
  // An early `return` of a borrow, in a branch, before the remaining statements run.
  const earlyAt = chance(rng, 0.35) ? int(rng, 0, g.budget - 1) : -1;
  for (let i = 0; g.budget > 0; i++) {
    if (i === earlyAt) {
      const early = tailOf();
      body.push(nest([`if ${cond(g, 1)} {`, '}'], [[line(`return ${early === null ? 'x' : early()};`)]]));
    }
    body.push(...stmt(g, 1));
  }
  const tail = tailOf();
  body.push(line(tail === null ? 'x' : tail()));
  g.scopes.splice(0, g.scopes.length, ...savedScopes);
  g.budget = savedBudget;
  g.fns.push(sig);
  const m = kind === 'mut' ? 'mut ' : '';
  const head = `fn ${sig.name}<'a>(x: &'a ${m}${BASE_TEXT[b1]}, y: ${tyText(sig.y)}, ${zMut ? 'mut ' : ''}z: ${tyText(sig.z)}) -> &'a ${m}${BASE_TEXT[b1]} {`;
  return nest([head, '}'], [body]);
}

/** `let r: &B1 = f0(…);`: the result keeps the first argument borrowed. */
function callFn(g: Gen, f: FnSig): Node[] {
  const x = f.x.ref === 'own' ? value(g, f.x.base, 1) : ref(g, f.x.base, f.x.ref, true, 1);
  const y = ref(g, f.y.base, 'shr', true, 1);
  const z = value(g, f.z.base, 1);
  const name = freshName(g, 'a');
  const mutable = chance(g.rng, 0.3);
  declare(g, { name, ty: f.x, mutable, uninit: false });
  return [line(`let ${mutable ? 'mut ' : ''}${name}: ${tyText(f.x)} = ${f.name}(${x}, ${y}, ${z});`)];
}

/** The program's text: the helpers it mentions, then its items. */
export function render(items: readonly Node[]): string {
  const body = items
    .map((it) => {
      const out: string[] = [];
      printNodes([it], 0, out);
      return out.join('\n');
    })
    .join('\n\n');
  const helpers = helpersFor(body).map((h) => h.text);
  return [...helpers, body].join('\n\n') + '\n';
}

export function generateText(seed: number, opts: GenOptions = DEFAULT_GEN_OPTIONS): string {
  return render(generate(seed, opts).items);
}

// ---- scopes -------------------------------------------------------------------------------

function visible(g: Gen): Var[] {
  return g.scopes.flat();
}

function declare(g: Gen, v: Var): void {
  const top = g.scopes[g.scopes.length - 1];
  if (top === undefined) throw new Error('no scope');
  top.push(v);
}

function freshName(g: Gen, prefix: string): string {
  return `${prefix}${g.fresh++}`;
}

function typed(g: Gen): (Var & { ty: Ty })[] {
  return visible(g).filter((v): v is Var & { ty: Ty } => v.ty !== null);
}

function localsOf(g: Gen, base: Base, ref: RefKind): Var[] {
  return typed(g).filter((v) => v.ty.base === base && v.ty.ref === ref);
}

function places(g: Gen): Place[] {
  const out: Place[] = [];
  const fields = (prefix: string, base: Base, via: RefKind, mutable: boolean): void => {
    switch (base) {
      case 'Pair':
        out.push({ text: `${prefix}.name`, base: 'String', via, whole: false, mutable }, { text: `${prefix}.n`, base: 'i32', via, whole: false, mutable });
        return;
      case 'Pt':
        out.push({ text: `${prefix}.x`, base: 'i32', via, whole: false, mutable }, { text: `${prefix}.y`, base: 'i32', via, whole: false, mutable });
        return;
      case 'Vec':
        out.push({ text: `${prefix}[0]`, base: 'i32', via, whole: false, mutable });
        return;
      case 'Guard':
        // Guard implements Drop: moving its field out is E0509.
        out.push({ text: `${prefix}.s`, base: 'String', via, whole: false, mutable });
        return;
      case 'Arr':
        // Moving an element out of an array is E0508.
        out.push({ text: `${prefix}[${via === 'own' ? 0 : 1}]`, base: 'String', via, whole: false, mutable });
        return;
      case 'Box':
        out.push({ text: via === 'own' ? `*${prefix}` : `**${prefix}`, base: 'i32', via, whole: false, mutable });
        return;
      case 'BoxS':
        // An owned box's contents may be moved out (`let s = *b;`), leaving `b` partly moved.
        out.push({ text: via === 'own' ? `*${prefix}` : `**${prefix}`, base: 'String', via, whole: false, mutable });
        return;
      case 'Rc':
      case 'i32':
      case 'String':
      case 'Opt':
      case 'str':
        return;
      default:
        return assertNever(base);
    }
  };
  for (const v of typed(g)) {
    if (v.ty.ref === 'own') {
      out.push({ text: v.name, base: v.ty.base, via: 'own', whole: true, mutable: v.mutable });
      fields(v.name, v.ty.base, 'own', v.mutable);
    } else if (v.ty.base !== 'str') {
      const m = v.ty.ref === 'mut';
      out.push({ text: `*${v.name}`, base: v.ty.base, via: v.ty.ref, whole: false, mutable: m });
      fields(v.name, v.ty.base, v.ty.ref, m);
    }
  }
  return out;
}

function placesOf(g: Gen, base: Base): Place[] {
  return places(g).filter((p) => p.base === base);
}

/** A place as a method receiver: `*r` needs parentheses before `.m()`. */
function recv(p: Place | string): string {
  const t = typeof p === 'string' ? p : p.text;
  return t.startsWith('*') ? `(${t})` : t;
}

/** Parenthesise an expression that is not atomic, for use under `&`, `*` or a binary operator. */
function atom(e: string): string {
  return /^[\w.()[\]:"!]*$/.test(e) && !e.startsWith('*') ? e : `(${e})`;
}

function assertNever(x: never): never {
  throw new Error(`unexpected ${JSON.stringify(x)}`);
}

// ---- expressions --------------------------------------------------------------------------

/**
 * A place to use, mostly one that needs no error to use: not behind `&` when it may be moved,
 * mutable when it is assigned or borrowed mutably.
 */
function choosePlace(g: Gen, ps: readonly Place[], need: 'read' | 'move' | 'mut' = 'read'): Place {
  const good = need === 'mut' ? ps.filter((p) => p.mutable) : need === 'move' ? ps.filter((p) => p.via === 'own') : ps;
  return good.length > 0 && chance(g.rng, 0.85) ? pick(g.rng, good) : pick(g.rng, ps);
}

/** Weight of an operation that needs a mutable place among `ps`: rare when none is. */
function mw(ps: readonly Place[], w: number): number {
  return ps.some((p) => p.mutable) ? w : ps.length > 0 ? w * 0.05 : 0;
}

function literal(g: Gen): string {
  return String(int(g.rng, 0, 9));
}

function stringLit(g: Gen): string {
  return `"${pick(g.rng, ['a', 'bc', 'def', 'xy'])}"`;
}

/** An expression of type `base` (owned). */
function value(g: Gen, base: Base, depth: number): string {
  const rng = g.rng;
  const ps = base === 'str' ? [] : placesOf(g, base);
  const mv = ps.length > 0 ? g.opts.moveWeight : 0;
  const deep = depth < 2;
  type Make = () => string;
  const moveOrCopy: Make = () => choosePlace(g, ps, 'move').text;
  const clone: Make = () => `${recv(choosePlace(g, ps))}.clone()`;
  let choice: Make | null;
  switch (base) {
    case 'i32': {
      const strs = placesOf(g, 'String').concat(placesOf(g, 'Vec'));
      choice = weighted<Make>(rng, [
        [3, () => literal(g)],
        [ps.length > 0 ? 5 : 0, moveOrCopy],
        [strs.length > 0 ? 1 : 0, () => `(${recv(choosePlace(g, strs))}.len() as i32)`],
        [placesOf(g, 'Rc').length > 0 ? 0.6 : 0, () => `(${recv(choosePlace(g, placesOf(g, 'Rc')))}.borrow().len() as i32)`],
        [deep ? 1 : 0, () => `${atom(value(g, 'i32', depth + 1))} + ${atom(value(g, 'i32', depth + 1))}`],
        [deep ? 1 : 0, () => readCall(g, depth + 1)],
        [deep ? 0.5 : 0, () => takeCall(g, depth + 1)],
        [deep ? 0.4 : 0, () => `if ${cond(g, depth + 1)} { ${value(g, 'i32', depth + 1)} } else { ${value(g, 'i32', depth + 1)} }`],
      ]);
      break;
    }
    case 'Pt':
      choice = weighted<Make>(rng, [
        [2, () => `Pt { x: ${value(g, 'i32', depth + 1)}, y: ${literal(g)} }`],
        [ps.length > 0 ? 3 : 0, moveOrCopy],
      ]);
      break;
    case 'Guard':
      choice = weighted<Make>(rng, [
        [3, () => `Guard { s: ${value(g, 'String', depth + 1)} }`],
        [mv, moveOrCopy],
      ]);
      break;
    case 'Arr':
      choice = weighted<Make>(rng, [
        [3, () => `[${value(g, 'String', depth + 1)}, String::new()]`],
        [mv, moveOrCopy],
        [ps.length > 0 ? 1 : 0, clone],
      ]);
      break;
    case 'String': {
      const opts = placesOf(g, 'Opt');
      choice = weighted<Make>(rng, [
        [2, () => `String::from(${stringLit(g)})`],
        [1, () => 'make_s()'],
        [mv, moveOrCopy],
        [ps.length > 0 ? 1.5 : 0, clone],
        [opts.length > 0 ? 0.5 : 0, () => `${recv(choosePlace(g, opts))}.unwrap_or_default()`],
        [placesOf(g, 'Pair').length > 0 ? 0.6 : 0, () => `${recv(choosePlace(g, placesOf(g, 'Pair'), 'move'))}.into_name()`],
        [mw(ps, 0.5), () => `std::mem::replace(&mut ${choosePlace(g, ps, 'mut').text}, String::new())`],
        [deep ? 0.5 : 0, () => `${recv(ref(g, 'str', 'shr', false, depth + 1))}.to_string()`],
      ]);
      break;
    }
    case 'Vec':
      choice = weighted<Make>(rng, [
        [1, () => 'Vec::new()'],
        [2, () => `vec![${literal(g)}, ${literal(g)}]`],
        [mv, moveOrCopy],
        [ps.length > 0 ? 1.5 : 0, clone],
      ]);
      break;
    case 'Box':
      choice = weighted<Make>(rng, [
        [3, () => `Box::new(${value(g, 'i32', depth + 1)})`],
        [mv, moveOrCopy],
        [ps.length > 0 ? 1 : 0, clone],
      ]);
      break;
    case 'BoxS':
      choice = weighted<Make>(rng, [
        [3, () => `Box::new(${value(g, 'String', depth + 1)})`],
        [mv, moveOrCopy],
        [ps.length > 0 ? 1 : 0, clone],
      ]);
      break;
    case 'Rc':
      choice = weighted<Make>(rng, [
        [3, () => `Rc::new(RefCell::new(${value(g, 'Vec', depth + 1)}))`],
        [mv, moveOrCopy],
        [ps.length > 0 ? 1.5 : 0, () => `Rc::clone(&${choosePlace(g, ps).text})`],
        [ps.length > 0 ? 0.5 : 0, clone],
      ]);
      break;
    case 'Opt':
      choice = weighted<Make>(rng, [
        [3, () => `Some(${value(g, 'String', depth + 1)})`],
        [1, () => 'None'],
        [mv, moveOrCopy],
        [ps.length > 0 ? 1 : 0, clone],
        [mw(ps, 0.7), () => `${recv(choosePlace(g, ps, 'mut'))}.take()`],
        [mw(ps, 0.4), () => `std::mem::replace(&mut ${choosePlace(g, ps, 'mut').text}, None)`],
      ]);
      break;
    case 'Pair':
      choice = weighted<Make>(rng, [
        [3, () => `Pair { name: ${value(g, 'String', depth + 1)}, n: ${value(g, 'i32', depth + 1)} }`],
        [mv, moveOrCopy],
        [ps.length > 0 ? 1 : 0, clone],
      ]);
      break;
    case 'str':
      throw new Error('str is unsized');
    default:
      return assertNever(base);
  }
  if (choice === null) throw new Error(`no value of ${base}`);
  return choice();
}

/**
 * An expression of type `&base` or `&mut base`. `coerce`: the context is a coercion site (an
 * annotated `let` or an argument), where `&mut T` may stand for `&T` and is reborrowed.
 */
function ref(g: Gen, base: Base, kind: 'shr' | 'mut', coerce: boolean, depth: number): string {
  const rng = g.rng;
  const deep = depth < 2;
  type Make = () => string;
  const mutLocals = localsOf(g, base, 'mut');
  if (base === 'str') {
    const strs = placesOf(g, 'String');
    const opts = placesOf(g, 'Opt');
    const locals = localsOf(g, 'str', 'shr');
    const c = weighted<Make>(rng, [
      [2, () => stringLit(g)],
      [strs.length > 0 ? 3 : 0, () => `${recv(choosePlace(g, strs))}.as_str()`],
      [0.15, () => `make_s().as_str()`],
      [locals.length > 0 ? 2 : 0, () => pick(rng, locals).name],
      [opts.length > 0 ? 1 : 0, () => `inner_of(&${choosePlace(g, opts).text})`],
    ]);
    if (c === null) throw new Error('no &str');
    return c();
  }
  const ps = placesOf(g, base);
  if (kind === 'shr') {
    const shrLocals = localsOf(g, base, 'shr');
    const c = weighted<Make>(rng, [
      [ps.length > 0 ? 4 : 0, () => `&${choosePlace(g, ps).text}`],
      [shrLocals.length > 0 ? 3 : 0, () => pick(rng, shrLocals).name],
      [mutLocals.length > 0 ? 1.5 : 0, () => `&*${pick(rng, mutLocals).name}`],
      [coerce && mutLocals.length > 0 ? 1 : 0, () => pick(rng, mutLocals).name],
      [deep && base === 'String' && ps.length > 0 ? 1 : 0, () => `pick_s(${ref(g, 'String', 'shr', true, depth + 1)}, ${ref(g, 'String', 'shr', true, depth + 1)})`],
      [deep && base === 'String' && ps.length > 0 ? 0.7 : 0, () => `longest(${ref(g, 'String', 'shr', true, depth + 1)}, ${ref(g, 'String', 'shr', true, depth + 1)})`],
      [deep && base === 'String' && placesOf(g, 'Pair').length > 0 ? 0.7 : 0, () => `name_of(${ref(g, 'Pair', 'shr', true, depth + 1)})`],
      [base === 'String' && placesOf(g, 'Pair').length > 0 ? 2 : 0, () => `${recv(choosePlace(g, placesOf(g, 'Pair')))}.name_ref()`],
      [deep && base === 'Vec' && ps.length > 0 ? 1 : 0, () => `pick_v(${ref(g, 'Vec', 'shr', true, depth + 1)}, ${ref(g, 'Vec', 'shr', true, depth + 1)})`],
      [deep && base === 'i32' && ps.length > 0 ? 1 : 0, () => `pick_i(${ref(g, 'i32', 'shr', true, depth + 1)}, ${ref(g, 'i32', 'shr', true, depth + 1)})`],
      [ps.length > 0 ? 0.15 : 0.5, () => `&${atom(value(g, base, depth + 1))}`],
    ]);
    if (c === null) throw new Error(`no &${base}`);
    return c();
  }
  const c = weighted<Make>(rng, [
    [mw(ps, 4), () => `&mut ${choosePlace(g, ps, 'mut').text}`],
    [mutLocals.length > 0 ? 2 : 0, () => pick(rng, mutLocals).name],
    [mutLocals.length > 0 ? 1.5 : 0, () => `&mut *${pick(rng, mutLocals).name}`],
    [deep && base === 'i32' ? mw(placesOf(g, 'Vec'), 0.8) : 0, () => `first_mut(${ref(g, 'Vec', 'mut', true, depth + 1)})`],
    [deep && base === 'String' ? mw(placesOf(g, 'Pair'), 0.8) : 0, () => `name_mut(${ref(g, 'Pair', 'mut', true, depth + 1)})`],
    [base === 'String' ? mw(placesOf(g, 'Pair'), 2) : 0, () => `${recv(choosePlace(g, placesOf(g, 'Pair'), 'mut'))}.name_slot()`],
    [ps.length > 0 ? 0.15 : 0.5, () => `&mut ${atom(value(g, base, depth + 1))}`],
  ]);
  if (c === null) throw new Error(`no &mut ${base}`);
  return c();
}

/** A base type to operate on, preferring those the program already has. */
function someBase(g: Gen, allowStr: boolean): Base {
  const present = typed(g)
    .map((v) => v.ty.base)
    .filter((b) => allowStr || b !== 'str');
  if (present.length > 0 && chance(g.rng, 0.8)) return pick(g.rng, present);
  return pick(g.rng, allowStr ? [...OWNED_BASES, 'str'] : OWNED_BASES);
}

function readCall(g: Gen, depth: number): string {
  const b = someBase(g, true);
  return `read_${TAG[b]}(${ref(g, b, 'shr', true, depth)})`;
}

function takeCall(g: Gen, depth: number): string {
  const b = someBase(g, false);
  return `take_${TAG[b]}(${value(g, b, depth)})`;
}

function cond(g: Gen, depth: number): string {
  const strs = placesOf(g, 'String');
  const vecs = placesOf(g, 'Vec');
  const opts = placesOf(g, 'Opt');
  const c = weighted<() => string>(g.rng, [
    [3, () => `${atom(value(g, 'i32', depth + 1))} > ${literal(g)}`],
    [strs.length > 0 ? 2 : 0, () => `${recv(choosePlace(g, strs))}.len() > 2`],
    [vecs.length > 0 ? 1 : 0, () => `${recv(choosePlace(g, vecs))}.is_empty()`],
    [opts.length > 0 ? 1 : 0, () => `${recv(choosePlace(g, opts))}.is_some()`],
  ]);
  if (c === null) throw new Error('no condition');
  return c();
}

// ---- statements ---------------------------------------------------------------------------

const LET_TYPES: readonly (readonly [number, Ty])[] = [
  [2, { base: 'i32', ref: 'own' }],
  [3, { base: 'String', ref: 'own' }],
  [2, { base: 'Vec', ref: 'own' }],
  [1, { base: 'Box', ref: 'own' }],
  [1.5, { base: 'Opt', ref: 'own' }],
  [1.5, { base: 'Pair', ref: 'own' }],
  [1, { base: 'Pt', ref: 'own' }],
  [1.5, { base: 'String', ref: 'shr' }],
  [1, { base: 'String', ref: 'mut' }],
  [1, { base: 'Vec', ref: 'shr' }],
  [1, { base: 'Vec', ref: 'mut' }],
  [1, { base: 'i32', ref: 'shr' }],
  [1, { base: 'i32', ref: 'mut' }],
  [0.7, { base: 'str', ref: 'shr' }],
  [0.6, { base: 'Pair', ref: 'shr' }],
  [0.5, { base: 'Pair', ref: 'mut' }],
  [0.3, { base: 'Opt', ref: 'shr' }],
  [0.3, { base: 'Opt', ref: 'mut' }],
  [0.3, { base: 'Box', ref: 'shr' }],
  [0.3, { base: 'Box', ref: 'mut' }],
  [0.3, { base: 'Pt', ref: 'shr' }],
  [0.3, { base: 'Pt', ref: 'mut' }],
  [0.6, { base: 'Guard', ref: 'own' }],
  [0.6, { base: 'Arr', ref: 'own' }],
  [0.2, { base: 'Guard', ref: 'shr' }],
  [0.2, { base: 'Arr', ref: 'mut' }],
  [0.8, { base: 'BoxS', ref: 'own' }],
  [0.3, { base: 'BoxS', ref: 'shr' }],
  [0.7, { base: 'Rc', ref: 'own' }],
  [0.2, { base: 'Rc', ref: 'shr' }],
];

function exprOf(g: Gen, t: Ty, coerce: boolean, depth: number): string {
  return t.ref === 'own' ? value(g, t.base, depth) : ref(g, t.base, t.ref, coerce, depth);
}

function body(g: Gen, depth: number, declare?: (g: Gen) => void): Node[] {
  g.scopes.push([]);
  declare?.(g);
  const out: Node[] = [];
  const n = int(g.rng, 1, 4);
  for (let i = 0; i < n && g.budget > 0; i++) out.push(...stmt(g, depth + 1));
  g.scopes.pop();
  return out;
}

function stmt(g: Gen, depth: number): Node[] {
  g.budget -= 1;
  const rng = g.rng;
  const vars = typed(g);
  const all = places(g);
  const partPlaces = all.filter((p) => !p.whole);
  const ints = all.filter((p) => p.base === 'i32');
  const opts = all.filter((p) => p.base === 'Opt');
  const closures = visible(g).filter((v) => v.ty === null);
  const mutRefs = vars.filter((v) => v.ty.ref === 'mut');
  const nested = depth < 3;
  // Functions whose first argument can borrow a place (a temporary there is E0716 at once).
  const inMain = !g.scopes[0]?.some((v) => v.name === 'x');
  const callable = inMain ? g.fns.filter((f) => (f.x.ref === 'mut' ? mw(placesOf(g, f.x.base), 1) >= 1 : placesOf(g, f.x.base).length > 0)) : [];
  const writable = all.some((p) => p.mutable);
  type Make = () => Node[];
  const c = weighted<Make>(rng, [
    [6, () => letInit(g)],
    [callable.length > 0 ? 2 : 0, () => callFn(g, pick(rng, callable))],
    [0.8, () => letUninit(g, depth)],
    [vars.some((v) => v.mutable || v.uninit) ? 3 : vars.length > 0 ? 0.2 : 0, () => assignLocal(g)],
    [mw(partPlaces, 2), () => assignPlace(g, choosePlace(g, partPlaces, 'mut'))],
    [mw(ints, 1), () => [line(`${choosePlace(g, ints, 'mut').text} += ${literal(g)};`)]],
    [2.5, () => [line(`${readCall(g, 0)};`)]],
    [writable ? 2.5 : 0.2, () => writeCall(g)],
    [1.5, () => [line(`${takeCall(g, 0)};`)]],
    [vars.length > 0 ? 0.5 : 0, () => [line(`drop(${pick(rng, visible(g)).name});`)]],
    [2.5, () => method(g)],
    [vars.length > 0 ? 3 : 0, () => useVar(g, pick(rng, visible(g)))],
    [mutRefs.length > 0 ? 0.7 : 0, () => letMoveRef(g, pick(rng, mutRefs))],
    [all.length > 0 ? 0.6 : 0, () => letRefPattern(g, all)],
    [inMain && opts.length > 0 ? 0.6 : 0, () => letElse(g, opts)],
    [nested && all.some((p) => p.base === 'Vec') ? 0.5 : 0, () => slicePattern(g, depth, all.filter((p) => p.base === 'Vec'))],
    [nested ? 1.5 : 0, () => ifElse(g, depth)],
    [nested && opts.length > 0 ? 1.2 : 0, () => matchOpt(g, depth, opts)],
    [nested ? 0.8 : 0, () => whileLoop(g, depth)],
    [nested && (mw(placesOf(g, 'Vec'), 1) > 0.5 || mw(opts, 1) > 0.5) ? 0.6 : 0, () => whileLet(g, depth)],
    [nested && placesOf(g, 'Rc').length > 0 ? 0.6 : 0, () => refCellGuard(g, depth)],
    [nested && mw(placesOf(g, 'Vec'), 1) > 0.5 ? 0.4 : 0, () => pushWhileIterating(g, depth)],
    // `main` and closures return `()`: an early `return;` leaves borrows and moves on one path only.
    [depth > 0 && inMain ? 0.25 : 0, () => [nest([`if ${cond(g, 1)} {`, '}'], [[line('return;')]])]],
    [nested ? 0.6 : 0, () => loopBreak(g, depth)],
    [nested ? 0.8 : 0, () => forLoop(g, depth)],
    [nested ? 0.8 : 0, () => [nest(['{', '}'], [body(g, depth)])]],
    [nested && g.closureDepth < 2 && vars.length > 0 ? (g.closureDepth === 0 ? 0.8 : 0.4) : 0, () => closure(g, depth)],
    [closures.length > 0 ? 1.5 : 0, () => [line(`${pick(rng, closures).name}();`)]],
    [g.loops > 0 ? 0.6 : 0, () => [nest([`if ${cond(g, 1)} {`, '}'], [[line('break;')]])]],
  ]);
  if (c === null) throw new Error('no statement');
  return c();
}

function letInit(g: Gen): Node[] {
  const t = weighted(g.rng, LET_TYPES) ?? { base: 'i32', ref: 'own' };
  const e = exprOf(g, t, true, 0);
  const mutable = chance(g.rng, t.ref === 'own' ? 0.85 : 0.5);
  const name = freshName(g, 'a');
  declare(g, { name, ty: t, mutable, uninit: false });
  return [line(`let ${mutable ? 'mut ' : ''}${name}: ${tyText(t)} = ${e};`)];
}

/** `let x: T;`, often initialised at once on both arms of an `if`, as deferred initialisation is written. */
function letUninit(g: Gen, depth: number): Node[] {
  const t = weighted(g.rng, LET_TYPES) ?? { base: 'i32', ref: 'own' };
  const mutable = chance(g.rng, 0.3);
  const name = freshName(g, 'a');
  const decl = line(`let ${mutable ? 'mut ' : ''}${name}: ${tyText(t)};`);
  if (depth < 3 && chance(g.rng, 0.6)) {
    const c = cond(g, 1);
    const arm = (): Node[] => {
      const b = body(g, depth + 1);
      const init = line(`${name} = ${exprOf(g, t, false, 1)};`);
      return chance(g.rng, 0.5) ? [init, ...b] : [...b, init];
    };
    const then = arm();
    const els = chance(g.rng, 0.85) ? arm() : body(g, depth + 1);
    declare(g, { name, ty: t, mutable, uninit: false });
    return [decl, nest([`if ${c} {`, '} else {', '}'], [then, els])];
  }
  declare(g, { name, ty: t, mutable, uninit: true });
  return [decl];
}

/** `let ref x = place;` / `let ref mut x = place;`: a borrow written as a binding mode. */
function letRefPattern(g: Gen, all: readonly Place[]): Node[] {
  const name = freshName(g, 'a');
  const mut = chance(g.rng, 0.4);
  const p = choosePlace(g, all, mut ? 'mut' : 'read');
  declare(g, { name, ty: { base: p.base, ref: mut ? 'mut' : 'shr' }, mutable: false, uninit: false });
  return [line(`let ref ${mut ? 'mut ' : ''}${name} = ${p.text};`)];
}

/** `let Some(x) = opt else { return; };` (only in `main` and closures, which return `()`). */
function letElse(g: Gen, opts: readonly Place[]): Node[] {
  const x = freshName(g, 'x');
  const byRef = chance(g.rng, 0.4);
  const o = choosePlace(g, opts, byRef ? 'read' : 'move');
  declare(g, { name: x, ty: { base: 'String', ref: byRef ? 'shr' : 'own' }, mutable: false, uninit: false });
  return [line(`let Some(${x}) = ${byRef ? '&' : ''}${o.text} else { return; };`)];
}

/** `if let [x, ..] = v.as_slice() { … }`: a slice pattern binding a `&i32` into the vector. */
function slicePattern(g: Gen, depth: number, vecs: readonly Place[]): Node[] {
  const x = freshName(g, 'x');
  const v = choosePlace(g, vecs);
  const b = body(g, depth, (gg) => declare(gg, { name: x, ty: { base: 'i32', ref: 'shr' }, mutable: false, uninit: false }));
  return [nest([`if let [${x}, ..] = ${recv(v)}.as_slice() {`, '}'], [b])];
}

/** `let x = r;` without a type moves a `&mut` where an annotated `let` would reborrow it. */
function letMoveRef(g: Gen, r: Var & { ty: Ty }): Node[] {
  const name = freshName(g, 'a');
  declare(g, { name, ty: r.ty, mutable: false, uninit: false });
  return [line(`let ${name} = ${r.name};`)];
}

function assignLocal(g: Gen): Node[] {
  // A reference local with nothing to borrow would be assigned a temporary: E0716 at once.
  // Nor are a function's reference parameters reassigned: `x = y` or `y = &*x` is E0621.
  const vars = typed(g).filter((v) => v.name !== 'x' && v.name !== 'y' && (v.ty.ref === 'own' || v.ty.base === 'str' || placesOf(g, v.ty.base).length > 0));
  if (vars.length === 0) return [line(`${readCall(g, 0)};`)];
  const uninit = vars.filter((v) => v.uninit);
  const mutable = vars.filter((v) => v.mutable);
  const v =
    uninit.length > 0 && chance(g.rng, 0.5) ? pick(g.rng, uninit) : mutable.length > 0 && chance(g.rng, 0.85) ? pick(g.rng, mutable) : pick(g.rng, vars);
  return [line(`${v.name} = ${exprOf(g, v.ty, false, 0)};`)];
}

function assignPlace(g: Gen, p: Place): Node[] {
  return [line(`${p.text} = ${value(g, p.base, 1)};`)];
}

function writeCall(g: Gen): Node[] {
  const writable = places(g)
    .filter((p) => p.mutable)
    .map((p) => p.base);
  const b = writable.length > 0 && chance(g.rng, 0.9) ? pick(g.rng, writable) : someBase(g, false);
  return [line(`write_${TAG[b]}(${ref(g, b, 'mut', true, 0)});`)];
}

function method(g: Gen): Node[] {
  const rng = g.rng;
  const vecs = placesOf(g, 'Vec');
  const strs = placesOf(g, 'String');
  const opts = placesOf(g, 'Opt');
  const pairs = placesOf(g, 'Pair');
  const rcs = placesOf(g, 'Rc');
  const c = weighted<() => string>(rng, [
    [mw(vecs, 3), () => `${recv(choosePlace(g, vecs, 'mut'))}.push(${value(g, 'i32', 1)});`],
    [mw(vecs, 1), () => `${recv(choosePlace(g, vecs, 'mut'))}.clear();`],
    // A two-phase borrow: the receiver's `&mut` is reserved while the argument reads it.
    [mw(vecs, 1), () => { const p = choosePlace(g, vecs, 'mut'); return `${recv(p)}.push(${recv(p)}.len() as i32);`; }],
    [mw(strs, 2), () => `${recv(choosePlace(g, strs, 'mut'))}.push('z');`],
    [mw(strs, 2), () => `${recv(choosePlace(g, strs, 'mut'))}.push_str(${ref(g, 'str', 'shr', true, 1)});`],
    [mw(strs, 1), () => `${recv(choosePlace(g, strs, 'mut'))}.clear();`],
    [mw(opts, 1), () => `${recv(choosePlace(g, opts, 'mut'))}.take();`],
    [mw(opts, 0.5), () => `${recv(choosePlace(g, opts, 'mut'))}.replace(${value(g, 'String', 1)});`],
    [mw(pairs, 1), () => `${recv(choosePlace(g, pairs, 'mut'))}.bump();`],
    // `RefCell` borrows are checked at run time: through a shared `Rc` this compiles.
    [rcs.length > 0 ? 1 : 0, () => `${recv(choosePlace(g, rcs))}.borrow_mut().push(${value(g, 'i32', 1)});`],
    [1, () => `${readCall(g, 0)};`],
  ]);
  return [line(c === null ? `${readCall(g, 0)};` : c())];
}

/** Reads a local: through a helper for values and references, a call for closures. */
function useVar(g: Gen, v: Var): Node[] {
  if (v.ty === null) return [line(`${v.name}();`)];
  const t = v.ty;
  if (chance(g.rng, 0.2)) return [line(`println!("{:?}", ${v.name});`)];
  if (t.ref === 'own') return [line(`read_${TAG[t.base]}(&${v.name});`)];
  return [line(`read_${TAG[t.base]}(${v.name});`)];
}

function ifElse(g: Gen, depth: number): Node[] {
  const c = cond(g, 0);
  const then = body(g, depth);
  if (chance(g.rng, 0.5)) return [nest([`if ${c} {`, '}'], [then])];
  return [nest([`if ${c} {`, '} else {', '}'], [then, body(g, depth)])];
}

function matchOpt(g: Gen, depth: number, opts: readonly Place[]): Node[] {
  const x = freshName(g, 'x');
  const mode = weighted(g.rng, [
    [3, 'move'],
    [2, 'shr'],
    [mw(opts, 1.5), 'mut'],
    [mw(opts, 1), 'asMut'],
  ] as const);
  const o = choosePlace(g, opts, mode === 'move' ? 'move' : mode === 'shr' ? 'read' : 'mut');
  const bind = (t: Ty) => (gg: Gen) => declare(gg, { name: x, ty: t, mutable: false, uninit: false });
  switch (mode) {
    case 'asMut':
      return [nest([`if let Some(${x}) = ${recv(o)}.as_mut() {`, '}'], [body(g, depth, bind({ base: 'String', ref: 'mut' }))])];
    case 'move':
    case 'shr':
    case 'mut':
    case null: {
      const scrut = mode === 'shr' ? `&${o.text}` : mode === 'mut' ? `&mut ${o.text}` : o.text;
      const t: Ty = { base: 'String', ref: mode === 'shr' ? 'shr' : mode === 'mut' ? 'mut' : 'own' };
      const some = body(g, depth, bind(t));
      const none = body(g, depth);
      // A guard reads the binding (by reference, whatever the binding mode) before the arm runs.
      const guard = chance(g.rng, 0.3) ? ` if ${x}.len() > 1` : '';
      return [nest([`match ${scrut} {\n\tSome(${x})${guard} => {`, '\t}\n\t_ => {', '\t}\n}'], [some, none])];
    }
    default:
      return assertNever(mode);
  }
}

function inLoop(g: Gen, f: () => Node[]): Node[] {
  g.loops += 1;
  try {
    return f();
  } finally {
    g.loops -= 1;
  }
}

function whileLoop(g: Gen, depth: number): Node[] {
  const i = freshName(g, 'i');
  const b = inLoop(g, () => body(g, depth));
  return [line(`let mut ${i}: i32 = 0;`), nest([`while ${i} < ${int(g.rng, 1, 3)} {`, '}'], [[...b, line(`${i} += 1;`)]])];
}

function loopBreak(g: Gen, depth: number): Node[] {
  const b = inLoop(g, () => body(g, depth));
  const exit = nest([`if ${cond(g, 1)} {`, '}'], [[line('break;')]]);
  return [nest(['loop {', '}'], [chance(g.rng, 0.5) ? [exit, ...b] : [...b, exit]])];
}

function forLoop(g: Gen, depth: number): Node[] {
  const k = freshName(g, 'k');
  const vecs = placesOf(g, 'Vec');
  const kind = weighted(g.rng, [
    [3, 'range'],
    [vecs.length > 0 ? 1.5 : 0, 'iter'],
    [mw(vecs, 1), 'iterMut'],
    [1, 'into'],
  ] as const);
  const run = (head: string, t: Ty): Node[] => {
    const b = inLoop(g, () => body(g, depth, (gg) => declare(gg, { name: k, ty: t, mutable: false, uninit: false })));
    return [nest([head, '}'], [b])];
  };
  switch (kind) {
    case 'iter':
      return run(`for ${k} in ${recv(choosePlace(g, vecs))}.iter() {`, { base: 'i32', ref: 'shr' });
    case 'iterMut':
      return run(`for ${k} in ${recv(choosePlace(g, vecs, 'mut'))}.iter_mut() {`, { base: 'i32', ref: 'mut' });
    case 'into':
      // A bare `Vec::new()` here would leave its element type to inference, which has nothing to go on.
      return run(`for ${k} in ${value(g, 'Vec', 1).replace(/^Vec::new\(\)$/, 'Vec::<i32>::new()')} {`, { base: 'i32', ref: 'own' });
    case 'range':
    case null:
      return run(`for ${k} in 0..${int(g.rng, 1, 3)} {`, { base: 'i32', ref: 'own' });
    default:
      return assertNever(kind);
  }
}

/** `while let Some(x) = v.pop() { … }` / `while let Some(x) = o.take() { … }`: a loop whose condition borrows mutably. */
function whileLet(g: Gen, depth: number): Node[] {
  const x = freshName(g, 'x');
  const vecs = placesOf(g, 'Vec');
  const useVec = mw(vecs, 1) > 0.5 && (mw(placesOf(g, 'Opt'), 1) <= 0.5 || chance(g.rng, 0.5));
  const src = useVec ? choosePlace(g, vecs, 'mut') : choosePlace(g, placesOf(g, 'Opt'), 'mut');
  const t: Ty = { base: useVec ? 'i32' : 'String', ref: 'own' };
  const b = inLoop(g, () => body(g, depth, (gg) => declare(gg, { name: x, ty: t, mutable: false, uninit: false })));
  return [nest([`while let Some(${x}) = ${recv(src)}.${useVec ? 'pop' : 'take'}() {`, '}'], [b])];
}

/** `{ let g = rc.borrow(); …; read_v(&g); }`: a `Ref` guard keeps the `Rc` it came from borrowed. */
function refCellGuard(g: Gen, depth: number): Node[] {
  const name = freshName(g, 'g');
  const rc = choosePlace(g, placesOf(g, 'Rc'));
  const inner = body(g, depth);
  return [nest(['{', '}'], [[line(`let ${name} = ${recv(rc)}.borrow();`), ...inner, line(`read_v(&${name});`)]])];
}

/** `for k in v.iter() { if … { v.push(*k); } }`: pushing to a vector while iterating it (E0502). */
function pushWhileIterating(g: Gen, depth: number): Node[] {
  const k = freshName(g, 'k');
  const v = choosePlace(g, placesOf(g, 'Vec'), 'mut');
  const b = inLoop(g, () => body(g, depth, (gg) => declare(gg, { name: k, ty: { base: 'i32', ref: 'shr' }, mutable: false, uninit: false })));
  const push = nest([`if ${cond(g, 1)} {`, '}'], [[line(`${recv(v)}.push(*${k});`)]]);
  return [nest([`for ${k} in ${recv(v)}.iter() {`, '}'], [chance(g.rng, 0.5) ? [push, ...b] : [...b, push]])];
}

function closure(g: Gen, depth: number): Node[] {
  const name = freshName(g, 'c');
  const mv = chance(g.rng, 0.3) ? 'move ' : '';
  const mutable = chance(g.rng, 0.8);
  const savedLoops = g.loops;
  g.loops = 0;
  g.closureDepth += 1;
  const b = body(g, depth + 1);
  g.closureDepth -= 1;
  g.loops = savedLoops;
  // A closure passed straight to an `Fn`/`FnMut`/`FnOnce` bound, or boxed as `dyn Fn`/`dyn FnMut`:
  // its kind comes from that expectation, so its body may break it (E0594, E0596, E0507).
  const form = g.rng.next() < 0.35 ? pick(g.rng, ['run_fn', 'run_mut', 'run_once', 'Fn', 'FnMut'] as const) : null;
  if (form === 'run_fn' || form === 'run_mut' || form === 'run_once') return [nest([`${form}(${mv}|| {`, '});'], [b])];
  declare(g, { name, ty: null, mutable, uninit: false });
  if (form !== null) return [nest([`let ${mutable ? 'mut ' : ''}${name}: Box<dyn ${form}()> = Box::new(${mv}|| {`, '});'], [b])];
  return [nest([`let ${mutable ? 'mut ' : ''}${name} = ${mv}|| {`, '};'], [b])];
}
