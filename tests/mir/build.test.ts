import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bodyOf, check, dedent } from './check.js';

// MIR snapshots as borrowck sees them (rustc's built/analysis MIR: storage markers, fake reads,
// false edges, unoptimised temporaries). Type and path names come from the types phase's printer.

test('moves: `let t = s` and a call argument are moves; drops at scope end in reverse order', () => {
  check(
    `
      fn take(s: String) -> usize { s.len() }
      fn main() {
          let s = String::from("hi");
          let t = s;
          let n = take(t);
      }
    `,
    `
      fn main() -> () {
          let mut _0: ();
          let _1: String;
          let _2: String;
          let _3: usize;
          let mut _4: String;
          debug s => _1;
          debug t => _2;
          debug n => _3;

          bb0: {
              StorageLive(_1);
              _1 = From::from::<String, &str>(const "hi") -> [return: bb1, unwind continue];
          }

          bb1: {
              FakeRead(ForLet(None), _1);
              StorageLive(_2);
              _2 = move _1;
              FakeRead(ForLet(None), _2);
              StorageLive(_3);
              StorageLive(_4);
              _4 = move _2;
              _3 = take(move _4) -> [return: bb2, unwind continue];
          }

          bb2: {
              StorageDead(_4);
              FakeRead(ForLet(None), _3);
              _0 = const ();
              StorageDead(_3);
              drop(_2) -> [return: bb3, unwind continue];
          }

          bb3: {
              StorageDead(_2);
              drop(_1) -> [return: bb4, unwind continue];
          }

          bb4: {
              StorageDead(_1);
              return;
          }
      }
    `,
  );
});

test('method call: auto-ref receiver `&mut v` before the argument `v.len()` is evaluated', () => {
  check(
    `
      fn main() {
          let mut v = Vec::new();
          v.push(v.len());
      }
    `,
    `
      fn main() -> () {
          let mut _0: ();
          let mut _1: Vec<usize>;
          let mut _2: ();
          let mut _3: &mut Vec<usize>;
          let mut _4: usize;
          let mut _5: &Vec<usize>;
          debug v => _1;

          bb0: {
              StorageLive(_1);
              _1 = Vec::new::<usize>() -> [return: bb1, unwind continue];
          }

          bb1: {
              FakeRead(ForLet(None), _1);
              StorageLive(_2);
              StorageLive(_3);
              _3 = &mut _1;
              StorageLive(_4);
              StorageLive(_5);
              _5 = &_1;
              _4 = Vec::len::<usize>(move _5) -> [return: bb2, unwind continue];
          }

          bb2: {
              StorageDead(_5);
              _2 = Vec::push::<usize>(move _3, move _4) -> [return: bb3, unwind continue];
          }

          bb3: {
              StorageDead(_4);
              StorageDead(_3);
              StorageDead(_2);
              _0 = const ();
              drop(_1) -> [return: bb4, unwind continue];
          }

          bb4: {
              StorageDead(_1);
              return;
          }
      }
    `,
  );
});

