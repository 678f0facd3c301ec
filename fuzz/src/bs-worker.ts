/**
 * A long-lived borrowscope process for the fuzzer: reads one file path a line on stdin, answers
 * one JSON line `{ "json": <the CLI's JSON diagnostics> }` (or `{ "error": … }`) on stdout. It
 * saves a Node start-up and module load per program; the CLI path stays available (`--bs cli`).
 * borrowscope is loaded from dist/ at run time, so this file compiles without it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface SourceFile {
  readonly name: string;
  readonly text: string;
}

interface CheckApi {
  check(file: SourceFile, opts: { crateType: 'auto'; polonius: boolean }): { diagnostics: readonly unknown[] };
}

interface JsonApi {
  renderJson(diags: readonly unknown[], file: SourceFile): string;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

async function main(): Promise<void> {
  const api = (await import(pathToFileURL(join(ROOT, 'dist', 'src', 'driver', 'check.js')).href)) as CheckApi;
  const json = (await import(pathToFileURL(join(ROOT, 'dist', 'src', 'diagnostics', 'json.js')).href)) as JsonApi;
  // `--polonius`: judge as `-Zpolonius=next`.
  const polonius = process.argv.includes('--polonius');
  const rl = createInterface({ input: process.stdin });
  for await (const path of rl) {
    let reply: string;
    try {
      let text = readFileSync(path, 'utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const file = { name: path, text };
      reply = JSON.stringify({ json: json.renderJson(api.check(file, { crateType: 'auto', polonius }).diagnostics, file) });
    } catch (err) {
      reply = JSON.stringify({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    }
    process.stdout.write(reply + '\n');
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bs-worker: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
