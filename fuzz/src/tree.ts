/**
 * Generated programs are kept as a tree of statements rather than text so that the shrinker can
 * delete a statement or replace a compound statement by one of its bodies without reparsing.
 */
export type Node = Line | Nest;

/** One statement or item on one line. */
export interface Line {
  readonly kind: 'line';
  readonly text: string;
}

/**
 * A compound statement: `segs[0] bodies[0] segs[1] … bodies[n-1] segs[n]`, e.g. an if/else is
 * `['if c {', '} else {', '}']` around two bodies. A segment may span lines (`match` arms), a leading
 * tab indenting a line one level further.
 */
export interface Nest {
  readonly kind: 'nest';
  readonly segs: readonly string[];
  readonly bodies: readonly (readonly Node[])[];
}

export function line(text: string): Line {
  return { kind: 'line', text };
}

export function nest(segs: readonly string[], bodies: readonly (readonly Node[])[]): Nest {
  if (segs.length !== bodies.length + 1) throw new Error('nest: segments must surround bodies');
  return { kind: 'nest', segs, bodies };
}

function assertNever(x: never): never {
  throw new Error(`unexpected node ${JSON.stringify(x)}`);
}

export function printNodes(nodes: readonly Node[], indent: number, out: string[]): void {
  for (const n of nodes) printNode(n, indent, out);
}

function printNode(n: Node, indent: number, out: string[]): void {
  const pad = '    '.repeat(indent);
  switch (n.kind) {
    case 'line':
      out.push(pad + n.text);
      return;
    case 'nest':
      n.segs.forEach((seg, i) => {
        // A leading tab in a segment line means one more level (the arms of a `match`).
        let lastDepth = 0;
        for (const l of seg.split('\n')) {
          const tabs = /^\t*/.exec(l)?.[0].length ?? 0;
          lastDepth = tabs;
          out.push(pad + '    '.repeat(tabs) + l.slice(tabs));
        }
        const body = n.bodies[i];
        if (body !== undefined) printNodes(body, indent + 1 + lastDepth, out);
      });
      return;
    default:
      return assertNever(n);
  }
}

export function countNodes(nodes: readonly Node[]): number {
  let c = 0;
  for (const n of nodes) {
    c += 1;
    if (n.kind === 'nest') for (const b of n.bodies) c += countNodes(b);
  }
  return c;
}
