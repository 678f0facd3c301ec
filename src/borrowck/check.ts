import type { Cfg } from '../dataflow/cfg.js';
import type { Results } from '../dataflow/framework.js';
import { forEachDescendant, lookupPlace, type MoveData, placeTyOfProjectionBase } from '../dataflow/move-paths.js';
import { visitStatement, visitTerminator, type PlaceUse } from '../dataflow/visit.js';
import type { Body, BorrowKind, Location, Place } from '../mir/mir.js';
import type { Span } from '../syntax/span.js';
import type { TypeContext } from '../types/context.js';
import type { Ty } from '../types/ty.js';
import { BitSet } from '../util/bitset.js';
import { explainLoan, type ExplainCx } from './explain.js';
import type { BorrowckError, MoveOrigin, MoveSite, MutabilityReason } from './facts.js';
import { type BorrowSet, type BorrowsAnalysis, closureCaptureOf, closureCaptureUse, isActive } from './loans.js';
import { movedIndexes } from './moved-sites.js';
import { checkMutability, type LocalMutation, mutationRoot, upvarFieldOf } from './mutability.js';
import { type AccessDepth, placesConflict } from './places-conflict.js';

/**
 * The borrow checker's walk over the body (rustc's `MirBorrowckCtxt` visitor): at each location,
 * with the loans in scope, the maybe-uninitialised paths and the ever-initialised inits, check
 * every access for conflicts with loans, use of moved/uninitialised data, and mutability.
 */
type Rw =
  | { readonly kind: 'read'; readonly read: 'copy' | 'borrowShared' | 'borrowShallow' }
  | { readonly kind: 'write'; readonly write: 'mutate' | 'move' | 'mutBorrow' | 'storageDeadOrDrop'; readonly borrow: BorrowKind | null }
  | { readonly kind: 'reservation'; readonly borrow: BorrowKind }
  | { readonly kind: 'activation'; readonly loan: number };

export interface CheckInputs {
  readonly body: Body;
  readonly tcx: TypeContext;
  readonly cfg: Cfg;
  readonly md: MoveData;
  readonly bs: BorrowSet;
  readonly borrows: Results;
  readonly borrowsAnalysis: BorrowsAnalysis;
  readonly uninits: Results;
  readonly everInits: Results;
  readonly idom: Int32Array;
  readonly ex: ExplainCx;
  readonly moveOrigin: (loc: Location, place: Place) => MoveOrigin;
  /**
   * Filled by the walk (rustc's `used_mut` / `used_mut_upvars`): locals whose `mut` a permitted
   * mutation needed, and upvars (field indexes of a closure's environment) mutated in place.
   */
  readonly usedMut: Set<number>;
  readonly usedMutUpvars: Set<number>;
}

