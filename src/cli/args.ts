/** Command-line parsing for `borrowscope`: pure, so tests can feed it argv arrays. */
/** `null`: not given on the command line, so the crate's Cargo.toml (or 2021) decides. */
export type EditionArg = 2015 | 2018 | 2021 | 2024 | null;

export type Command =
  | { readonly kind: 'check'; readonly file: string; readonly errorFormat: 'human' | 'json'; readonly crateType: 'bin' | 'lib' | 'auto'; readonly polonius: boolean; readonly compare: boolean; readonly color: 'auto' | 'always' | 'never'; readonly edition: EditionArg }
  | { readonly kind: 'parse'; readonly files: readonly string[]; readonly edition: EditionArg; readonly print: boolean; readonly color: 'auto' | 'always' | 'never' }
  | { readonly kind: 'mir'; readonly file: string }
  | { readonly kind: 'facts'; readonly file: string; readonly json: boolean }
  | { readonly kind: 'version' }
  | { readonly kind: 'help' }
  | { readonly kind: 'usageError'; readonly message: string };

export const USAGE = `borrowscope: Rust's ownership and borrow checking, as rustc 1.95 reports it

Usage:
  borrowscope check FILE [--error-format=human|json] [--crate-type bin|lib] [--polonius] [--compare] [--edition 2015|2018|2021|2024] [--color=auto|always|never]
  borrowscope parse FILE... [--edition 2015|2018|2021|2024] [--print] [--color=auto|always|never]
  borrowscope mir FILE
  borrowscope facts FILE [--json]
  borrowscope --version
  borrowscope --help

--polonius judges as rustc -Zpolonius=next; --compare prints where NLL and Polonius disagree, and
why (exit status as for the NLL verdict). \`facts\` prints the Polonius facts of every body.
Without --edition, a file is read under the edition of the nearest Cargo.toml above it, else 2021.
Exit status: 0 when the file is accepted (for parse: every file parsed cleanly), 1 when errors
were reported, 2 on a usage error.
`;

/** Splits `--flag=value` and `--flag value` forms into a value lookup. */
function takeValue(args: string[], i: number, flag: string): { value: string | null; next: number } {
  const a = args[i]!;
  if (a.startsWith(`${flag}=`)) return { value: a.slice(flag.length + 1), next: i + 1 };
  const v = args[i + 1];
  return { value: v === undefined ? null : v, next: i + 2 };
}

export function parseArgs(argv: readonly string[]): Command {
  const args = [...argv];
  if (args.length === 0) return { kind: 'usageError', message: 'no command given' };
  const first = args[0]!;
  if (first === '--version' || first === '-V') return { kind: 'version' };
  if (first === '--help' || first === '-h' || first === 'help') return { kind: 'help' };
  if (first !== 'check' && first !== 'mir' && first !== 'parse' && first !== 'facts') return { kind: 'usageError', message: `unknown command \`${first}\`` };
  const files: string[] = [];
  let edition: EditionArg = null;
  let print = false;
  let errorFormat: 'human' | 'json' = 'human';
  let crateType: 'bin' | 'lib' | 'auto' = 'auto';
  let polonius = false;
  let compare = false;
  let json = false;
  let color: 'auto' | 'always' | 'never' = 'auto';
  let i = 1;
  while (i < args.length) {
    const a = args[i]!;
    if (a === '--help' || a === '-h') return { kind: 'help' };
    if (first === 'check' && (a === '--error-format' || a.startsWith('--error-format='))) {
      const { value, next } = takeValue(args, i, '--error-format');
      if (value !== 'human' && value !== 'json') return { kind: 'usageError', message: `--error-format must be \`human\` or \`json\`, not \`${value ?? ''}\`` };
      errorFormat = value;
      i = next;
    } else if (first === 'check' && (a === '--crate-type' || a.startsWith('--crate-type='))) {
      const { value, next } = takeValue(args, i, '--crate-type');
      if (value !== 'bin' && value !== 'lib') return { kind: 'usageError', message: `--crate-type must be \`bin\` or \`lib\`, not \`${value ?? ''}\`` };
      crateType = value;
      i = next;
    } else if (first !== 'mir' && first !== 'facts' && (a === '--edition' || a.startsWith('--edition='))) {
      const { value, next } = takeValue(args, i, '--edition');
      if (value !== '2015' && value !== '2018' && value !== '2021' && value !== '2024') return { kind: 'usageError', message: `--edition must be 2015, 2018, 2021 or 2024, not \`${value ?? ''}\`` };
      edition = Number(value) as 2015 | 2018 | 2021 | 2024;
      i = next;
    } else if (first === 'parse' && a === '--print') {
      print = true;
      i += 1;
    } else if (first !== 'mir' && first !== 'facts' && (a === '--color' || a.startsWith('--color='))) {
      const { value, next } = takeValue(args, i, '--color');
      if (value !== 'auto' && value !== 'always' && value !== 'never') return { kind: 'usageError', message: `--color must be \`auto\`, \`always\` or \`never\`, not \`${value ?? ''}\`` };
      color = value;
      i = next;
    } else if (first === 'check' && a === '--polonius') {
      polonius = true;
      i += 1;
    } else if (first === 'check' && a === '--compare') {
      compare = true;
      i += 1;
    } else if (first === 'facts' && a === '--json') {
      json = true;
      i += 1;
    } else if (a.startsWith('-') && a !== '-') {
      return { kind: 'usageError', message: `unknown option \`${a}\`` };
    } else {
      if (files.length > 0 && first !== 'parse') return { kind: 'usageError', message: `more than one input file given (\`${files[0]!}\`, \`${a}\`)` };
      files.push(a);
      i += 1;
    }
  }
  const file = files[0];
  if (file === undefined) return { kind: 'usageError', message: `\`${first}\` needs a FILE` };
  if (first === 'mir') return { kind: 'mir', file };
  if (first === 'facts') return { kind: 'facts', file, json };
  if (first === 'parse') return { kind: 'parse', files, edition, print, color };
  return { kind: 'check', file, errorFormat, crateType, polonius, compare, color, edition };
}
