// Checklist rule codes (IG3xxx) of the "sla" topics; see ./rule-codes.ts.
import { defineRuleCode } from './rule-codes.ts';

void defineRuleCode;
