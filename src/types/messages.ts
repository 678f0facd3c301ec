import type { Span } from '../syntax/span.js';
import type { Diagnostic, DiagSpan, SubDiagnostic } from '../util/diagnostic.js';

/**
 * The resolve and type errors borrowscope reports, with rustc's codes and wording. Analyses call
 * these constructors; no other file in resolve/ or types/ builds message strings.
 */
function err(code: string, message: string, span: Span, label: string | null, extra: readonly DiagSpan[] = [], children: readonly SubDiagnostic[] = []): Diagnostic {
  return { level: 'error', code, message, spans: [{ span, label, primary: true }, ...extra], children };
}

/** A secondary span with its label, or none (a std item's declaration, which is not in the crate's file). */
const secondary = (span: Span | null, label: string | null): DiagSpan[] => (span === null ? [] : [{ span, label, primary: false }]);

const note = (message: string): SubDiagnostic => ({ level: 'note', message, spans: [], suggestions: [] });

/** rustc names an unresolved numeric variable by its kind in a mismatch ("found integer"). */
function tyOrVarWord(t: string): string {
  if (t === '{integer}') return 'integer';
  if (t === '{float}') return 'floating-point number';
  return `\`${t}\``;
}

/** A std path the std model lacks: rustc may well resolve it, so it is never an unresolved-name error. */
export function unmodelledStd(span: Span, path: string): Diagnostic {
  const std = /^(std|core|alloc)::/.test(path);
  const what = std ? 'std item not in the std model' : 'name through an import borrowscope cannot resolve';
  return { level: 'error', code: null, message: `unsupported: ${what} (\`${path}\`)`, spans: [{ span, label: null, primary: true }], children: [] };
}

