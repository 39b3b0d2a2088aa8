import type { FileParser } from '../../types.js';
import { composerJsonParser } from './composer-json.js';
import { composerLockParser } from './composer-lock.js';

/** Every Composer manifest and lockfile parser. */
export const composerParsers: FileParser[] = [composerJsonParser, composerLockParser];

export { composerJsonParser, composerLockParser };
