import type { FileParser } from '../types.js';
import { androidParsers } from './android/index.js';
import { appleParsers } from './apple/index.js';
import { cargoParsers } from './cargo/index.js';
import { composerParsers } from './composer/index.js';
import { condaParsers } from './conda/index.js';
import { goParsers } from './go/index.js';
import { hexParsers } from './hex/index.js';
import { mavenParsers } from './maven/index.js';
import { npmParsers } from './npm/index.js';
import { nugetParsers } from './nuget/index.js';
import { pubParsers } from './pub/index.js';
import { pypiParsers } from './pypi/index.js';
import { sbtParsers } from './sbt/index.js';
import { rubygemsParsers } from './rubygems/index.js';
import { upmParsers } from './upm/index.js';

/** Every file-format parser, one explicit list (knip's habit): add a new ecosystem here. */
export const PARSERS: FileParser[] = [
  ...npmParsers,
  ...pypiParsers,
  ...rubygemsParsers,
  ...goParsers,
  ...mavenParsers,
  ...androidParsers,
  ...appleParsers,
  ...nugetParsers,
  ...composerParsers,
  ...pubParsers,
  ...cargoParsers,
  ...hexParsers,
  ...sbtParsers,
  ...condaParsers,
  ...upmParsers,
];

/** The parsers that claim `path`, each asked once with the file name computed once. */
export function claimersOf(path: string, parsers: FileParser[] = PARSERS): FileParser[] {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const found: FileParser[] = [];
  for (const parser of parsers) if (parser.claims(path, name)) found.push(parser);
  return found;
}
