import type { BasicBlock, Body, Location, Statement, Terminator } from '../mir/mir.js';
import { BitSet } from '../util/bitset.js';
import type { Cfg } from './cfg.js';

/**
 * A gen/kill style bit-set dataflow analysis. Effects are applied statement by statement (rustc
 * found precomputed block transfer functions no faster, and this keeps one code path for the
 * fixpoint and for cursors that walk a block after it).
 */
export interface Analysis {
  readonly direction: 'forward' | 'backward';
  readonly domainSize: number;
  /** Union (may-analyses) or intersection (must-analyses) at joins. */
  readonly join: 'union' | 'intersect';
  /** State on entry to bb0 (forward) or at the exits (backward). */
  initBoundary(state: BitSet): void;
  /** `loc` may be reused by the caller after the call returns: read it, do not keep it. */
  statementEffect(state: BitSet, stmt: Statement, loc: Location): void;
  terminatorEffect(state: BitSet, term: Terminator, loc: Location): void;
}

export interface Results {
  readonly analysis: Analysis;
  /** Per block: the state where the flow enters it (block start for forward, block end for backward). */
  readonly entry: readonly BitSet[];
}

export function iterateToFixpoint(body: Body, cfg: Cfg, analysis: Analysis): Results {
  const n = body.blocks.length;
  const size = analysis.domainSize;
  const entry: BitSet[] = [];
  for (let b = 0; b < n; b++) {
    const s = new BitSet(size);
    if (analysis.join === 'intersect') s.fill();
    entry.push(s);
  }
  const forward = analysis.direction === 'forward';
  // Worklist in RPO for forward problems, postorder for backward ones.
  const order = forward ? cfg.rpo : [...cfg.rpo].reverse();
  if (forward) {
    if (n > 0) { entry[0]!.clear(); if (analysis.join === 'intersect') entry[0]!.fill(); analysis.initBoundary(entry[0]!); }
  } else {
    for (const b of order) if (cfg.succ[b]!.length === 0) { entry[b]!.clear(); analysis.initBoundary(entry[b]!); }
  }
  const state = new BitSet(size);
  const dirty = new Uint8Array(n);
  const queue: number[] = [];
  for (const b of order) { dirty[b] = 1; queue.push(b); }
  let head = 0;
  while (head < queue.length) {
    const b = queue[head++]!;
    dirty[b] = 0;
    state.copyFrom(entry[b]!);
    const block = body.blocks[b]!;
    if (forward) {
      applyForward(analysis, state, block, b);
      for (const s of cfg.succ[b]!) {
        if (joinInto(analysis, entry[s]!, state) && !dirty[s]) { dirty[s] = 1; queue.push(s); }
      }
    } else {
      applyBackward(analysis, state, block, b);
      for (const p of cfg.pred[b]!) {
        if (joinInto(analysis, entry[p]!, state) && !dirty[p]) { dirty[p] = 1; queue.push(p); }
      }
    }
    // Keep the queue from growing without bound on long-running loops.
    if (head > 1024 && head * 2 > queue.length) { queue.splice(0, head); head = 0; }
  }
  return { analysis, entry };
}

function joinInto(a: Analysis, target: BitSet, state: BitSet): boolean {
  return a.join === 'union' ? target.union(state) : target.intersect(state);
}

// The fixpoint loop hands the effects one location object, moved along the block: the effects
// only read it (they index per-point tables), and a fresh object per statement per iteration was
// a large share of borrowck's allocation. Cursors (walkBlock*) pass fresh ones: visitors keep them.
function applyForward(a: Analysis, state: BitSet, block: BasicBlock, b: number): void {
  const stmts = block.statements;
  const loc = { block: b, index: 0 };
  for (let i = 0; i < stmts.length; i++) {
    loc.index = i;
    a.statementEffect(state, stmts[i]!, loc);
  }
  loc.index = stmts.length;
  a.terminatorEffect(state, block.terminator, loc);
}

function applyBackward(a: Analysis, state: BitSet, block: BasicBlock, b: number): void {
  const stmts = block.statements;
  const loc = { block: b, index: stmts.length };
  a.terminatorEffect(state, block.terminator, loc);
  for (let i = stmts.length - 1; i >= 0; i--) {
    loc.index = i;
    a.statementEffect(state, stmts[i]!, loc);
  }
}

/**
 * Walks a block of a forward analysis: `visit` sees the state BEFORE each statement (index i <
 * statements.length) and before the terminator. One state buffer is reused.
 */
export function walkBlockForward(body: Body, results: Results, b: number, state: BitSet, visit: (loc: Location, state: BitSet) => void): void {
  const a = results.analysis;
  state.copyFrom(results.entry[b]!);
  const block = body.blocks[b]!;
  const stmts = block.statements;
  for (let i = 0; i < stmts.length; i++) {
    const loc = { block: b, index: i };
    visit(loc, state);
    a.statementEffect(state, stmts[i]!, loc);
  }
  visit({ block: b, index: stmts.length }, state);
}

/** Walks a block of a backward analysis from the end: `visit` sees the state on entry to each location (live-in). */
export function walkBlockBackward(body: Body, results: Results, b: number, state: BitSet, visit: (loc: Location, state: BitSet) => void): void {
  const a = results.analysis;
  state.copyFrom(results.entry[b]!);
  const block = body.blocks[b]!;
  const stmts = block.statements;
  const tl = { block: b, index: stmts.length };
  a.terminatorEffect(state, block.terminator, tl);
  visit(tl, state);
  for (let i = stmts.length - 1; i >= 0; i--) {
    const loc = { block: b, index: i };
    a.statementEffect(state, stmts[i]!, loc);
    visit(loc, state);
  }
}
