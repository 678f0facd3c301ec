import assert from 'node:assert/strict';
import { test } from 'node:test';
import { borrowck } from '../../src/borrowck/index.js';
import { factTablesOf, printFactsText } from '../../src/borrowck/polonius/dump.js';
import type { PoloniusInput } from '../../src/borrowck/polonius/input.js';
import { naiveLoanLiveAt } from '../../src/borrowck/polonius/naive.js';
import { computeLoanLiveness, loansOutOfScope } from '../../src/borrowck/polonius/rules.js';
import { studyBody } from '../../src/borrowck/polonius/study.js';
import { loanReachesUniversal, whyLoanLiveAt } from '../../src/borrowck/polonius/why.js';
import { bodiesOf } from '../../src/driver/phases.js';
import type { Body } from '../../src/mir/mir.js';
import type { TypeContext } from '../../src/types/context.js';
import { BitSet } from '../../src/util/bitset.js';

function bodies(text: string): { bodies: Body[]; tcx: TypeContext } {
  const got = bodiesOf({ name: 't.rs', text }, []);
  assert.ok(got !== null);
  const all: Body[] = [];
  const walk = (b: Body): void => { all.push(b); b.children.forEach(walk); };
  got.bodies.forEach(walk);
  return { bodies: all, tcx: got.tcx };
}

/**
 * A hand-built graph: points 0 → 1 → {2, 3}, 2 → 4 (a return path), 3 → 5. Origin 1 is a local
 * live at 1..2 (the reference returned on the first path), origin 2 universal, origin 3 a local
 * live at 3..5 (borrowed again on the other path). The loan is issued in origin 0 at point 0.
 */
function diamond(direction1: 'forward' | 'backward' | 'both'): PoloniusInput {
  const n = 6;
  const live = (...ps: number[]): BitSet => { const s = new BitSet(n); for (const p of ps) s.add(p); return s; };
  const succ = [[1], [2, 3], [4], [5], [], []];
  const pred: number[][] = [[], [0], [1], [1], [2], [3]];
  return {
    // Blocks: bb0 = points 0..1 (→ bb1, bb2), bb1 = 2 (→ bb3), bb2 = 3 (→ bb4), bb3 = 4, bb4 = 5.
    numPoints: n, numOrigins: 4, blockStart: Int32Array.from([0, 2, 3, 4, 5, 6]), succ, pred,
    liveAt: [live(0), live(1, 2), live(0, 1, 2, 3, 4, 5), live(3, 4, 5)],
    direction: [null, direction1, null, 'forward'],
    universal: [false, false, true, false],
    // 0: 1 at point 0 (the borrow flows into the local), 1: 2 at point 2 (returned).
    subsetAt: [[[0, 1]], undefined, [[1, 2]], undefined, undefined, undefined],
    subsetAll: [[], [], [], []],
    loanOrigin: [0], loanPoint: [0],
  };
}

const points = (s: BitSet): number[] => { const out: number[] = []; s.forEach((p) => out.push(p)); return out; };

test('rules: a loan returned on one path is live after the return only on that path', () => {
  const inp = diamond('forward');
  const lv = computeLoanLiveness(inp);
  // Live at the issue (origin 0), in origin 1 at 1..2, in the universal origin from 2 on: 2, 4.
  assert.deepEqual(points(lv.liveAt[0]!), [0, 1, 2, 4]);
  // It leaves the loans in scope at the first point of the other path, and only there.
  const oos = loansOutOfScope(inp, lv, [[1, 2], [3], [4], [], []]);
  assert.deepEqual(oos.map((ls, p) => [p, ls]).filter(([, ls]) => ls !== undefined), [[3, [0]]]);
  const why = whyLoanLiveAt(inp, 0, 4);
  assert.deepEqual(why?.map((s) => [s.origin, s.point, s.rule]), [[0, 0, 'issued'], [1, 0, 'subset'], [1, 1, 'liveForward'], [1, 2, 'liveForward'], [2, 2, 'subset'], [2, 4, 'universalForward']]);
  assert.equal(whyLoanLiveAt(inp, 0, 3), null);
  assert.deepEqual(loanReachesUniversal(inp, 0)?.at(-1), { origin: 2, point: 2, rule: 'subset' });
});

test('rules: a contravariant origin carries loans backward along the CFG, an invariant one both ways', () => {
  // Backward only: from (1, 0) nothing flows forward, so origin 2 is never reached.
  assert.deepEqual(points(computeLoanLiveness(diamond('backward')).liveAt[0]!), [0]);
  // Both: forward as the covariant case.
  assert.deepEqual(points(computeLoanLiveness(diamond('both')).liveAt[0]!), [0, 1, 2, 4]);
});

