import type { BlameCategory } from '../borrowck/facts.js';
/**
 * Every message, label, note and help text of the borrow checker's diagnostics, worded as
 * rustc 1.95 words them. The report step picks templates by fact; nothing else builds text.
 */
export const BORROWCK_MESSAGES = {
  // E0382
  movedValue: (action: 'use' | 'borrow' | 'assign to part', partial: boolean, place: string) => `${action} of ${partial ? 'partially ' : ''}moved value: ${place}`,
  usedAfterMove: (borrow: boolean, partial: boolean) => (borrow ? `value borrowed here after ${partial ? 'partial ' : ''}move` : `value used here after ${partial ? 'partial ' : ''}move`),
  movedHere: (partial: boolean, inLoop: boolean) => `value ${partial ? 'partially ' : ''}moved here${inLoop ? ', in previous iteration of loop' : ''}`,
  movedByMethodCall: (place: string, inLoop: boolean) => `${place} moved due to this method call${inLoop ? ', in previous iteration of loop' : ''}`,
  movedByIntoIter: (place: string, inLoop: boolean) => `${place} moved due to this implicit call to \`.into_iter()\`${inLoop ? ', in previous iteration of loop' : ''}`,
  movedIntoClosure: (inLoop: boolean) => `value moved into closure here${inLoop ? ', in previous iteration of loop' : ''}`,
  moveOccursBecause: (place: string, ty: string) => `move occurs because ${place} has type \`${ty}\`, which does not implement the \`Copy\` trait`,
  partialMoveOccursBecause: (place: string, ty: string) => `partial move occurs because ${place} has type \`${ty}\`, which does not implement the \`Copy\` trait`,
  cloneAndConsume: 'you can `clone` the value and consume it, but this might not be your desired behavior',
  iterateOverSlice: (ty: string) => `consider iterating over a slice of the \`${ty}\`'s content to avoid moving into the \`for\` loop`,
  takesOwnershipOfReceiver: (fn: string, place: string) => `\`${fn}\` takes ownership of the receiver \`self\`, which moves ${place}`,
  intoIterTakesOwnership: (place: string) => `\`into_iter\` takes ownership of the receiver \`self\`, which moves ${place}`,
  considerCloning: 'consider cloning the value if the performance cost is acceptable',
  borrowBindingInPattern: 'borrow this binding in the pattern to avoid moving the value',

  // E0381
  uninitUse: (verb: string, place: string, possibly: boolean, partialAssign: boolean) =>
    `${verb} binding ${place} ${partialAssign ? "isn't fully initialized" : possibly ? 'is possibly-uninitialized' : "isn't initialized"}`,
  uninitUsedHere: (place: string, verbPast: string, possibly: boolean, partialAssign: boolean) =>
    `${place} ${verbPast} here but it ${partialAssign ? "isn't fully initialized" : possibly ? 'is possibly-uninitialized' : "isn't initialized"}`,
  declaredUninit: 'binding declared here but left uninitialized',
  partialInitHelp: "partial initialization isn't supported, fully initialize the binding with a default value and mutate it, or use `std::mem::MaybeUninit`",
  considerAssigning: 'consider assigning a value',

  // E0499 / E0502 / E0503 / E0505 / E0506
  conflictMutMut: (place: string) => `cannot borrow ${place} as mutable more than once at a time`,
  conflictSharedMut: (place: string, newMut: boolean) => (newMut ? `cannot borrow ${place} as mutable because it is also borrowed as immutable` : `cannot borrow ${place} as immutable because it is also borrowed as mutable`),
  conflictSharedMutVia: (union: string, second: string, first: string, newMut: boolean) =>
    `cannot borrow ${union} (via ${second}) as ${newMut ? 'mutable' : 'immutable'} because it is also borrowed as ${newMut ? 'immutable' : 'mutable'} (via ${first})`,
  unionBorrowOverlaps: (kind: string, second: string, first: string) => `${kind} borrow of ${second} -- which overlaps with ${first} -- occurs here`,
  unionFieldsOverlap: (second: string, union: string, first: string) => `${second} is a field of the union \`${union}\`, so it overlaps the field ${first}`,
  conflictUnique: (place: string) => `closure requires unique access to ${place} but it is already borrowed`,
  conflictTwoUnique: (place: string) => `two closures require unique access to ${place} at the same time`,
  conflictAfterUnique: (place: string, mut: boolean) => `cannot borrow ${place} as ${mut ? 'mutable' : 'immutable'} because previous closure requires unique access`,
  firstMutBorrow: 'first mutable borrow occurs here',
  secondMutBorrow: 'second mutable borrow occurs here',
  splitAtMut: 'use `.split_at_mut(position)` to obtain two mutable non-overlapping sub-slices',
  mutBorrowedInPreviousIteration: (place: string) => `${place} was mutably borrowed here in the previous iteration of the loop`,
  immutableBorrowHere: 'immutable borrow occurs here',
  mutableBorrowHere: 'mutable borrow occurs here',
  useWhileMutBorrowed: (place: string) => `cannot use ${place} because it was mutably borrowed`,
  useOfBorrowed: (place: string) => `use of borrowed ${place}`,
  isBorrowedHere: (place: string) => `${place} is borrowed here`,
  moveOutWhileBorrowed: (place: string) => `cannot move out of ${place} because it is borrowed`,
  borrowOfOccurs: (place: string) => `borrow of ${place} occurs here`,
  moveOutOccurs: (place: string) => `move out of ${place} occurs here`,
  bindingDeclaredHere: (place: string) => `binding ${place} declared here`,
  assignToBorrowed: (place: string) => `cannot assign to ${place} because it is borrowed`,
  assignedHereButBorrowed: (place: string) => `${place} is assigned to here but it was already borrowed`,

  // closure captures
  borrowDueToUseInClosure: 'borrow occurs due to use in closure',
  borrowDueToUseOfInClosure: (desc: string, place: string) => `${desc}borrow occurs due to use of ${place} in closure`,
  valueCapturedHere: 'value captured here',

  // later uses (BorrowExplanation)
  laterUsed: (desc: string, inLoop: boolean) => (inLoop ? `${desc}borrow used here, in later iteration of loop` : `${desc}borrow later used here`),
  laterUsedByCall: (desc: string, inLoop: boolean) => (inLoop ? `${desc}borrow used by call, in later iteration of loop` : `${desc}borrow later used by call`),
  laterCaptured: (desc: string, inLoop: boolean) => (inLoop ? `${desc}borrow captured here by closure, in later iteration of loop` : `${desc}borrow later captured here by closure`),
  laterDropped: (desc: string, local: string, ty: string) => `${desc}borrow might be used here, when ${local} is dropped and runs the \`Drop\` code for type \`${ty}\``,
  laterDroppedVec: (desc: string, local: string, ty: string) => `${desc}borrow might be used here, when ${local} is dropped and runs the destructor for type \`${ty}\``,
  /** `place` null: a temporary (rustc: "requires that borrow lasts for `'a`"). */
  mustBeValidFor: (category: BlameCategory, place: string | null, region: string) => {
    const prefix = category === 'return' ? 'returning this value ' : category === 'typeAnnotation' ? 'type annotation '
      : category === 'callArgument' ? 'argument ' : category === 'assignment' ? 'assignment ' : category === 'other' ? 'this usage ' : '';
    return place === null ? `${prefix}requires that borrow lasts for \`${region}\`` : `${prefix}requires that ${place} is borrowed for \`${region}\``;
  },

  // E0597 / E0716 / E0515
  doesNotLiveLongEnough: (place: string) => `${place} does not live long enough`,
  borrowedValueDoesNotLive: 'borrowed value does not live long enough',
  droppedWhileBorrowed: (place: string) => `${place} dropped here while still borrowed`,
  temporaryDropped: 'temporary value dropped while borrowed',
  createsTemporary: 'creates a temporary value which is freed while still in use',
  temporaryFreed: 'temporary value is freed at the end of this statement',
  considerLetBinding: 'consider using a `let` binding to create a longer lived value',
  cannotReturn: (directRef: boolean, what: string) => `cannot return ${directRef ? 'reference to' : 'value referencing'} ${what}`,
  returnsData: (directRef: boolean) => `returns ${directRef ? 'a reference to' : 'a value referencing'} data owned by the current function`,
  temporaryCreatedHere: 'temporary value created here',

  // E0373
  closureMayOutlive: (place: string) => `closure may outlive the current function, but it borrows ${place}, which is owned by the current function`,
  mayOutliveBorrowed: (place: string) => `may outlive borrowed value ${place}`,
  closureReturnedHere: 'closure is returned here',
  functionRequiresStatic: (region: string) => `function requires argument type to outlive \`${region}\``,
  useMoveKeyword: (place: string) => `to force the closure to take ownership of ${place} (and any other referenced variables), use the \`move\` keyword`,

  // E0384 / E0596 / E0594
  assignTwice: (place: string) => `cannot assign twice to immutable variable ${place}`,
  assignTwiceLabel: 'cannot assign twice to immutable variable',
  firstAssignment: (place: string) => `first assignment to ${place}`,
  assignImmutableArg: (place: string) => `cannot assign to immutable argument ${place}`,
  assignImmutableArgLabel: 'cannot assign to immutable argument',
  considerMakingMutable: 'consider making this binding mutable',
  considerChangingMutable: 'consider changing this to be mutable',
  cannotBorrowMutLocal: (place: string) => `cannot borrow ${place} as mutable, as it is not declared as mutable`,
  cannotBorrowMutBehindRef: (place: string) => `cannot borrow ${place} as mutable, as it is behind a \`&\` reference`,
  cannotBorrowMutBehindPtr: (place: string) => `cannot borrow ${place} as mutable, as it is behind a \`*const\` pointer`,
  cannotBorrowMutUpvar: (place: string, whole: boolean) => `cannot borrow ${place} as mutable, ${whole ? 'as it is a captured variable in a `Fn` closure' : 'as `Fn` closures cannot mutate their captured variables'}`,
  cannotBorrowMutNotDeclared: (place: string, upvar: string | null) => `cannot borrow ${place} as mutable, as ${upvar === null ? 'it' : `\`${upvar}\``} is not declared as mutable`,
  cannotBorrowMutLabel: 'cannot borrow as mutable',
  notMutable: 'not mutable',
  callingRequiresMutBinding: (closure: string, captured: string) => `calling ${closure} requires mutable binding due to mutable borrow of ${captured}`,
  refSoCannotBorrow: (refPlace: string) => `${refPlace} is a \`&\` reference, so it cannot be borrowed as mutable`,
  cannotAssignLocal: (place: string, root: string) => `cannot assign to ${place}, as ${root} is not declared as mutable`,
  cannotAssignBehindRef: (place: string) => `cannot assign to ${place}, which is behind a \`&\` reference`,
  cannotAssignBehindPtr: (place: string) => `cannot assign to ${place}, which is behind a \`*const\` pointer`,
  cannotAssignUpvar: (place: string, whole: boolean) => `cannot assign to ${place}, ${whole ? 'as it is a captured variable in a `Fn` closure' : 'as `Fn` closures cannot mutate their captured variables'}`,
  cannotAssignNotDeclared: (place: string, upvar: string | null) => `cannot assign to ${place}, as ${upvar === null ? 'it' : `\`${upvar}\``} is not declared as mutable`,
  cannotAssignLabel: 'cannot assign',
  inThisClosure: 'in this closure',
  mutBorrowDueToUseInClosure: (place: string) => `mutable borrow occurs due to use of ${place} in closure`,
  changeToAcceptFnMut: 'change this to accept `FnMut` instead of `Fn`',
  expectsFnNotFnMut: 'expects `Fn` instead of `FnMut`',
  changeToReturnFnMut: 'change this to return `FnMut` instead of `Fn`',
  declaredOutsideClosure: (name: string) => `\`${name}\` declared here, outside the closure`,
  capturedOuterVariable: 'captured outer variable',
  capturedByThisClosure: (kind: string) => `captured by this \`${kind}\` closure`,
  cannotMoveOutOfCapture: (place: string, kind: string, upvar: string | null) => `cannot move out of ${place}, ${upvar === null ? 'a' : `as \`${upvar}\` is a`} captured variable in an \`${kind}\` closure`,
  isMovedHere: (place: string) => `${place} is moved here`,
  fnClosuresConsumeHelp: '`Fn` and `FnMut` closures require captured values to be able to be consumed multiple times, but `FnOnce` closures may consume them only once',
  refSoCannotWrite: (refPlace: string) => `${refPlace} is a \`&\` reference, so it cannot be written to`,
  considerMutRef: 'consider changing this to be a mutable reference',

  // E0507 / E0508 / E0509
  cannotMoveBehindRef: (place: string, mut: boolean) => `cannot move out of ${place} which is behind a ${mut ? 'mutable' : 'shared'} reference`,
  cannotMoveVariantBehindRef: (place: string, variant: string, mut: boolean) => `cannot move out of ${place} as enum variant \`${variant}\` which is behind a ${mut ? 'mutable' : 'shared'} reference`,
  dataMovedHere: 'data moved here',
  andHere: '...and here',
  moveOccursBecauseTheseVariables: "move occurs because these variables have types that don't implement the `Copy` trait",
  cannotMoveOutOfIndex: (ty: string) => `cannot move out of index of \`${ty}\``,
  cannotMoveOutOfRc: 'cannot move out of an `Rc`',
  cannotMoveOutOfArc: 'cannot move out of an `Arc`',
  cannotMoveOutOfDeref: (ty: string) => `cannot move out of dereference of \`${ty}\``,
  cannotMoveOutOfRaw: (place: string) => `cannot move out of ${place} which is behind a raw pointer`,
  cannotMoveOutOf: (place: string) => `cannot move out of ${place}`,
  cannotMoveNonCopyArray: (ty: string, slice: boolean) => `cannot move out of type \`${ty}\`, a non-copy ${slice ? 'slice' : 'array'}`,
  cannotMoveDropType: (ty: string) => `cannot move out of type \`${ty}\`, which implements the \`Drop\` trait`,
  cannotMoveOutOfHere: 'cannot move out of here',
  valueMoveOccursBecause: (ty: string) => `move occurs because value has type \`${ty}\`, which does not implement the \`Copy\` trait`,
  considerBorrowing: 'consider borrowing here',
  considerRemovingDeref: 'consider removing the dereference here',

  // universal regions
  lifetimeMayNotLiveLongEnough: 'lifetime may not live long enough',
  explicitLifetimeRequired: (param: string) => `explicit lifetime required in the type of \`${param}\``,
  lifetimeRequired: (region: string) => `lifetime \`${region}\` required`,
  addExplicitLifetime: (region: string, param: string) => `add explicit lifetime \`${region}\` to the type of \`${param}\``,
  supposedToReturn: (fnKind: string, shorter: string, longer: string) => `${fnKind} was supposed to return data with lifetime \`${shorter}\` but it is returning data with lifetime \`${longer}\``,
  typeAnnotationRequires: (longer: string, shorter: string) => `type annotation requires that \`${longer}\` must outlive \`${shorter}\``,
  plainRequires: (longer: string, shorter: string) => `requires that \`${longer}\` must outlive \`${shorter}\``,
  lifetimeDefinedHere: (region: string) => `lifetime \`${region}\` defined here`,
  letsCallLifetime: (region: string) => `let's call the lifetime of this reference \`${region}\``,
  returningRequires: (longer: string, shorter: string) => `returning this value requires that \`${longer}\` must outlive \`${shorter}\``,
  argumentRequires: (longer: string, shorter: string) => `argument requires that \`${longer}\` must outlive \`${shorter}\``,
  assignmentRequires: (longer: string, shorter: string) => `assignment requires that \`${longer}\` must outlive \`${shorter}\``,
  requiresOutlive: (longer: string, shorter: string) => `this usage requires that \`${longer}\` must outlive \`${shorter}\``,
  requirementBecauseMutRef: (pointee: string) => `requirement occurs because of a mutable reference to \`${pointee}\``,
  requirementBecauseMutPtr: (pointee: string) => `requirement occurs because of a mutable pointer to \`${pointee}\``,
  requirementBecauseType: (ty: string, arg: string) => `requirement occurs because of the type \`${ty}\`, which makes the generic argument \`${arg}\` invariant`,
  mutRefsInvariant: 'mutable references are invariant over their type parameter',
  mutPtrsInvariant: 'mutable pointers are invariant over their type parameter',
  adtInvariant: (kind: string, adt: string, param: string) => `the ${kind} \`${adt}\` is invariant over the parameter \`${param}\``,
  seeNomiconVariance: 'see <https://doc.rust-lang.org/nomicon/subtyping.html> for more information about variance',
  considerBound: (longer: string, shorter: string) => `consider adding the following bound: \`${longer}: ${shorter}\``,
} as const;
