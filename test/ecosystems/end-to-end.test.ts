import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import type { CliIo } from '../../src/cli.js';
import type { Detection, Finding } from '../../src/types.js';

// One small, realistic project per ecosystem (test/fixtures/repos/eco-<name>/), each with a
// subprocessors.yml that declares some of what the project uses, leaves at least one detected
// vendor undeclared, and in some declares a vendor with no footprint or prohibits one in use.
// Each run must report exactly these findings and detections, with exact lines: a missed SDK, a
// false positive or a line that moved is a failure here. Decoys in comments, docstrings,
// READMEs and look-alike packages (Fresco, kafka-go, @sentry/cli, the Sentry Gradle plugin artifact on a classpath) must
// stay silent.

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'repos');

/** `rule vendor path:line` of a finding. */
type FindingRow = string;
/** `kind path:line[ transitive][ dev]` of one piece of evidence. */
type EvidenceRow = string;

interface EndToEndCase {
  fixture: string;
  findings: FindingRow[];
  detections: Record<string, { declared: boolean; evidence: EvidenceRow[] }>;
}

const CASES: EndToEndCase[] = [
  // Next.js storefront: @sentry/nextjs pulls @sentry/react in transitively, @sentry/cli is a build tool; mixpanel-browser is dev-only but still undeclared;
  // the Meta pixel breaks the advertising prohibition; Intercom is declared but absent; the README's Hotjar and Segment mentions are docs.
  {
    fixture: 'eco-npm',
    findings: [
      'undeclared-vendor mixpanel package-lock.json:212',
      'undeclared-vendor posthog package-lock.json:235',
      'undeclared-vendor posthog package.json:16',
      'undeclared-vendor mixpanel package.json:25',
      'prohibited-vendor meta-pixel src/app/layout.tsx:13',
      'undeclared-vendor posthog src/app/providers.tsx:9',
      'declared-not-found intercom subprocessors.yml:8',
    ],
    detections: {
      'meta-pixel': {
        declared: false,
        evidence: [
          'script src/app/layout.tsx:13',
        ],
      },
      mixpanel: {
        declared: false,
        evidence: [
          'package package-lock.json:212 dev',
          'package package.json:25 dev',
        ],
      },
      posthog: {
        declared: false,
        evidence: [
          'package package-lock.json:235',
          'package package.json:16',
          'code src/app/providers.tsx:9',
          'domain src/app/providers.tsx:10',
        ],
      },
      sentry: {
        declared: true,
        evidence: [
          'package package-lock.json:60',
          'package package-lock.json:74 transitive',
          'package package-lock.json:85 transitive',
          'package package-lock.json:110 transitive',
          'package package.json:12',
          'code sentry.client.config.ts:3',
        ],
      },
      stripe: {
        declared: true,
        evidence: [
          'package package-lock.json:119',
          'package package-lock.json:128',
          'package package.json:13',
          'package package.json:14',
          'code src/lib/stripe.ts:4',
        ],
      },
    },
  },
  // Poetry FastAPI service: langchain-openai brings OpenAI (undeclared, with openai transitive in poetry.lock); Segment is declared but
  // only named in a docstring and a TOML comment.
  {
    fixture: 'eco-pypi',
    findings: [
      'undeclared-vendor openai poetry.lock:87',
      'undeclared-vendor openai pyproject.toml:18',
      'declared-not-found segment subprocessors.yml:7',
    ],
    detections: {
      openai: {
        declared: false,
        evidence: [
          'package poetry.lock:87 transitive',
          'package poetry.lock:115 transitive',
          'package pyproject.toml:18',
        ],
      },
      sentry: {
        declared: true,
        evidence: [
          'import app/main.py:9',
          'code app/main.py:15',
          'package poetry.lock:202 transitive',
          'package pyproject.toml:16',
        ],
      },
      stripe: {
        declared: true,
        evidence: [
          'import app/billing.py:3',
          'code app/billing.py:7',
          'package poetry.lock:257 transitive',
          'package pyproject.toml:17',
        ],
      },
    },
  },
  // Rails app: Segment's analytics-ruby is undeclared; facebookbusiness (Conversions API) is Meta, prohibited by organization;
  // a commented-out `gem "mixpanel-ruby"` and a Mixpanel::Tracker mention in a comment stay silent.
  {
    fixture: 'eco-rubygems',
    findings: [
      'undeclared-vendor segment Gemfile:16',
      'prohibited-vendor meta-pixel Gemfile:20',
      'undeclared-vendor segment Gemfile.lock:62',
      'prohibited-vendor meta-pixel Gemfile.lock:65',
      'undeclared-vendor segment config/initializers/analytics.rb:4',
    ],
    detections: {
      'meta-pixel': {
        declared: false,
        evidence: [
          'package Gemfile:20',
          'package Gemfile.lock:19 transitive',
          'package Gemfile.lock:65',
        ],
      },
      segment: {
        declared: false,
        evidence: [
          'package Gemfile:16',
          'package Gemfile.lock:13 transitive',
          'package Gemfile.lock:62',
          'code config/initializers/analytics.rb:4',
        ],
      },
      sentry: {
        declared: true,
        evidence: [
          'package Gemfile:11',
          'package Gemfile:12',
          'package Gemfile.lock:46 transitive',
          'package Gemfile.lock:49 transitive',
          'package Gemfile.lock:70',
          'package Gemfile.lock:71',
          'code config/initializers/sentry.rb:3',
        ],
      },
      stripe: {
        declared: true,
        evidence: [
          'package Gemfile:15',
          'package Gemfile.lock:52 transitive',
          'package Gemfile.lock:72',
          'code config/initializers/stripe.rb:3',
        ],
      },
    },
  },
  // Go API: posthog-go is undeclared (module, go.sum and its EU host); segmentio/kafka-go is not Segment; Mixpanel is declared but absent.
  {
    fixture: 'eco-go',
    findings: [
      'undeclared-vendor posthog go.mod:11',
      'undeclared-vendor posthog go.sum:19',
      'undeclared-vendor posthog internal/events/events.go:8',
      'declared-not-found mixpanel subprocessors.yml:7',
    ],
    detections: {
      posthog: {
        declared: false,
        evidence: [
          'package go.mod:11',
          'package go.sum:19 transitive',
          'import internal/events/events.go:8',
          'domain internal/events/events.go:13',
        ],
      },
      sentry: {
        declared: true,
        evidence: [
          'package go.mod:8',
          'package go.sum:3 transitive',
          'import main.go:9',
          'import main.go:10',
          'code main.go:19',
        ],
      },
      stripe: {
        declared: true,
        evidence: [
          'package go.mod:13',
          'package go.sum:23 transitive',
          'import main.go:12',
        ],
      },
    },
  },
  // Kotlin Android app: version-catalog libraries, string notation and AndroidManifest meta-data; the Facebook SDK is advertising,
  // so prohibited; Mixpanel undeclared; Firebase Analytics declared through `organization: google`; Fresco is not an SDK; the Sentry Gradle plugin applied through the version catalog installs the SDK, so it is evidence (its classpath artifact is not).
  {
    fixture: 'eco-android',
    findings: [
      'undeclared-vendor mixpanel app/build.gradle.kts:33',
      'prohibited-vendor facebook-sdk app/src/main/AndroidManifest.xml:24',
      'prohibited-vendor facebook-sdk app/src/main/java/com/acme/shop/ShopApplication.kt:4',
      'undeclared-vendor mixpanel app/src/main/java/com/acme/shop/ShopApplication.kt:6',
      'prohibited-vendor facebook-sdk gradle/libs.versions.toml:15',
      'declared-not-found amplitude subprocessors.yml:7',
    ],
    detections: {
      'facebook-sdk': {
        declared: false,
        evidence: [
          'platform app/src/main/AndroidManifest.xml:24',
          'platform app/src/main/AndroidManifest.xml:27',
          'import app/src/main/java/com/acme/shop/ShopApplication.kt:4',
          'code app/src/main/java/com/acme/shop/ShopApplication.kt:21',
          'package gradle/libs.versions.toml:15',
        ],
      },
      'firebase-analytics': {
        declared: true,
        evidence: [
          'platform app/src/main/AndroidManifest.xml:33',
          'import app/src/main/java/com/acme/shop/ShopApplication.kt:5',
          'code app/src/main/java/com/acme/shop/ShopApplication.kt:18',
          'package gradle/libs.versions.toml:14',
        ],
      },
      mixpanel: {
        declared: false,
        evidence: [
          'package app/build.gradle.kts:33',
          'import app/src/main/java/com/acme/shop/ShopApplication.kt:6',
          'code app/src/main/java/com/acme/shop/ShopApplication.kt:19',
        ],
      },
      sentry: {
        declared: true,
        evidence: [
          'package app/build.gradle.kts:32',
          'platform app/src/main/AndroidManifest.xml:30',
          'import app/src/main/java/com/acme/shop/ShopApplication.kt:7',
          'code app/src/main/java/com/acme/shop/ShopApplication.kt:15',
          'package gradle/libs.versions.toml:22',
        ],
      },
    },
  },
  // iOS app: CocoaPods (Podfile, Podfile.lock), SwiftPM pins in the workspace's Package.resolved, Info.plist Facebook keys and URL scheme;
  // the Facebook SDK and Mixpanel are undeclared; a commented-out Amplitude pod and init stay silent, so Amplitude is declared-not-found.
  {
    fixture: 'eco-apple',
    findings: [
      'undeclared-vendor mixpanel AcmeShop.xcworkspace/xcshareddata/swiftpm/Package.resolved:7',
      'undeclared-vendor facebook-sdk AcmeShop/AppDelegate.swift:2',
      'undeclared-vendor mixpanel AcmeShop/AppDelegate.swift:5',
      'undeclared-vendor facebook-sdk AcmeShop/Info.plist:18',
      'undeclared-vendor facebook-sdk Podfile:9',
      'undeclared-vendor facebook-sdk Podfile.lock:29',
      'declared-not-found amplitude subprocessors.yml:7',
    ],
    detections: {
      'facebook-sdk': {
        declared: false,
        evidence: [
          'import AcmeShop/AppDelegate.swift:2',
          'code AcmeShop/AppDelegate.swift:21',
          'platform AcmeShop/Info.plist:18',
          'platform AcmeShop/Info.plist:22',
          'platform AcmeShop/Info.plist:24',
          'platform AcmeShop/Info.plist:26',
          'package Podfile:9',
          'package Podfile.lock:5 transitive',
          'package Podfile.lock:29',
        ],
      },
      'firebase-analytics': {
        declared: true,
        evidence: [
          'import AcmeShop/AppDelegate.swift:4',
          'platform AcmeShop/Info.plist:28',
          'package Podfile:8',
          'package Podfile.lock:9 transitive',
          'package Podfile.lock:30',
        ],
      },
      mixpanel: {
        declared: false,
        evidence: [
          'package AcmeShop.xcworkspace/xcshareddata/swiftpm/Package.resolved:7 transitive',
          'import AcmeShop/AppDelegate.swift:5',
          'code AcmeShop/AppDelegate.swift:19',
        ],
      },
      sentry: {
        declared: true,
        evidence: [
          'package AcmeShop.xcworkspace/xcshareddata/swiftpm/Package.resolved:16 transitive',
          'import AcmeShop/AppDelegate.swift:6',
          'code AcmeShop/AppDelegate.swift:14',
        ],
      },
    },
  },
  // Flutter app: firebase_analytics is undeclared; sentry comes in transitively from sentry_flutter; SDK packages are skipped.
  {
    fixture: 'eco-flutter',
    findings: [
      'undeclared-vendor firebase-analytics lib/app.dart:1',
      'undeclared-vendor firebase-analytics lib/main.dart:1',
      'undeclared-vendor firebase-analytics pubspec.lock:28',
      'undeclared-vendor firebase-analytics pubspec.yaml:16',
      'declared-not-found onesignal subprocessors.yml:7',
    ],
    detections: {
      'firebase-analytics': {
        declared: false,
        evidence: [
          'import lib/app.dart:1',
          'import lib/main.dart:1',
          'code lib/main.dart:12',
          'package pubspec.lock:28',
          'package pubspec.yaml:16',
        ],
      },
      mixpanel: {
        declared: true,
        evidence: [
          'import lib/app.dart:3',
          'import lib/main.dart:4',
          'code lib/main.dart:14',
          'package pubspec.lock:102',
          'package pubspec.yaml:18',
        ],
      },
      sentry: {
        declared: true,
        evidence: [
          'import lib/main.dart:5',
          'code lib/main.dart:16',
          'package pubspec.lock:134 transitive',
          'package pubspec.lock:142',
          'package pubspec.yaml:17',
        ],
      },
    },
  },
  // Slim PHP app: mixpanel-php undeclared; Meta's php-business-sdk prohibited by vendor id; sentry/sentry with `\Sentry\init([`.
  {
    fixture: 'eco-php',
    findings: [
      'prohibited-vendor meta-pixel composer.json:9',
      'undeclared-vendor mixpanel composer.json:10',
      'prohibited-vendor meta-pixel composer.lock:10',
      'undeclared-vendor mixpanel composer.lock:109',
    ],
    detections: {
      'meta-pixel': {
        declared: false,
        evidence: [
          'package composer.json:9',
          'package composer.lock:10 transitive',
        ],
      },
      mixpanel: {
        declared: false,
        evidence: [
          'package composer.json:10',
          'package composer.lock:109 transitive',
        ],
      },
      sentry: {
        declared: true,
        evidence: [
          'package composer.json:11',
          'package composer.lock:157 transitive',
          'code public/index.php:10',
        ],
      },
      stripe: {
        declared: true,
        evidence: [
          'package composer.json:14',
          'package composer.lock:234 transitive',
        ],
      },
    },
  },
  // ASP.NET Core API with a lockfile: Segment undeclared; Sentry.AspNetCore brings Sentry transitively; the test project's Stripe.net is dev.
  {
    fixture: 'eco-dotnet',
    findings: [
      'undeclared-vendor segment src/Shop.Api/Shop.Api.csproj:12',
      'undeclared-vendor segment src/Shop.Api/packages.lock.json:15',
      'declared-not-found posthog subprocessors.yml:7',
    ],
    detections: {
      segment: {
        declared: false,
        evidence: [
          'package src/Shop.Api/Shop.Api.csproj:12',
          'package src/Shop.Api/packages.lock.json:15',
        ],
      },
      sentry: {
        declared: true,
        evidence: [
          'code src/Shop.Api/Program.cs:7',
          'package src/Shop.Api/Shop.Api.csproj:13',
          'package src/Shop.Api/packages.lock.json:25',
          'package src/Shop.Api/packages.lock.json:73 transitive',
          'package src/Shop.Api/packages.lock.json:78 transitive',
        ],
      },
      stripe: {
        declared: true,
        evidence: [
          'import src/Shop.Api/Program.cs:2',
          'package src/Shop.Api/Shop.Api.csproj:14',
          'package src/Shop.Api/packages.lock.json:34',
          'import tests/Shop.Api.Tests/CheckoutTests.cs:2',
          'package tests/Shop.Api.Tests/Shop.Api.Tests.csproj:11 dev',
        ],
      },
    },
  },
  // Rust service: resend-rs undeclared; sentry with `sentry::init(`; the Postmark mention is a comment, so Postmark is declared-not-found.
  {
    fixture: 'eco-rust',
    findings: [
      'undeclared-vendor resend Cargo.lock:52',
      'undeclared-vendor resend Cargo.toml:11',
      'declared-not-found postmark subprocessors.yml:5',
    ],
    detections: {
      resend: {
        declared: false,
        evidence: [
          'package Cargo.lock:52 transitive',
          'package Cargo.toml:11',
        ],
      },
      sentry: {
        declared: true,
        evidence: [
          'package Cargo.lock:62 transitive',
          'package Cargo.toml:12',
          'code src/main.rs:9',
        ],
      },
    },
  },
];

