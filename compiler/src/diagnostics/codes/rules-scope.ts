// Checklist rule codes (IG3xxx) of the "scope" topics; see ./rule-codes.ts.
import { defineRuleCode } from './rule-codes.ts';

void defineRuleCode;
