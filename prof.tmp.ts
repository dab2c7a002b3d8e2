import { parseCst } from './compiler/src/syntax/index.ts';
import { parse } from './compiler/src/ast/index.ts';
import { readFileSync } from 'node:fs';
const block = readFileSync('/tmp/block.infog', 'utf8');
const text = block.repeat(1000);
for (let i = 0; i < 60; i++) parse({ path: 'b', text });
