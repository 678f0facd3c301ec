import { assertNever } from '../util/assert.js';
import type { TypeContext } from './context.js';
import type { GenericArgsTy, Region, Ty } from './ty.js';

/** Types as rustc prints them in messages: `Vec<String>`, `&mut i32`, `Option<&str>`, `[i32; 3]`. */
export function displayTy(tcx: TypeContext & { readonly file?: { readonly text: string; readonly name: string } }, t: Ty): string {
  const show = (x: Ty): string => displayTy(tcx, x);
  switch (t.kind) {
    case 'bool': return 'bool';
    case 'char': return 'char';
    case 'int': return t.int;
    case 'float': return t.float;
    case 'str': return 'str';
    case 'never': return '!';
    case 'tuple': return t.elems.length === 1 ? `(${show(t.elems[0]!)},)` : `(${t.elems.map(show).join(', ')})`;
    case 'array': return `[${show(t.elem)}; ${t.len.kind === 'value' ? String(t.len.value) : t.len.kind === 'param' ? t.len.name : '_'}]`;
    case 'slice': return `[${show(t.elem)}]`;
    case 'ref': {
      const r = regionText(t.region);
      return `&${r ? r + ' ' : ''}${t.mut ? 'mut ' : ''}${show(t.inner)}`;
    }
    case 'ptr': return `*${t.mut ? 'mut' : 'const'} ${show(t.inner)}`;
    case 'adt': return tcx.adt(t.def).name + argsText(tcx, t.args);
    case 'fnDef': {
      const s = tcx.fnSig(t.def).sig;
      const sub = { inputs: s.inputs.map((i) => tcx.subst(i, t.args)), output: tcx.subst(s.output, t.args) };
      return `fn(${sub.inputs.map(show).join(', ')})${isUnit(sub.output) ? '' : ' -> ' + show(sub.output)} {${tcx.defPath(t.def)}}`;
    }
    case 'fnPtr': return `${t.sig.unsafe ? 'unsafe ' : ''}fn(${t.sig.inputs.map(show).join(', ')})${isUnit(t.sig.output) ? '' : ' -> ' + show(t.sig.output)}`;
    case 'closure': return `{closure@${closureLoc(tcx, t.node)}}`;
    case 'dyn': {
      const parts: string[] = [];
      if (t.principal) {
        const b = t.bindings ?? [];
        const name = tcx.defPath(t.principal.trait);
        const lang = tcx.langItem('Fn') === t.principal.trait || tcx.langItem('FnMut') === t.principal.trait || tcx.langItem('FnOnce') === t.principal.trait;
        if (lang && t.principal.args.types[0]?.kind === 'tuple') {
          const out = b.find((x) => x.name === 'Output');
          parts.push(`${name}(${(t.principal.args.types[0] as Ty & { kind: 'tuple' }).elems.map(show).join(', ')})${out && !isUnit(out.ty) ? ' -> ' + show(out.ty) : ''}`);
        } else {
          const inner = [...t.principal.args.types.map(show), ...b.map((x) => `${x.name} = ${show(x.ty)}`)];
          parts.push(name + (inner.length ? `<${inner.join(', ')}>` : ''));
        }
      }
      for (const a of t.autoTraits) parts.push(tcx.defPath(a));
      const r = regionText(t.region);
      if (r && r !== "'static") parts.push(r);
      return `dyn ${parts.join(' + ')}`;
    }
    case 'param': return t.name;
    case 'projection': return `<${show(t.self)} as ${tcx.defPath(t.trait.trait)}>::${t.name}`;
    case 'opaque': return 'impl Trait';
    case 'infer': return t.flavor === 'int' ? '{integer}' : t.flavor === 'float' ? '{float}' : '_';
    case 'error': return '{type error}';
    default: return assertNever(t);
  }
}

function isUnit(t: Ty): boolean {
  return t.kind === 'tuple' && t.elems.length === 0;
}

function regionText(r: Region): string {
  if (r.kind === 'static') return "'static";
  if (r.kind === 'param' && !r.name.startsWith("'_")) return r.name;
  return '';
}

function argsText(tcx: TypeContext, a: GenericArgsTy): string {
  const parts = [...a.regions.map((r) => regionText(r) || "'_"), ...a.types.map((t) => displayTy(tcx, t))];
  if (a.types.length === 0 && a.regions.every((r) => !regionText(r))) return a.regions.length && parts.length ? `<${parts.join(', ')}>` : '';
  return parts.length ? `<${parts.join(', ')}>` : '';
}

function closureLoc(tcx: TypeContext & { readonly file?: { readonly text: string; readonly name: string } }, node: number): string {
  const f = tcx.file;
  const span = closureSpans.get(node);
  if (!f || !span) return 'closure';
  const pos = (off: number): string => {
    const before = f.text.slice(0, off);
    const line = before.split('\n').length;
    const col = off - before.lastIndexOf('\n');
    return `${line}:${col}`;
  };
  return `${f.name}:${pos(span.lo)}: ${pos(span.hi)}`;
}

/** Closure expression spans by NodeId, registered by the checker (types only carry the NodeId). */
export const closureSpans = new Map<number, { readonly lo: number; readonly hi: number }>();
