// Catalogue band file; see ../index.ts for the bands.
import { defineCode } from '../catalogue.ts';

export {};
void defineCode;
