import type { FileParser } from '../../types.js';
import { pdmLockParser } from './pdm-lock.js';
import { pipfileLockParser } from './pipfile-lock.js';
import { pipfileParser } from './pipfile.js';
import { poetryLockParser } from './poetry-lock.js';
import { pyprojectParser } from './pyproject.js';
import { requirementsParser } from './requirements.js';
import { setupCfgParser } from './setup-cfg.js';
import { setupPyParser } from './setup-py.js';
import { uvLockParser } from './uv-lock.js';

/** Every PyPI manifest and lockfile parser. */
export const pypiParsers: FileParser[] = [
  requirementsParser,
  pyprojectParser,
  setupCfgParser,
  setupPyParser,
  pipfileParser,
  pipfileLockParser,
  poetryLockParser,
  uvLockParser,
  pdmLockParser,
];

export {
  pdmLockParser,
  pipfileLockParser,
  pipfileParser,
  poetryLockParser,
  pyprojectParser,
  requirementsParser,
  setupCfgParser,
  setupPyParser,
  uvLockParser,
};
