import type { FileParser } from '../../types.js';
import { directoryPackagesParser } from './directory-packages.js';
import { packagesConfigParser } from './packages-config.js';
import { packagesLockParser } from './packages-lock.js';
import { projectParser } from './project.js';

export { directoryPackagesParser, packagesConfigParser, packagesLockParser, projectParser };

/** Every NuGet parser: project files, central package versions, packages.config, lockfiles. */
export const nugetParsers: FileParser[] = [projectParser, directoryPackagesParser, packagesConfigParser, packagesLockParser];
