import type { Span } from '../../syntax/span.js';
import type { SubDiagnostic } from '../../util/diagnostic.js';
import type { DefId, Ty } from '../ty.js';
import { substTy } from '../ty-ops.js';
import type { Fcx } from './fcx.js';
import { unsup } from './fcx.js';

/**
 * rustc's transmute check (`intrinsicck`): `std::mem::transmute::<Src, Dst>` needs both types to
 * have one size (E0512). Sizes are computed for a 64-bit target where the layout is certain:
 * scalars, pointers, arrays, tuples and plain structs (rustc orders a struct's fields so that
 * none needs padding before it, leaving only the tail padding); enums, `repr` attributes, generic
 * parameters and the std model's types are `unsupported`.
 */
export function checkTransmute(fcx: Fcx, span: Span, from: Ty, to: Ty): void {
  if (from.kind === 'error' || to.kind === 'error') return;
  const a = layoutOf(fcx, from, new Set());
  const b = layoutOf(fcx, to, new Set());
  if (a === null || b === null) {
    unsup(fcx, span, `a transmute between \`${fcx.tcx.displayTy(from)}\` and \`${fcx.tcx.displayTy(to)}\` (sizes not computed)`);
    return;
  }
  if (a.size === b.size) return;
  const note = (what: string, t: Ty, size: number): SubDiagnostic => ({ level: 'note', message: `${what} type: \`${fcx.tcx.displayTy(t)}\` (${size * 8} bits)`, spans: [], suggestions: [] });
  // rustc checks transmutes after type checking: the body is still borrow-checked.
  fcx.diags.push({
    level: 'error',
    code: 'E0512',
    message: 'cannot transmute between types of different sizes, or dependently-sized types',
    spans: [{ span, label: null, primary: true }],
    children: [note('source', from, a.size), note('target', to, b.size)],
  });
}

interface Layout {
  readonly size: number;
  readonly align: number;
}

const INT_SIZES: Readonly<Record<string, number>> = { i8: 1, u8: 1, i16: 2, u16: 2, i32: 4, u32: 4, i64: 8, u64: 8, i128: 16, u128: 16, isize: 8, usize: 8 };
/** Std types laid out as one pointer to their first type argument. */
const STD_POINTERS: ReadonlySet<string> = new Set(['Box', 'NonNull', 'Rc', 'Arc']);

function scalar(size: number): Layout {
  return { size, align: size };
}

/** A pointer to `pointee`: one word, two for a slice, `str` or trait object, unknown for a parameter. */
function pointerTo(pointee: Ty): Layout | null {
  switch (pointee.kind) {
    case 'str': case 'slice': case 'dyn': return { size: 16, align: 8 };
    case 'param': case 'projection': case 'opaque': case 'infer': case 'error': return null;
    default: return scalar(8);
  }
}

/** Fields laid out as rustc's reordering leaves them: no inner padding, the size rounded to the largest alignment. */
function aggregate(parts: readonly (Layout | null)[]): Layout | null {
  let size = 0;
  let align = 1;
  for (const p of parts) {
    if (p === null) return null;
    size += p.size;
    align = Math.max(align, p.align);
  }
  return { size: Math.ceil(size / align) * align, align };
}

function layoutOf(fcx: Fcx, t: Ty, seen: Set<DefId>): Layout | null {
  switch (t.kind) {
    case 'bool': return scalar(1);
    case 'char': return scalar(4);
    case 'int': return scalar(INT_SIZES[t.int] ?? 8);
    case 'float': return scalar(t.float === 'f32' ? 4 : 8);
    case 'never': case 'fnDef': return { size: 0, align: 1 };
    case 'fnPtr': return scalar(8);
    case 'ref': case 'ptr': return pointerTo(t.inner);
    case 'tuple': return aggregate(t.elems.map((e) => layoutOf(fcx, e, seen)));
    case 'array': {
      const e = layoutOf(fcx, t.elem, seen);
      if (e === null || t.len.kind !== 'value') return null;
      return { size: e.size * Number(t.len.value), align: e.align };
    }
    case 'adt': {
      const info = fcx.tcx.info(t.def);
      if (info.std) {
        const name = info.lang ?? info.name;
        if (name === 'PhantomData') return { size: 0, align: 1 };
        return STD_POINTERS.has(name) && t.args.types[0] !== undefined ? pointerTo(t.args.types[0]) : null;
      }
      const adt = fcx.tcx.adt(t.def);
      if (adt.kind !== 'struct' || seen.has(t.def)) return null;
      const node = info.node;
      if (node.kind !== 'item' || node.item.attrs.some((a) => a.path === 'repr')) return null;
      seen.add(t.def);
      const fields = adt.variants[0]?.fields ?? [];
      const l = aggregate(fields.map((f) => layoutOf(fcx, substTy(f.ty, t.args), seen)));
      seen.delete(t.def);
      return l;
    }
    default: return null;
  }
}