export const msg = {
  jumpOutsideLoop: (span: Span, kind: 'break' | 'continue'): Diagnostic => {
    const what = kind === 'break' ? '`break` outside of a loop or labeled block' : '`continue` outside of a loop';
    return err('E0268', what, span, `cannot ${what}`);
  },
  jumpInsideClosure: (span: Span, kind: 'break' | 'continue', closure: Span): Diagnostic =>
    err('E0267', `\`${kind}\` inside of a closure`, span, `cannot \`${kind}\` inside of a closure`, [{ span: closure, label: 'enclosing closure', primary: false }]),
  jumpInsideAsync: (span: Span, kind: 'break' | 'continue', block: Span): Diagnostic =>
    err('E0267', `\`${kind}\` inside \`async\` block`, span, `cannot \`${kind}\` inside \`async\` block`, [{ span: block, label: 'enclosing `async` block', primary: false }]),
  closureCastCaptures: (span: Span, from: string, to: string, capture: Span, name: string): Diagnostic =>
    err('E0605', `non-primitive cast: \`${from}\` as \`${to}\``, span, 'invalid cast', [], [
      { level: 'note', message: 'closures can only be coerced to `fn` types if they do not capture any variables', spans: [{ span: capture, label: `\`${name}\` captured here`, primary: true }], suggestions: [] },
    ]),
  mismatched: (span: Span, expected: string, found: string): Diagnostic => err('E0308', 'mismatched types', span, `expected ${tyOrVarWord(expected)}, found ${tyOrVarWord(found)}`),
  projectionMismatch: (span: Span, projection: string, expected: string, found: string): Diagnostic => err('E0271', `type mismatch resolving \`${projection} == ${expected}\``, span, `expected \`${expected}\`, found \`${found}\``),
  /** A coercion to a higher-ranked fn pointer that fails rustc's leak check. */
  moreGeneral: (span: Span, expected: string, found: string, foundKind: string): Diagnostic =>
    err('E0308', 'mismatched types', span, 'one type is more general than the other', [], [note(`expected fn pointer \`${expected}\`\n${' '.repeat(Math.max(0, 'expected fn pointer'.length - 6 - foundKind.length))}found ${foundKind} \`${found}\``)]),
  unresolvedValue: (span: Span, name: string): Diagnostic => err('E0425', `cannot find value \`${name}\` in this scope`, span, 'not found in this scope'),
  unresolvedFn: (span: Span, name: string): Diagnostic => err('E0425', `cannot find function \`${name}\` in this scope`, span, 'not found in this scope'),
  // rustc 1.95 reports unknown types as E0425 (E0412 is no longer emitted).
  unresolvedType: (span: Span, name: string): Diagnostic => err('E0425', `cannot find type \`${name}\` in this scope`, span, 'not found in this scope'),
  /** E0405: a bound names no trait (`in module \`a\`` for `a::Missing`). */
  unresolvedTrait: (span: Span, name: string, module: string | null): Diagnostic =>
    err('E0405', `cannot find trait \`${name}\` in ${module === null ? 'this scope' : `module \`${module}\``}`, span, module === null ? 'not found in this scope' : `not found in \`${module}\``),
  /** E0070 (`=`), E0067 (`+=` and friends): the left side is not a place. */
  invalidLhs: (code: 'E0070' | 'E0067', op: Span, lhs: Span): Diagnostic =>
    err(code, 'invalid left-hand side of assignment', op, null, [{ span: lhs, label: 'cannot assign to this expression', primary: false }]),
  wildcardExpr: (span: Span): Diagnostic => ({ level: 'error', code: null, message: 'in expressions, `_` can only be used on the left-hand side of an assignment', spans: [{ span, label: '`_` not allowed here', primary: true }], children: [] }),
  /** E0600: a unary `-`/`!` on a type without `Neg`/`Not`. */
  unaryNotApplicable: (span: Span, op: string, ty: string, unsigned: boolean): Diagnostic =>
    err('E0600', `cannot apply unary operator \`${op}\` to type \`${ty}\``, span, `cannot apply unary operator \`${op}\``, [], unsigned ? [note('unsigned values cannot be negated')] : []),
  /** E0317: an `if` without `else` where a value is expected. */
  ifWithoutElse: (span: Span, expected: string): Diagnostic =>
    err('E0317', '`if` may be missing an `else` clause', span, `expected \`${expected}\`, found \`()\``, [], [
      note('`if` expressions without `else` evaluate to `()`'),
      { level: 'help', message: 'consider adding an `else` block that evaluates to the expected type', spans: [], suggestions: [] },
    ]),
  /** E0425 for the last segment of a path through a module. */
  unresolvedInModule: (span: Span, what: 'function' | 'value', name: string, module: string): Diagnostic =>
    err('E0425', `cannot find ${what} \`${name}\` in module \`${module}\``, span, `not found in \`${module}\``),
  /** E0404: a bound names a type, not a trait. */
  notATrait: (span: Span, kind: string, name: string): Diagnostic => err('E0404', `expected trait, found ${kind} \`${name}\``, span, 'not a trait'),
  unresolvedPath: (span: Span, name: string): Diagnostic => err('E0433', `cannot find type \`${name}\` in this scope`, span, `use of undeclared type \`${name}\``),
  noAssoc: (span: Span, name: string, ty: string, kindWord: string): Diagnostic =>
    err('E0599', `no function or associated item named \`${name}\` found for ${kindWord} \`${ty}\` in the current scope`, span, `function or associated item not found in \`${ty}\``),
  noMethod: (span: Span, name: string, ty: string, kindWord: string): Diagnostic =>
    err('E0599', `no method named \`${name}\` found for ${kindWord} \`${ty}\` in the current scope`, span, `method not found in \`${ty}\``),
  noField: (span: Span, name: string, ty: string): Diagnostic => err('E0609', `no field \`${name}\` on type \`${ty}\``, span, 'unknown field'),
  argCount: (span: Span, expected: number, found: number, isMethod: boolean, code: 'E0061' | 'E0057' = 'E0061'): Diagnostic =>
    err(code, `this ${isMethod ? 'method' : 'function'} takes ${expected} argument${expected === 1 ? '' : 's'} but ${found} argument${found === 1 ? ' was' : 's were'} supplied`, span, null),
  annotationsNeeded: (span: Span, ty: string | null = null): Diagnostic => err('E0282', ty === null || ty === '_' ? 'type annotations needed' : `type annotations needed for \`${ty}\``, span, null),
  binop: (span: Span, op: string, lhs: string): Diagnostic => err('E0369', `cannot ${binopVerb(op)} \`${lhs}\``, span, null),
  cannotDeref: (span: Span, ty: string): Diagnostic => err('E0614', `type \`${ty}\` cannot be dereferenced`, span, `can't be dereferenced`),
  cannotIndex: (span: Span, ty: string): Diagnostic => err('E0608', `cannot index into a value of type \`${ty}\``, span, null),
  notSend: (span: Span, ty: string, trait: string): Diagnostic =>
    err('E0277', `\`${ty}\` cannot be ${trait === 'Send' ? 'sent' : 'shared'} between threads safely`, span, `\`${ty}\` cannot be ${trait === 'Send' ? 'sent' : 'shared'} between threads safely`),
  notCopy: (span: Span, ty: string): Diagnostic => err('E0277', `the trait bound \`${ty}: Copy\` is not satisfied`, span, `the trait \`Copy\` is not implemented for \`${ty}\``),
  copyDeriveField: (span: Span, fieldSpan: Span): Diagnostic =>
    err('E0204', 'the trait `Copy` cannot be implemented for this type', span, null, [{ span: fieldSpan, label: 'this field does not implement `Copy`', primary: false }]),
  copyAndDrop: (span: Span): Diagnostic => err('E0184', 'the trait `Copy` cannot be implemented for this type; the type has a destructor', span, '`Copy` not allowed on types with destructors'),
  missingLifetime: (span: Span): Diagnostic => err('E0106', 'missing lifetime specifier', span, 'expected named lifetime parameter'),
  explicitDrop: (span: Span): Diagnostic => err('E0040', 'explicit use of destructor method', span, 'explicit destructor calls not allowed'),
  unsafeCall: (span: Span, name: string): Diagnostic =>
    err('E0133', `call to unsafe function \`${name}\` is unsafe and requires unsafe function or block`, span, 'call to unsafe function', [], [note('consult the function\'s documentation for information on how to avoid undefined behavior')]),
  unsafeDeref: (span: Span): Diagnostic =>
    err('E0133', 'dereference of raw pointer is unsafe and requires unsafe function or block', span, 'dereference of raw pointer', [], [note('raw pointers may be null, dangling or unaligned; they can violate aliasing rules and cause data races: all of these are undefined behavior')]),
  unsafeUnionField: (span: Span): Diagnostic =>
    err('E0133', 'access to union field is unsafe and requires unsafe function or block', span, 'access to union field', [], [note('the field may not be properly initialized: using uninitialized data will cause undefined behavior')]),
  unsafeMutStatic: (span: Span): Diagnostic =>
    err('E0133', 'use of mutable static is unsafe and requires unsafe function or block', span, 'use of mutable static', [], [note('mutable statics can be mutated by multiple threads: aliasing violations or data races will cause undefined behavior')]),
  missingFields: (span: Span, names: readonly string[]): Diagnostic =>
    err('E0063', `missing field${names.length > 1 ? 's' : ''} ${names.map((n) => `\`${n}\``).join(', ')} in initializer`, span, null),
  bareDynReturn: (span: Span): Diagnostic => err('E0746', 'return type cannot be a trait object without pointer indirection', span, "doesn't have a size known at compile-time"),
  traitBound: (span: Span, ty: string, trait: string): Diagnostic => err('E0277', `the trait bound \`${ty}: ${trait}\` is not satisfied`, span, `the trait \`${trait}\` is not implemented for \`${ty}\``),
  notDisplay: (span: Span, ty: string): Diagnostic => err('E0277', `\`${ty}\` doesn't implement \`std::fmt::Display\``, span, `\`${ty}\` cannot be formatted with the default formatter`),
  notDebug: (span: Span, ty: string): Diagnostic => err('E0277', `\`${ty}\` doesn't implement \`Debug\``, span, `\`${ty}\` cannot be formatted using \`{:?}\` because it doesn't implement \`Debug\``),
  notFromIterator: (span: Span, ty: string, item: string): Diagnostic =>
    err('E0277', `a value of type \`${ty}\` cannot be built from an iterator over elements of type \`${item}\``, span, `value of type \`${ty}\` cannot be built from \`std::iter::Iterator<Item=${item}>\``),
  tryConvert: (span: Span, to: string, from: string): Diagnostic => err('E0277', `\`?\` couldn't convert the error to \`${to}\``, span, `the trait \`From<${from}>\` is not implemented for \`${to}\``),
  undeclaredLifetime: (span: Span, name: string): Diagnostic => err('E0261', `use of undeclared lifetime name \`${name}\``, span, 'undeclared lifetime'),
  outerLifetime: (span: Span, _name: string): Diagnostic => err('E0401', "can't use generic parameters from outer item", span, 'use of generic parameter from outer item'),
  dupGenericParam: (span: Span, first: Span, name: string): Diagnostic =>
    err('E0403', `the name \`${name}\` is already used for a generic parameter in this item's generic parameters`, span, 'already used', [{ span: first, label: `first use of \`${name}\``, primary: false }]),
  staticLifetimeParam: (span: Span): Diagnostic => err('E0262', "invalid lifetime parameter name: `'static`", span, "'static is a reserved lifetime name"),
  shadowedLifetime: (span: Span, name: string, first: Span): Diagnostic =>
    err('E0496', `lifetime name \`${name}\` shadows a lifetime name that is already in scope`, span, `lifetime \`${name}\` already in scope`, [{ span: first, label: 'first declared here', primary: false }]),
  keywordLifetime: (span: Span): Diagnostic => ({ level: 'error', code: null, message: 'lifetimes cannot use keyword names', spans: [{ span, label: null, primary: true }], children: [] }),
  unusedParam: (span: Span, name: string, lifetime: boolean): Diagnostic =>
    err('E0392', `${lifetime ? 'lifetime' : 'type'} parameter \`${name}\` is never used`, span, `unused ${lifetime ? 'lifetime' : 'type'} parameter`),
  bareTrait: (span: Span): Diagnostic => err('E0782', 'expected a type, found a trait', span, null),
  /**
   * E0107. `required`..`max` is how many the definition accepts (they differ by its defaulted
   * parameters); `missing` names it when nothing was written (rustc's "missing generics for").
   */
  wrongArgCount: (span: Span, what: string, kind: 'lifetime' | 'generic', required: number, max: number, supplied: number, missing: string | null = null): Diagnostic => {
    const n = (k: number): string => `${k} ${kind} argument${k === 1 ? '' : 's'}`;
    const few = supplied < required;
    const bound = required === max ? '' : few ? 'at least ' : 'at most ';
    const expected = few ? required : max;
    const label = `expected ${bound}${n(expected)}`;
    const message = missing !== null && supplied === 0 ? `missing generics for ${what} \`${missing}\`` : `${what} takes ${bound}${n(expected)} but ${n(supplied)} ${supplied === 1 ? 'was' : 'were'} supplied`;
    return err('E0107', message, span, label);
  },
  notAStructPath: (span: Span, found: string): Diagnostic => err('E0574', `expected struct, variant or union type, found ${found}`, span, 'not a struct, variant or union type'),
  aliasNotAStruct: (span: Span, ty: string): Diagnostic => err('E0071', `expected struct, variant or union type, found \`${ty}\``, span, 'not a struct'),
  /** E0527/E0528: a slice pattern's length against an array of known length. */
  arrayPatternLength: (span: Span, elems: number, len: number, rest: boolean): Diagnostic => rest
    ? err('E0528', `pattern requires at least ${elems} element${elems === 1 ? '' : 's'} but array has ${len}`, span, `pattern cannot match array of ${len} element${len === 1 ? '' : 's'}`)
    : err('E0527', `pattern requires ${elems} element${elems === 1 ? '' : 's'} but array has ${len}`, span, `expected ${len} element${len === 1 ? '' : 's'}`),
  constraintNotAllowed: (span: Span): Diagnostic => err('E0229', 'associated item constraints are not allowed here', span, 'associated item constraint not allowed here'),
  dropNotLocalAdt: (span: Span): Diagnostic =>
    err('E0120', 'the `Drop` trait may only be implemented for local structs, enums, and unions', span, 'must be a struct, enum, or union in the current crate'),
  dropSpecialized: (span: Span, why: string): Diagnostic =>
    err('E0366', '`Drop` impls cannot be specialized', span, null, [], [note(why), note('use the same sequence of generic lifetime, type and const parameters as the struct definition')]),
  dropExtraBound: (span: Span, pred: string, adtKind: string): Diagnostic =>
    err('E0367', `\`Drop\` impl requires \`${pred}\` but the ${adtKind} it is implemented for does not`, span, null, [], [note('the implementor must specify the same requirement')]),
  orphanImpl: (span: Span, what: string, labels: readonly { span: Span; label: string }[]): Diagnostic =>
    err('E0117', `only traits defined in the current crate can be implemented for ${what}`, span, null, labels.map((l) => ({ span: l.span, label: l.label, primary: false })), [
      note("impl doesn't have any local type before any uncovered type parameters"),
      note('for more information see https://doc.rust-lang.org/reference/items/implementations.html#orphan-rules'),
      note('define and implement a trait or new type instead'),
    ]),
  uncoveredTypeParam: (span: Span, name: string): Diagnostic =>
    err('E0210', `type parameter \`${name}\` must be used as the type parameter for some local type (e.g., \`MyStruct<${name}>\`)`, span, `type parameter \`${name}\` must be used as the type parameter for some local type`, [], [
      note('implementing a foreign trait is only possible if at least one of the types for which it is implemented is local'),
      note('only traits defined in the current crate can be implemented for a type parameter'),
    ]),
  notTraitMember: (span: Span, word: string, name: string, trait: string): Diagnostic => {
    const code = word === 'method' ? 'E0407' : word === 'type' ? 'E0437' : 'E0438';
    return err(code, `${word} \`${name}\` is not a member of trait \`${trait}\``, span, `not a member of trait \`${trait}\``);
  },
  missingTraitItems: (span: Span, missing: readonly { name: string; span: Span | null }[]): Diagnostic => {
    const names = missing.map((m) => `\`${m.name}\``).join(', ');
    return err('E0046', `not all trait items implemented, missing: ${names}`, span, `missing ${names} in implementation`, missing.flatMap((m) => (m.span === null ? [] : [{ span: m.span, label: `\`${m.name}\` from trait`, primary: false }])));
  },
  selfInTraitOnly: (span: Span, name: string, self: string, traitSpan: Span | null): Diagnostic =>
    err('E0186', `method \`${name}\` has a \`${self}\` declaration in the trait, but not in the impl`, span, `expected \`${self}\` in impl`, secondary(traitSpan, `\`${self}\` used in trait`)),
  selfInImplOnly: (span: Span, name: string, self: string, traitSpan: Span | null): Diagnostic =>
    err('E0185', `method \`${name}\` has a \`${self}\` declaration in the impl, but not in the trait`, span, `\`${self}\` used in impl`, secondary(traitSpan, `trait method declared without \`${self}\``)),
  paramCount: (span: Span, name: string, trait: string, found: number, expected: number, traitSpan: Span | null): Diagnostic => {
    const n = (k: number): string => `${k} parameter${k === 1 ? '' : 's'}`;
    return err('E0050', `method \`${name}\` has ${n(found)} but the declaration in trait \`${trait}::${name}\` has ${expected}`, span, `expected ${n(expected)}, found ${found}`, traitSpan ? [{ span: traitSpan, label: `trait requires ${n(expected)}`, primary: false }] : []);
  },
  typeParamCount: (span: Span, name: string, found: number, expected: number, traitSpan: Span | null): Diagnostic => {
    const n = (k: number): string => `${k} type parameter${k === 1 ? '' : 's'}`;
    return err('E0049', `method \`${name}\` has ${n(found)} but its trait declaration has ${n(expected)}`, span, `found ${n(found)}`, secondary(traitSpan, `expected ${n(expected)}`));
  },
  incompatibleMethod: (span: Span, name: string, label: string): Diagnostic => err('E0053', `method \`${name}\` has an incompatible type for trait`, span, label),
  lateBoundMismatch: (spans: readonly Span[]): Diagnostic => ({
    level: 'error',
    code: 'E0195',
    message: 'lifetime parameters do not match the trait definition',
    spans: spans.map((s) => ({ span: s, label: null, primary: true })),
    children: [note('lifetime parameters differ in whether they are early- or late-bound')],
  }),
  lifetimesMismatchOnTrait: (span: Span, name: string, traitSpan: Span | null): Diagnostic =>
    err('E0195', `lifetime parameters or bounds on method \`${name}\` do not match the trait declaration`, span, 'lifetimes do not match method in trait', secondary(traitSpan, 'lifetimes in impl do not match this method in trait')),
  conflictingImpls: (span: Span, trait: string, self: string, first: Span | null): Diagnostic =>
    err('E0119', `conflicting implementations of trait \`${trait}\` for type \`${self}\``, span, `conflicting implementation for \`${self}\``, secondary(first, 'first implementation here')),
  methodLifetimeMismatch: (span: Span, longer: { name: string; span: Span | null }, shorter: { name: string; span: Span | null }): Diagnostic =>
    err('E0308', 'method not compatible with trait', span, 'lifetime mismatch', [], [
      { level: 'note', message: `the lifetime \`${longer.name}\` as defined here...`, spans: longer.span ? [{ span: longer.span, label: null, primary: true }] : [], suggestions: [] },
      { level: 'note', message: `...does not necessarily outlive the lifetime \`${shorter.name}\` as defined here`, spans: shorter.span ? [{ span: shorter.span, label: null, primary: true }] : [], suggestions: [] },
    ]),
  implSignatureMismatch: (span: Span, traitSpan: Span | null): Diagnostic =>
    ({ ...err('E0000', "`impl` item signature doesn't match `trait` item signature", span, null, secondary(traitSpan, null)), code: null, children: [
      { level: 'help', message: 'the lifetime requirements from the `impl` do not correspond to the requirements in the `trait`', spans: [], suggestions: [] },
      { level: 'help', message: 'verify the lifetime relationships in the `trait` and `impl` between the `self` argument, the other inputs and its output', spans: [], suggestions: [] },
    ] }),
  stricterImpl: (span: Span, pred: string, name: string, traitSpan: Span | null): Diagnostic =>
    err('E0276', 'impl has stricter requirements than trait', span, `impl has extra requirement \`${pred}\``, secondary(traitSpan, `definition of \`${name}\` from trait`)),
  assocTypeLifetime: (span: Span, ty: string, region: string | null, regionSpan: Span | null): Diagnostic =>
    err('E0477', `the type \`${ty}\` does not fulfill the required lifetime`, span, null, [], [
      region === null ? note('type must satisfy the static lifetime as required by this binding') : { level: 'note', message: `type must outlive the lifetime \`${region}\` as defined here as required by this binding`, spans: regionSpan ? [{ span: regionSpan, label: null, primary: true }] : [], suggestions: [] },
    ]),
  genericInConst: (span: Span, name: string, what: 'type' | 'lifetime' | 'const'): Diagnostic => ({
    level: 'error',
    code: null,
    message: 'generic parameters may not be used in const operations',
    spans: [{ span, label: `cannot perform const operation using \`${name}\``, primary: true }],
    children: [what === 'const' ? { level: 'help', message: `const parameters may only be used as standalone arguments here, i.e. \`${name}\``, spans: [], suggestions: [] } : note(`${what} parameters may not be used in const expressions`)],
  }),
  genericSelfInConst: (span: Span): Diagnostic => ({
    level: 'error',
    code: null,
    message: 'generic `Self` types are currently not permitted in anonymous constants',
    spans: [{ span, label: null, primary: true }],
    children: [],
  }),
  externFnBody: (span: Span, block: Span): Diagnostic => ({
    level: 'error',
    code: null,
    message: 'incorrect function inside `extern` block',
    spans: [
      { span, label: 'cannot have a body', primary: true },
      { span: block, label: '`extern` blocks define existing foreign functions and functions inside of them cannot have a body', primary: false },
    ],
    children: [note('for more information, visit https://doc.rust-lang.org/std/keyword.extern.html')],
  }),
  selfOutsideAssoc: (span: Span): Diagnostic => ({
    level: 'error',
    code: null,
    message: '`self` parameter is only allowed in associated functions',
    spans: [{ span, label: 'not semantically valid as function parameter', primary: true }],
    children: [note('associated functions are those in `impl` or `trait` definitions')],
  }),
  freeStaticWithoutBody: (span: Span): Diagnostic => ({
    level: 'error',
    code: null,
    message: 'free static item without body',
    spans: [{ span, label: null, primary: true }],
    children: [],
  }),
  multipleObjectLifetimes: (span: Span): Diagnostic => err('E0226', 'only a single explicit lifetime bound is permitted', span, null),
  refOutlivesData: (span: Span, ty: string, outer: string, inner: string): Diagnostic =>
    err('E0491', `in type \`${ty}\`, reference has a longer lifetime than the data it references`, span, null, [], [
      note(`the pointer is valid for the lifetime \`${outer}\` as defined here`),
      note(`but the referenced data is only valid for the lifetime \`${inner}\` as defined here`),
    ]),
  paramMayNotLiveLongEnough: (span: Span, param: string, region: string, refTy: string, regionDecl: Span | null): Diagnostic => {
    const stat = region === "'static";
    const mustBe = `the parameter type \`${param}\` must be valid for ${stat ? 'the static lifetime' : `the lifetime \`${region}\` as defined here`}...`;
    const so = `...so that the reference type \`${refTy}\` does not outlive the data it points at`;
    if (stat || !regionDecl) return err(stat ? 'E0310' : 'E0309', `the parameter type \`${param}\` may not live long enough`, span, mustBe, [{ span, label: so, primary: false }]);
    return err('E0309', `the parameter type \`${param}\` may not live long enough`, span, so, [{ span: regionDecl, label: mustBe, primary: false }]);
  },
  objectBoundTooShort: (span: Span, bound: string, boundDecl: Span | null, needed: string, neededDecl: Span | null): Diagnostic => {
    const at = (what: string, decl: Span | null): SubDiagnostic => ({ level: 'note', message: what, spans: decl ? [{ span: decl, label: null, primary: true }] : [], suggestions: [] });
    const name = (l: string): string => (l === "'static" ? 'the static lifetime' : `the lifetime \`${l}\` as defined here`);
    return err('E0478', 'lifetime bound not satisfied', span, null, [], [
      at(`lifetime parameter instantiated with ${name(bound)}`, boundDecl),
      at(`but lifetime parameter must outlive ${name(needed)}`, neededDecl),
    ]);
  },
  /** E0623: as E0803, for a projection in a parameter's type: both lifetimes are the parameter's. */
  lifetimeMismatchInParam: (span: Span, types: Span, param: string): Diagnostic => ({
    level: 'error', code: 'E0623', message: 'lifetime mismatch', children: [],
    spans: [{ span, label: 'these two types are declared with different lifetimes...', primary: false }, { span: types, label: null, primary: false }, { span, label: `...but data from \`${param}\` flows into \`${param}\` here`, primary: true }],
  }),
  /** E0803: an impl's lifetime must be both at most `upper` and at least `lower` (lexical region resolution). */
  conflictingRegionRequirements: (span: Span, implLifetime: string, upper: { name: string; span: Span | null }, lower: { name: string; span: Span | null }, expected: string, found: string): Diagnostic => {
    const at = (what: string, decl: Span | null): SubDiagnostic => ({ level: 'note', message: what, spans: decl ? [{ span: decl, label: null, primary: true }] : [], suggestions: [] });
    const name = (l: string): string => (l === "'static" ? 'the static lifetime' : `the lifetime \`${l}\` as defined here`);
    return err('E0803', `cannot infer an appropriate lifetime for lifetime parameter \`${implLifetime}\` due to conflicting requirements`, span, null, [], [
      at(`first, the lifetime cannot outlive ${name(upper.name)}...`, upper.span),
      at(`...but the lifetime must also be valid for ${name(lower.name)}...`, lower.span),
      at('...so that the types are compatible', span),
      note(`expected \`${expected}\`\n   found \`${found}\``),
    ]);
  },
  notFnPtrCall: (span: Span, ty: string): Diagnostic => err('E0618', `expected function, found \`${ty}\``, span, null),
};

