import { parse } from './compiler/src/ast/index.ts';
import { lex } from './compiler/src/syntax/index.ts';
const block = `party provider ns {
  name "Network Service SARL"
  share_capital 10000 EUR   // capital
  signatory "Jean Martin" { capacity "Gérant" }
  address "12 rue de la République, 69002 Lyon, France"
}
hours business { days mon..fri; time 08:00-12:00, 14:00-18:00; timezone "Europe/Paris"; holidays FR }
fee 1450.00 EUR per month excl_vat
penalty restore P1 { rate 2% of monthly_fee per hour_late; cap 15% per month }
channels phone, email,
         portal
`;
const lines = block.split('\n').length - 1;
const text = block.repeat(Math.ceil(10000 / lines));
console.log('lines', text.split('\n').length, 'chars', text.length);
// JSON of same size
const obj: unknown[] = [];
let json = '[]';
while (json.length < text.length) { obj.push({ name: 'Network Service SARL', capital: 10000, currency: 'EUR', days: ['mon', 'fri'], rate: 0.02, nested: { capacity: 'Gérant' } }); json = JSON.stringify(obj); }
console.log('json chars', json.length);
function time(label: string, f: () => void, n = 20): number {
  for (let i = 0; i < 5; i++) f();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) f();
  const ms = (performance.now() - t0) / n;
  console.log(label, ms.toFixed(2), 'ms');
  return ms;
}
const j = time('JSON.parse', () => JSON.parse(json));
const l = time('lex', () => lex({ path: 'b', text }));
const p = time('parse (lex+cst+ast)', () => parse({ path: 'b', text }));
console.log('ratio lex/json', (l / j).toFixed(1), 'parse/json', (p / j).toFixed(1));
const r = parse({ path: 'b', text });
console.log('diags', r.diagnostics.length);
import { parseCst } from './compiler/src/syntax/index.ts';
import { AstBuilder } from './compiler/src/ast/from-cst.ts';
const c = time('parseCst', () => parseCst({ path: 'b', text }));
const cst = parseCst({ path: 'b', text });
time('ast only', () => new AstBuilder({ path: 'b', text }).file(cst.cst, cst.comments));
