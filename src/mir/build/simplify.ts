import { assertNever } from '../../util/assert.js';
import type { BasicBlock, BlockId, Statement, Terminator, TerminatorKind } from '../mir.js';

/**
 * rustc's `SimplifyCfg-initial`, which runs before borrowck: jumps through empty `goto` blocks
 * are short-circuited, a block that is its predecessor's only `goto` target is merged into it,
 * and blocks unreachable from `bb0` (dead code after `return`, `break`, panics) are removed.
 */
export function simplifyCfg(input: readonly BasicBlock[]): BasicBlock[] {
  const blocks = input.map((b) => ({ statements: [...b.statements], terminator: b.terminator, isCleanup: b.isCleanup }));
  const final = (t: BlockId): BlockId => {
    let cur = t;
    for (let steps = 0; steps < blocks.length; steps++) {
      const blk = blocks[cur]!;
      if (blk.statements.length > 0 || blk.terminator.kind.kind !== 'goto' || blk.terminator.kind.target === cur) return cur;
      cur = blk.terminator.kind.target;
    }
    return cur;
  };
  for (const blk of blocks) blk.terminator = { kind: mapTargets(blk.terminator.kind, final), span: blk.terminator.span };

  // Merge single-predecessor goto targets.
  for (let changed = true; changed;) {
    changed = false;
    const preds = predecessorCounts(blocks);
    for (let a = 0; a < blocks.length; a++) {
      const blk = blocks[a]!;
      const k = blk.terminator.kind;
      if (k.kind !== 'goto') continue;
      const t = k.target;
      if (t === a || t === 0 || preds[t] !== 1 || blocks[t]!.isCleanup !== blk.isCleanup) continue;
      const tb = blocks[t]!;
      blk.statements.push(...tb.statements);
      blk.terminator = tb.terminator;
      tb.statements = [];
      tb.terminator = { kind: { kind: 'unreachable' }, span: tb.terminator.span };
      preds[t] = 0;
      changed = true;
    }
  }

  // Drop unreachable blocks, keeping the order of the rest.
  const seen = new Uint8Array(blocks.length);
  const stack: BlockId[] = [0];
  seen[0] = 1;
  while (stack.length > 0) {
    const x = stack.pop()!;
    for (const s of successors(blocks[x]!.terminator.kind)) if (!seen[s]) { seen[s] = 1; stack.push(s); }
  }
  const newId = new Int32Array(blocks.length).fill(-1);
  let n = 0;
  for (let i = 0; i < blocks.length; i++) if (seen[i]) newId[i] = n++;
  const out: BasicBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (!seen[i]) continue;
    const blk = blocks[i]!;
    const term: Terminator = { kind: mapTargets(blk.terminator.kind, (t) => newId[t]!), span: blk.terminator.span };
    out.push({ statements: blk.statements as Statement[], terminator: term, isCleanup: blk.isCleanup });
  }
  return out;
}

function predecessorCounts(blocks: readonly { terminator: Terminator }[]): Int32Array {
  const preds = new Int32Array(blocks.length);
  preds[0] = 1; // the entry
  for (const b of blocks) for (const s of successors(b.terminator.kind)) preds[s]!++;
  return preds;
}

export function successors(k: TerminatorKind): BlockId[] {
  switch (k.kind) {
    case 'goto': return [k.target];
    case 'switchInt': return [...k.targets, k.otherwise];
    case 'return': case 'unreachable': case 'unwindResume': return [];
    case 'drop': return k.unwind === null ? [k.target] : [k.target, k.unwind];
    case 'call': return [...(k.target === null ? [] : [k.target]), ...(k.unwind === null ? [] : [k.unwind])];
    case 'assert': return k.unwind === null ? [k.target] : [k.target, k.unwind];
    case 'falseEdge': return [k.real, k.imaginary];
    case 'falseUnwind': return k.unwind === null ? [k.real] : [k.real, k.unwind];
    default: return assertNever(k);
  }
}

function mapTargets(k: TerminatorKind, f: (b: BlockId) => BlockId): TerminatorKind {
  switch (k.kind) {
    case 'goto': return { kind: 'goto', target: f(k.target) };
    case 'switchInt': return { kind: 'switchInt', discr: k.discr, values: k.values, targets: k.targets.map(f), otherwise: f(k.otherwise) };
    case 'return': case 'unreachable': case 'unwindResume': return k;
    case 'drop': return { kind: 'drop', place: k.place, target: f(k.target), unwind: k.unwind === null ? null : f(k.unwind), replace: k.replace === true };
    case 'call': return { ...k, target: k.target === null ? null : f(k.target), unwind: k.unwind === null ? null : f(k.unwind) };
    case 'assert': return { ...k, target: f(k.target), unwind: k.unwind === null ? null : f(k.unwind) };
    case 'falseEdge': return { kind: 'falseEdge', real: f(k.real), imaginary: f(k.imaginary) };
    case 'falseUnwind': return { kind: 'falseUnwind', real: f(k.real), unwind: k.unwind === null ? null : f(k.unwind) };
    default: return assertNever(k);
  }
}