test('match: discriminant tests, false edges, guard seeing a by-value binding through a reference (bound after the guard) behind a fake borrow of the scrutinee, ref binding', () => {
  check(
    `
      fn f(o: Option<String>) -> usize {
          match o {
              Some(s) if s.len() > 1 => s.len(),
              Some(ref t) => t.len(),
              None => 0,
          }
      }
      fn main() {}
    `,
    `
      fn f(_1: Option<String>) -> usize {
          debug o => _1;
          let mut _0: usize;
          let mut _2: isize;
          let mut _3: isize;
          let mut _4: isize;
          let mut _5: &Option<String>;
          let _6: &String;
          let mut _7: bool;
          let mut _8: usize;
          let mut _9: &String;
          let _10: String;
          let mut _11: &String;
          let _12: &String;
          let mut _13: &String;
          debug s => _10;
          debug t => _12;

          bb0: {
              PlaceMention(_1);
              _2 = discriminant(_1);
              switchInt(move _2) -> [1: bb4, otherwise: bb2];
          }

          bb1: {
              FakeRead(ForMatchedPlace(None), _1);
              unreachable;
          }

          bb2: {
              _3 = discriminant(_1);
              switchInt(move _3) -> [1: bb5, otherwise: bb3];
          }

          bb3: {
              _4 = discriminant(_1);
              switchInt(move _4) -> [0: bb15, otherwise: bb1];
          }

          bb4: {
              falseEdge -> [real: bb7, imaginary: bb5];
          }

          bb5: {
              falseEdge -> [real: bb13, imaginary: bb15];
          }

          bb6: {
              drop(_1) -> [return: bb16, unwind continue];
          }

          bb7: {
              StorageLive(_6);
              _6 = &((_1 as Some).0: String);
              _5 = &fake shallow _1;
              StorageLive(_7);
              StorageLive(_8);
              StorageLive(_9);
              _9 = &(*_6);
              _8 = String::len(move _9) -> [return: bb8, unwind continue];
          }

          bb8: {
              StorageDead(_9);
              _7 = Gt(move _8, const 1_usize);
              StorageDead(_8);
              switchInt(move _7) -> [0: bb10, otherwise: bb9];
          }

          bb9: {
              StorageDead(_7);
              FakeRead(ForMatchGuard, _5);
              FakeRead(ForGuardBinding, _6);
              StorageLive(_10);
              _10 = move ((_1 as Some).0: String);
              StorageLive(_11);
              _11 = &_10;
              _0 = String::len(move _11) -> [return: bb11, unwind continue];
          }

          bb10: {
              StorageDead(_7);
              StorageDead(_6);
              goto -> bb2;
          }

          bb11: {
              StorageDead(_11);
              drop(_10) -> [return: bb12, unwind continue];
          }

          bb12: {
              StorageDead(_10);
              StorageDead(_6);
              goto -> bb6;
          }

          bb13: {
              StorageLive(_12);
              _12 = &((_1 as Some).0: String);
              StorageLive(_13);
              _13 = &(*_12);
              _0 = String::len(move _13) -> [return: bb14, unwind continue];
          }

          bb14: {
              StorageDead(_13);
              StorageDead(_12);
              goto -> bb6;
          }

          bb15: {
              _0 = const 0_usize;
              goto -> bb6;
          }

          bb16: {
              return;
          }
      }
    `,
    'f',
  );
});

test('for loop: into_iter, loop { next(&mut iter) }, break exits the loop scopes', () => {
  check(
    `
      fn main() {
          let v = vec![1, 2];
          let mut sum = 0;
          for x in &v {
              if *x > 1 { break; }
              sum += *x;
          }
      }
    `,
    `
      fn main() -> () {
          let mut _0: ();
          let _1: Vec<i32>;
          let mut _2: [i32; 2];
          let mut _3: i32;
          let mut _4: Iter<'_, i32>;
          let mut _5: &Vec<i32>;
          let mut _6: Iter<'_, i32>;
          let mut _7: Option<&i32>;
          let mut _8: &mut Iter<'_, i32>;
          let mut _9: isize;
          let _10: &i32;
          let mut _11: ();
          let mut _12: ();
          let mut _13: bool;
          let mut _14: i32;
          let mut _15: i32;
          let mut _16: (i32, bool);
          debug v => _1;
          debug sum => _3;
          debug x => _10;

          bb0: {
              StorageLive(_1);
              StorageLive(_2);
              _2 = [const 1_i32, const 2_i32];
              _1 = <[_]>::into_vec(move _2) -> [return: bb1, unwind continue];
          }

          bb1: {
              StorageDead(_2);
              FakeRead(ForLet(None), _1);
              StorageLive(_3);
              _3 = const 0_i32;
              FakeRead(ForLet(None), _3);
              StorageLive(_4);
              StorageLive(_5);
              _5 = &_1;
              _4 = IntoIterator::into_iter::<&Vec<i32>>(move _5) -> [return: bb2, unwind continue];
          }

          bb2: {
              StorageDead(_5);
              PlaceMention(_4);
              StorageLive(_6);
              _6 = move _4;
              goto -> bb4;
          }

          bb3: {
              StorageDead(_6);
              StorageDead(_4);
              StorageDead(_3);
              drop(_1) -> [return: bb15, unwind continue];
          }

          bb4: {
              falseUnwind -> [real: bb5, unwind: bb16];
          }

          bb5: {
              StorageLive(_7);
              StorageLive(_8);
              _8 = &mut _6;
              _7 = Iterator::next::<Iter<'_, i32>>(move _8) -> [return: bb6, unwind continue];
          }

          bb6: {
              StorageDead(_8);
              PlaceMention(_7);
              _9 = discriminant(_7);
              switchInt(move _9) -> [0: bb8, 1: bb7, otherwise: bb9];
          }

          bb7: {
              StorageLive(_10);
              _10 = copy ((_7 as Some).0: &i32);
              StorageLive(_12);
              StorageLive(_13);
              StorageLive(_14);
              _14 = copy (*_10);
              _13 = Gt(move _14, const 1_i32);
              StorageDead(_14);
              switchInt(move _13) -> [0: bb13, otherwise: bb12];
          }

          bb8: {
              falseEdge -> [real: bb10, imaginary: bb7];
          }

          bb9: {
              unreachable;
          }

          bb10: {
              StorageDead(_7);
              _0 = const ();
              goto -> bb3;
          }

          bb11: {
              StorageDead(_12);
              StorageLive(_15);
              _15 = copy (*_10);
              _16 = AddWithOverflow(copy _3, copy _15);
              assert(!move (_16.1: bool), "attempt to compute \`{} + {}\`, which would overflow", copy _3, move _15) -> [success: bb14, unwind continue];
          }

          bb12: {
              StorageDead(_13);
              _0 = const ();
              StorageDead(_12);
              StorageDead(_10);
              StorageDead(_7);
              goto -> bb3;
          }

          bb13: {
              StorageDead(_13);
              _12 = const ();
              goto -> bb11;
          }

          bb14: {
              _3 = move (_16.0: i32);
              StorageDead(_15);
              _11 = const ();
              StorageDead(_10);
              StorageDead(_7);
              goto -> bb4;
          }

          bb15: {
              StorageDead(_1);
              return;
          }

          bb16 (cleanup): {
              resume;
          }
      }
    `,
  );
});

