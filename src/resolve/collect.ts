import type { Block, Crate, Expr, Item, Path, UseTree, Visibility } from '../syntax/ast.js';
import type { Span } from '../syntax/span.js';
import { forEachItemBlock } from './body-blocks.js';
import type { DefId, DefInfo, DefKind, DefNode, DefTable, ModuleScope } from './defs.js';
import { langOf } from './defs.js';
import { resolveModulePath } from './paths.js';
import { bindingScope, isAccessibleFrom } from './visibility.js';

export interface StdFile {
  readonly name: string; // `std/vec.rs`
  readonly crate: Crate;
}

interface PendingUse {
  readonly module: DefId;
  readonly segments: readonly string[];
  readonly global: boolean;
  readonly rename: string | null;
  readonly glob: boolean;
  readonly vis: Visibility;
  readonly span: Span;
}

/** A user body (fn body or const/static initialiser) and the scope its names resolve in. */
interface PendingBody {
  readonly root: Block | Expr;
  readonly module: DefId;
}

interface Collector {
  readonly table: DefTable;
  readonly uses: PendingUse[];
  readonly bodies: PendingBody[];
}

/** Builds the definition table of the std model and the user's crate, then resolves `use` imports. */
export function collectDefs(user: Crate, std: readonly StdFile[]): DefTable {
  return collectUserDefs(user, collectStdDefs(std));
}

/**
 * The std model's part of every definition table, built once per process: std DefIds come first
 * (after the user's root module, DefId 0), so a user crate's table extends it without renumbering.
 * Nothing in it is mutated afterwards: std scopes never see user items.
 */
