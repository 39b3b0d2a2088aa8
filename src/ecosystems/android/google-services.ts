import { findNodeAtLocation, type Node } from 'jsonc-parser';
import type { FileParser, ParseResult, PlatformKey } from '../../types.js';
import { positionAt } from '../position.js';
import { baseName, readSafely } from '../guard.js';
import { readJsonTree } from '../json.js';

// google-services.json: the Firebase Android configuration the google-services Gradle plugin
// reads. Its presence marks a Firebase project; client[].services lists the services the
// project was set up with (analytics_service, appinvite_service, ads_service, …).
// https://developers.google.com/android/guides/google-services-plugin#processing_the_json_file

const FILE_KEY = 'google-services.json';

function parseGoogleServices(text: string): ParseResult {
  // The file itself is the evidence, even when it is a placeholder or cannot be read.
  const platformKeys: PlatformKey[] = [{ platform: 'android', key: FILE_KEY, line: 1, column: 1 }];
  if (text.trim() === '') return { packages: [], platformKeys, problems: [] };
  const { tree, starts, problems } = readJsonTree(text);
  const seen = new Set<string>();
  const clients = tree ? findNodeAtLocation(tree, ['client']) : undefined;
  for (const client of clients?.type === 'array' ? (clients.children ?? []) : []) {
    const services: Node | undefined = findNodeAtLocation(client, ['services']);
    if (services?.type !== 'object') continue;
    for (const property of services.children ?? []) {
      const keyNode = property.children?.[0];
      if (typeof keyNode?.value !== 'string') continue;
      const key = `${FILE_KEY}:${keyNode.value}`;
      // Every client of a multi-app project repeats the same services: one key each is enough.
      if (seen.has(key)) continue;
      seen.add(key);
      platformKeys.push({ platform: 'android', key, ...positionAt(starts, keyNode.offset + 1) });
    }
  }
  return { packages: [], platformKeys, problems };
}

/** google-services.json: the Firebase marker plus one key per configured service. */
export const googleServicesParser: FileParser = {
  id: 'android/google-services',
  ecosystem: 'android',
  claims: (path, name = baseName(path)) => name === FILE_KEY,
  parse: (text) => readSafely((result) => Object.assign(result, parseGoogleServices(text))),
};
