import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  directoryPackagesParser,
  nugetParsers,
  packagesConfigParser,
  packagesLockParser,
  projectParser,
} from '../../../src/ecosystems/nuget/index.js';
import type { FileParser } from '../../../src/types.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/ecosystems/nuget/${name}`, import.meta.url), 'utf8');

const parse = (parser: FileParser, name: string, path: string) => parser.parse(fixture(name), path);
const names = (result: { packages: { name: string }[] }): string[] => result.packages.map((p) => p.name);
const empty = { packages: [], problems: [] };

describe('nugetParsers', () => {
  it.each([
    ['src/Shop.Api/Shop.Api.csproj', 'nuget/project'],
    ['src/Shop.Fs/Shop.Fs.fsproj', 'nuget/project'],
    ['Legacy.vbproj', 'nuget/project'],
    ['Directory.Build.props', 'nuget/project'],
    ['src/Directory.Build.targets', 'nuget/project'],
    ['Directory.Packages.props', 'nuget/directory-packages'],
    ['Legacy/packages.config', 'nuget/packages-config'],
    ['src/Shop.Api/packages.lock.json', 'nuget/packages-lock'],
  ])('claims %s', (path, id) => {
    expect(nugetParsers.filter((p) => p.claims(path)).map((p) => p.id)).toEqual([id]);
  });

  it.each([
    'Shop.csproj.user',
    'Shop.csproj.bak',
    'docs/Shop.csproj.md',
    'Shop.sln',
    'Directory.Packages.props.bak',
    'nuget.config',
    'packages.config.orig',
    'package-lock.json',
    'packages.lock.json.old',
  ])('does not claim %s', (path) => {
    expect(nugetParsers.filter((p) => p.claims(path))).toEqual([]);
  });
});

describe('project files', () => {
  it('reads PackageReference Include and Update at the attribute value', () => {
    const result = parse(projectParser, 'Shop.Api.csproj', 'src/Shop.Api/Shop.Api.csproj');
    expect(result.problems).toEqual([]);
    expect(result.packages).toEqual([
      { ecosystem: 'nuget', name: 'Sentry.AspNetCore', line: 8, column: 32, direct: true, dev: false },
      { ecosystem: 'nuget', name: 'Segment.Analytics.CSharp', line: 9, column: 32, direct: true, dev: false },
      { ecosystem: 'nuget', name: 'Mixpanel.NET', line: 10, column: 31, direct: true, dev: false },
      { ecosystem: 'nuget', name: 'StyleCop.Analyzers', line: 11, column: 32, direct: true, dev: false },
      { ecosystem: 'nuget', name: 'Microsoft.ApplicationInsights.AspNetCore', line: 18, column: 18, direct: true, dev: false },
    ]);
  });

  it('marks every package of a project named *.Tests as dev', () => {
    const result = parse(projectParser, 'Shop.Api.Tests.csproj', 'test/Shop.Api.Tests/Shop.Api.Tests.csproj');
    expect(result.packages.map(({ name, dev }) => [name, dev])).toEqual([
      ['xunit', true],
      ['Sentry.Testing', true],
    ]);
  });

  it('marks every package of a project referencing Microsoft.NET.Test.Sdk as dev', () => {
    const result = parse(projectParser, 'test-sdk-reference.fsproj', 'test/Checkout/Checkout.fsproj');
    expect(result.packages.map(({ name, dev }) => [name, dev])).toEqual([
      ['Segment.Analytics.CSharp', true],
      ['Microsoft.NET.Test.Sdk', true],
    ]);
  });

  it('does not take a name merely ending in "test" letters for a test project', () => {
    const result = projectParser.parse(fixture('Shop.Api.Tests.csproj'), 'src/Latest/Latest.csproj');
    expect(result.packages.every((p) => !p.dev)).toBe(true);
  });

  it('returns nothing for an empty file', () => {
    expect(parse(projectParser, 'empty.csproj', 'Shop.csproj')).toEqual(empty);
  });

  it('keeps the references before malformed XML and reports the line', () => {
    const result = parse(projectParser, 'malformed.csproj', 'Shop.csproj');
    expect(names(result)[0]).toBe('Sentry.AspNetCore');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line: 5, message: expect.stringMatching(/^not valid XML: /) });
  });
});

