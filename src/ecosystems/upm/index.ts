import type { FileParser } from '../../types.js';
import { unityManifestParser } from './manifest.js';
import { unityLockParser } from './packages-lock.js';

/** Unity Package Manager: a Unity project's Packages/manifest.json and Packages/packages-lock.json. */
export const upmParsers: FileParser[] = [unityManifestParser, unityLockParser];

export { unityManifestParser, unityLockParser };