export function collectStdDefs(std: readonly StdFile[]): DefTable {
  const table: DefTable = {
    defs: [],
    modules: new Map(),
    userRoot: 0,
    stdRoot: 1,
    prelude: newScope(-1, null, true),
    stdGlobal: newScope(-2, null, true),
    langItems: new Map(),
    userItemDefs: new Map(),
    blockModules: new Map(),
    impls: [],
    children: new Map(),
    unmodelledImports: new Map(),
    unmodelledGlobs: new Set(),
    imports: new Map(),
  };
  const c: Collector = { table, uses: [], bodies: [] };
  addDef(c, 'mod', 'crate', null, 0, false, { kind: 'root' }, null, '', null);
  addDef(c, 'mod', 'std', null, 1, true, { kind: 'root' }, null, 'std', null);
  table.modules.set(0, newScope(0, null, false));
  table.modules.set(1, newScope(1, null, true));
  for (const f of std) {
    const stem = f.name.replace(/^.*\//, '').replace(/\.rs$/, '');
    const m = addDef(c, 'mod', stem, null, 1, true, { kind: 'root' }, null, `std::${stem}`, null);
    table.modules.set(m, newScope(m, null, true));
    table.modules.get(1)!.types.set(stem, m);
    collectItems(c, f.crate.items, m, true, `std::${stem}`, true);
  }
  resolveUses(c);
  const preludeMod = table.modules.get(1)!.types.get('prelude');
  const pm = preludeMod !== undefined ? table.modules.get(preludeMod) : undefined;
  if (pm) {
    for (const [k, v] of pm.types) table.prelude.types.set(k, v);
    for (const [k, v] of pm.values) table.prelude.values.set(k, v);
  }
  return table;
}

/** The std table extended with the user's crate: std scopes and definitions are shared, not copied. */
export function collectUserDefs(user: Crate, std: DefTable): DefTable {
  const defs = std.defs.slice();
  defs[0] = { ...defs[0]!, span: user.span };
  const modules = new Map(std.modules);
  modules.set(0, newScope(0, null, false));
  const shared: Omit<DefTable, 'prelude'> = {
    defs,
    modules,
    userRoot: 0,
    stdRoot: 1,
    stdGlobal: std.stdGlobal,
    langItems: new Map(std.langItems),
    userItemDefs: new Map(),
    blockModules: new Map(),
    impls: std.impls.slice(),
    children: new Map(std.children),
    unmodelledImports: new Map(std.unmodelledImports),
    unmodelledGlobs: new Set(std.unmodelledGlobs),
    imports: new Map(),
  };
  // The prelude is filled only once every import is resolved, so imports never see it.
  const c: Collector = { table: { ...shared, prelude: newScope(-1, null, true) }, uses: [], bodies: [] };
  collectItems(c, user.items, 0, false, '', false);
  // Only now: the defs of a trait's or impl's associated items must stay contiguous.
  for (let i = 0; i < c.bodies.length; i++) collectBlockItems(c, c.bodies[i]!);
  resolveUses(c);
  // `std::collections::hash_map` style paths and the crate names `core`/`alloc` alias std.
  return { ...shared, prelude: std.prelude };
}

/**
 * Items declared inside a body live in an anonymous module per block, whose lexical parent is the
 * enclosing block's module (or the body's module): like rustc, they are visible in the whole
 * block, and the names of enclosing blocks and modules are visible from them.
 */
function collectBlockItems(c: Collector, body: PendingBody): void {
  forEachItemBlock(body.root, body.module, (b, outer) => {
    const m = addDef(c, 'mod', '', null, outer, false, { kind: 'block', block: b }, null, '', b.span);
    c.table.modules.set(m, newScope(m, outer, false));
    c.table.blockModules.set(b.id, m);
    const items: Item[] = [];
    for (const s of b.stmts) if (s.kind === 'item') items.push(s.item);
    collectItems(c, items, m, false, '', false);
    return m;
  });
}

function newScope(def: DefId, lexicalParent: DefId | null, std: boolean): ModuleScope {
  return { def, lexicalParent, types: new Map(), values: new Map(), std, globs: [] };
}

function addDef(c: Collector, kind: DefKind, name: string, parent: DefId | null, module: DefId, std: boolean, node: DefNode, lang: string | null, path: string, span: DefInfo['span']): DefId {
  const id = c.table.defs.length;
  c.table.defs.push({ id, kind, name, parent, module, std, node, lang, path, span: std ? null : span });
  if (lang !== null) c.table.langItems.set(lang, id);
  return id;
}

function join(prefix: string, name: string): string {
  return prefix === '' ? name : `${prefix}::${name}`;
}

export function collectItems(c: Collector, items: readonly Item[], module: DefId, std: boolean, prefix: string, topOfStdFile: boolean): void {
  const scope = c.table.modules.get(module)!;
  for (const item of items) collectItem(c, item, module, scope, std, prefix, topOfStdFile);
}

function collectItem(c: Collector, item: Item, module: DefId, scope: ModuleScope, std: boolean, prefix: string, topOfStdFile: boolean): void {
  const t = c.table;
  const reg = (def: DefId): DefId => {
    if (!std) t.userItemDefs.set(item.id, def);
    return def;
  };
  const global = (ns: 'types' | 'values', name: string, def: DefId): void => {
    if (topOfStdFile && !t.stdGlobal[ns].has(name)) t.stdGlobal[ns].set(name, def);
  };
  const lang = langOf(item.attrs);
  switch (item.kind) {
    case 'fn': {
      const d = reg(addDef(c, 'fn', item.name.name, null, module, std, { kind: 'item', item }, lang, std ? join(prefix, item.name.name) : item.name.name, item.name.span));
      if (!std && item.body) c.bodies.push({ root: item.body, module });
      scope.values.set(item.name.name, d);
      global('values', item.name.name, d);
      return;
    }
    case 'struct':
    case 'union': {
      const d = reg(addDef(c, item.kind, item.name.name, null, module, std, { kind: 'item', item }, lang, item.name.name, item.name.span));
      scope.types.set(item.name.name, d);
      global('types', item.name.name, d);
      if (item.kind === 'struct' && item.data.kind !== 'named') {
        scope.values.set(item.name.name, d);
        global('values', item.name.name, d);
      }
      const fields = item.kind === 'struct' ? (item.data.kind === 'unit' ? [] : item.data.fields) : item.fields;
      t.children.set(d, fields.map((f, i) => addDef(c, 'field', f.name?.name ?? String(i), d, module, std, { kind: 'field', field: f, index: i }, null, f.name?.name ?? String(i), f.span)));
      return;
    }
    case 'enum': {
      const d = reg(addDef(c, 'enum', item.name.name, null, module, std, { kind: 'item', item }, lang, item.name.name, item.name.span));
      scope.types.set(item.name.name, d);
      global('types', item.name.name, d);
      t.children.set(
        d,
        item.variants.map((v, i) => {
          const vd = addDef(c, 'variant', v.name.name, d, module, std, { kind: 'variant', variant: v, index: i }, null, `${item.name.name}::${v.name.name}`, v.name.span);
          const fields = v.data.kind === 'unit' ? [] : v.data.fields;
          t.children.set(vd, fields.map((f, j) => addDef(c, 'field', f.name?.name ?? String(j), vd, module, std, { kind: 'field', field: f, index: j }, null, f.name?.name ?? String(j), f.span)));
          return vd;
        }),
      );
      return;
    }
    case 'trait': {
      const d = reg(addDef(c, 'trait', item.name.name, null, module, std, { kind: 'item', item }, lang, item.name.name, item.name.span));
      scope.types.set(item.name.name, d);
      global('types', item.name.name, d);
      collectAssoc(c, item.items, d, module, std, item.name.name);
      return;
    }
    case 'impl': {
      const d = reg(addDef(c, 'impl', '', null, module, std, { kind: 'item', item }, lang, '', item.span));
      t.impls.push(d);
      const selfName = item.selfTy.kind === 'path' ? item.selfTy.path.segments[item.selfTy.path.segments.length - 1]!.ident.name : '';
      collectAssoc(c, item.items, d, module, std, selfName);
      return;
    }
    case 'typeAlias': {
      const d = reg(addDef(c, 'typeAlias', item.name.name, null, module, std, { kind: 'item', item }, lang, item.name.name, item.name.span));
      scope.types.set(item.name.name, d);
      global('types', item.name.name, d);
      return;
    }
    case 'const':
    case 'static': {
      const d = reg(addDef(c, item.kind, item.name.name, null, module, std, { kind: 'item', item }, lang, item.name.name, item.name.span));
      if (!std && item.expr) c.bodies.push({ root: item.expr, module });
      if (item.name.name !== '_') scope.values.set(item.name.name, d);
      return;
    }
    case 'mod': {
      const d = reg(addDef(c, 'mod', item.name.name, null, module, std, { kind: 'item', item }, lang, join(prefix, item.name.name), item.name.span));
      c.table.modules.set(d, newScope(d, null, std));
      scope.types.set(item.name.name, d);
      global('types', item.name.name, d);
      if (item.items) collectItems(c, item.items, d, std, join(prefix, item.name.name), false);
      return;
    }
    case 'use':
      collectUse(c, item.tree, module, [], false, item.vis);
      return;
    case 'externCrate':
    case 'externBlock':
    case 'macroRules':
    case 'macroCall':
    case 'err':
      return;
    default: {
      const never: never = item;
      return never;
    }
  }
}

function collectAssoc(c: Collector, items: readonly Item[], parent: DefId, module: DefId, std: boolean, parentName: string): void {
  for (const it of items) {
    let kind: DefKind | null = null;
    if (it.kind === 'fn') kind = 'assocFn';
    else if (it.kind === 'const') kind = 'assocConst';
    else if (it.kind === 'typeAlias') kind = 'assocType';
    if (kind === null || !('name' in it)) continue;
    const d = addDef(c, kind, it.name.name, parent, module, std, { kind: 'item', item: it }, langOf(it.attrs), `${parentName}::${it.name.name}`, it.name.span);
    if (!std) c.table.userItemDefs.set(it.id, d);
    if (!std && it.kind === 'fn' && it.body) c.bodies.push({ root: it.body, module });
    if (!std && it.kind === 'const' && it.expr) c.bodies.push({ root: it.expr, module });
  }
}

function pathNames(p: Path): string[] {
  return p.segments.map((s) => s.ident.name);
}

function collectUse(c: Collector, tree: UseTree, module: DefId, prefix: readonly string[], global: boolean, vis: Visibility): void {
  switch (tree.kind) {
    case 'simple': {
      const segs = [...prefix, ...pathNames(tree.path)];
      const g = global || tree.path.global;
      if (segs[segs.length - 1] === 'self') {
        segs.pop();
        c.uses.push({ module, segments: segs, global: g, rename: tree.rename?.name ?? segs[segs.length - 1] ?? null, glob: false, vis, span: tree.span });
      } else c.uses.push({ module, segments: segs, global: g, rename: tree.rename?.name ?? null, glob: false, vis, span: tree.span });
      return;
    }
    case 'glob':
      c.uses.push({ module, segments: [...prefix, ...pathNames(tree.prefix)], global: global || tree.prefix.global, rename: null, glob: true, vis, span: tree.span });
      return;
    case 'nested':
      for (const t of tree.trees) collectUse(c, t, module, [...prefix, ...pathNames(tree.prefix)], global || tree.prefix.global, vis);
      return;
    default: {
      const never: never = tree;
      return never;
    }
  }
}

/** Imports resolve to the definitions they name; iterate because imports can go through imports. */
function resolveUses(c: Collector): void {
  let pending = c.uses.slice();
  for (let round = 0; round < 8 && pending.length > 0; round++) {
    const next: PendingUse[] = [];
    for (const u of pending) if (!applyUse(c.table, u)) next.push(u);
    if (next.length === pending.length) break;
    pending = next;
  }
  // Names through an import that did not resolve are not judged (rustc reports the import, E0432,
  // and nothing through it; our resolution of imports is not complete enough to report E0432).
  for (const u of pending) {
    if (u.glob) {
      c.table.unmodelledGlobs.add(u.module);
      continue;
    }
    const name = u.rename ?? u.segments[u.segments.length - 1];
    if (name === undefined || name === '_') continue;
    let m = c.table.unmodelledImports.get(u.module);
    if (!m) c.table.unmodelledImports.set(u.module, (m = new Map()));
    m.set(name, u.segments.join('::'));
  }
}

function applyUse(t: DefTable, u: PendingUse): boolean {
  const scope = t.modules.get(u.module)!;
  const record = (ns: 'type' | 'value', name: string): void => {
    if (scope.std) return;
    let m = t.imports.get(u.module);
    if (!m) t.imports.set(u.module, (m = new Map()));
    m.set(`${ns}:${name}`, { vis: u.vis, span: u.span });
  };
  if (u.glob) {
    const r = resolveModulePath(t, u.module, u.segments, 'type');
    if (r === null) return false;
    const kids = t.children.get(r);
    if (t.defs[r]!.kind === 'enum' && kids) {
      for (const v of kids) {
        const name = t.defs[v]!.name;
        scope.types.set(name, v);
        scope.values.set(name, v);
        record('type', name);
        record('value', name);
      }
      return true;
    }
    const m = t.modules.get(r);
    if (!m) return false;
    // A glob imports only the names the importing module may see (rustc's glob privacy).
    const visible = (k: string, ns: 'type' | 'value', v: DefId): boolean => scope.std || isAccessibleFrom(t, bindingScope(t, r, k, ns, v), u.module);
    for (const [k, v] of m.types) {
      if (scope.types.has(k) || !visible(k, 'type', v)) continue;
      scope.types.set(k, v);
      record('type', k);
    }
    for (const [k, v] of m.values) {
      if (scope.values.has(k) || !visible(k, 'value', v)) continue;
      scope.values.set(k, v);
      record('value', k);
    }
    return true;
  }
  const name = u.rename ?? u.segments[u.segments.length - 1];
  if (name === undefined) return true;
  const ty = resolveModulePath(t, u.module, u.segments, 'type');
  const val = resolveModulePath(t, u.module, u.segments, 'value');
  if (ty === null && val === null) return false;
  if (name === '_') return true;
  if (ty !== null) {
    scope.types.set(name, ty);
    record('type', name);
  }
  if (val !== null) {
    scope.values.set(name, val);
    record('value', name);
  }
  return true;
}
