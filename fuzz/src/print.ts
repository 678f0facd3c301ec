/** `node dist/fuzz/src/print.js SEED [COUNT]`: prints generated programs, for eyeballing the generator. */
import { generateText } from './gen.js';
import { programSeed } from './rng.js';

const seed = Number(process.argv[2] ?? '1');
const count = Number(process.argv[3] ?? '1');
for (let i = 0; i < count; i++) {
  process.stdout.write(`// seed ${seed} program ${i}\n${generateText(programSeed(seed, i))}\n`);
}
