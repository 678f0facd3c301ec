import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Adjustment } from '../../src/types/results.js';
import type { Ty } from '../../src/types/ty.js';
import { body, exprId, program } from './helpers.js';

function adjText(p: ReturnType<typeof program>, adj: readonly Adjustment[] | undefined): string {
  return (adj ?? [])
    .map((a) => {
      switch (a.kind) {
        case 'deref': return `deref${a.overloaded ? `(${p.tcx.defPath(a.overloaded.def)})` : ''}->${p.tcx.displayTy(a.target)}`;
        case 'borrow': return `borrow${a.mut ? 'Mut' : ''}->${p.tcx.displayTy(a.target)}`;
        default: return `${a.kind}->${p.tcx.displayTy(a.target)}`;
      }
    })
    .join(', ');
}

test('method receivers: autoref, reborrow, overloaded deref to a slice', () => {
  const p = program('fn f(r: &mut Vec<i32>) { r.push(1); }\nfn main() {\n    let mut v = vec![1];\n    v.push(2);\n    let n = v.len();\n    let it = v.iter();\n    let s = String::new();\n    let l = s.len();\n}\n');
  const main = body(p, 'main');
  assert.equal(adjText(p, main.adjustments[exprId(p, 'v', 'path')]), 'borrowMut->&mut Vec<i32>');
  const vIter = exprId(p, 'v.iter()') - 0;
  const recv = (p.crate.items[1] as unknown as { body: { stmts: { init: { receiver: { id: number } } }[] } }).body.stmts[3]!.init.receiver.id;
  assert.equal(adjText(p, main.adjustments[recv]), 'deref(Deref::deref)->[i32], borrow->&[i32]');
  assert.equal(p.tcx.displayTy(main.exprTypes[vIter]!), "Iter<'_, i32>");
  const f = body(p, 'f');
  assert.equal(adjText(p, f.adjustments[exprId(p, 'r', 'path')]), 'deref->Vec<i32>, borrowMut->&mut Vec<i32>');
  const lenCallee = main.methodCallees[exprId(p, 's.len()')]!;
  assert.equal(p.tcx.defPath(lenCallee.def), 'String::len');
});

test('match ergonomics: peeled references and default binding modes', () => {
  const p = program('fn main() {\n    let o: Option<String> = None;\n    match &o {\n        Some(s) => println!("{}", s),\n        None => {}\n    }\n    let (a, b) = (1, String::new());\n}\n');
  const main = body(p, 'main');
  const someId = exprId(p, 'Some(s)', 'tupleStruct');
  assert.deepEqual(main.patAdjustments[someId]!.map((t: Ty) => p.tcx.displayTy(t)), ['&Option<String>']);
  const sId = exprId(p, 's', 'ident');
  assert.equal(main.bindingModes[sId], 'ref');
  assert.equal(p.tcx.displayTy(main.bindingTypes[sId]!), '&String');
  assert.equal(main.bindingModes[exprId(p, 'a', 'ident')], 'copy');
  assert.equal(main.bindingModes[exprId(p, 'b', 'ident')], 'move');
});

test('closures: disjoint field captures and kinds', () => {
  const p = program('struct J { name: String, n: u32 }\nfn main() {\n    let mut j = J { name: String::new(), n: 0 };\n    let mut inc = || j.n += 1;\n    inc();\n    let s = String::new();\n    let eat = move || drop(s);\n    eat();\n    let v = vec![1];\n    let peek = || v.len();\n    peek();\n}\n');
  const main = body(p, 'main');
  const c1 = main.closures[exprId(p, '|| j.n += 1')]!;
  assert.equal(c1.kind, 'FnMut');
  assert.deepEqual(c1.captures.map((c) => `${c.name}:${c.mode}`), ['j.n:byMutRef']);
  const c2 = main.closures[exprId(p, 'move || drop(s)')]!;
  assert.equal(c2.kind, 'FnOnce');
  assert.deepEqual(c2.captures.map((c) => `${c.name}:${c.mode}`), ['s:byValue']);
  const c3 = main.closures[exprId(p, '|| v.len()')]!;
  assert.equal(c3.kind, 'Fn');
  assert.deepEqual(c3.captures.map((c) => `${c.name}:${c.mode}`), ['v:byRef']);
  const call = main.methodCallees[exprId(p, 'inc()')]!;
  assert.equal(p.tcx.defPath(call.def), 'FnMut::call_mut');
});

