import { parse, printAst } from './compiler/src/ast/index.ts';
import { renderMessage } from './compiler/src/diagnostics/index.ts';
const text = `import "std/sla/tiers"
party provider ns {
  name "Network Service SARL"
  share_capital 10000 EUR
  signatory "Jean Martin" { capacity "Gérant" }
}
channels phone, email,
         portal
hours business { days mon..fri; time 08:00-12:00, 14:00-18:00; timezone "Europe/Paris"; holidays FR }
fee 1450.00 EUR per month excl_vat
penalty restore P1 { rate 2% of monthly_fee per hour_late; cap 15% per month }
count 25 at hq
x 2027-02-30 24:00 25:00 2026-13 "a\\qb" , , 3
wording """
    Le prestataire
      s'engage
    """
a { } b
25 desktops
{ x 1 }
}
import foo
y {
  import "z"
`;
const r = parse({ path: 'x.infog', text });
console.log(printAst(r.file));
for (const d of r.diagnostics) console.log(d.range, d.code, renderMessage(d, 'en'), renderMessage(d,'fr'));
