import type { DeclaredPackage, FileParser, ParseResult } from '../../types.js';
import { lineStarts, positionAt } from '../position.js';
import { readSafely } from '../guard.js';
import { repositoryPath } from './repository-url.js';

// project.pbxproj: where an app that adds Swift packages in Xcode (no Package.swift) records them.
// The file is an old-style (OpenStep) property list whose `objects` dictionary holds, among others,
//   ID /* XCRemoteSwiftPackageReference "firebase-ios-sdk" */ = { isa = XCRemoteSwiftPackageReference;
//        repositoryURL = "https://github.com/firebase/firebase-ios-sdk"; requirement = { ... }; };
//   ID /* FirebaseCrashlytics */ = { isa = XCSwiftPackageProductDependency; package = ID /* ... */;
//        productName = FirebaseCrashlytics; };
// and each PBXNativeTarget lists the products it links in `packageProductDependencies = ( ID, ... );`.
// https://developer.apple.com/documentation/xcode/adding-package-dependencies-to-your-app
// Package.resolved names only repositories; the project file also names the products a target links,
// which is what tells FirebaseCrashlytics from FirebaseAnalytics in one firebase-ios-sdk package.
// Each linked product is a package `<repository>:<product>` (the catalog lists
// `github.com/firebase/firebase-ios-sdk:FirebaseCrashlytics`); the repository itself is a package too.

/** One object of the `objects` dictionary: its id and the text between its braces. */
interface PbxObject {
  id: string;
  body: string;
  bodyStart: number;
}

// Object ids are 24 hex digits (Xcode) or other tokens written by generators (XcodeGen, Tuist);
// a body nests braces one level at most for the objects read here (`requirement = { ... }`).
const OBJECT = /(?<id>[A-Za-z0-9_]{8,40})[ \t]*(?:\/\*[^*\n]{0,200}\*\/[ \t]*)?=[ \t]*\{(?<body>[^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g;
const ISA = /\bisa\s*=\s*(?<isa>[A-Za-z]+)\s*;/;
const REPOSITORY_URL = /\brepositoryURL\s*=\s*(?:"(?<quoted>[^"\n]*)"|(?<bare>[^\s;]+))\s*;/;
const PACKAGE_REF = /\bpackage\s*=\s*(?<ref>[A-Za-z0-9_]+)/;
const PRODUCT_NAME = /\bproductName\s*=\s*(?:"(?<quoted>[^"\n]*)"|(?<bare>[^\s;]+))\s*;/;
const LINKED = /\bpackageProductDependencies\s*=\s*\((?<list>[^)]*)\)/g;
const LIST_ID = /(?<id>[A-Za-z0-9_]{8,40})(?:[ \t]*\/\*[^*\n]{0,200}\*\/)?/g;

function objectsOf(text: string): Map<string, PbxObject[]> {
  const byIsa = new Map<string, PbxObject[]>();
  for (const match of text.matchAll(OBJECT)) {
    const body = match.groups?.['body'] ?? '';
    const isa = ISA.exec(body)?.groups?.['isa'];
    if (isa !== 'XCRemoteSwiftPackageReference' && isa !== 'XCSwiftPackageProductDependency') continue;
    const bodyStart = match.index + match[0].length - 1 - body.length;
    const list = byIsa.get(isa) ?? [];
    list.push({ id: match.groups?.['id'] ?? '', body, bodyStart });
    byIsa.set(isa, list);
  }
  return byIsa;
}

/** Ids listed in any target's packageProductDependencies. */
function linkedProducts(text: string): Set<string> {
  const linked = new Set<string>();
  for (const match of text.matchAll(LINKED)) {
    for (const item of (match.groups?.['list'] ?? '').matchAll(LIST_ID)) linked.add(item.groups?.['id'] ?? '');
  }
  return linked;
}

function readXcodeProject(text: string, result: ParseResult): void {
  if (!text.includes('XCRemoteSwiftPackageReference')) return;
  const starts = lineStarts(text);
  const objects = objectsOf(text);
  const repositories = new Map<string, string>();
  const packages: DeclaredPackage[] = [];
  for (const reference of objects.get('XCRemoteSwiftPackageReference') ?? []) {
    const url = REPOSITORY_URL.exec(reference.body);
    const value = url?.groups?.['quoted'] ?? url?.groups?.['bare'];
    if (!url || !value) {
      result.problems.push({ ...positionAt(starts, reference.bodyStart), message: `Swift package reference ${reference.id} has no repositoryURL` });
      continue;
    }
    const name = repositoryPath(value);
    repositories.set(reference.id, name);
    const offset = reference.bodyStart + url.index + url[0].indexOf(value);
    packages.push({ ecosystem: 'swiftpm', name, ...positionAt(starts, offset), direct: true, dev: false });
  }
  const linked = linkedProducts(text);
  for (const product of objects.get('XCSwiftPackageProductDependency') ?? []) {
    const repository = repositories.get(PACKAGE_REF.exec(product.body)?.groups?.['ref'] ?? '');
    const productName = PRODUCT_NAME.exec(product.body);
    const value = productName?.groups?.['quoted'] ?? productName?.groups?.['bare'];
    // A local package (XCLocalSwiftPackageReference) has no repository: it is the app's own code.
    if (!repository || !productName || !value) continue;
    // A product no target links (left behind after "Remove from target") ships nothing.
    if (linked.size > 0 && !linked.has(product.id)) continue;
    const offset = product.bodyStart + productName.index + productName[0].indexOf(value);
    packages.push({ ecosystem: 'swiftpm', name: `${repository}:${value}`, ...positionAt(starts, offset), direct: true, dev: false });
  }
  result.packages.push(...packages);
}

/** Xcode project files: Swift package references and the products targets link. */
export const xcodeProjectParser: FileParser = {
  id: 'apple/xcodeproj',
  ecosystem: 'swiftpm',
  claims: (path) => path.endsWith('.xcodeproj/project.pbxproj'),
  parse: (text) => readSafely((result) => readXcodeProject(text, result)),
};
