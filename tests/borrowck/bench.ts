/** Rough throughput check on a synthetic body: `node dist/tests/borrowck/bench.js [blocks]`. */
import { borrowck } from '../../src/borrowck/index.js';
import type { BasicBlock, LocalDecl } from '../../src/mir/mir.js';
import { UNIT } from '../../src/types/ty.js';
import { assign, blk, borrow, callT, cint, cp, dead, decl, fakeTcx, FN, I32, live, mkBody, pl, ref, ret, use } from './mir-builder-helper.js';

const n = Number(process.argv[2] ?? '2000');
const locals: LocalDecl[] = [decl(null, UNIT, { kind: 'return' }), decl('x', I32, { mutable: true }), decl(null, UNIT)];
const blocks: BasicBlock[] = [];
for (let i = 0; i < n; i++) {
  const r = locals.length;
  locals.push(decl(`r${i}`, ref(I32)));
  blocks.push(blk([live(r), assign(pl(1), use(cint(i))), assign(pl(r), borrow(pl(1)))], callT(FN.useRef, [cp(pl(r))], pl(2), i + 1)));
  blocks.push(blk([dead(r)], { kind: { kind: 'goto', target: 2 * (i + 1) }, span: { lo: 0, hi: 0 } }));
}
// fix targets: block 2i ends in call -> 2i+1; 2i+1 -> 2i+2
for (let i = 0; i < n; i++) {
  const b = blocks[2 * i]!;
  const k = b.terminator.kind;
  if (k.kind === 'call') blocks[2 * i] = { ...b, terminator: { ...b.terminator, kind: { ...k, target: 2 * i + 1 } } };
}
blocks.push(blk([], ret()));
const body = mkBody(locals, blocks);
const t0 = performance.now();
const r = borrowck(body, fakeTcx);
const t1 = performance.now();
console.log(`${n} borrows, ${blocks.length} blocks, ${locals.length} locals: ${(t1 - t0).toFixed(1)} ms, ${r.errors.length} errors, ${r.unsupported.length} unsupported`);

// Many small bodies after warm-up: closer to real programs (a body of ~10 borrows ≈ 30 lines).
{
  const mk = (k: number) => {
    const ls: LocalDecl[] = [decl(null, UNIT, { kind: 'return' }), decl('x', I32, { mutable: true }), decl(null, UNIT)];
    const bs: BasicBlock[] = [];
    for (let i = 0; i < k; i++) {
      const r = ls.length;
      ls.push(decl(`r${i}`, ref(I32)));
      bs.push(blk([live(r), assign(pl(1), use(cint(i))), assign(pl(r), borrow(pl(1)))], callT(FN.useRef, [cp(pl(r))], pl(2), 2 * i + 1)));
      bs.push(blk([dead(r)], { kind: { kind: 'goto', target: 2 * (i + 1) }, span: { lo: 0, hi: 0 } }));
    }
    bs.push(blk([], ret()));
    return mkBody(ls, bs);
  };
  const small = mk(10);
  for (let i = 0; i < 200; i++) borrowck(small, fakeTcx);
  const t2 = performance.now();
  const N = 2000;
  for (let i = 0; i < N; i++) borrowck(small, fakeTcx);
  const t3 = performance.now();
  const per = (t3 - t2) / N;
  console.log(`small body (10 borrows, ~30 lines): ${(per * 1000).toFixed(0)} µs each ≈ ${Math.round(30 / (per / 1000))} lines/s`);
}
