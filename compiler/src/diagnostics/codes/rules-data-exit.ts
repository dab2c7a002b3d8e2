// Checklist rule codes (IG3xxx) of the "data-exit" topics; see ./rule-codes.ts.
import { defineRuleCode } from './rule-codes.ts';

void defineRuleCode;