export function checkBody(inp: CheckInputs): BorrowckError[] {
  const { body, tcx, cfg, md, bs } = inp;
  const errors: BorrowckError[] = [];
  const reportedAccess = new Set<string>();
  const reservationErrors = new Set<string>();
  // Per set of move-outs: the used place reported, where, and the error's index. As in rustc, a
  // later use of the same moves replaces the earlier error, unless it is a prefix of the place
  // reported.
  const moveErrorReported = new Map<string, { readonly place: Place; readonly loc: Location; readonly index: number }>();
  const uninitReported = new Set<number>();
  const lifetimeReported = new Set<number>();
  const closureMutUses = new Map<number, Span[]>();
  const localMutBorrows = new Map<number, { readonly span: Span; readonly place: Place }[]>();

  const borrowState = new BitSet(bs.loans.length);
  const uninitState = new BitSet(md.paths.length);
  const everState = new BitSet(md.inits.length);

  const placeKey = (p: Place): string => `${p.local}${p.projection.map((e) => (e.kind === 'field' ? `.${e.index}` : e.kind === 'index' ? `[${e.local}]` : e.kind === 'deref' ? '*' : e.kind === 'downcast' ? `@${e.variant}` : `#${e.kind}`)).join('')}`;

  // ---- moves and initialisation ----
  const reportMovedOrUninit = (loc: Location, span0: Span, usedPlace: Place, mpi: number, action: 'use' | 'borrow' | 'partialAssign' | 'assign', described: Place = usedPlace): void => {
    // rustc's `move_spans` at a closure's read of a place its body matches on: the closure when
    // the reported path is that very place, else the read in the body (`a.name` of a moved `a`).
    const span = closureReadSpan(body, loc, described) ?? span0;
    const found = movedIndexes(body, cfg, md, inp.idom, loc, mpi);
    if (found.length === 0) {
      const local = usedPlace.local;
      if (uninitReported.has(local)) return;
      uninitReported.add(local);
      // "possibly": some initialisation of this local reaches the use.
      let possibly = false;
      forEachDescendant(md, md.localPath[local]!, (p) => { for (const i of md.pathInits[p]!) if (everState.has(i)) possibly = true; });
      errors.push({ kind: 'useUninit', span, place: usedPlace, local, partiallyAssigned: action === 'partialAssign', possibly, isBorrow: action === 'borrow' });
      return;
    }
    const key = found.map((f) => f.move).sort((a, b) => a - b).join(',');
    const prev = moveErrorReported.get(key);
    // rustc renumbers the regions of a field projection's type at every location, so a place
    // through a field of a region-carrying type (a closure's captured `&mut`) is a prefix of a
    // place used at another location only in name: the later use replaces the earlier error.
    if (prev !== undefined && isPrefixOf(usedPlace, prev.place) && (sameLocation(loc, prev.loc) || !placeHasRegionTypedField(usedPlace))) return;
    const sites: MoveSite[] = found.map((f) => {
      const mo = md.moves[f.move]!;
      return { location: mo.location, span: spanAt(body, mo.location), place: md.paths[mo.path]!.place, inPreviousIteration: f.backEdge, origin: inp.moveOrigin(mo.location, md.paths[mo.path]!.place) };
    });
    sites.sort((a, b) => a.span.lo - b.span.lo);
    const partial = sites.some((s) => {
      const mp = s.place;
      const isBoxMove = mp.projection.length === 1 && mp.projection[0]!.kind === 'deref';
      return !isBoxMove && !samePlace(usedPlace, mp) && isPrefixOf(usedPlace, mp);
    });
    const fact = { kind: 'useOfMoved', span, place: described, movedPlace: sites[0]!.place, moves: sites, isBorrow: action === 'borrow', partial, partialAssign: action === 'partialAssign' } as const;
    if (prev !== undefined) {
      errors[prev.index] = fact;
      moveErrorReported.set(key, { place: usedPlace, loc, index: prev.index });
    } else {
      moveErrorReported.set(key, { place: usedPlace, loc, index: errors.length });
      errors.push(fact);
    }
  };

  const checkFullPathMoved = (loc: Location, span: Span, place: Place, action: 'use' | 'borrow' | 'partialAssign' | 'assign'): boolean => {
    const r = lookupPlace(md, place);
    // rustc names the closest tracked prefix: `s` for a use of `s.a` after `s` moved, and the
    // union for a field of a union.
    if (uninitState.has(r.path)) { reportMovedOrUninit(loc, span, place, r.path, action, md.paths[r.path]!.place); return true; }
    return false;
  };
  const checkPathOrChildMoved = (loc: Location, span: Span, place: Place, action: 'use' | 'borrow'): void => {
    if (checkFullPathMoved(loc, span, place, action)) return;
    const last = place.projection[place.projection.length - 1];
    if (last !== undefined && last.kind === 'subslice' && !last.fromEnd) {
      // rustc's `check_if_subslice_element_is_moved`: `a[1..3]` of an array is used after a move
      // of one of `a[1 of N]`, `a[2 of N]`; the error names the array.
      const base: Place = { local: place.local, projection: place.projection.slice(0, -1) };
      const rb = lookupPlace(md, base);
      if (!rb.exact) return;
      for (let c = md.paths[rb.path]!.firstChild; c !== -1; c = md.paths[c]!.nextSibling) {
        const cp = md.paths[c]!.place;
        const e = cp.projection[cp.projection.length - 1]!;
        if (e.kind !== 'constantIndex' || e.offset < last.from || e.offset >= last.to) continue;
        let uninit = -1;
        forEachDescendant(md, c, (p) => { if (uninit < 0 && uninitState.has(p)) uninit = p; });
        if (uninit >= 0) { reportMovedOrUninit(loc, span, base, uninit, action); return; }
      }
      return;
    }
    const r = lookupPlace(md, place);
    if (!r.exact) return;
    let child = -1;
    forEachDescendant(md, r.path, (p) => { if (child < 0 && uninitState.has(p)) child = p; });
    if (child >= 0) reportMovedOrUninit(loc, span, place, child, action);
  };
  const checkAssignedPathMoved = (loc: Location, span: Span, place: Place): void => {
    for (let i = place.projection.length - 1; i >= 0; i--) {
      const e = place.projection[i]!;
      const base: Place = { local: place.local, projection: place.projection.slice(0, i) };
      if (e.kind === 'deref' || e.kind === 'index' || e.kind === 'constantIndex' || e.kind === 'subslice') {
        checkFullPathMoved(loc, span, base, 'use');
        return;
      }
      if (e.kind === 'field') {
        const baseTy = placeTyOfProjectionBase(body, tcx, place, i);
        if (baseTy.kind === 'adt' && tcx.hasDropImpl(baseTy)) { checkPathOrChildMoved(loc, span, base, 'use'); return; }
        if (baseTy.kind === 'adt' || baseTy.kind === 'tuple') {
          // Partial assignment into a (maybe) uninitialised or moved-from aggregate.
          let shortest: { place: Place; path: number } | null = null;
          for (let j = i; j >= 0; j--) {
            const pre: Place = { local: place.local, projection: place.projection.slice(0, j) };
            const r = lookupPlace(md, pre);
            if (r.exact && uninitState.has(r.path)) shortest = { place: pre, path: r.path };
            // rustc's shallow prefixes: none through a dereference (that base is checked below).
            if (j > 0 && place.projection[j - 1]!.kind === 'deref') break;
          }
          if (shortest !== null) {
            reportMovedOrUninit(loc, span, shortest.place, shortest.path, 'partialAssign');
            // rustc (#21232, #54499): after a partial-assignment error, no `unused_mut` for the variable.
            inp.usedMut.add(place.local);
            return;
          }
        }
      }
    }
  };

  // ---- conflicts with loans ----
  const accessKeyOf = (place: Place, span: Span, loc: Location): string =>
    `${placeKey(place)}@${span.lo}:${span.hi}${placeHasRegionTypedField(place) ? `@${loc.block}:${loc.index}` : ''}`;
  // `checkPermissions`: false for rustc's `WriteKind::Replace` (the drop before an assignment),
  // which only conflicts with loans; the assignment itself is checked for mutability.
  const accessPlace = (loc: Location, span: Span, place: Place, depth: AccessDepth, rw: Rw, mutationAllowed: 'yes' | 'exceptUpvars' | 'no', checkPermissions = true): void => {
    // Keys are built only once something was reported (the common path allocates nothing).
    if (rw.kind === 'activation' && reservationErrors.size > 0 && reservationErrors.has(placeKey(place))) return;
    const checksPermissions = checkPermissions && (rw.kind === 'write' && (rw.write === 'mutate' || rw.write === 'mutBorrow') || rw.kind === 'reservation');
    const borrowKind = rw.kind === 'reservation' ? rw.borrow : rw.kind === 'write' ? rw.borrow : null;
    const allowed = borrowKind === 'unique' ? 'yes' : mutationAllowed;
    if (reportedAccess.size > 0 && reportedAccess.has(accessKeyOf(place, span, loc))) {
      // Our assignment after a replace-drop shares the drop's span (rustc's spans the whole
      // `x = v`), so rustc still checks its permissions: the mutation uses the `mut`.
      if (checksPermissions && checkMutability(body, tcx, place, allowed) === null) addUsedMut(place, allowed);
      return;
    }
    let err = false;
    if (checksPermissions) {
      const isMutBorrow = rw.kind === 'reservation' || (rw.kind === 'write' && rw.write === 'mutBorrow');
      let reason = checkMutability(body, tcx, place, allowed);
      if (reason === null) addUsedMut(place, allowed);
      // rustc's `check_access_permissions` reports nothing for a local never initialised on any
      // path (writing into it is its initialisation; borrowing it is E0381's).
      if (reason !== null && !everInitialized(place.local)) reason = null;
      if (reason !== null) {
        err = true;
        // A capture through a shared reference: the parent's borrow of it already failed
        // ("behind a `&` reference"); rustc says nothing more here.
        if (reason.kind === 'immutableCapture' && body.closure?.upvarThroughSharedRef[reason.upvar] === true) {
          // reported in the parent
        } else if (isMutBorrow && reason.kind === 'immutableLocal' && place.projection.length === 0 && body.locals[place.local]!.ty.kind === 'closure') {
          const uses = closureMutUses.get(place.local);
          if (uses === undefined) closureMutUses.set(place.local, [span]); else uses.push(span);
        } else if (isMutBorrow && reason.kind === 'immutableLocal' && isUserVariable(body, reason.local)) {
          // rustc reports every `&mut` of one immutable variable as one error (see below).
          const uses = localMutBorrows.get(reason.local);
          if (uses === undefined) localMutBorrows.set(reason.local, [{ span, place }]); else uses.push({ span, place });
        } else {
          // A closure's by-reference capture: rustc points at the closure and the use that needs it.
          const st = loc.index < body.blocks[loc.block]!.statements.length ? body.blocks[loc.block]!.statements[loc.index]!.kind : null;
          const capTemp = st !== null && st.kind === 'assign' && st.rvalue.kind === 'ref' && st.place.projection.length === 0 ? st.place.local : -1;
          const by = capTemp >= 0 ? closureCaptureOf(body, capTemp) : null;
          const byClosure = by === null ? {} : { byClosure: { closure: by, use: closureCaptureUse(body, capTemp) } };
          errors.push(isMutBorrow ? { kind: 'cannotBorrowMut', span, place, reason, closureUses: [], capture: null, ...byClosure } : { kind: 'cannotAssign', span, place, reason });
        }
      }
    }
    if (checkConflicts(loc, span, place, depth, rw)) err = true;
    if (err) reportedAccess.add(accessKeyOf(place, span, loc));
  };

  const checkConflicts = (loc: Location, span: Span, place: Place, depth: AccessDepth, rw: Rw): boolean => {
    let reported = false;
    /** A new borrow that is a closure capture: the closure's span and the use that decided the capture. */
    const newCapture = (): { readonly by: Span; readonly use: Span | null } | null => {
      if (rw.kind === 'activation') {
        const l = bs.loans[rw.loan]!;
        return l.capturedBy === null ? null : { by: l.capturedBy, use: l.captureUse };
      }
      const block = body.blocks[loc.block]!;
      const st = loc.index < block.statements.length ? block.statements[loc.index]!.kind : null;
      if (st === null || st.kind !== 'assign' || st.rvalue.kind !== 'ref' || st.place.projection.length !== 0) return null;
      const by = closureCaptureOf(body, st.place.local);
      return by === null ? null : { by, use: closureCaptureUse(body, st.place.local) };
    };
    borrowState.forEach((li) => {
      if (reported) return;
      const loan = bs.loans[li]!;
      if (rw.kind === 'activation' && rw.loan === li) return;
      if (!placesConflict(body, tcx, loan.place, place, depth, 'overlap', loan.kind)) return;
      const loanShared = loan.kind === 'shared' || loan.kind === 'shallow';
      if (rw.kind === 'read' && loanShared) return;
      if (rw.kind === 'read' && rw.read === 'borrowShallow') return;
      if (rw.kind === 'reservation' && loanShared) return;
      if (rw.kind === 'write' && rw.write === 'move' && loan.kind === 'shallow') return;
      if (rw.kind === 'read') {
        if (!isActive(inp.idom, loan, loc)) return;
        const later = explainLoan(inp.ex, loan, loc);
        // rustc's `move_spans(..).var_or_use()`: a copy into a closure's environment is pointed
        // at the captured path in the closure's body.
        if (rw.read === 'copy') errors.push({ kind: 'useWhileMutBorrowed', span: closureOperandUse(body, loc, place) ?? span, place, loan: li, later });
        else {
          const nc = newCapture();
          errors.push({ kind: 'conflictingBorrow', span, place, newKind: 'shared', loan: li, later, newCapturedBy: nc?.by ?? null, newCaptureUse: nc?.use ?? null });
        }
        reported = true;
        return;
      }
      if (rw.kind === 'reservation') reservationErrors.add(placeKey(place));
      const write = rw.kind === 'write' ? rw.write : 'mutBorrow';
      const later = explainLoan(inp.ex, loan, loc);
      switch (write) {
        case 'mutBorrow': {
          const bk = rw.kind === 'write' ? rw.borrow : rw.kind === 'reservation' ? rw.borrow : bs.loans[rw.loan]!.kind;
          const nc = newCapture();
          errors.push({ kind: 'conflictingBorrow', span, place, newKind: bk === 'unique' ? 'unique' : 'mut', loan: li, later, newCapturedBy: nc?.by ?? null, newCaptureUse: nc?.use ?? null });
          break;
        }
        case 'storageDeadOrDrop':
          // A drop and the StorageDead after it kill the same loan: one error per loan.
          if (!lifetimeReported.has(li) && !accessErrorAtBorrow(loan)) { lifetimeReported.add(li); errors.push(lifetimeError(loan.index, span, place, later, false)); }
          break;
        case 'mutate': errors.push({ kind: 'assignBorrowed', span, place, loan: li, later }); break;
        case 'move': errors.push({ kind: 'moveWhileBorrowed', span, place, loan: li, later }); break;
        default: { const never: never = write; return never; }
      }
      reported = true;
    });
    return reported;
  };

  /**
   * rustc does not say a borrow does not live long enough when the borrow itself was an access
   * error of its whole root local (`&mut z` of an immutable `z`): `access_place_error_reported`.
   */
  const accessErrorAtBorrow = (loan: { readonly place: Place; readonly span: Span }): boolean =>
    reportedAccess.size > 0 && reportedAccess.has(`${placeKey({ local: loan.place.local, projection: [] })}@${loan.span.lo}:${loan.span.hi}`);

  const lifetimeError = (li: number, span: Span, place: Place, later: import('./facts.js').LaterUse, atExit: boolean): BorrowckError => {
    const loan = bs.loans[li]!;
    // rustc's classify_drop_access_kind: a borrow reaching through a field of a type with a
    // destructor conflicts with that destructor (E0713), unless it is a borrow of the dropped place itself.
    const destructor = destructorOnPath(body, tcx, loan.place);
    if (destructor !== null && !isPrefixOf(loan.place, place)) {
      return { kind: 'borrowUsedByDestructor', span: loan.span, loan: li, dropped: place, droppedTy: destructor, dropSpan: span, later };
    }
    const decl = body.locals[loan.place.local]!;
    const temporary = decl.kind === 'temp' || (decl.name === null && decl.kind !== 'arg');
    // Stored into a captured variable: rustc's `AnonRegionFromUpvar` explanation.
    if (later.kind === 'mustBeValidFor' && later.fromClosure !== true && later.category === 'assignment' && later.region.upvar !== undefined) {
      return { kind: 'borrowEscapesClosure', span: later.span, borrowSpan: loan.span, loan: li, upvar: later.region.upvar.name, upvarDecl: later.region.upvar.decl };
    }
    if (later.kind === 'mustBeValidFor' && later.fromClosure !== true && (later.category === 'return' || later.category === 'callArgument')) {
      const closureSpan = loan.capturedBy;
      if (closureSpan !== null) return { kind: 'closureMayOutlive', span: closureSpan, place: loan.place, loan: li, category: later.category, region: later.region, requiredAt: later.span };
    }
    if (later.kind === 'mustBeValidFor' && later.fromClosure !== true && later.category === 'return') {
      const directRef = later.span.lo === loan.span.lo && later.span.hi === loan.span.hi;
      return { kind: 'returnsLocalRef', span: later.span, place: loan.place, loan: li, directRef, what: temporary ? 'temporary' : decl.kind === 'arg' ? 'param' : 'local' };
    }
    return { kind: 'doesNotLiveLongEnough', span, place, loan: li, later, temporary, atExit };
  };

  // ---- the walk ----
  const visitUse = (loc: Location, span: Span, place: Place, use: PlaceUse, bk: BorrowKind | null, fakeRead: boolean): void => {
    switch (use) {
      case 'copy':
        checkPathOrChildMoved(loc, span, place, 'use');
        accessPlace(loc, span, place, 'deep', { kind: 'read', read: 'copy' }, 'no');
        return;
      case 'move':
        checkPathOrChildMoved(loc, span, place, 'use');
        accessPlace(loc, span, place, 'deep', { kind: 'write', write: 'move', borrow: null }, 'yes');
        return;
      case 'len':
        checkPathOrChildMoved(loc, span, place, 'use');
        accessPlace(loc, span, place, 'shallowArrayLen', { kind: 'read', read: 'copy' }, 'no');
        return;
      case 'inspect':
        checkPathOrChildMoved(loc, span, place, 'use');
        if (!fakeRead) accessPlace(loc, span, place, 'shallow', { kind: 'read', read: 'copy' }, 'no');
        return;
      case 'borrow': {
        checkPathOrChildMoved(loc, span, place, 'borrow');
        const k = bk ?? 'shared';
        switch (k) {
          case 'shared': accessPlace(loc, span, place, 'deep', { kind: 'read', read: 'borrowShared' }, 'no'); return;
          case 'shallow': accessPlace(loc, span, place, 'shallowFake', { kind: 'read', read: 'borrowShallow' }, 'no'); return;
          case 'twoPhaseMut': accessPlace(loc, span, place, 'deep', { kind: 'reservation', borrow: k }, 'no'); return;
          case 'mut': case 'unique': accessPlace(loc, span, place, 'deep', { kind: 'write', write: 'mutBorrow', borrow: k }, 'no'); return;
          default: { const never: never = k; return never; }
        }
      }
      case 'rawBorrow':
        checkPathOrChildMoved(loc, span, place, 'borrow');
        if (bk === 'mut') accessPlace(loc, span, place, 'deep', { kind: 'write', write: 'mutBorrow', borrow: 'mut' }, 'no');
        else accessPlace(loc, span, place, 'deep', { kind: 'read', read: 'borrowShared' }, 'no');
        return;
      case 'store':
        checkAssignedPathMoved(loc, span, place);
        if (place.projection.length === 0) checkReassign(span, place.local);
        accessPlace(loc, span, place, 'shallow', { kind: 'write', write: 'mutate', borrow: null }, 'exceptUpvars');
        return;
      case 'callDest':
        checkAssignedPathMoved(loc, span, place);
        if (place.projection.length === 0) checkReassign(span, place.local);
        accessPlace(loc, span, place, 'deep', { kind: 'write', write: 'mutate', borrow: null }, 'exceptUpvars');
        return;
      case 'setDiscriminant':
        accessPlace(loc, span, place, 'shallow', { kind: 'write', write: 'mutate', borrow: null }, 'exceptUpvars');
        return;
      case 'drop': {
        // A drop right before an assignment to the same place is rustc's `Drop { replace: true }`
        // (`x = v` of a type with drop glue): a write, reported as an assignment (E0506).
        const replace = isReplaceDrop(body, loc);
        accessPlace(loc, span, place, 'drop', { kind: 'write', write: replace ? 'mutate' : 'storageDeadOrDrop', borrow: null }, 'yes', !replace);
        return;
      }
      case 'storageDead':
        accessPlace(loc, span, place, 'shallow', { kind: 'write', write: 'storageDeadOrDrop', borrow: null }, 'yes');
        return;
      case 'storageLive':
      case 'mention':
        return;
      default: { const never: never = use; return never; }
    }
  };

  /**
   * rustc's `add_used_mut`: a mutation rooted in a local that may already hold a value needs its
   * `mut` (a first initialisation does not); one rooted in an upvar is reported to the parent.
   */
  const addUsedMut = (place: Place, allowed: LocalMutation): void => {
    const root = mutationRoot(body, tcx, place, allowed);
    if (root.len === 0) {
      if (root.allowed !== 'yes' && everInitialized(place.local)) inp.usedMut.add(place.local);
      return;
    }
    if (root.allowed === 'yes') return;
    const field = upvarFieldOf(body, place, root.len);
    if (field !== null) inp.usedMutUpvars.add(field);
  };

  /** rustc's `is_local_ever_initialized`: an init of the whole local (not of a field) may have happened. */
  const everInitialized = (local: number): boolean => {
    for (const i of md.pathInits[md.localPath[local]!]!) if (everState.has(i)) return true;
    return false;
  };

  const checkReassign = (span: Span, local: number): void => {
    const decl = body.locals[local]!;
    if (decl.mutable || decl.kind === 'temp' || decl.kind === 'return') return;
    let first = -1;
    for (const i of md.pathInits[md.localPath[local]!]!) if (everState.has(i)) { first = i; break; }
    if (first < 0) return;
    const key = `reassign@${span.lo}:${span.hi}`;
    if (reportedAccess.has(key)) return;
    // rustc's E0384 is part of the write's access check: skipped when that access already erred.
    if (reportedAccess.has(`${placeKey({ local, projection: [] })}@${span.lo}:${span.hi}`)) return;
    reportedAccess.add(key);
    const init = md.inits[first]!;
    errors.push({ kind: 'assignTwice', span, local, firstAssign: init.location === null ? null : spanAt(body, init.location), firstIsArg: init.location === null });
  };

  const checkActivations = (loc: Location, span: Span): void => {
    borrowState.forEach((li) => {
      const loan = bs.loans[li]!;
      if (loan.activations === null) return;
      for (const a of loan.activations) {
        if (a.block === loc.block && a.index === loc.index) {
          accessPlace(loc, span, loan.place, 'deep', { kind: 'activation', loan: li }, 'no');
          return;
        }
      }
    });
  };

  const returnCheck = (loc: Location, span: Span): void => {
    void loc;
    // Locals (arguments in particular, which have no StorageDead) die when the function returns.
    borrowState.forEach((li) => {
      const loan = bs.loans[li]!;
      if (loan.place.projection.some((e) => e.kind === 'deref')) return;
      if (loan.place.local === 0) return;
      if (lifetimeReported.has(li) || accessErrorAtBorrow(loan)) return;
      lifetimeReported.add(li);
      const later = explainLoan(inp.ex, loan, loc);
      errors.push(lifetimeError(li, span, loan.place, later, true));
    });
  };

  /**
   * rustc gives every call, drop and assert an unwind edge into cleanup blocks that end in
   * `resume` (they carry no StorageDead); our MIR leaves out edges that reach `resume` with no
   * drop on the way, so the exit check `resume` makes is made here. Only a loan whose region
   * outlives a universal region (valid for the whole body, so still live at `resume`) fails it.
   */
  const exitValues = inp.ex.rv.values;
  const firstUniversal = inp.ex.rv.numPoints;
  const numUniversal = inp.ex.cx.universals.length;
  const outlivesBody = (region: number): boolean => {
    const v = exitValues[region];
    if (v === undefined) return false;
    for (let u = 0; u < numUniversal; u++) if (v.has(firstUniversal + u)) return true;
    return false;
  };
  const exitSpan = ((): Span => {
    for (const blk of body.blocks) if (blk.terminator.kind.kind === 'return') return { lo: Math.max(blk.terminator.span.lo, blk.terminator.span.hi - 1), hi: blk.terminator.span.hi };
    return { lo: Math.max(body.span.lo, body.span.hi - 1), hi: body.span.hi };
  })();
  // The `resume` block comes last in rustc's visiting order (a call's unwind edge is explored
  // first, so it finishes first): its check runs after every other block's.
  const unwindExits = new Map<number, Location>();
  const unwindExitCheck = (loc: Location): void => {
    borrowState.forEach((li) => {
      if (unwindExits.has(li)) return;
      const loan = bs.loans[li]!;
      if (loan.place.local === 0 || loan.place.projection.some((e) => e.kind === 'deref') || !outlivesBody(loan.region)) return;
      unwindExits.set(li, loc);
    });
  };

  const ba = inp.borrowsAnalysis;
  const ua = inp.uninits.analysis;
  const ea = inp.everInits.analysis;
  for (const b of cfg.rpo) {
    const block = body.blocks[b]!;
    borrowState.copyFrom(inp.borrows.entry[b]!);
    uninitState.copyFrom(inp.uninits.entry[b]!);
    everState.copyFrom(inp.everInits.entry[b]!);
    for (let i = 0; i < block.statements.length; i++) {
      const loc = { block: b, index: i };
      const st = block.statements[i]!;
      ba.beforeEffect(borrowState, loc);
      checkActivations(loc, st.span);
      const fake = st.kind.kind === 'fakeRead';
      visitStatement(st, (place, use, bk) => visitUse(loc, st.span, place, use, bk, fake));
      ba.statementEffect(borrowState, st, loc);
      ua.statementEffect(uninitState, st, loc);
      ea.statementEffect(everState, st, loc);
    }
    const loc = { block: b, index: block.statements.length };
    const term = block.terminator;
    ba.beforeEffect(borrowState, loc);
    checkActivations(loc, term.span);
    visitTerminator(term, (place, use, bk) => visitUse(loc, term.span, place, use, bk, false));
    // rustc points at the last character of the body ("dropped here while still borrowed").
    // Leaving the function, by returning or by unwinding, ends every local's storage (rustc's
    // `check_for_invalidation_at_exit`; StorageDead is not emitted on unwind paths).
    if (term.kind.kind === 'return' || term.kind.kind === 'unwindResume') returnCheck(loc, { lo: Math.max(term.span.lo, term.span.hi - 1), hi: term.span.hi });
    const tk = term.kind;
    if (((tk.kind === 'call' && tk.target !== null) || tk.kind === 'drop' || tk.kind === 'assert') && tk.unwind === null) unwindExitCheck(loc);
  }
  for (const [li, loc] of unwindExits) {
    const loan = bs.loans[li]!;
    if (lifetimeReported.has(li) || accessErrorAtBorrow(loan)) continue;
    lifetimeReported.add(li);
    errors.push(lifetimeError(li, exitSpan, loan.place, explainLoan(inp.ex, loan, loc), true));
  }
  for (const [local, uses] of closureMutUses) {
    const decl = body.locals[local]!;
    // One call: rustc points at it; several: at the binding, labelling each call.
    errors.push({ kind: 'cannotBorrowMut', span: uses.length === 1 ? uses[0]! : decl.span, place: { local, projection: [] }, reason: { kind: 'immutableLocal', local }, closureUses: uses, capture: mutCaptureOf(body, local) });
  }
  for (const [local, uses] of localMutBorrows) {
    const reason: MutabilityReason = { kind: 'immutableLocal', local };
    const first = uses[0]!;
    // One `&mut`: at it; several: one error at the binding ("not mutable"), labelling each.
    if (uses.length === 1) errors.push({ kind: 'cannotBorrowMut', span: first.span, place: first.place, reason, closureUses: [], capture: null });
    else errors.push({ kind: 'cannotBorrowMut', span: body.locals[local]!.span, place: { local, projection: [] }, reason, closureUses: uses.map((u) => u.span), capture: null });
  }
  return errors;
}

