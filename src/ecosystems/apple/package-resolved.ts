import { findNodeAtLocation, getNodeValue, type Node } from 'jsonc-parser';
import type { DeclaredPackage, FileParser, ParseResult } from '../../types.js';
import { positionAt } from '../position.js';
import { baseName, readSafely } from '../guard.js';
import { readJsonTree } from '../json.js';
import { repositoryPath } from './repository-url.js';

// Package.resolved: SwiftPM's lockfile (also inside *.xcodeproj/project.xcworkspace/
// xcshareddata/swiftpm/). Version 1 nests pins under `object` with `repositoryURL`;
// versions 2 and 3 list `pins` with `location`. A pin may be direct or transitive, and the
// file does not say which, so every pin is direct: false.
// https://github.com/swiftlang/swift-package-manager/blob/main/Sources/PackageGraph/PinsStore.swift

const LAYOUTS = [
  { pins: ['object', 'pins'], url: 'repositoryURL' },
  { pins: ['pins'], url: 'location' },
] as const;

function parsePackageResolved(text: string): ParseResult {
  if (text.trim() === '') return { packages: [], problems: [] };
  const { tree, starts, problems } = readJsonTree(text);
  if (!tree) return { packages: [], problems };
  const versionNode = findNodeAtLocation(tree, ['version']);
  const version: unknown = versionNode ? getNodeValue(versionNode) : undefined;
  if (typeof version !== 'number' || version < 1 || version > 3) {
    const at = versionNode ? positionAt(starts, versionNode.offset) : { line: 1, column: 1 };
    problems.push({ ...at, message: `unknown Package.resolved version ${String(version)}; read as versions 1 to 3` });
  }
  const packages: DeclaredPackage[] = [];
  for (const layout of LAYOUTS) {
    const pins = findNodeAtLocation(tree, [...layout.pins]);
    if (pins?.type !== 'array') continue;
    for (const pin of pins.children ?? []) {
      const url: Node | undefined = findNodeAtLocation(pin, [layout.url]);
      if (url?.type !== 'string' || typeof url.value !== 'string') continue;
      packages.push({
        ecosystem: 'swiftpm',
        name: repositoryPath(url.value),
        ...positionAt(starts, url.offset + 1),
        direct: false,
        dev: false,
      });
    }
  }
  return { packages, problems };
}

/** Package.resolved versions 1, 2 and 3: every pin, as transitive. */
export const packageResolvedParser: FileParser = {
  id: 'apple/package-resolved',
  ecosystem: 'swiftpm',
  claims: (path, name = baseName(path)) => name === 'Package.resolved',
  parse: (text) => readSafely((result) => Object.assign(result, parsePackageResolved(text))),
};
