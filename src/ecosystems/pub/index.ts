import type { FileParser } from '../../types.js';
import { pubspecLockParser } from './pubspec-lock.js';
import { pubspecParser } from './pubspec.js';

/** Every pub (Dart and Flutter) manifest and lockfile parser. */
export const pubParsers: FileParser[] = [pubspecParser, pubspecLockParser];

export { pubspecLockParser, pubspecParser };
