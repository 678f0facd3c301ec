/**
 * The items real std's traits require of an impl (those without a default), in declaration
 * order, for the traits a crate commonly implements. The std model declares its traits with
 * fewer items and no bodies, so which items are required is taken from here; the model's own
 * declarations of exactly these items are faithful, so impls' methods are compared with them.
 * Keyed by the trait's name; `Write` is told apart by the model's items (fmt's has `write_str`).
 */
const REQUIRED: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['Iterator', ['Item', 'next']],
  ['DoubleEndedIterator', ['next_back']],
  ['IntoIterator', ['Item', 'IntoIter', 'into_iter']],
  ['FromIterator', ['from_iter']],
  ['Extend', ['extend']],
  ['Sum', ['sum']],
  ['Product', ['product']],
  ['Display', ['fmt']],
  ['Debug', ['fmt']],
  ['fmt::Write', ['write_str']],
  ['io::Write', ['write', 'flush']],
  ['Read', ['read']],
  ['Clone', ['clone']],
  ['Default', ['default']],
  ['Drop', ['drop']],
  ['PartialEq', ['eq']],
  ['PartialOrd', ['partial_cmp']],
  ['Ord', ['cmp']],
  ['Eq', []],
  ['Hash', ['hash']],
  ['Hasher', ['finish', 'write']],
  ['From', ['from']],
  ['Into', ['into']],
  ['AsRef', ['as_ref']],
  ['AsMut', ['as_mut']],
  ['Borrow', ['borrow']],
  ['BorrowMut', ['borrow_mut']],
  ['FromStr', ['Err', 'from_str']],
  ['Deref', ['Target', 'deref']],
  ['DerefMut', ['deref_mut']],
  ['Index', ['Output', 'index']],
  ['IndexMut', ['index_mut']],
  ['Add', ['Output', 'add']],
  ['Sub', ['Output', 'sub']],
  ['Mul', ['Output', 'mul']],
  ['Div', ['Output', 'div']],
  ['Rem', ['Output', 'rem']],
  ['Neg', ['Output', 'neg']],
  ['Not', ['Output', 'not']],
  ['AddAssign', ['add_assign']],
  ['SubAssign', ['sub_assign']],
  ['MulAssign', ['mul_assign']],
  ['Error', []],
]);

/**
 * Every item (required and provided, stable) of the small std traits whose whole list is short:
 * an impl item outside it is not a member of the trait (E0407, E0437, E0438).
 */
const ALL: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['Display', ['fmt']],
  ['Debug', ['fmt']],
  ['fmt::Write', ['write_str', 'write_char', 'write_fmt']],
  ['Clone', ['clone', 'clone_from']],
  ['Default', ['default']],
  ['Drop', ['drop']],
  ['PartialEq', ['eq', 'ne']],
  ['Eq', []],
  ['PartialOrd', ['partial_cmp', 'lt', 'le', 'gt', 'ge']],
  ['Ord', ['cmp', 'max', 'min', 'clamp']],
  ['Hash', ['hash', 'hash_slice']],
  ['From', ['from']],
  ['Into', ['into']],
  ['AsRef', ['as_ref']],
  ['AsMut', ['as_mut']],
  ['Borrow', ['borrow']],
  ['BorrowMut', ['borrow_mut']],
  ['FromStr', ['Err', 'from_str']],
  ['Deref', ['Target', 'deref']],
  ['DerefMut', ['deref_mut']],
  ['Index', ['Output', 'index']],
  ['IndexMut', ['index_mut']],
  ['Add', ['Output', 'add']],
  ['Sub', ['Output', 'sub']],
  ['Mul', ['Output', 'mul']],
  ['Div', ['Output', 'div']],
  ['Rem', ['Output', 'rem']],
  ['Neg', ['Output', 'neg']],
  ['Not', ['Output', 'not']],
  ['AddAssign', ['add_assign']],
  ['SubAssign', ['sub_assign']],
  ['MulAssign', ['mul_assign']],
]);

function key(name: string, items: ReadonlyMap<string, unknown>): string {
  return name === 'Write' ? (items.has('write_str') ? 'fmt::Write' : 'io::Write') : name;
}

/** The required items of std trait `name` (with `items`, the model's item names), or null when not known here. */
export function stdRequiredItems(name: string, items: ReadonlyMap<string, unknown>): readonly string[] | null {
  return REQUIRED.get(key(name, items)) ?? null;
}

/** All the items of std trait `name`, when its whole list is known here; null otherwise. */
export function stdAllItems(name: string, items: ReadonlyMap<string, unknown>): readonly string[] | null {
  return ALL.get(key(name, items)) ?? null;
}