function binopVerb(op: string): string {
  switch (op) {
    case '+': return 'add `_` to';
    default: return `apply binary operator \`${op}\` to type`;
  }
}

/** What rustc calls a private thing in privacy errors ("function", "tuple struct constructor"). */
export type PrivateKind = 'function' | 'struct' | 'unit struct' | 'tuple struct constructor' | 'enum' | 'union' | 'trait' | 'type alias' | 'constant' | 'static' | 'module' | 'unit variant' | 'tuple variant' | 'struct variant' | 'associated function' | 'associated constant' | 'associated type' | 'macro';

const help = (message: string, suggestions: SubDiagnostic['suggestions']): SubDiagnostic => ({ level: 'help', message, spans: [], suggestions });
const noteAt = (message: string, span: Span, label: string | null = null): SubDiagnostic => ({ level: 'note', message, spans: [{ span, label, primary: true }], suggestions: [] });

export const privacyMsg = {
  /** E0603: a path segment names an item (or import) the path's module may not see. */
  privateItem: (
    span: Span, kind: PrivateKind, name: string, defSpan: Span | null,
    reexport: { readonly span: Span; readonly kind: PrivateKind; readonly name: string } | null,
    ctorFields: { readonly all: Span; readonly hidden: readonly Span[] } | null,
    viaImport: { readonly span: Span; readonly targetKind: PrivateKind; readonly targetSpan: Span | null } | null,
  ): Diagnostic => {
    const what = viaImport !== null ? `${kind} import` : kind;
    const extra: DiagSpan[] = [];
    if (reexport !== null) extra.push({ span: reexport.span, label: `${reexport.kind} \`${reexport.name}\` is not publicly re-exported`, primary: false });
    if (ctorFields !== null && ctorFields.hidden.length > 0) extra.push({ span: ctorFields.all, label: 'a constructor is private if any of the fields is private', primary: false });
    const children: SubDiagnostic[] = [];
    if (viaImport !== null) {
      children.push(noteAt(`the ${what} \`${name}\` is defined here...`, viaImport.span));
      if (viaImport.targetSpan !== null) children.push(noteAt(`...and refers to the ${viaImport.targetKind} \`${name}\` which is defined here`, viaImport.targetSpan, 'you could import this directly'));
    } else if (defSpan !== null) children.push(noteAt(`the ${what} \`${name}\` is defined here`, defSpan));
    if (ctorFields !== null && ctorFields.hidden.length > 0) {
      const plural = ctorFields.hidden.length > 1 ? 'fields' : 'field';
      children.push(help(`consider making the ${plural} publicly accessible`, ctorFields.hidden.map((s) => ({ span: { lo: s.lo, hi: s.lo }, replacement: 'pub ', applicability: 'MaybeIncorrect' as const }))));
    }
    return err('E0603', `${what} \`${name}\` is private`, span, `private ${what}`, extra, children);
  },
  /** E0423: a tuple struct named through an import (or glob) that brought only its type. */
  privateCtorUse: (span: Span, fields: readonly Span[]): Diagnostic => {
    const plural = fields.length > 1 ? 'fields' : 'field';
    const children: SubDiagnostic[] = [];
    if (fields.length > 0) {
      children.push({ level: 'note', message: 'constructor is not visible here due to private fields', spans: fields.map((s) => ({ span: s, label: 'private field', primary: true })), suggestions: [] });
      children.push(help(`consider making the ${plural} publicly accessible`, fields.map((s) => ({ span: { lo: s.lo, hi: s.lo }, replacement: 'pub ', applicability: 'MaybeIncorrect' as const }))));
    }
    return err('E0423', 'cannot initialize a tuple struct which contains private fields', span, null, [], children);
  },
  /** E0616: `s.x` where `x` is a private field. */
  privateField: (span: Span, field: string, kind: 'struct' | 'union', adt: string): Diagnostic => err('E0616', `field \`${field}\` of ${kind} \`${adt}\` is private`, span, 'private field'),
  /** E0451: a private field named in a struct expression or pattern (rustc's late privacy pass). */
  privateFieldInit: (span: Span, field: string, kind: 'struct' | 'union', adt: string): Diagnostic => err('E0451', `field \`${field}\` of ${kind} \`${adt}\` is private`, span, 'private field'),
  /** E0624: a private method or associated function. */
  privateAssoc: (span: Span, kind: 'method' | 'associated function' | 'associated constant', name: string, defSpan: Span | null): Diagnostic =>
    err('E0624', `${kind} \`${name}\` is private`, span, `private ${kind}`, defSpan === null ? [] : [{ span: defSpan, label: `private ${kind} defined here`, primary: false }]),
};