interface CheckRun {
  code: number;
  result: { detections: Detection[]; findings: Finding[] };
}

const runs = new Map<string, Promise<CheckRun>>();

/** `disclosed check <fixture> --format json`, in-process, once per fixture. */
function check(fixture: string): Promise<CheckRun> {
  let run = runs.get(fixture);
  if (!run) {
    run = runCheck(fixture);
    runs.set(fixture, run);
  }
  return run;
}

async function runCheck(fixture: string): Promise<CheckRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: FIXTURES, isTTY: false, env: {}, now: new Date('2026-11-23T00:00:00Z') };
  const code = await main(['check', fixture, '--format', 'json'], io);
  expect(stderr, `${fixture}: stderr`).toBe('');
  return { code, result: JSON.parse(stdout) as CheckRun['result'] };
}

const findingRow = (finding: Finding): FindingRow => `${finding.rule} ${finding.vendor ?? ''} ${finding.location.path}:${finding.location.line}`;
const evidenceRow = (evidence: Detection['evidence'][number]): EvidenceRow =>
  `${evidence.kind} ${evidence.path}:${evidence.line}${evidence.transitive ? ' transitive' : ''}${evidence.dev ? ' dev' : ''}`;

describe('end to end: one realistic project per ecosystem', () => {
  it('covers every ecosystem family once', () => {
    expect(CASES.map((c) => c.fixture)).toEqual(['eco-npm', 'eco-pypi', 'eco-rubygems', 'eco-go', 'eco-android', 'eco-apple', 'eco-flutter', 'eco-php', 'eco-dotnet', 'eco-rust']);
  });

  for (const expected of CASES) {
    describe(expected.fixture, () => {
      it('exits 1 with exactly the expected findings, at their lines', async () => {
        const { code, result } = await check(expected.fixture);
        expect(code).toBe(1);
        // No unlisted-third-party notes either: every host these projects load belongs to a catalog vendor.
        const findings = result.findings;
        expect(findings.map(findingRow)).toEqual(expected.findings);
        expect(findings.every((finding) => !finding.suppressed)).toBe(true);
      });

      it('detects exactly the expected vendors, with the kind, line and depth of each piece of evidence', async () => {
        const { result } = await check(expected.fixture);
        const actual = Object.fromEntries(result.detections.map((detection) => [detection.vendor, { declared: detection.declared, evidence: detection.evidence.map(evidenceRow) }]));
        expect(actual).toEqual(expected.detections);
      });

      it('points every piece of evidence at the line and column where its text is written', async () => {
        const { result } = await check(expected.fixture);
        for (const detection of result.detections) {
          for (const evidence of detection.evidence) {
            // Synthetic platform keys (`CFBundleURLSchemes:fb`, `google-services.json:analytics_service`) name no text.
            if (evidence.kind === 'platform' && evidence.match.includes(':')) continue;
            const line = readFileSync(join(FIXTURES, expected.fixture, evidence.path), 'utf8').split(/\r?\n/)[evidence.line - 1] ?? '';
            expect(line.slice(evidence.column - 1).toLowerCase(), `${detection.vendor}: ${evidence.path}:${evidence.line}:${evidence.column}`).toContain(evidence.match.toLowerCase());
          }
        }
      });
    });
  }
});
