import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lex } from '../../src/syntax/lexer.js';

function kinds(src: string): string[] {
  return lex(src).tokens.filter((t) => t.kind !== 'eof').map((t) => `${t.kind}:${t.text}`);
}

test('tuple indices after a dot are integers, not floats', () => {
  assert.deepEqual(kinds('x.0.1'), ['ident:x', 'punct:.', 'int:0', 'punct:.', 'int:1']);
});

test('float versus range versus method call', () => {
  assert.deepEqual(kinds('1. 1..2 1.max 1.5e3 1e-3_f64 2.0f32'), [
    'float:1.', 'int:1', 'punct:..', 'int:2', 'int:1', 'punct:.', 'ident:max', 'float:1.5e3', 'float:1e-3_f64', 'float:2.0f32',
  ]);
});

test('lifetimes versus char literals', () => {
  assert.deepEqual(kinds("'a 'a' '\\n' 'static '_ '\\'' 'é'"), [
    "lifetime:'a", "char:'a'", "char:'\\n'", "lifetime:'static", "lifetime:'_", "char:'\\''", "char:'é'",
  ]);
});

test('string literal forms', () => {
  assert.deepEqual(kinds('"a\\"b" r"x" r#"y"z"# b"c" br"d" b\'e\' c"f" cr#"g"#'), [
    'str:"a\\"b"', 'str:r"x"', 'str:r#"y"z"#', 'byteStr:b"c"', 'byteStr:br"d"', "byte:b'e'", 'cStr:c"f"', 'cStr:cr#"g"#',
  ]);
});

test('raw identifiers', () => {
  assert.deepEqual(kinds('r#type r#match'), ['ident:r#type', 'ident:r#match']);
});

test('compound punctuation', () => {
  assert.deepEqual(kinds('a>>=b ..= ... :: -> => <<= && || != <= >='), [
    'ident:a', 'punct:>>=', 'ident:b', 'punct:..=', 'punct:...', 'punct:::', 'punct:->', 'punct:=>', 'punct:<<=', 'punct:&&', 'punct:||', 'punct:!=', 'punct:<=', 'punct:>=',
  ]);
});

test('comments: nested block comments are skipped, doc comments are tokens', () => {
  assert.deepEqual(kinds('/* a /* b */ c */ x // y\n/// d\n//! e\n/** f */ /*! g */ /**/ /*** h */ //// i\n'), [
    'ident:x', 'docComment:/// d', 'docComment://! e', 'docComment:/** f */', 'docComment:/*! g */',
  ]);
});

test('shebang is skipped but an inner attribute is not', () => {
  assert.deepEqual(kinds('#!/usr/bin/env x\nfn'), ['ident:fn']);
  assert.deepEqual(kinds('#![allow(x)]').slice(0, 3), ['punct:#', 'punct:!', 'punct:[']);
});

test('spaceBefore records whitespace and comments', () => {
  const t = lex('a /*c*/ b.c').tokens;
  assert.deepEqual(t.map((x) => x.spaceBefore), [false, true, false, false, false]);
});

test('lexer errors carry rustc codes', () => {
  assert.deepEqual(lex('"abc').errors.map((e) => [e.message, e.code]), [['unterminated double quote string', 'E0765']]);
  assert.deepEqual(lex('/* x').errors.map((e) => [e.message, e.code]), [['unterminated block comment', 'E0758']]);
  assert.deepEqual(lex('a ¤ b').errors.map((e) => e.message), ['unknown start of token: \\u{a4}']);
});
