import assert from 'node:assert/strict';
import { test } from 'node:test';
import { borrowck } from '../../src/borrowck/index.js';
import { reportBorrowck } from '../../src/diagnostics/borrowck-report.js';
import { buildMir } from '../../src/mir/build/index.js';
import { parse } from '../../src/syntax/parser.js';
import { analyze } from '../../src/types/analyze.js';

/** Borrowck diagnostics of a Rust snippet as `CODE@line` (message for code-less ones), in order. */
function check(src: string): string[] {
  const file = { name: 'main.rs', text: src };
  const program = analyze(parse(file), file);
  assert.deepEqual(program.diagnostics.map((d) => d.message), [], 'front end accepted the snippet');
  const built = buildMir(program);
  assert.deepEqual(built.diagnostics.map((d) => d.message), [], 'MIR built');
  const out: string[] = [];
  for (const body of built.bodies) {
    for (const d of reportBorrowck(borrowck(body, program.tcx), body, program.tcx, file)) {
      const line = src.slice(0, d.spans[0]?.span.lo ?? 0).split('\n').length;
      out.push(`${d.code ?? d.message}@${line}`);
    }
  }
  return out;
}

test('e2e: use after move, and reinitialisation', () => {
  assert.deepEqual(check(`fn main() {
    let s = String::from("a");
    let t = s;
    println!("{} {}", s, t);
}
`), ['E0382@4']);
  assert.deepEqual(check(`fn main() {
    let mut s = String::from("a");
    let t = s;
    s = String::from("b");
    println!("{} {}", s, t);
}
`), []);
});

test('e2e: NLL borrows, two-phase borrows and conflicts', () => {
  assert.deepEqual(check(`fn main() {
    let mut v = vec![1, 2];
    let first = &v[0];
    v.push(3);
    println!("{}", first);
}
`), ['E0502@4']);
  assert.deepEqual(check(`fn main() {
    let mut v = vec![1, 2];
    let first = &v[0];
    println!("{}", first);
    v.push(v.len());
}
`), []);
  assert.deepEqual(check(`fn main() {
    let mut x = 1;
    let a = &mut x;
    let b = &mut x;
    *a += 1;
    *b += 1;
}
`), ['E0499@4']);
});

test('e2e: dangling references', () => {
  assert.deepEqual(check(`fn main() {
    let r;
    {
        let x = 5;
        r = &x;
    }
    println!("{}", r);
}
`), ['E0597@5']);
  assert.deepEqual(check(`fn longest(v: Vec<String>) -> &'static String {
    &v[0]
}
fn main() { println!("{}", longest(vec![String::new()])); }
`), ['E0515@2']);
});

test('e2e: mutability', () => {
  assert.deepEqual(check(`fn main() {
    let x = 1;
    x = 2;
    println!("{}", x);
}
`), ['E0384@3']);
  assert.deepEqual(check(`fn main() {
    let v = Vec::new();
    v.push(1);
    println!("{:?}", v);
}
`), ['E0596@3']);
});

test('e2e: closures and signatures', () => {
  // Two calls of an FnMut closure bound without `mut`: one error at the binding (rustc groups them).
  assert.deepEqual(check(`fn main() {
    let mut presses = 0;
    let press = || presses += 1;
    press();
    press();
    println!("{}", presses);
}
`), ['E0596@3']);
  // The two arms meet in a fresh region and the whole `match` is reborrowed into the return place:
  // rustc points at the `match` (line 2).
  assert.deepEqual(check(`fn first_of<'a>(primary: &'a Vec<i32>, backup: &Vec<i32>) -> &'a i32 {
    match primary.first() {
        Some(v) => v,
        None => &backup[0],
    }
}
fn main() { println!("{}", first_of(&vec![1], &vec![2])); }
`), ['E0621@2']);
});

test('e2e: moves out of borrowed content and of arrays', () => {
  assert.deepEqual(check(`fn describe(slot: &Option<String>) -> usize {
    match *slot {
        Some(s) => s.len(),
        None => 0,
    }
}
fn main() { println!("{}", describe(&None)); }
`), ['E0507@2']);
  assert.deepEqual(check(`fn main() {
    let slots = [String::from("a"), String::from("b")];
    let first = slots[0];
    println!("{}", first);
}
`), ['E0508@3']);
});

test('e2e: a borrow of a closure body local stored into a capture escapes the closure (E0521)', () => {
  assert.deepEqual(check(`fn main() {
    let mut a0: &String = &"a".to_string();
    let mut c1: Box<dyn FnMut()> = Box::new(move || {
        a0 = &((*a0).clone());
    });
}
`), ['E0521@4']);
  // Reborrowing what a captured reference points to is fine, as in rustc.
  assert.deepEqual(check(`fn main() {
    let s = String::from("a");
    let mut a0: &String = &s;
    let mut c1 = move || {
        let r = a0;
        a0 = &*r;
    };
    c1();
}
`), []);
});

test('e2e: a captured &mut moved into itself inside a closure escapes through the environment', () => {
  // The reborrow is bounded by the closure's environment, which the capture must not outlive;
  // the closure's unique borrow of `a2` is then required for as long as `a2`'s referent (E0499 in the loop).
  assert.deepEqual(check(`fn main() {
    let mut a2: &mut Vec<i32> = &mut (vec![5, 1]);
    for k4 in Vec::<i32>::new() {
        let mut c6 = || {
            a2 = a2;
        };
    }
}
`), ['E0521@5', 'E0499@4']);
});

test('e2e: a reborrow through an FnOnce closure\'s by-reference capture stored back needs the capture for the loop', () => {
  // rustc: E0499 (the closure's unique borrow of `a0` must last as long as `a0`'s referent).
  assert.deepEqual(check(`fn run_once<F: FnOnce()>(f: F) {
    f();
}

fn main() {
    let mut a0: &mut String = &mut String::from("a");
    for k4 in 0..2 {
        run_once(|| {
            a0 = &mut *a0;
        });
    }
}
`), ['E0499@8']);
});