test('closure: captures by unique and shared reference, called through FnMut::call_mut', () => {
  check(
    `
      fn main() {
          let mut count = 0;
          let name = String::from("n");
          let mut inc = || { count += 1; name.len() };
          inc();
      }
    `,
    `
      fn main() -> () {
          let mut _0: ();
          let mut _1: i32;
          let _2: String;
          let mut _3: {closure@main.rs:4:19: 4:21};
          let mut _4: &mut i32;
          let mut _5: &String;
          let mut _6: usize;
          let mut _7: &mut {closure@main.rs:4:19: 4:21};
          let mut _8: ();
          debug count => _1;
          debug name => _2;
          debug inc => _3;

          bb0: {
              StorageLive(_1);
              _1 = const 0_i32;
              FakeRead(ForLet(None), _1);
              StorageLive(_2);
              _2 = From::from::<String, &str>(const "n") -> [return: bb1, unwind continue];
          }

          bb1: {
              FakeRead(ForLet(None), _2);
              StorageLive(_3);
              StorageLive(_4);
              _4 = &mut _1;
              StorageLive(_5);
              _5 = &_2;
              _3 = {closure@main.rs:4:19: 4:21} { count: move _4, name: move _5 };
              FakeRead(ForLet(None), _3);
              StorageDead(_5);
              StorageDead(_4);
              StorageLive(_6);
              StorageLive(_7);
              _7 = &mut _3;
              StorageLive(_8);
              _8 = ();
              _6 = FnMut::call_mut::<{closure@main.rs:4:19: 4:21}, ()>(move _7, move _8) -> [return: bb2, unwind continue];
          }

          bb2: {
              StorageDead(_8);
              StorageDead(_7);
              StorageDead(_6);
              _0 = const ();
              StorageDead(_3);
              drop(_2) -> [return: bb3, unwind continue];
          }

          bb3: {
              StorageDead(_2);
              StorageDead(_1);
              return;
          }
      }

      fn main::{closure#0}(_1: &mut {closure@main.rs:4:19: 4:21}) -> usize {
          debug count => (*((*_1).0: &mut i32));
          debug name => (*((*_1).1: &String));
          let mut _0: usize;
          let mut _2: (i32, bool);
          let mut _3: &String;

          bb0: {
              _2 = AddWithOverflow(copy (*((*_1).0: &mut i32)), const 1_i32);
              assert(!move (_2.1: bool), "attempt to compute \`{} + {}\`, which would overflow", copy (*((*_1).0: &mut i32)), const 1_i32) -> [success: bb1, unwind continue];
          }

          bb1: {
              (*((*_1).0: &mut i32)) = move (_2.0: i32);
              StorageLive(_3);
              _3 = &(*((*_1).1: &String));
              _0 = String::len(move _3) -> [return: bb2, unwind continue];
          }

          bb2: {
              StorageDead(_3);
              return;
          }
      }
    `,
  );
});

