import type { Crate, Expr, Item } from '../syntax/ast.js';
import type { SourceFile } from '../syntax/span.js';
import type { Diagnostic } from '../util/diagnostic.js';
import type { TypeContext } from './context.js';
import type { BodyTypes } from './results.js';
import type { DefId } from './ty.js';

/**
 * The front end's output for one crate: what MIR building consumes. Bodies whose type checking
 * reported an error (or `unsupported`) have `tainted: true` and are not borrow-checked, as rustc
 * skips borrowck of bodies with type errors.
 */
export interface Program {
  readonly file: SourceFile;
  readonly crate: Crate;
  readonly tcx: TypeContext;
  readonly bodies: readonly CheckedBody[];
  /** Resolve and type errors, in source order. */
  readonly diagnostics: readonly Diagnostic[];
  /**
   * Errors of rustc's privacy pass (E0451), which runs after borrow checking and only when
   * nothing else failed: the driver reports them only if no other error was reported.
   */
  readonly lateDiagnostics: readonly Diagnostic[];
}

export interface CheckedBody {
  readonly def: DefId;
  /** The fn item (free fn or method in an impl/trait), or a const/static item with its initialiser. */
  readonly item: Item;
  /** For consts/statics: the initialiser expression; null for fns. */
  readonly init: Expr | null;
  /** For methods: the impl or trait item that contains it. */
  readonly parent: Item | null;
  readonly types: BodyTypes;
  readonly tainted: boolean;
}
