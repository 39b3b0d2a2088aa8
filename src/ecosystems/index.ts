import type { FileParser } from '../types.js';
import { cargoParsers } from './cargo/index.js';
import { composerParsers } from './composer/index.js';
import { goParsers } from './go/index.js';
import { pubParsers } from './pub/index.js';
import { pypiParsers } from './pypi/index.js';
import { rubygemsParsers } from './rubygems/index.js';

/** Every file-format parser, one explicit list (knip's habit): add a new ecosystem here. */
export const PARSERS: FileParser[] = [...pypiParsers, ...rubygemsParsers, ...goParsers, ...cargoParsers, ...composerParsers, ...pubParsers];
