import type { FileParser } from '../../types.js';
import { cargoLockParser } from './cargo-lock.js';
import { cargoTomlParser } from './cargo-toml.js';

/** Every Cargo manifest and lockfile parser. */
export const cargoParsers: FileParser[] = [cargoTomlParser, cargoLockParser];

export { cargoLockParser, cargoTomlParser };
