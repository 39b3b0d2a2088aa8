// The npm-family parsers: one per file format, each claiming its files by name.

import type { FileParser } from '../../types.js';
import { bunLockParser } from './bun-lock.js';
import { denoJsonParser } from './deno-json.js';
import { packageJsonParser } from './package-json.js';
import { packageLockParser } from './package-lock.js';
import { pnpmLockParser } from './pnpm-lock.js';
import { yarnLockParser } from './yarn-lock.js';

/** Parsers for package.json, the npm, yarn, pnpm and bun lockfiles, and Deno's configuration and import maps. */
export const npmParsers: FileParser[] = [
  packageJsonParser,
  packageLockParser,
  yarnLockParser,
  pnpmLockParser,
  bunLockParser,
  denoJsonParser,
];
