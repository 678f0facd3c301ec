import { readFileSync } from 'node:fs';
import { renderAll, renderSummary } from '../diagnostics/human.js';
import { renderJson } from '../diagnostics/json.js';
import { check } from '../driver/check.js';
import { compare } from '../driver/compare.js';
import { mir } from '../driver/mir.js';
import { facts } from '../driver/facts.js';
import { parseOnly } from '../driver/parse.js';
import type { SourceFile } from '../syntax/span.js';
import { assertNever } from '../util/assert.js';
import type { Diagnostic } from '../util/diagnostic.js';
import { type Command, parseArgs, USAGE } from './args.js';
import { editionFor } from './edition.js';

/**
 * The `borrowscope` command: the only module that touches `process`, the file system and the
 * exit status. Returns the exit code: 0 accepted, 1 errors reported, 2 usage error.
 */
export interface Io {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly stderrIsTty: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stderrIsTty: process.stderr.isTTY === true,
  env: process.env,
};

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** rustc's wording for an unreadable input: `couldn't read `f.rs`: No such file or directory (os error 2)`. */
function readError(path: string, err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const known: Record<string, [string, number]> = {
    ENOENT: ['No such file or directory', 2],
    EACCES: ['Permission denied', 13],
    EISDIR: ['Is a directory', 21],
    ENOTDIR: ['Not a directory', 20],
    ELOOP: ['Too many levels of symbolic links', 40],
  };
  const k = e.code === undefined ? undefined : known[e.code];
  const reason = k === undefined ? (e.message ?? String(err)) : `${k[0]} (os error ${k[1]})`;
  return `couldn't read \`${path}\`: ${reason}`;
}

function readSource(path: string): SourceFile | { error: string } {
  try {
    let text = readFileSync(path, 'utf8');
    // rustc drops a byte-order mark before lexing.
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { name: path, text };
  } catch (err) {
    return { error: readError(path, err) };
  }
}

function reportAlone(io: Io, message: string, json: boolean, color: boolean): void {
  const d: Diagnostic = { level: 'error', code: null, message, spans: [], children: [] };
  if (json) io.stderr(renderJson([d], { name: '', text: '' }));
  else io.stderr(renderAll([d], { name: '', text: '' }, { color }));
}

export function main(argv: readonly string[], io: Io = processIo): number {
  try {
    const cmd = parseArgs(argv);
    switch (cmd.kind) {
      case 'version':
        io.stdout(`borrowscope ${version()} (checks as rustc 1.95.0)\n`);
        return 0;
      case 'help':
        io.stdout(USAGE);
        return 0;
      case 'usageError':
        io.stderr(`error: ${cmd.message}\n\n${USAGE}`);
        return 2;
      case 'mir': {
        const src = readSource(cmd.file);
        if ('error' in src) {
          reportAlone(io, src.error, false, false);
          return 1;
        }
        const out = mir(src);
        if (out.text !== '') io.stdout(out.text.endsWith('\n') ? out.text : out.text + '\n');
        if (out.diagnostics.length > 0) io.stderr(renderAll(out.diagnostics, src));
        return out.diagnostics.some((d) => d.level === 'error') ? 1 : 0;
      }
      case 'facts': {
        const src = readSource(cmd.file);
        if ('error' in src) {
          reportAlone(io, src.error, false, false);
          return 1;
        }
        const out = facts(src, { json: cmd.json });
        if (out.text !== '') io.stdout(out.text);
        if (out.diagnostics.length > 0) io.stderr(renderAll(out.diagnostics, src));
        return out.diagnostics.some((d) => d.level === 'error') ? 1 : 0;
      }
      case 'check': {
        const color = cmd.color === 'always' || (cmd.color === 'auto' && io.stderrIsTty && io.env['NO_COLOR'] === undefined);
        const json = cmd.errorFormat === 'json';
        const src = readSource(cmd.file);
        if ('error' in src) {
          reportAlone(io, src.error, json, color);
          return 1;
        }
        if (cmd.compare) {
          const cmp = compare(src);
          io.stdout(cmp.text);
          return cmp.diagnostics.some((d) => d.level === 'error') ? 1 : 0;
        }
        const out = check(src, { crateType: cmd.crateType, polonius: cmd.polonius, edition: editionFor(cmd.file, cmd.edition) });
        if (out.diagnostics.length > 0) io.stderr(json ? renderJson(out.diagnostics, src) : renderAll(out.diagnostics, src, { color }));
        return out.diagnostics.some((d) => d.level === 'error') ? 1 : 0;
      }
      case 'parse':
        return parseFiles(cmd, io);
      default:
        return assertNever(cmd);
    }
  } catch (err) {
    // Never a stack trace: one internal-error line, as the driver does for phase failures.
    io.stderr(`error: internal: ${err instanceof Error ? err.message : String(err)}\n\n${renderSummary([{ level: 'error', code: null, message: '', spans: [], children: [] }])}`);
    return 1;
  }
}

/** `borrowscope parse FILE…`: many files in one process; 0 only when every file parsed cleanly. */
function parseFiles(cmd: Extract<Command, { kind: 'parse' }>, io: Io): number {
  const color = cmd.color === 'always' || (cmd.color === 'auto' && io.stderrIsTty && io.env['NO_COLOR'] === undefined);
  let failed = 0;
  let errors = 0;
  for (const path of cmd.files) {
    const src = readSource(path);
    if ('error' in src) {
      reportAlone(io, src.error, false, color);
      failed++;
      continue;
    }
    const out = parseOnly(src, { edition: editionFor(path, cmd.edition), print: cmd.print });
    if (out.printed !== null) io.stdout(out.printed.endsWith('\n') ? out.printed : out.printed + '\n');
    if (out.diagnostics.length > 0) {
      failed++;
      errors += out.diagnostics.length;
      io.stderr(renderAll(out.diagnostics, src, { color }));
    }
  }
  if (cmd.files.length > 1 || failed > 0) {
    io.stderr(`${cmd.files.length} file${cmd.files.length === 1 ? '' : 's'} parsed, ${failed} with errors (${errors} error${errors === 1 ? '' : 's'})\n`);
  }
  return failed === 0 ? 0 : 1;
}