/** The outermost type with a `Drop` impl whose field the place goes through before any dereference, or null (rustc's `StorageDeadOrDrop::Destructor`). */
function destructorOnPath(body: Body, tcx: TypeContext, place: Place): Ty | null {
  for (let i = 0; i < place.projection.length; i++) {
    const e = place.projection[i]!;
    const base = placeTyOfProjectionBase(body, tcx, place, i);
    if (e.kind === 'deref') return null;
    if ((e.kind === 'field' || e.kind === 'downcast') && base.kind === 'adt' && tcx.hasDropImpl(base)) return base;
  }
  return null;
}

/** A variable the user declared (rustc's `is_user_variable`), not a temporary or the closure environment. */
export function isUserVariable(body: Body, local: number): boolean {
  const d = body.locals[local]!;
  return d.name !== null && (d.kind === 'user' || (d.kind === 'arg' && !(body.closure !== null && local === 1)));
}

/**
 * rustc dedups access errors by (place, span), but its places carry field types whose regions are
 * renumbered at every occurrence: a place through a field of a type with regions (`*s.p` with
 * `p: &mut T`) differs at each statement, so a compound assignment reports both E0503 and E0506.
 */
function placeHasRegionTypedField(place: Place): boolean {
  return place.projection.some((e) => e.kind === 'field' && tyHasRegions(e.ty));
}