describe('Directory.Packages.props', () => {
  it('reads PackageVersion items as managed version pins and GlobalPackageReference items as direct', () => {
    const result = parse(directoryPackagesParser, 'Directory.Packages.props', 'Directory.Packages.props');
    expect(result).toEqual({
      packages: [
        { ecosystem: 'nuget', name: 'Sentry.AspNetCore', line: 6, column: 30, direct: true, dev: false, managed: true },
        { ecosystem: 'nuget', name: 'Segment.Analytics.CSharp', line: 7, column: 30, direct: true, dev: false, managed: true },
        { ecosystem: 'nuget', name: 'Nerdbank.GitVersioning', line: 8, column: 38, direct: true, dev: false },
      ],
      problems: [],
    });
  });

  it('returns nothing for an empty file', () => {
    expect(parse(directoryPackagesParser, 'Directory.Packages-empty.props', 'Directory.Packages.props')).toEqual(empty);
  });

  it('keeps the items before malformed XML and reports the line', () => {
    const result = parse(directoryPackagesParser, 'Directory.Packages-malformed.props', 'Directory.Packages.props');
    expect(names(result)).toEqual(['Sentry.AspNetCore', 'Segment.Analytics.CSharp']);
    expect(result.problems).toEqual([{ line: 6, column: expect.any(Number), message: expect.stringMatching(/^not valid XML: /) }]);
  });
});

describe('packages.config', () => {
  it('reads <package id>, developmentDependency as dev, and reports a package without id', () => {
    const result = parse(packagesConfigParser, 'packages.config', 'packages.config');
    expect(result.packages).toEqual([
      { ecosystem: 'nuget', name: 'Segment.Analytics.CSharp', line: 3, column: 16, direct: true, dev: false },
      { ecosystem: 'nuget', name: 'Sentry', line: 4, column: 16, direct: true, dev: false },
      { ecosystem: 'nuget', name: 'Microsoft.CodeAnalysis.NetAnalyzers', line: 5, column: 16, direct: true, dev: true },
    ]);
    expect(result.problems).toEqual([{ line: 6, column: 3, message: '<package> without an id was skipped' }]);
  });

  it('returns nothing for an empty file', () => {
    expect(parse(packagesConfigParser, 'packages-empty.config', 'packages.config')).toEqual(empty);
  });

  it('keeps the packages before malformed XML and reports the line', () => {
    const result = parse(packagesConfigParser, 'packages-malformed.config', 'packages.config');
    expect(names(result)[0]).toBe('Sentry');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line: 4, message: expect.stringMatching(/^not valid XML: /) });
  });
});

describe('packages.lock.json', () => {
  it('reads Direct as direct and Transitive/CentralTransitive as transitive, once per package', () => {
    const result = parse(packagesLockParser, 'packages-lock.json', 'src/Shop.Api/packages.lock.json');
    expect(result.problems).toEqual([]);
    expect(result.packages).toEqual([
      { ecosystem: 'nuget', name: 'Sentry.AspNetCore', line: 5, column: 8, direct: true, dev: false },
      // Transitive under net8.0, Direct under net6.0: direct wins, first position kept.
      { ecosystem: 'nuget', name: 'Sentry', line: 12, column: 8, direct: true, dev: false },
      { ecosystem: 'nuget', name: 'Segment.Analytics.CSharp', line: 17, column: 8, direct: false, dev: false },
    ]);
    expect(names(result)).not.toContain('shop.core');
  });

  it('marks the lockfile of a test project as dev', () => {
    const bySdk = parse(packagesLockParser, 'packages-lock-test-project.json', 'src/Checkout/packages.lock.json');
    expect(bySdk.packages.map(({ name, dev }) => [name, dev])).toEqual([
      ['Microsoft.NET.Test.Sdk', true],
      ['Segment.Analytics.CSharp', true],
    ]);
    const byFolder = parse(packagesLockParser, 'packages-lock.json', 'test/Shop.Api.Tests/packages.lock.json');
    expect(byFolder.packages.every((p) => p.dev)).toBe(true);
  });

  it('returns nothing for an empty file', () => {
    expect(parse(packagesLockParser, 'packages-lock-empty.json', 'packages.lock.json')).toEqual(empty);
  });

  it('reads what it can of malformed JSON and reports the error position', () => {
    const result = parse(packagesLockParser, 'packages-lock-malformed.json', 'packages.lock.json');
    expect(names(result).slice(0, 2)).toEqual(['Sentry.AspNetCore', 'Sentry']);
    expect(result.problems).toEqual([{ line: 7, column: 7, message: 'not valid JSON: CommaExpected' }]);
  });
});
