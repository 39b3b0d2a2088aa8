import { describe, expect, it } from 'vitest';
import { builtinRulesDir, loadCatalog } from '../../src/catalog/load.js';
import { compileCatalog, importKeywords, vendorsOfPackage } from '../../src/catalog/catalog.js';
import type { VendorRule } from '../../src/catalog/catalog.js';
import { findImports, namespacesOf } from '../../src/matchers/imports.js';
import { scanText } from '../../src/scan.js';

// The `imports` signature kind: one hit per language family on real import statements, and
// the look-alikes that must not count (comments, prose, a longer namespace, a relative import).

const catalog = loadCatalog([builtinRulesDir()]);
const imported = (path: string, text: string) =>
  scanText(catalog, path, text)
    .evidence.filter((item) => item.kind === 'import')
    .map((item) => `${item.vendor}:${item.match}@${item.line}:${item.column}`);

describe('imports: one hit per language', () => {
  it.each([
    ['java', 'app/src/main/java/com/acme/App.java', 'package com.acme;\n\nimport io.sentry.Sentry;\nimport static io.sentry.Sentry.captureException;\n', ['sentry:io.sentry.Sentry@3:8', 'sentry:io.sentry.Sentry.captureException@4:15']],
    ['kotlin wrapper module', 'libs/crash/src/main/kotlin/Crash.kt', 'package com.acme.crash\n\nimport io.sentry.android.core.SentryAndroid as SA\nimport io.sentry.*\n', ['sentry:io.sentry.android.core.SentryAndroid@3:8', 'sentry:io.sentry@4:8']],
    ['swift', 'ios/App/Analytics.swift', 'import UIKit\n@_implementationOnly import FirebaseAnalytics\nimport struct Sentry.Breadcrumb\n', ['firebase-analytics:FirebaseAnalytics@2:29', 'sentry:Sentry@3:15']],
    ['objective-c @import', 'ios/App/AppDelegate.m', '@import FirebaseCrashlytics;\n#import <FirebaseAnalytics/FIRAnalytics.h>\n#import "AppDelegate.h"\n', ['firebase-crashlytics:FirebaseCrashlytics@1:9', 'firebase-analytics:FirebaseAnalytics@2:10']],
    ['python', 'app/billing.py', 'import os, stripe as s\nfrom sentry_sdk.integrations.django import DjangoIntegration\n', ['stripe:stripe@1:12', 'sentry:sentry_sdk.integrations.django@2:6']],
    ['go block and single', 'cmd/api/main.go', 'package main\n\nimport (\n\t"fmt"\n\tsentryhttp "github.com/getsentry/sentry-go/http"\n)\n\nimport "github.com/stripe/stripe-go/v81"\n', ['sentry:github.com/getsentry/sentry-go/http@5:14', 'stripe:github.com/stripe/stripe-go/v81@8:9']],
    ['c#', 'Api/Program.cs', 'global using Stripe;\nusing Terminal = Stripe.Terminal;\n', ['stripe:Stripe@1:14', 'stripe:Stripe.Terminal@2:18']],
    ['ruby', 'lib/payments.rb', "require 'stripe'\nrequire_relative 'stripe'\n", ['stripe:stripe@1:10']],
    ['php', 'src/Billing.php', '<?php\nnamespace App;\nuse Stripe\\StripeClient;\nuse function Sentry\\captureException;\n', ['stripe:Stripe\\StripeClient@3:5', 'sentry:Sentry\\captureException@4:14']],
    ['elixir alias, use and a multi-alias', 'lib/acme/billing.ex', 'defmodule Acme.Billing do\n  use Sentry.PlugCapture\n  alias Stripe.{Customer, Charge}\n  alias Ueberauth.Strategy.Google\nend\n', ['sentry:Sentry.PlugCapture@2:7', 'stripe:Stripe@3:9', 'google-oauth:Ueberauth.Strategy.Google@4:9']],
    ['dart', 'lib/main.dart', "import 'package:sentry_flutter/sentry_flutter.dart';\nexport 'package:firebase_analytics/firebase_analytics.dart';\n", ['sentry:sentry_flutter@1:17', 'firebase-analytics:firebase_analytics@2:17']],
  ])('%s', (_name, path, text, expected) => {
    expect(imported(path, text)).toEqual(expected);
  });
});

describe('imports: what is not an import', () => {
  it.each([
    ['a commented-out import', 'App.kt', '// import io.sentry.Sentry\n/* import io.sentry.Sentry */\nfun main() {}\n'],
    ['a longer namespace that only starts alike', 'App.java', 'import io.sentryx.Tool;\nimport com.stripeapps.Billing;\n'],
    ['an import inside a Python docstring', 'app/doc.py', '"""\nimport sentry_sdk\n"""\nx = 1\n'],
    ['a mention in the middle of a line', 'app/notes.py', 'print("we import sentry_sdk lazily")\n'],
    ['Elixir: a comment, a module of the project named alike, a longer name, a call', 'lib/acme/notes.ex', '# alias Sentry.PlugCapture\nalias Acme.Sentry\nalias SentryX.Tool\nx = Sentry.capture_message("hi")\n'],
    ['a Go string outside an import', 'main.go', 'package main\n\nvar url = "github.com/getsentry/sentry-go"\n'],
    ['a require_relative of a same-named file', 'lib/x.rb', "require_relative 'stripe'\n"],
    ['a Swift module that only starts alike', 'App.swift', 'import SentryPrivateTools\n'],
    ['an import in Markdown', 'README.md', 'import io.sentry.Sentry\n'],
  ])('%s', (_name, path, text) => {
    expect(imported(path, text)).toEqual([]);
  });
});

