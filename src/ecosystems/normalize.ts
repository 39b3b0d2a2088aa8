import type { Ecosystem } from '../types.js';

/**
 * The canonical form of a package name in its ecosystem, so that a catalog entry and a
 * manifest entry compare equal when the registry would treat them as the same package.
 * Idempotent: normalizePackageName(e, normalizePackageName(e, n)) === normalizePackageName(e, n).
 */
export function normalizePackageName(ecosystem: Ecosystem, name: string): string {
  const trimmed = name.trim();
  switch (ecosystem) {
    // PEP 503: runs of -, _ and . are equivalent, and names are case-insensitive.
    // https://peps.python.org/pep-0503/#normalized-names
    case 'pypi':
      return trimmed.toLowerCase().replace(/[-_.]+/g, '-');
    // Case-insensitive registries.
    case 'nuget':
    case 'composer':
    case 'rubygems':
    case 'cocoapods':
      return trimmed.toLowerCase();
    // Module paths: GitHub paths are case-insensitive in practice; drop scheme and `.git`.
    case 'go':
    case 'swiftpm':
    case 'carthage':
      return trimmed
        .toLowerCase()
        .replace(/^(?:https?:\/\/|git@|ssh:\/\/git@)/, '')
        .replace(/^github\.com:/, 'github.com/')
        .replace(/\.git$/, '')
        .replace(/\/+$/, '');
    // Cargo treats - and _ as the same in crate names.
    case 'cargo':
      return trimmed.toLowerCase().replace(/_/g, '-');
    // Hex package names are lower-case by rule (`^[a-z]\w*$`).
    // https://hex.pm/docs/publish#naming-your-package
    case 'hex':
      return trimmed.toLowerCase();
    // Unity Package Manager names are lower-case reverse-domain names by rule.
    // https://docs.unity3d.com/Manual/cus-naming.html
    case 'upm':
      return trimmed.toLowerCase();
    // npm names are lower-case by rule; Maven group:artifact and pub names are case-sensitive.
    case 'npm':
    case 'maven':
    case 'pub':
      return trimmed;
  }
}
