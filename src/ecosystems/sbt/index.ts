import type { FileParser } from '../../types.js';
import { buildSbtParser } from './build-sbt.js';

/** sbt (Scala) build definitions; their module IDs are Maven coordinates. */
export const sbtParsers: FileParser[] = [buildSbtParser];

export { buildSbtParser };
