import type { FileParser } from '../../types.js';
import { goModParser } from './go-mod.js';
import { goSumParser } from './go-sum.js';
import { vendorModulesParser } from './vendor-modules.js';

/** Every Go module file parser. */
export const goParsers: FileParser[] = [goModParser, goSumParser, vendorModulesParser];

export { goModParser, goSumParser, vendorModulesParser };
