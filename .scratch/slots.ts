import { contractSpec } from '/work/h18/compiler/src/index.ts';
const find = (path: string[]) => { let spec: any = contractSpec; for (const k of path) spec = spec.block.statements.find((s: any) => s.keyword === k); return spec; };
for (const p of [['payment','late_interest'],['liability','cap'],['services','preventive','covers'],['support','onsite','included']]) console.log(p.join('.'), JSON.stringify(find(p)?.args, null, 0).slice(0, 800));