const NON_PRIMITIVE_LABEL = 'an `as` expression can only be used to convert between primitive types or to coerce to a specific trait object';

/** Errors of rustc's cast check (`CastCheck`), judged once the body's types are inferred. */
export const castMsg = {
  /** E0054. Numbers get rustc's "compare with zero" help, other types the "unsupported cast" label. */
  toBool: (span: Span, from: string, operand: string | null): Diagnostic =>
    err('E0054', `cannot cast \`${from}\` as \`bool\``, span, operand === null ? 'unsupported cast' : null, [], operand === null ? [] : [help('compare with zero instead', [{ span, replacement: `${operand} != 0`, applicability: 'MachineApplicable' }])]),
  /** E0604: an integer gets rustc's `char::from_u32` suggestion, a float a help pointing at the cast. */
  toChar: (span: Span, from: string, operand: string | null, float: boolean): Diagnostic =>
    err('E0604', `only \`u8\` can be cast as \`char\`, not \`${from}\``, span, 'invalid cast', [], operand !== null
      ? [help('consider using `char::from_u32` instead', [{ span, replacement: `char::from_u32(${operand})`, applicability: 'MachineApplicable' }])]
      : float ? [{ level: 'help', message: 'consider using `char::from_u32` instead (via a `u32`)', spans: [{ span, label: null, primary: true }], suggestions: [] }] : []),
  /** E0606 `casting X as Y is invalid`, with a `= help:` line or rustc's "dereference the expression". */
  invalid: (span: Span, from: string, to: string, helpText: string | null, derefAt: Span | null = null): Diagnostic => {
    const children: SubDiagnostic[] = [];
    if (derefAt !== null) children.push(help('dereference the expression', [{ span: { lo: derefAt.lo, hi: derefAt.lo }, replacement: '*', applicability: 'MachineApplicable' }]));
    else if (helpText !== null) children.push({ level: 'help', message: helpText, spans: [], suggestions: [] });
    return err('E0606', `casting \`${from}\` as \`${to}\` is invalid`, span, null, [], children);
  },
  /** E0606 for an integer cast to a pointer to an unsized type: at the target type. */
  intToWide: (tySpan: Span, from: string, to: string): Diagnostic =>
    err('E0606', `cannot cast \`${from}\` to a pointer that is wide`, tySpan, `creating a \`${to}\` requires both an address and a length`),
  /** E0607. */
  thinToWide: (span: Span, from: string, to: string): Diagnostic => err('E0607', `cannot cast thin pointer \`${from}\` to wide pointer \`${to}\``, span, null),
  /** E0605. */
  nonPrimitive: (span: Span, from: string, to: string): Diagnostic => err('E0605', `non-primitive cast: \`${from}\` as \`${to}\``, span, NON_PRIMITIVE_LABEL),
};

/** Deny-by-default lints reported as errors; the code is the lint's name, as rustc's JSON gives it. */
export const lintMsg = {
  overflowingInt: (span: Span, text: string, ty: string, range: string, bigger: string | null): Diagnostic =>
    err('overflowing_literals', `literal out of range for \`${ty}\``, span, null, [], [
      note(`the literal \`${text}\` does not fit into the type \`${ty}\` whose range is \`${range}\``),
      note('`#[deny(overflowing_literals)]` on by default'),
      ...(bigger !== null ? [{ level: 'help' as const, message: `consider using the type \`${bigger}\` instead`, spans: [], suggestions: [] }] : []),
    ]),
  overflowingFloat: (span: Span, text: string, ty: string): Diagnostic =>
    err('overflowing_literals', `literal out of range for \`${ty}\``, span, null, [], [
      note(`the literal \`${text}\` does not fit into the type \`${ty}\` and will be converted to \`${ty}::INFINITY\``),
      note('`#[deny(overflowing_literals)]` on by default'),
    ]),
};
