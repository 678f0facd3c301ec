import type { Pat } from '../../syntax/ast.js';
import type { Ty } from '../../types/ty.js';
import type { ProjectionElem } from '../mir.js';
import { Unsupported } from './builder.js';

/**
 * The places a slice pattern matches, as rustc's `prefix_slice_suffix` makes them. On an array the
 * length is known: every element is a `ConstantIndex` from the start (`a[2 of 4]`) and the rest is
 * `a[1..3]`, which keeps array elements separate move paths. On a slice, the suffix counts from
 * the end (`s[-1 of 2]`), the rest is `s[1:-1]` and the pattern needs a length test first.
 */
export interface SliceElem {
  readonly pat: Pat;
  readonly elem: ProjectionElem;
  readonly ty: Ty;
}

export interface SliceShape {
  /** True on an array: no length test. */
  readonly exact: boolean;
  /** Elements (prefix and suffix) a slice must have at least; the length of an array. */
  readonly minLength: number;
  /** Whether the pattern has `..`: a slice then needs `len >= minLength`, else `len == minLength`. */
  readonly hasRest: boolean;
  readonly elems: readonly SliceElem[];
}

export function sliceShape(pat: Pat & { kind: 'slice' }, ty: Ty): SliceShape {
  if (ty.kind !== 'array' && ty.kind !== 'slice') throw new Unsupported(pat.span, 'slice pattern against this type');
  const restAt = pat.elems.findIndex(isRestElem);
  const prefix = restAt < 0 ? pat.elems : pat.elems.slice(0, restAt);
  const suffix = restAt < 0 ? [] : pat.elems.slice(restAt + 1);
  let minLength = prefix.length + suffix.length;
  const exact = ty.kind === 'array';
  if (ty.kind === 'array') {
    if (ty.len.kind !== 'value') throw new Unsupported(pat.span, 'slice pattern on an array of generic length');
    minLength = Number(ty.len.value);
  }
  const elemTy = ty.elem;
  const elems: SliceElem[] = [];
  prefix.forEach((p, i) => {
    elems.push({ pat: p, elem: { kind: 'constantIndex', offset: i, minLength, fromEnd: false }, ty: elemTy });
  });
  if (restAt >= 0) {
    const restLen = minLength - prefix.length - suffix.length;
    const restTy: Ty = exact ? { kind: 'array', elem: elemTy, len: { kind: 'value', value: BigInt(restLen) } } : { kind: 'slice', elem: elemTy };
    const to = exact ? minLength - suffix.length : suffix.length;
    elems.push({ pat: pat.elems[restAt]!, elem: { kind: 'subslice', from: prefix.length, to, fromEnd: !exact }, ty: restTy });
  }
  suffix.forEach((p, i) => {
    const endOffset = suffix.length - i;
    elems.push({ pat: p, elem: { kind: 'constantIndex', offset: exact ? minLength - endOffset : endOffset, minLength, fromEnd: !exact }, ty: elemTy });
  });
  return { exact, minLength, hasRest: restAt >= 0, elems };
}

/** `..` or `name @ ..` inside a slice pattern. */
export function isRestElem(p: Pat): boolean {
  if (p.kind === 'rest') return true;
  if (p.kind === 'ident' && p.sub !== null) return isRestElem(p.sub);
  if (p.kind === 'paren') return isRestElem(p.inner);
  return false;
}
