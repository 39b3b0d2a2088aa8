import type { FileParser } from '../types.js';

/** Every file-format parser, one explicit list (knip's habit): add a new one here. */
export const PARSERS: FileParser[] = [];
