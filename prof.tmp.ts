import { parse } from './compiler/src/ast/index.ts';
import { parseCst, lex } from './compiler/src/syntax/index.ts';
import { generateContract } from './test/bench/generate.ts';
const text = generateContract(10000);
const mode = process.argv[2] ?? 'parse';
const f = mode === 'lex' ? () => lex({ path: 'b', text }) : mode === 'cst' ? () => parseCst({ path: 'b', text }) : () => parse({ path: 'b', text });
for (let i = 0; i < 10; i++) f();
const s: number[] = [];
for (let i = 0; i < 30; i++) { const t0 = performance.now(); f(); s.push(performance.now() - t0); }
s.sort((a, b) => a - b);
console.log(mode, 'median', s[15]?.toFixed(1), 'min', s[0]?.toFixed(1));