function tyHasRegions(ty: Ty): boolean {
  switch (ty.kind) {
    case 'ref': case 'dyn': return true;
    case 'adt': case 'fnDef': case 'opaque': return ty.args.regions.length > 0 || ty.args.types.some(tyHasRegions);
    case 'tuple': return ty.elems.some(tyHasRegions);
    case 'array': case 'slice': case 'ptr': return tyHasRegions(ty.kind === 'ptr' ? ty.inner : ty.elem);
    case 'closure': return ty.upvars.some(tyHasRegions);
    case 'projection': return tyHasRegions(ty.self);
    case 'bool': case 'char': case 'int': case 'float': case 'str': case 'never': case 'param': case 'infer': case 'error': case 'fnPtr':
      return false;
    default: { const never: never = ty; return never; }
  }
}

/** The drop of an assignment's old value (`place = v` where `place` needs drop): a write, not a drop. */
function isReplaceDrop(body: Body, loc: Location): boolean {
  const t = body.blocks[loc.block]!.terminator.kind;
  return t.kind === 'drop' && t.replace === true;
}

/** The first `&mut` capture of the closure stored in `local`: what makes calling it need `&mut`. */
function mutCaptureOf(body: Body, local: number): { span: Span; place: Place } | null {
  for (const block of body.blocks) {
    for (const st of block.statements) {
      const k = st.kind;
      if (k.kind !== 'assign' || k.place.local !== local || k.rvalue.kind !== 'aggregate' || k.rvalue.aggregate.kind !== 'closure') continue;
      for (const op of k.rvalue.operands) {
        if (op.kind === 'const') continue;
        const tmp = op.place.local;
        for (const b2 of body.blocks) for (const s2 of b2.statements) {
          const k2 = s2.kind;
          if (k2.kind === 'assign' && k2.place.local === tmp && k2.place.projection.length === 0 && k2.rvalue.kind === 'ref' && (k2.rvalue.borrow === 'mut' || k2.rvalue.borrow === 'unique')) return { span: s2.span, place: k2.rvalue.place };
        }
      }
    }
  }
  return null;
}

