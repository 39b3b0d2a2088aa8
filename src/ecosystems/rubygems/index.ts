import type { FileParser } from '../../types.js';
import { gemfileLockParser } from './gemfile-lock.js';
import { gemfileParser } from './gemfile.js';
import { gemspecParser } from './gemspec.js';

/** Every RubyGems manifest and lockfile parser. */
export const rubygemsParsers: FileParser[] = [gemfileParser, gemspecParser, gemfileLockParser];

export { gemfileLockParser, gemfileParser, gemspecParser };
