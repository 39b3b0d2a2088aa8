import type { FileParser } from '../../types.js';
import { mixExsParser } from './mix-exs.js';
import { mixLockParser } from './mix-lock.js';

/** Every Elixir (Hex) manifest and lockfile parser. */
export const hexParsers: FileParser[] = [mixExsParser, mixLockParser];

export { mixExsParser, mixLockParser };