test('rules: universal origins only flow forward, whatever their variance', () => {
  const inp = { ...diamond('forward'), direction: [null, 'forward', 'both', 'forward'] as const };
  // A loan issued straight into the universal origin at point 3 is live at 3 and 5, never at 1.
  const lv = computeLoanLiveness({ ...inp, loanOrigin: [2], loanPoint: [3] });
  assert.deepEqual(points(lv.liveAt[0]!), [3, 5]);
});

const PROGRAMS = [
  `fn first_even(v: &mut Vec<u32>) -> &mut u32 {
    for s in v.iter_mut() { if *s % 2 == 0 { return s; } }
    v.push(0);
    v.last_mut().unwrap()
}
fn main() { let mut v = vec![1]; *first_even(&mut v) += 1; }`,
  `struct Node { next: Option<Box<Node>>, id: u32 }
fn last(mut at: &mut Node) -> &mut Node { while let Some(n) = &mut at.next { at = n; } at }
fn main() {
    let mut n = Node { next: None, id: 1 };
    last(&mut n).id = 3;
    let mut xs = vec![String::new()];
    let r = &xs[0];
    let c = || r.len();
    xs.push(String::new());
    println!("{}", c());
    let mut total = 0;
    for i in 0..3 { let t = &mut total; *t += i; }
    println!("{}", total);
}`,
];

test('rules: the indexed engine agrees with the naive evaluation of the rules on real bodies', () => {
  let compared = 0;
  for (const src of PROGRAMS) {
    const { bodies: bs, tcx } = bodies(src);
    for (const body of bs) {
      const s = studyBody(body, tcx);
      const inp = s.result.input;
      const naive = naiveLoanLiveAt(s.facts, inp.numOrigins, inp.numPoints);
      const fast: [number, number][] = [];
      s.result.liveness.liveAt.forEach((set, l) => set.forEach((p) => fast.push([l, p])));
      assert.deepEqual(fast, naive, `loan liveness of \`${body.name}\``);
      compared += fast.length;
    }
  }
  assert.ok(compared > 50, `compared ${compared} (loan, point) pairs`);
});

test('polonius: problem case #3 is accepted, a real conflict is not', () => {
  const { bodies: bs, tcx } = bodies(PROGRAMS[0]!);
  const f = bs.find((b) => b.name === 'first_even')!;
  assert.deepEqual(borrowck(f, tcx, { polonius: false }).errors.map((e) => e.kind), ['conflictingBorrow', 'conflictingBorrow']);
  assert.deepEqual(borrowck(f, tcx, { polonius: true }).errors, []);
  const { bodies: bs2, tcx: tcx2 } = bodies(PROGRAMS[1]!);
  const last = bs2.find((b) => b.name === 'last')!;
  assert.deepEqual(borrowck(last, tcx2, { polonius: true }).errors.map((e) => e.kind), ['conflictingBorrow']);
  const main = bs2.find((b) => b.name === 'main')!;
  assert.deepEqual(borrowck(main, tcx2, { polonius: true }).errors.map((e) => e.kind), ['conflictingBorrow']);
});

test('facts: every relation has its section, with the signature relations holding at all points', () => {
  const { bodies: bs, tcx } = bodies(PROGRAMS[0]!);
  const s = studyBody(bs.find((b) => b.name === 'first_even')!, tcx);
  const tables = factTablesOf(s);
  const names = tables.map((t) => t.name);
  for (const n of ['loan_issued_at', 'cfg_edge', 'subset_base', 'subset_all_points', 'origin_live_on_entry', 'origin_flow', 'placeholder', 'loan_killed_at', 'loan_invalidated_at', 'var_used_at', 'var_defined_at', 'drop_of_var_derefs_origin', 'path_moved_at_base', 'path_accessed_at_base']) {
    assert.ok(names.includes(n), n);
  }
  const issued = tables.find((t) => t.name === 'loan_issued_at')!;
  assert.equal(issued.rows.length, s.loans.length);
  assert.match(issued.rows[0]![1]!, /^bw0$/);
  // `_1: &'?a mut Vec<u32>` is related to the signature's anonymous lifetime at every point.
  const univ = s.facts.placeholder.map(([o]) => o);
  assert.ok(s.facts.subsetAll.some(([a, b]) => univ.includes(a) || univ.includes(b)));
  const text = printFactsText(s);
  assert.match(text, /^facts of `first_even`: \d+ points, \d+ origins, \d+ loans/);
  assert.match(text, /\nloan_issued_at\(origin, loan, point\): \d+ rows\n {4}'\?\d+ +bw0 +bb\d+\[\d+\]/);
});
