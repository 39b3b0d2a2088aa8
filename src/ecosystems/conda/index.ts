import type { FileParser } from '../../types.js';
import { environmentYmlParser } from './environment-yml.js';

/** conda environment files. */
export const condaParsers: FileParser[] = [environmentYmlParser];

export { environmentYmlParser };