test('scopes: inner block drops at its `}`, tail-less statement temporaries die at the `;`', () => {
  check(
    `
      fn main() {
          let a = String::from("a");
          let r;
          {
              let b = String::from("b");
              r = &b;
              let c = &a;
          }
          let d = a.trim().len();
      }
    `,
    `
      fn main() -> () {
          let mut _0: ();
          let _1: String;
          let _2: &String;
          let mut _3: ();
          let _4: String;
          let _5: &String;
          let _6: usize;
          let mut _7: &str;
          let mut _8: &str;
          let mut _9: &str;
          let mut _10: &String;
          let mut _11: &str;
          debug a => _1;
          debug r => _2;
          debug b => _4;
          debug c => _5;
          debug d => _6;

          bb0: {
              StorageLive(_1);
              _1 = From::from::<String, &str>(const "a") -> [return: bb1, unwind continue];
          }

          bb1: {
              FakeRead(ForLet(None), _1);
              StorageLive(_2);
              StorageLive(_3);
              StorageLive(_4);
              _4 = From::from::<String, &str>(const "b") -> [return: bb2, unwind continue];
          }

          bb2: {
              FakeRead(ForLet(None), _4);
              _2 = &_4;
              StorageLive(_5);
              _5 = &_1;
              FakeRead(ForLet(None), _5);
              _3 = const ();
              StorageDead(_5);
              drop(_4) -> [return: bb3, unwind continue];
          }

          bb3: {
              StorageDead(_4);
              StorageDead(_3);
              StorageLive(_6);
              StorageLive(_7);
              StorageLive(_8);
              StorageLive(_9);
              StorageLive(_10);
              _10 = &_1;
              StorageLive(_11);
              _11 = Deref::deref::<String>(move _10) -> [return: bb4, unwind continue];
          }

          bb4: {
              _9 = &(*_11);
              _8 = str::trim(move _9) -> [return: bb5, unwind continue];
          }

          bb5: {
              StorageDead(_10);
              StorageDead(_9);
              _7 = &(*_8);
              _6 = str::len(move _7) -> [return: bb6, unwind continue];
          }

          bb6: {
              StorageDead(_7);
              FakeRead(ForLet(None), _6);
              StorageDead(_11);
              StorageDead(_8);
              _0 = const ();
              StorageDead(_6);
              StorageDead(_2);
              drop(_1) -> [return: bb7, unwind continue];
          }

          bb7: {
              StorageDead(_1);
              return;
          }
      }
    `,
  );
});

test('two-phase: the auto-ref of a `&mut self` receiver is a two-phase borrow, an explicit `&mut` is not', () => {
  const { body } = bodyOf(dedent(`
    fn main() {
        let mut v = Vec::new();
        v.push(v.len());
        let r = &mut v;
        r.push(1);
    }
  `));
  const borrows: string[] = [];
  for (const b of body.blocks) for (const s of b.statements) {
    if (s.kind.kind === 'assign' && s.kind.rvalue.kind === 'ref') borrows.push(`_${s.kind.place.local} = ${s.kind.rvalue.borrow} ${s.kind.rvalue.place.local}/${s.kind.rvalue.place.projection.length}`);
  }
  // `&mut v` for push (two-phase), `&v` for len, `&mut v` explicit, `&mut *r` reborrow for push (two-phase).
  assert.deepEqual(borrows, ['_3 = twoPhaseMut 1/0', '_5 = shared 1/0', '_6 = mut 1/0', '_8 = twoPhaseMut 6/1']);
});
