import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Edition } from '../driver/parse.js';
import type { EditionArg } from './args.js';

/**
 * The edition a file is read under: the command line's, else the `edition` of the nearest
 * Cargo.toml above the file (a manifest without the key means 2015, as Cargo reads it), else 2021.
 * Manifests are cached per directory, since `parse` reads many files of one crate.
 */
const manifestEdition = new Map<string, Edition | null>();

export function editionFor(file: string, given: EditionArg): Edition {
  if (given !== null) return given;
  let dir = dirname(resolve(file));
  const seen: string[] = [];
  for (;;) {
    const cached = manifestEdition.get(dir);
    if (cached !== undefined) return settle(seen, cached);
    seen.push(dir);
    const found = readManifest(dir);
    if (found !== null) return settle(seen, found);
    const up = dirname(dir);
    if (up === dir) return settle(seen, null);
    dir = up;
  }
}

function settle(dirs: readonly string[], e: Edition | null): Edition {
  for (const d of dirs) manifestEdition.set(d, e);
  return e ?? 2021;
}

function readManifest(dir: string): Edition | null {
  let text: string;
  try {
    text = readFileSync(join(dir, 'Cargo.toml'), 'utf8');
  } catch {
    return null;
  }
  // Only the [package] table's key counts; `edition` under other tables is not the crate's.
  const pkg = /^\s*\[package\]\s*$([\s\S]*?)(?=^\s*\[|(?![\s\S]))/m.exec(text);
  const m = /^\s*edition\s*=\s*["'](\d{4})["']/m.exec(pkg === null ? '' : pkg[1]!);
  switch (m?.[1]) {
    case '2018': return 2018;
    case '2021': return 2021;
    case '2024': return 2024;
    default: return 2015;
  }
}