describe('import statements', () => {
  it('reads multi-line JS imports, require and dynamic import, not relative ones', () => {
    const code = "import {\n  init,\n} from '@acme/sdk'\nconst x = require('other-sdk/sub')\nawait import('./local')\nexport * from \"@acme/sdk/extra\"\n";
    expect(findImports('js', code).map((item) => item.module)).toEqual(['@acme/sdk', 'other-sdk/sub', '@acme/sdk/extra']);
  });

  it('namespaces run from the most specific to the root, at the family separator', () => {
    expect(namespacesOf('jvm', 'io.sentry.android.core')).toEqual(['io.sentry.android.core', 'io.sentry.android', 'io.sentry', 'io']);
    expect(namespacesOf('php', 'Stripe\\Terminal')).toEqual(['Stripe\\Terminal', 'Stripe']);
    expect(namespacesOf('apple', 'FirebaseAnalytics')).toEqual(['FirebaseAnalytics']);
  });

  it('keys a bare module name with the statement that imports it, so prose naming the product is not read', () => {
    expect(importKeywords('apple', 'Segment')).toEqual(['import segment', '<segment/']);
    expect(importKeywords('php', 'Stripe')).toEqual(['stripe\\']);
    // A bare JavaScript module name is a word of prose and identifiers too (`happen`, `wrapNode`): keyed quoted.
    expect(importKeywords('js', 'apn')).toEqual(["'apn'", '"apn"', "'apn/", '"apn/']);
    expect(importKeywords('jvm', 'io.sentry')).toEqual(['io.sentry']);
    expect(catalog.importKeywords.has('segment')).toBe(false);
    expect(scanText(catalog, 'ios/Notes.swift', 'let segment = "Segment"\n').evidence).toEqual([]);
  });

  it('a file whose bytes hold no import namespace is never read for imports (prefilter)', () => {
    const vendor: VendorRule = {
      id: 'acme',
      name: 'Acme',
      organization: 'acme',
      categories: ['analytics'],
      signatures: { imports: { js: ['@acme/sdk'] } },
      source: 'test',
    };
    const small = compileCatalog([vendor], [{ id: 'acme', name: 'Acme', aliases: [] }], new Map([['analytics', 'Analytics']]));
    expect(small.keywordIndex.keywords).toContain('@acme/sdk');
    expect(scanText(small, 'src/a.ts', "import x from '@acme/sdk'\n").evidence.map((item) => item.kind)).toEqual(['import']);
    expect(scanText(small, 'src/a.ts', "import x from '@other/sdk'\n", undefined, new Set()).evidence).toEqual([]);
  });
});

describe('namespace wildcards in package signatures', () => {
  const vendor: VendorRule = {
    id: 'acme',
    name: 'Acme',
    organization: 'acme',
    categories: ['analytics'],
    signatures: {
      packages: {
        maven: ['com.acme:*'],
        npm: ['@acme/*'],
        nuget: ['Acme.*'],
        go: ['github.com/acme/*'],
        pub: ['acme_*'],
        cocoapods: ['Acme*'],
      },
      'exclude-packages': { npm: ['@acme/cli'] },
    },
    source: 'test',
  };
  const small = compileCatalog([vendor], [{ id: 'acme', name: 'Acme', aliases: [] }], new Map([['analytics', 'Analytics']]));

  it.each([
    ['maven', 'com.acme:acme-android', true],
    ['maven', 'com.acme.tools:acme-android', false],
    ['npm', '@acme/browser', true],
    ['npm', '@acme/cli', false],
    ['npm', '@acmeinc/browser', false],
    ['nuget', 'acme.AspNetCore', true],
    ['nuget', 'AcmeCorp', false],
    ['go', 'github.com/acme/acme-go', true],
    ['go', 'github.com/acme/acme-go/v2', false],
    ['pub', 'acme_flutter', true],
    ['pub', 'acmeflutter', false],
    ['cocoapods', 'AcmeKit', true],
    ['cocoapods', 'Acme/Core', false],
  ] as const)('%s %s → %s', (ecosystem, name, expected) => {
    expect(vendorsOfPackage(small, ecosystem, name).includes('acme')).toBe(expected);
  });
});

describe('Gradle plugins as evidence', () => {
  it('a plugin id a vendor lists is package evidence at its line', () => {
    const evidence = scanText(catalog, 'app/build.gradle', "plugins {\n    id 'com.google.firebase.crashlytics'\n}\n").evidence;
    expect(evidence).toContainEqual(expect.objectContaining({ vendor: 'firebase-crashlytics', kind: 'package', ecosystem: 'maven', match: 'com.google.firebase.crashlytics', line: 2 }));
  });

  it('a convention plugin of build-logic applying Sentry counts', () => {
    const text = 'class Crash : Plugin<Project> {\n  override fun apply(target: Project) {\n    target.pluginManager.apply("io.sentry.android.gradle")\n  }\n}\n';
    const evidence = scanText(catalog, 'build-logic/convention/src/main/kotlin/Crash.kt', text).evidence;
    expect(evidence.map((item) => `${item.vendor}:${item.match}`)).toContain('sentry:io.sentry.android.gradle');
  });
});
