import type { FileParser } from '../../types.js';
import { googleServicesParser } from './google-services.js';
import { androidManifestParser } from './manifest.js';

export { androidManifestParser, googleServicesParser };

/** Every Android platform-file parser: AndroidManifest.xml and google-services.json. */
export const androidParsers: FileParser[] = [androidManifestParser, googleServicesParser];