test('for loops record IntoIterator::into_iter and Iterator::next', () => {
  const p = program('fn main() {\n    let v = vec![String::new()];\n    for s in &v {\n        println!("{}", s);\n    }\n}\n');
  const main = body(p, 'main');
  const forId = exprId(p, 'for s in &v {\n        println!("{}", s);\n    }');
  const d = main.desugarCallees[forId]!;
  assert.deepEqual(d.map((c) => p.tcx.defPath(c.def)), ['IntoIterator::into_iter', 'Iterator::next']);
  assert.equal(p.tcx.displayTy(d[1]!.sig.output), "Option<&String>");
  assert.equal(p.tcx.displayTy(main.bindingTypes[exprId(p, 's', 'ident')]!), '&String');
});

test('overloaded index and operators', () => {
  const p = program('fn main() {\n    let mut v = vec![1, 2];\n    v[0] = 5;\n    let x = v[1];\n    let s = String::from("a") + "b";\n}\n');
  const main = body(p, 'main');
  assert.equal(p.tcx.defPath(main.methodCallees[exprId(p, 'v[0]')]!.def), 'IndexMut::index_mut');
  assert.equal(p.tcx.defPath(main.methodCallees[exprId(p, 'v[1]')]!.def), 'Index::index');
  const add = main.methodCallees[exprId(p, 'String::from("a") + "b"')]!;
  assert.equal(p.tcx.defPath(add.def), 'Add::add');
  assert.equal(p.tcx.displayTy(main.exprTypes[exprId(p, 'String::from("a") + "b"')]!), 'String');
});

test('signatures: lifetime elision', () => {
  const p = program('struct S { v: Vec<i32> }\nimpl S {\n    fn first(&self, k: &str) -> &i32 { &self.v[0] }\n}\nfn pick<\'a>(x: &\'a str, y: &str) -> &\'a str { x }\nfn main() {}\n');
  const first = p.bodies.find((b) => p.tcx.defPath(b.def) === 'S::first')!;
  const sig = p.tcx.fnSig(first.def);
  assert.deepEqual(sig.regionParams, ["'_0", "'_1"]);
  const out = sig.sig.output;
  assert.ok(out.kind === 'ref' && out.region.kind === 'param' && out.region.index === 0);
  const pick = p.tcx.fnSig(p.bodies.find((b) => p.tcx.defPath(b.def) === 'pick')!.def);
  assert.deepEqual(pick.regionParams, ["'a", "'_0"]);
  assert.equal(p.tcx.displayTy(pick.sig.inputs[0]!), "&'a str");
});

test('TypeContext: Copy, drop, display', () => {
  const p = program('#[derive(Clone, Copy)]\nstruct P { x: i32 }\nstruct D;\nimpl Drop for D { fn drop(&mut self) {} }\nfn main() {\n    let a = [1u8, 2, 3];\n    let t = (1, P { x: 1 });\n    let d = D;\n    let s: &[u8] = &a;\n    let o: Option<&str> = None;\n}\n');
  const main = body(p, 'main');
  const ty = (n: string): Ty => main.bindingTypes[exprId(p, n, 'ident')]!;
  assert.equal(p.tcx.displayTy(ty('a')), '[u8; 3]');
  assert.equal(p.tcx.isCopy(ty('t')), true);
  assert.equal(p.tcx.isCopy(ty('d')), false);
  assert.equal(p.tcx.hasDropImpl(ty('d')), true);
  assert.equal(p.tcx.needsDrop(ty('t')), false);
  assert.equal(p.tcx.displayTy(ty('s')), '&[u8]');
  assert.equal(p.tcx.displayTy(ty('o')), 'Option<&str>');
});
