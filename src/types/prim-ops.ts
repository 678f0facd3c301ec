import type { InferCtxt } from './infer.js';
import { shallow, unify } from './infer.js';
import type { Ty } from './ty.js';

/**
 * The operator impls real std gives the primitive numbers and `bool` (`impl Add for u8`,
 * `impl Add<&u8> for u8`, `impl Add<u8> for &u8`, `impl Add<&u8> for &u8`, `impl AddAssign<&u8>
 * for u8`, `impl Shl<i64> for u32`, `impl Neg for &f64`…), answered structurally: the std model
 * does not spell out these hundreds of impls. Only used for trait obligations (bounds such as
 * `T: Add<Output = T>` met by `u8`); the operators themselves are typed as built-in scalars.
 */
const ARITH: ReadonlySet<string> = new Set(['Add', 'Sub', 'Mul', 'Div', 'Rem']);
const BITS: ReadonlySet<string> = new Set(['BitAnd', 'BitOr', 'BitXor']);
const SHIFT: ReadonlySet<string> = new Set(['Shl', 'Shr']);

type Operand = 'int' | 'signed' | 'float' | 'bool';

function operandKind(t: Ty): Operand | null {
  switch (t.kind) {
    case 'int': return t.int.startsWith('i') ? 'signed' : 'int';
    case 'float': return 'float';
    case 'bool': return 'bool';
    case 'infer': return t.flavor === 'int' ? 'int' : t.flavor === 'float' ? 'float' : null;
    default: return null;
  }
}

function accepts(trait: string, k: Operand): boolean {
  if (ARITH.has(trait)) return k !== 'bool';
  if (BITS.has(trait)) return k !== 'float';
  if (SHIFT.has(trait)) return k === 'int' || k === 'signed';
  if (trait === 'Neg') return k === 'signed' || k === 'float';
  if (trait === 'Not') return k !== 'float';
  return false;
}

/** Is `trait` one of the operator traits this module answers for? (`AddAssign` counts as `Add`.) */
export function isPrimOpTrait(trait: string): boolean {
  const base = trait.endsWith('Assign') ? trait.slice(0, -'Assign'.length) : trait;
  return ARITH.has(base) || BITS.has(base) || SHIFT.has(base) || base === 'Neg' || base === 'Not';
}

/**
 * The primitive a built-in operator impl applies to, or null when `self` is not a primitive
 * operand of `trait` (then the std model's and the user's impls decide). `by ref` operands
 * (`&u8 + u8`) are accepted for the binary and unary operators, not for the `…Assign` ones.
 */
function primSelf(icx: InferCtxt, self: Ty, trait: string): Ty | null {
  const assign = trait.endsWith('Assign');
  const base = assign ? trait.slice(0, -'Assign'.length) : trait;
  let t = shallow(icx, self);
  if (!assign && t.kind === 'ref' && !t.mut) t = shallow(icx, t.inner);
  const k = operandKind(t);
  return k !== null && accepts(base, k) ? t : null;
}

/**
 * `self: Trait<rhs>` for a primitive operand: 'yes'/'no', 'maybe' while the right operand is not
 * known (several impls would fit), or null when the built-in impls do not apply.
 */
export function solvePrimOp(icx: InferCtxt, self: Ty, trait: string, rhs: Ty | undefined): 'yes' | 'no' | 'maybe' | null {
  const lhs = primSelf(icx, self, trait);
  if (lhs === null) return null;
  const base = trait.endsWith('Assign') ? trait.slice(0, -'Assign'.length) : trait;
  if (base === 'Neg' || base === 'Not') return 'yes';
  if (rhs === undefined) return 'maybe';
  let r = shallow(icx, rhs);
  if (r.kind === 'ref' && !r.mut) r = shallow(icx, r.inner);
  if (r.kind === 'infer' && r.flavor === 'general') return 'maybe';
  if (SHIFT.has(base)) {
    const k = operandKind(r);
    return k === 'int' || k === 'signed' ? 'yes' : 'no';
  }
  return unify(icx, lhs, r) ? 'yes' : 'no';
}

/** `<self as Trait<rhs>>::Output` for a primitive operand: the operand's own type. */
export function primOpOutput(icx: InferCtxt, self: Ty, trait: string): Ty | null {
  return trait.endsWith('Assign') ? null : primSelf(icx, self, trait);
}
