import type { Span } from './span.js';

/**
 * Lexer output. `text` is the exact source slice; punctuation is one token per character run
 * the parser needs joined (`::`, `->`, `=>`, `..=`, `<<=`, …) and the parser splits compound
 * tokens where the grammar needs (`>>` closing two generic lists).
 */
export type TokenKind =
  | 'ident' // includes keywords and raw identifiers (`r#type`, text without `r#` in `name`)
  | 'lifetime' // 'a, 'static, '_
  | 'int'
  | 'float'
  | 'str'
  | 'byteStr'
  | 'cStr'
  | 'char'
  | 'byte'
  | 'punct'
  | 'docComment'
  | 'eof';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly span: Span;
  /** Whether whitespace or a comment precedes this token (`a.0.1` vs `a. 0`, `>>` vs `> >`). */
  readonly spaceBefore: boolean;
}

/** A delimited group of tokens as macros see them. */
export type TokenTree =
  | { readonly kind: 'token'; readonly token: Token }
  | {
      readonly kind: 'group';
      readonly delim: '(' | '[' | '{';
      readonly open: Span;
      readonly close: Span;
      readonly trees: readonly TokenTree[];
    };
