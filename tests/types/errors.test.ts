import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errors } from './helpers.js';

// Expected codes, positions and messages recorded from rustc 1.95 (`--edition 2021`).

test('E0308 mismatched let initialiser', () => {
  assert.deepEqual(errors('fn main() {\n    let x: i32 = "hello";\n    println!("{}", x);\n}\n'), ['E0308 2:18 mismatched types']);
});

test('E0308 mismatched tail expression', () => {
  assert.deepEqual(errors('fn five() -> String {\n    5\n}\nfn main() {\n    let _ = five();\n}\n'), ['E0308 2:5 mismatched types']);
});

test('E0599 unknown method on a struct', () => {
  assert.deepEqual(errors('struct S;\nfn main() {\n    let s = S;\n    s.frobnicate();\n}\n'), ['E0599 4:7 no method named `frobnicate` found for struct `S` in the current scope']);
});

test('E0425 unknown value', () => {
  assert.deepEqual(errors('fn main() {\n    let a = 1;\n    println!("{}", a + b);\n}\n'), ['E0425 3:24 cannot find value `b` in this scope']);
});

test('E0433 unknown type in a path', () => {
  assert.deepEqual(errors('fn main() {\n    let v = Vecc::new();\n    let _ = v;\n}\n'), ['E0433 2:13 cannot find type `Vecc` in this scope']);
});

test('unknown type in a signature (E0425 since rustc 1.95, formerly E0412)', () => {
  assert.deepEqual(errors('fn take(x: Strng) {}\nfn main() {}\n'), ['E0425 1:12 cannot find type `Strng` in this scope']);
});

test('E0061 wrong number of arguments', () => {
  assert.deepEqual(errors('fn add(a: i32, b: i32) -> i32 { a + b }\nfn main() {\n    let x = add(1);\n    println!("{}", x);\n}\n'), [
    'E0061 3:13 this function takes 2 arguments but 1 argument was supplied',
  ]);
});

test('E0282 unresolved element type', () => {
  assert.deepEqual(errors('fn main() {\n    let v = Vec::new();\n    println!("{}", v.len());\n}\n'), ['E0282 2:9 type annotations needed for `Vec<_>`']);
});

test('E0369 adding two structs', () => {
  assert.deepEqual(errors('struct P { x: i32 }\nfn main() {\n    let a = P { x: 1 };\n    let b = P { x: 2 };\n    let c = a + b;\n}\n'), ['E0369 5:15 cannot add `P` to `P`']);
});

test('E0614 deref of an integer', () => {
  assert.deepEqual(errors('fn main() {\n    let x = 5u32;\n    let y = *x;\n}\n'), ['E0614 3:13 type `u32` cannot be dereferenced']);
});

test('E0608 indexing an integer', () => {
  assert.deepEqual(errors('fn main() {\n    let x = 5u8;\n    let y = x[0];\n}\n'), ['E0608 3:14 cannot index into a value of type `u8`']);
});

test('E0277 Rc moved into thread::spawn', () => {
  const src = 'use std::rc::Rc;\nuse std::thread;\nfn main() {\n    let r = Rc::new(5);\n    let h = thread::spawn(move || {\n        println!("{}", r);\n    });\n    h.join().unwrap();\n}\n';
  assert.deepEqual(errors(src), ['E0277 5:27 `Rc<i32>` cannot be sent between threads safely']);
});

test('E0277 String passed where T: Copy', () => {
  const src = 'fn twice<T: Copy>(x: T) -> (T, T) {\n    (x, x)\n}\nfn main() {\n    let s = twice(String::from("no"));\n}\n';
  assert.deepEqual(errors(src), ['E0277 5:19 the trait bound `String: Copy` is not satisfied']);
});

test('E0204 derive(Copy) with a String field', () => {
  assert.deepEqual(errors('#[derive(Clone, Copy)]\nstruct Holder {\n    name: String,\n}\nfn main() {}\n'), ['E0204 2:8 the trait `Copy` cannot be implemented for this type']);
});

test('E0184 Copy and Drop together', () => {
  assert.deepEqual(errors('#[derive(Clone, Copy)]\nstruct Token(u8);\nimpl Drop for Token {\n    fn drop(&mut self) {}\n}\nfn main() {}\n'), [
    'E0184 2:8 the trait `Copy` cannot be implemented for this type; the type has a destructor',
  ]);
});

test('E0106 elided return lifetime with two reference inputs', () => {
  assert.deepEqual(errors('fn longest(a: &str, b: &str) -> &str {\n    a\n}\nfn main() {}\n'), ['E0106 1:33 missing lifetime specifier']);
});

test('E0106 reference field without lifetime', () => {
  assert.deepEqual(errors('struct W {\n    frame: &[u8],\n}\nfn main() {}\n'), ['E0106 2:12 missing lifetime specifier']);
});

test('well-typed programs produce no diagnostics', () => {
  const src = [
    'use std::collections::HashMap;',
    'fn main() {',
    '    let mut v = vec![1, 2, 3];',
    '    v.push(4);',
    '    let total: i32 = v.iter().map(|x| x * 2).sum();',
    '    let names: Vec<String> = v.iter().map(|n| n.to_string()).collect();',
    '    let mut m = HashMap::new();',
    '    m.insert(String::from("a"), 1);',
    '    let s = String::from("x") + "y";',
    '    if let Some(first) = names.first() { println!("{} {} {}", first, total, s); }',
    '    for (i, n) in v.iter().enumerate() { println!("{} {}", i, n); }',
    '}',
  ].join('\n');
  assert.deepEqual(errors(src), []);
});