export function spanAt(body: Body, loc: Location): Span {
  const block = body.blocks[loc.block]!;
  return loc.index < block.statements.length ? block.statements[loc.index]!.span : block.terminator.span;
}

function isPrefixOf(prefix: Place, p: Place): boolean {
  if (prefix.local !== p.local || prefix.projection.length > p.projection.length) return false;
  for (let i = 0; i < prefix.projection.length; i++) {
    const a = prefix.projection[i]!, b = p.projection[i]!;
    if (a.kind !== b.kind) return false;
    if (a.kind === 'field' && b.kind === 'field' && a.index !== b.index) return false;
    if (a.kind === 'index' && b.kind === 'index' && a.local !== b.local) return false;
    if (a.kind === 'downcast' && b.kind === 'downcast' && a.variant !== b.variant) return false;
  }
  return true;
}

function samePlace(a: Place, b: Place): boolean {
  return a.projection.length === b.projection.length && isPrefixOf(a, b);
}

function sameLocation(a: Location, b: Location): boolean {
  return a.block === b.block && a.index === b.index;
}

/** When the statement at `loc` builds a closure with `place` as a captured operand: that capture's use in the closure's body. */
function closureOperandUse(body: Body, loc: Location, place: Place): Span | null {
  const block = body.blocks[loc.block]!;
  if (loc.index >= block.statements.length) return null;
  const k = block.statements[loc.index]!.kind;
  if (k.kind !== 'assign' || k.rvalue.kind !== 'aggregate' || k.rvalue.aggregate.kind !== 'closure') return null;
  const i = k.rvalue.operands.findIndex((o) => o.kind !== 'const' && samePlace(o.place, place));
  const node = k.rvalue.aggregate.node;
  return i < 0 ? null : body.children.find((c) => c.closure?.node === node)?.closure?.upvarUse[i] ?? null;
}

/** At a closure's fake read of `moved` itself: the span of the closure being built. */
function closureReadSpan(body: Body, loc: Location, moved: Place): Span | null {
  const block = body.blocks[loc.block]!;
  const st = block.statements[loc.index]?.kind;
  if (st === undefined || st.kind !== 'fakeRead' || st.closure === undefined) return null;
  if (!samePlace(st.place, moved) || placeHasRegionTypedField(moved)) return null;
  for (let i = loc.index + 1; i < block.statements.length; i++) {
    const k = block.statements[i]!.kind;
    // rustc pairs the read with the closure's first capture: a closure capturing nothing has none.
    if (k.kind === 'assign' && k.rvalue.kind === 'aggregate' && k.rvalue.aggregate.kind === 'closure' && k.rvalue.aggregate.node === st.closure) return k.rvalue.operands.length > 0 ? block.statements[i]!.span : null;
  }
  return null;
}
