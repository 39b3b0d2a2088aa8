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
/** `kind path:line context[ via a>b]` of one piece of evidence, strongest first. */
type EvidenceRow = string;

interface EndToEndCase {
  fixture: string;
  findings: FindingRow[];
  detections: Record<string, { declared: boolean; integrated: boolean; evidence: EvidenceRow[] }>;
}

const CASES: EndToEndCase[] = [
  // Next.js storefront: @sentry/nextjs pulls @sentry/react in transitively (via), @sentry/cli is a build tool; mixpanel-browser is dev-only (indirect-vendor);
  // the Meta pixel breaks the advertising prohibition; Intercom is declared but absent; the README's Hotjar and Segment mentions are docs.
  {
    fixture: 'eco-npm',
    findings: [
      'undeclared-vendor posthog package-lock.json:235',
      'undeclared-vendor posthog package.json:16',
      'indirect-vendor mixpanel package.json:25',
      'prohibited-vendor meta-pixel src/app/layout.tsx:13',
      'undeclared-vendor posthog src/app/providers.tsx:9',
      'declared-not-found intercom subprocessors.yml:8',
    ],
    detections: {
      'meta-pixel': {
        declared: false,
        integrated: true,
        evidence: [
          'script src/app/layout.tsx:13 runtime',
        ],
      },
      mixpanel: {
        declared: false,
        integrated: false,
        evidence: [
          'package package.json:25 dev',
          'package package-lock.json:212 dev',
        ],
      },
      posthog: {
        declared: false,
        integrated: true,
        evidence: [
          'code src/app/providers.tsx:9 runtime',
          'import src/app/providers.tsx:3 runtime',
          'import src/app/providers.tsx:4 runtime',
          'domain src/app/providers.tsx:10 runtime',
          'package package.json:16 runtime',
          'package package-lock.json:235 runtime',
        ],
      },
      sentry: {
        declared: true,
        integrated: true,
        evidence: [
          'code sentry.client.config.ts:3 runtime',
          'code sentry.client.config.ts:4 runtime',
          'import sentry.client.config.ts:1 runtime',
          'package package.json:12 runtime',
          'package package-lock.json:60 runtime',
          'package package-lock.json:74 transitive via @sentry/nextjs>@sentry/node',
          'package package-lock.json:85 transitive via @sentry/nextjs>@sentry/react',
          'package package-lock.json:110 transitive via @sentry/nextjs>@sentry/vercel-edge',
        ],
      },
      stripe: {
        declared: true,
        integrated: true,
        evidence: [
          'code src/lib/stripe.ts:4 runtime',
          'import src/lib/stripe.ts:1 runtime',
          'package package.json:13 runtime',
          'package package.json:14 runtime',
          'package package-lock.json:119 runtime',
          'package package-lock.json:128 runtime',
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
        integrated: true,
        evidence: [
          'package pyproject.toml:18 runtime',
          'package poetry.lock:87 runtime',
          'package poetry.lock:115 transitive via langchain-openai>openai',
        ],
      },
      sentry: {
        declared: true,
        integrated: true,
        evidence: [
          'code app/main.py:15 runtime',
          'code app/main.py:16 runtime',
          'import app/main.py:9 runtime',
          'package pyproject.toml:16 runtime',
          'package poetry.lock:202 runtime',
        ],
      },
      stripe: {
        declared: true,
        integrated: true,
        evidence: [
          'code app/billing.py:7 runtime',
          'import app/billing.py:3 runtime',
          'package pyproject.toml:17 runtime',
          'package poetry.lock:257 runtime',
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
        integrated: true,
        evidence: [
          'package Gemfile:20 runtime',
          'package Gemfile.lock:65 runtime',
        ],
      },
      segment: {
        declared: false,
        integrated: true,
        evidence: [
          'code config/initializers/analytics.rb:4 runtime',
          'code config/initializers/analytics.rb:5 runtime',
          'package Gemfile:16 runtime',
          'package Gemfile.lock:62 runtime',
        ],
      },
      sentry: {
        declared: true,
        integrated: true,
        evidence: [
          'code config/initializers/sentry.rb:3 runtime',
          'code config/initializers/sentry.rb:4 runtime',
          'package Gemfile:11 runtime',
          'package Gemfile:12 runtime',
          'package Gemfile.lock:70 runtime',
          'package Gemfile.lock:71 runtime',
        ],
      },
      stripe: {
        declared: true,
        integrated: true,
        evidence: [
          'code config/initializers/stripe.rb:3 runtime',
          'package Gemfile:15 runtime',
          'package Gemfile.lock:72 runtime',
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
        integrated: true,
        evidence: [
          'import internal/events/events.go:8 runtime',
          'domain internal/events/events.go:13 runtime',
          'package go.mod:11 runtime',
          'package go.sum:19 runtime',
        ],
      },
      sentry: {
        declared: true,
        integrated: true,
        evidence: [
          'code main.go:19 runtime',
          'code main.go:20 runtime',
          'import main.go:9 runtime',
          'import main.go:10 runtime',
          'package go.mod:8 runtime',
          'package go.sum:3 runtime',
        ],
      },
      stripe: {
        declared: true,
        integrated: true,
        evidence: [
          'code main.go:28 runtime',
          'import main.go:12 runtime',
          'package go.mod:13 runtime',
          'package go.sum:23 runtime',
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
      'undeclared-vendor mixpanel app/src/main/java/com/acme/shop/ShopApplication.kt:19',
      'prohibited-vendor facebook-sdk app/src/main/java/com/acme/shop/ShopApplication.kt:21',
      'prohibited-vendor facebook-sdk gradle/libs.versions.toml:15',
      'declared-not-found amplitude subprocessors.yml:7',
    ],
    detections: {
      'facebook-sdk': {
        declared: false,
        integrated: true,
        evidence: [
          'code app/src/main/java/com/acme/shop/ShopApplication.kt:21 runtime',
          'platform app/src/main/AndroidManifest.xml:24 runtime',
          'platform app/src/main/AndroidManifest.xml:27 runtime',
          'import app/src/main/java/com/acme/shop/ShopApplication.kt:4 runtime',
          'package gradle/libs.versions.toml:15 runtime',
        ],
      },
      'firebase-analytics': {
        declared: true,
        integrated: true,
        evidence: [
          'code app/src/main/java/com/acme/shop/ShopApplication.kt:18 runtime',
          'import app/src/main/java/com/acme/shop/ShopApplication.kt:5 runtime',
          'package gradle/libs.versions.toml:14 runtime',
          'platform app/src/main/AndroidManifest.xml:33 disabled',
        ],
      },
      mixpanel: {
        declared: false,
        integrated: true,
        evidence: [
          'code app/src/main/java/com/acme/shop/ShopApplication.kt:19 runtime',
          'import app/src/main/java/com/acme/shop/ShopApplication.kt:6 runtime',
          'package app/build.gradle.kts:33 runtime',
        ],
      },
      sentry: {
        declared: true,
        integrated: true,
        evidence: [
          'code app/src/main/java/com/acme/shop/ShopApplication.kt:15 runtime',
          'platform app/src/main/AndroidManifest.xml:30 runtime',
          'import app/src/main/java/com/acme/shop/ShopApplication.kt:7 runtime',
          'package app/build.gradle.kts:32 runtime',
          'package gradle/libs.versions.toml:22 runtime',
        ],
      },
    },
  },
  // iOS app: CocoaPods (Podfile, Podfile.lock), SwiftPM pins in the workspace's Package.resolved, Info.plist Facebook keys and URL scheme;
  // the Facebook SDK and Mixpanel are undeclared; a commented-out Amplitude pod and init stay silent, so Amplitude is declared-not-found.
  {
    fixture: 'eco-apple',
    findings: [
      'undeclared-vendor mixpanel AcmeShop/AppDelegate.swift:19',
      'undeclared-vendor facebook-sdk AcmeShop/AppDelegate.swift:21',
      'undeclared-vendor facebook-sdk AcmeShop/Info.plist:18',
      'undeclared-vendor facebook-sdk Podfile:9',
      'undeclared-vendor facebook-sdk Podfile.lock:29',
      'declared-not-found amplitude subprocessors.yml:7',
    ],
    detections: {
      'facebook-sdk': {
        declared: false,
        integrated: true,
        evidence: [
          'code AcmeShop/AppDelegate.swift:21 runtime',
          'import AcmeShop/AppDelegate.swift:2 runtime',
          'platform AcmeShop/Info.plist:18 runtime',
          'platform AcmeShop/Info.plist:22 runtime',
          'platform AcmeShop/Info.plist:24 runtime',
          'platform AcmeShop/Info.plist:26 runtime',
          'package Podfile:9 runtime',
          'package Podfile.lock:29 runtime',
        ],
      },
      'firebase-analytics': {
        declared: true,
        integrated: true,
        evidence: [
          'import AcmeShop/AppDelegate.swift:4 runtime',
          'package Podfile:8 runtime',
          'package Podfile.lock:30 runtime',
          'platform AcmeShop/Info.plist:28 disabled',
        ],
      },
      mixpanel: {
        declared: false,
        integrated: true,
        evidence: [
          'code AcmeShop/AppDelegate.swift:19 runtime',
          'import AcmeShop/AppDelegate.swift:5 runtime',
          'package AcmeShop.xcworkspace/xcshareddata/swiftpm/Package.resolved:7 transitive',
        ],
      },
      sentry: {
        declared: true,
        integrated: true,
        evidence: [
          'code AcmeShop/AppDelegate.swift:14 runtime',
          'import AcmeShop/AppDelegate.swift:6 runtime',
          'package AcmeShop.xcworkspace/xcshareddata/swiftpm/Package.resolved:16 transitive',
        ],
      },
    },
  },
  // Flutter app: firebase_analytics is undeclared; sentry comes in transitively from sentry_flutter; SDK packages are skipped.
  {
    fixture: 'eco-flutter',
    findings: [
      'undeclared-vendor firebase-analytics lib/app.dart:1',
      'undeclared-vendor firebase-analytics lib/main.dart:12',
      'undeclared-vendor firebase-analytics pubspec.lock:28',
      'undeclared-vendor firebase-analytics pubspec.yaml:16',
      'declared-not-found onesignal subprocessors.yml:7',
    ],
    detections: {
      'firebase-analytics': {
        declared: false,
        integrated: true,
        evidence: [
          'code lib/main.dart:12 runtime',
          'import lib/app.dart:1 runtime',
          'import lib/main.dart:1 runtime',
          'package pubspec.yaml:16 runtime',
          'package pubspec.lock:28 runtime',
        ],
      },
      mixpanel: {
        declared: true,
        integrated: true,
        evidence: [
          'code lib/main.dart:14 runtime',
          'import lib/app.dart:3 runtime',
          'import lib/main.dart:4 runtime',
          'package pubspec.yaml:18 runtime',
          'package pubspec.lock:102 runtime',
        ],
      },
      sentry: {
        declared: true,
        integrated: true,
        evidence: [
          'code lib/main.dart:16 runtime',
          'import lib/main.dart:5 runtime',
          'package pubspec.yaml:17 runtime',
          'package pubspec.lock:142 runtime',
          'package pubspec.lock:134 transitive',
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
      'undeclared-vendor mixpanel src/Analytics.php:16',
    ],
    detections: {
      'meta-pixel': {
        declared: false,
        integrated: true,
        evidence: [
          'package composer.json:9 runtime',
          'package composer.lock:10 runtime',
        ],
      },
      mixpanel: {
        declared: false,
        integrated: true,
        evidence: [
          'code src/Analytics.php:16 runtime',
          'package composer.json:10 runtime',
          'package composer.lock:109 runtime',
        ],
      },
      sentry: {
        declared: true,
        integrated: true,
        evidence: [
          'code public/index.php:10 runtime',
          'code public/index.php:11 runtime',
          'package composer.json:11 runtime',
          'package composer.lock:157 runtime',
        ],
      },
      stripe: {
        declared: true,
        integrated: true,
        evidence: [
          'code public/index.php:16 runtime',
          'package composer.json:14 runtime',
          'package composer.lock:234 runtime',
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
        integrated: true,
        evidence: [
          'package src/Shop.Api/Shop.Api.csproj:12 runtime',
          'package src/Shop.Api/packages.lock.json:15 runtime',
        ],
      },
      sentry: {
        declared: true,
        integrated: true,
        evidence: [
          'code src/Shop.Api/Program.cs:7 runtime',
          'package src/Shop.Api/Shop.Api.csproj:13 runtime',
          'package src/Shop.Api/packages.lock.json:25 runtime',
          'package src/Shop.Api/packages.lock.json:73 transitive',
          'package src/Shop.Api/packages.lock.json:78 transitive',
        ],
      },
      stripe: {
        declared: true,
        integrated: true,
        evidence: [
          'import src/Shop.Api/Program.cs:2 runtime',
          'package src/Shop.Api/Shop.Api.csproj:14 runtime',
          'package src/Shop.Api/packages.lock.json:34 runtime',
          'import tests/Shop.Api.Tests/CheckoutTests.cs:2 test',
          'package tests/Shop.Api.Tests/Shop.Api.Tests.csproj:11 test',
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
        integrated: true,
        evidence: [
          'package Cargo.toml:11 runtime',
          'package Cargo.lock:52 runtime',
        ],
      },
      sentry: {
        declared: true,
        integrated: true,
        evidence: [
          'code src/main.rs:9 runtime',
          'code src/main.rs:10 runtime',
          'package Cargo.toml:12 runtime',
          'package Cargo.lock:62 runtime',
        ],
      },
    },
  },
  // Supabase Edge Functions on Deno, no package.json: Stripe through deno.json's import map (an esm.sh URL) and a bare import,
  // Supabase through a jsr: specifier, Resend through an npm: specifier (undeclared); PostHog from esm.sh only in a Deno test;
  // `npm:mixpanel` in a comment stays silent.
  {
    fixture: 'eco-deno',
    findings: [
      'indirect-vendor posthog supabase/functions/tests/checkout-test.ts:2',
      'undeclared-vendor resend supabase/functions/welcome-email/index.ts:2',
    ],
    detections: {
      resend: {
        declared: false,
        integrated: true,
        evidence: ['import supabase/functions/welcome-email/index.ts:2 runtime'],
      },
      stripe: {
        declared: true,
        integrated: true,
        evidence: [
          'code supabase/functions/checkout/index.ts:5 runtime',
          'import supabase/functions/checkout/index.ts:1 runtime',
          'package supabase/functions/deno.json:4 runtime',
        ],
      },
      supabase: {
        declared: true,
        integrated: true,
        evidence: [
          'code supabase/functions/checkout/index.ts:8 runtime',
          'code supabase/functions/checkout/index.ts:8 runtime',
          'import supabase/functions/checkout/index.ts:2 runtime',
          'package supabase/functions/deno.json:5 runtime',
        ],
      },
      posthog: {
        declared: false,
        integrated: false,
        evidence: ['import supabase/functions/tests/checkout-test.ts:2 test'],
      },
    },
  },
];

interface CheckRun {
  code: number;
  result: { detections: Detection[]; indirect: Detection[]; findings: Finding[] };
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
  `${evidence.kind} ${evidence.path}:${evidence.line} ${evidence.context}${evidence.via ? ` via ${evidence.via.join('>')}` : ''}`;

describe('end to end: one realistic project per ecosystem', () => {
  it('covers every ecosystem family once', () => {
    expect(CASES.map((c) => c.fixture)).toEqual(['eco-npm', 'eco-pypi', 'eco-rubygems', 'eco-go', 'eco-android', 'eco-apple', 'eco-flutter', 'eco-php', 'eco-dotnet', 'eco-rust', 'eco-deno']);
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
        const all = [...result.detections, ...result.indirect];
        const actual = Object.fromEntries(all.map((detection) => [detection.vendor, { declared: detection.declared, integrated: detection.integrated, evidence: detection.evidence.map(evidenceRow) }]));
        expect(actual).toEqual(expected.detections);
      });

      it('points every piece of evidence at the line and column where its text is written', async () => {
        const { result } = await check(expected.fixture);
        for (const detection of [...result.detections, ...result.indirect]) {
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
