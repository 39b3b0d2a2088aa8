// A synthetic monorepo for `npm run bench`: reproducible from a seed, ~10 KB per file on average
// (100,000 files ≈ 1 GB), with trackers planted at known places and decoys that share the
// prefilter's keywords without matching any pattern. Every plant is recorded with the vendor,
// path and line a scan must report, so a benchmark that finds nothing fails instead of looking fast.
//
// Usage: node bench/generate.mjs [files] [seed]   (prints the corpus folder)

import { execFileSync } from 'node:child_process';
import { Buffer } from 'node:buffer';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the generated content changes, so stale corpora are rebuilt rather than reused. */
export const GENERATOR_VERSION = 6;

const CATALOG_PATH = fileURLToPath(new URL('../dist/catalog.json', import.meta.url));

/** mulberry32: a tiny, fast, seedable PRNG (https://gist.github.com/tommyettinger/46a874533244883189143505d203312c). */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomTools(seed) {
  const next = mulberry32(seed);
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  const between = (low, high) => low + int(high - low + 1);
  const chance = (p) => next() < p;
  return { next, int, pick, between, chance };
}

/** Where a corpus of `files` files from `seed` lives, and the marker that says it is complete. */
export function corpusLocation(files, seed, base = process.env.BENCH_DIR || tmpdir()) {
  const dir = join(base, `disclosed-bench-s${seed}-n${files}`);
  return { dir, marker: `${dir}.corpus.json` };
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const WORDS = (
  'account order cart item price user session token cache queue event stream buffer record batch ' +
  'invoice payment refund ledger report chart table filter sort page route layout theme color ' +
  'profile avatar search index query result match score rank label badge button modal dialog ' +
  'form field input value option select toggle switch panel drawer menu header footer sidebar ' +
  'widget card list grid row column cell node edge graph tree path file folder upload export ' +
  'import parse format render schema model store state action reducer effect hook context ' +
  'client server request response handler middleware router config setting feature flag ' +
  'region zone tenant team member role permission policy audit log metric trace span job task ' +
  'worker schedule retry timeout limit quota plan tier coupon discount shipping address country'
).split(' ');
const VERBS = 'get set load save fetch build create update delete find parse format apply resolve compute merge sync validate normalize map reduce'.split(' ');
const TYPES = ['string', 'number', 'boolean', 'Date', 'string[]', 'Record<string, number>', 'unknown'];
const NPM_COMMON = [
  'react', 'react-dom', 'lodash', 'zod', 'date-fns', 'axios', 'express', 'clsx', 'uuid', 'chalk', 'commander', 'dayjs',
  'immer', 'redux', '@tanstack/react-query', 'rxjs', 'classnames', 'debug', 'semver', 'yaml', 'fastify', 'pino',
  'react-router-dom', 'zustand', 'swr', 'ky', 'nanoid', 'p-limit', 'lru-cache', 'ioredis', 'pg', 'kysely', 'graphql',
];
const NPM_DEV = ['typescript', 'vitest', 'eslint', 'prettier', 'vite', 'tsx', '@types/node', '@types/react', 'playwright'];
const NAME_PARTS = (
  'fast tiny json stream parse buffer color path glob utils core kit lite micro node web async safe deep ' +
  'merge clone tree walk text string array object emit event watch cache pool hash crypt zip tar mime url ' +
  'query form field date time locale intl icon style css html dom view state store signal proxy schema'
).split(' ');
const SCOPES = ['@acme', '@babel', '@types', '@vitejs', '@radix-ui', '@emotion', '@floating-ui', '@internal', '@swc', '@rollup', '@esbuild', '@jridgewell', '@humanwhocodes', '@nodelib', '@octokit', '@smithy'];

// Lines that share the prefilter's keywords (segment, amplitude, heap, sentry, drift, stripe,
// posthog, analytics.load …) but match no vendor pattern: comments, docs, unrelated identifiers.
const DECOYS = {
  js: [
    'const segmentLength = Math.max(1, total / pages); // split the list into segments',
    'const amplitude = Math.abs(peak - trough);',
    'const heapUsed = process.memoryUsage().heapUsed;',
    "logger.debug('sentry transport disabled for local runs');",
    "// analytics.load('abcdefghij1234') is stubbed in tests, see docs/analytics.md",
    '// TODO: posthog.init(key) once legal signs off',
    'const driftMs = Date.now() - startedAt;',
    "export const stripeColors = ['#fafafa', '#f0f0f0'];",
    "const docsLink = 'https://posthog.com/docs/libraries/js';",
    "track('checkout_started', { plan, source: 'mixpanel-compatible' });",
    '/* Sentry.init({ dsn }) lives in apps/web/src/monitoring.ts */',
  ],
  python: [
    '# sentry_sdk.init(dsn=...) is configured in monitoring.py',
    'segment_count = len(segments)',
    'intercom_enabled = False  # support widget is off for internal users',
    'heap = []  # min-heap of deadlines',
    'amplitude = max(samples) - min(samples)',
  ],
  go: [
    '\t// TODO: sentry.Init(sentry.ClientOptions{}) once we have a DSN',
    '\tdrift := time.Since(start)',
    '\tsegment := strings.Split(path, "/")',
  ],
  jvm: [
    '    // MixpanelAPI.getInstance(context, token) is called in ShopApplication',
    '    val segmentCount = segments.size',
    '    val heapBytes = Runtime.getRuntime().totalMemory()',
  ],
  swift: ['    // SentrySDK.start { options in } runs in AppDelegate', '    let amplitude = abs(peak - trough)'],
};

// ---------------------------------------------------------------------------------------------
// Text generators: each returns blocks (arrays of lines), so a plant goes between blocks and never
// inside a comment or a string.

function words(r, n, sep = ' ') {
  const out = [];
  for (let i = 0; i < n; i++) out.push(r.pick(WORDS));
  return out.join(sep);
}
const camel = (r, n = 2) => {
  const parts = [r.pick(VERBS)];
  for (let i = 1; i < n; i++) parts.push(capitalize(r.pick(WORDS)));
  return parts.join('');
};
const pascal = (r, n = 2) => Array.from({ length: n }, () => capitalize(r.pick(WORDS))).join('');
const snake = (r, n = 2) => [r.pick(VERBS), ...Array.from({ length: n - 1 }, () => r.pick(WORDS))].join('_');
const kebab = (r, n = 2) => Array.from({ length: n }, () => r.pick(WORDS)).join('-');
const sentence = (r) => capitalize(words(r, r.between(5, 14))) + '.';
function capitalize(word) {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function tsBlock(r, jsx, typed) {
  const name = camel(r, 3);
  const arg = r.pick(WORDS);
  const t = typed ? `: ${r.pick(TYPES)}` : '';
  switch (r.int(jsx ? 6 : 5)) {
    case 0:
      return [
        `export interface ${pascal(r)} {`,
        ...Array.from({ length: r.between(2, 8) }, () => `  ${r.pick(WORDS)}${r.chance(0.3) ? '?' : ''}: ${r.pick(TYPES)};`),
        '}',
      ];
    case 1:
      return [
        `/**`,
        ` * ${sentence(r)}`,
        ` * ${sentence(r)}`,
        ` */`,
        `export function ${name}(${arg}${t}, options${typed ? ': { limit?: number }' : ''} = {}) {`,
        `  const ${r.pick(WORDS)}List = [${arg}].flat().filter(Boolean);`,
        `  if (!${arg}) return ${r.pick(['null', 'undefined', '[]', "''", '0'])};`,
        `  const limit = options.limit ?? ${r.between(10, 500)};`,
        `  return ${r.pick(WORDS)}List.slice(0, limit).map((entry) => String(entry).trim());`,
        '}',
      ];
    case 2:
      return [
        `export const ${snake(r).toUpperCase()} = {`,
        ...Array.from({ length: r.between(3, 12) }, () => `  ${camel(r)}: '${sentence(r)}',`),
        `} as const;`,
      ];
    case 3:
      return [
        `export async function ${name}(${arg}Id${typed ? ': string' : ''}) {`,
        `  const response = await fetch(\`/api/${kebab(r)}/\${${arg}Id}\`, { headers: { accept: 'application/json' } });`,
        `  if (!response.ok) throw new Error(\`${words(r, 3)} failed: \${response.status}\`);`,
        `  const body = await response.json();`,
        `  return { ...body, ${r.pick(WORDS)}: body.${r.pick(WORDS)} ?? ${r.between(0, 99)} };`,
        '}',
      ];
    case 4:
      return [
        `// ${sentence(r)}`,
        `const ${name} = (${arg}${t}) => ${arg} ${r.pick(['&&', '||', '??'])} ${r.pick(['null', 'undefined', "'none'", '0'])};`,
      ];
    default:
      return [
        `export function ${pascal(r, 3)}({ ${arg}, on${pascal(r, 1)} }${typed ? ': Props' : ''}) {`,
        `  return (`,
        `    <div className="${kebab(r, 3)}">`,
        `      <h2>{${arg}.title}</h2>`,
        `      <p>${words(r, r.between(4, 12))}</p>`,
        `      <button type="button" onClick={on${pascal(r, 1)}}>${capitalize(r.pick(WORDS))}</button>`,
        `    </div>`,
        `  );`,
        '}',
      ];
  }
}

function tsHeader(r, typed) {
  const lines = [];
  for (let i = r.between(2, 7); i > 0; i--) {
    const from = r.chance(0.5) ? r.pick(NPM_COMMON) : `${r.pick(['.', '..', '../..'])}/${kebab(r)}`;
    lines.push(typed || r.chance(0.5) ? `import { ${camel(r)} } from '${from}';` : `const { ${camel(r)} } = require('${from}');`);
  }
  return [lines, ['']];
}

function pyBlock(r) {
  if (r.chance(0.3)) {
    return [
      `class ${pascal(r)}:`,
      `    """${sentence(r)}"""`,
      '',
      `    def __init__(self, ${snake(r, 1)}: str, limit: int = ${r.between(1, 100)}) -> None:`,
      `        self.${r.pick(WORDS)} = ${r.pick(WORDS)}`,
      `        self.limit = limit`,
      '',
    ];
  }
  const arg = r.pick(WORDS);
  return [
    `def ${snake(r, 3)}(${arg}, *, limit=${r.between(1, 500)}):`,
    `    """${sentence(r)}"""`,
    `    if not ${arg}:`,
    `        return ${r.pick(['None', '[]', '{}', '0', '""'])}`,
    `    result = [item for item in ${arg} if item.get("${r.pick(WORDS)}")][:limit]`,
    `    logger.info("${words(r, 4)} %d", len(result))`,
    `    return result`,
    '',
  ];
}

function goBlock(r) {
  const name = pascal(r, 2);
  return [
    `// ${name} ${words(r, r.between(4, 10))}.`,
    `func ${name}(ctx context.Context, ${r.pick(WORDS)}ID string) (*${pascal(r, 1)}, error) {`,
    `\tif ${r.pick(WORDS)}ID == "" {`,
    `\t\treturn nil, fmt.Errorf("${words(r, 3)}: missing id")`,
    `\t}`,
    `\trows, err := db.QueryContext(ctx, "SELECT id, ${r.pick(WORDS)} FROM ${r.pick(WORDS)}s WHERE id = $1", ${r.pick(WORDS)}ID)`,
    `\tif err != nil {`,
    `\t\treturn nil, err`,
    `\t}`,
    `\tdefer rows.Close()`,
    `\treturn &${pascal(r, 1)}{}, nil`,
    `}`,
    '',
  ];
}

function jvmBlock(r, kotlin) {
  const name = camel(r, 2);
  if (kotlin) {
    return [
      `    fun ${name}(${r.pick(WORDS)}: String, limit: Int = ${r.between(1, 100)}): List<String> {`,
      `        val items = repository.${camel(r)}(${r.pick(WORDS)})`,
      `        // ${sentence(r)}`,
      `        return items.filter { it.isNotBlank() }.take(limit)`,
      `    }`,
      '',
    ];
  }
  return [
    `    /** ${sentence(r)} */`,
    `    public List<String> ${name}(String ${r.pick(WORDS)}, int limit) {`,
    `        List<String> items = repository.${camel(r)}(${r.pick(WORDS)});`,
    `        return items.stream().filter(s -> !s.isBlank()).limit(limit).collect(Collectors.toList());`,
    `    }`,
    '',
  ];
}

function swiftBlock(r) {
  return [
    `    /// ${sentence(r)}`,
    `    func ${camel(r, 2)}(_ ${r.pick(WORDS)}: String, limit: Int = ${r.between(1, 100)}) -> [String] {`,
    `        let items = store.${camel(r)}(${r.pick(WORDS)})`,
    `        return Array(items.filter { !$0.isEmpty }.prefix(limit))`,
    `    }`,
    '',
  ];
}

function otherBlock(r, language) {
  const name = snake(r, 2);
  switch (language) {
    case 'ruby':
      return [`  # ${sentence(r)}`, `  def ${name}(${r.pick(WORDS)}, limit: ${r.between(1, 50)})`, `    ${r.pick(WORDS)}s.where(active: true).limit(limit).pluck(:${r.pick(WORDS)})`, '  end', ''];
    case 'php':
      return [`    /** ${sentence(r)} */`, `    public function ${camel(r)}(string $${r.pick(WORDS)}): array`, '    {', `        return array_filter($this->${r.pick(WORDS)}s, fn ($x) => $x !== '');`, '    }', ''];
    case 'rust':
      return [`/// ${sentence(r)}`, `pub fn ${name}(${r.pick(WORDS)}: &str) -> Result<Vec<String>, Error> {`, `    let items = load_${r.pick(WORDS)}s()?;`, `    Ok(items.into_iter().filter(|s| !s.is_empty()).collect())`, '}', ''];
    case 'csharp':
      return [`    /// <summary>${sentence(r)}</summary>`, `    public IEnumerable<string> ${pascal(r)}(string ${r.pick(WORDS)})`, '    {', `        return _${r.pick(WORDS)}s.Where(s => !string.IsNullOrEmpty(s));`, '    }', ''];
    case 'dart':
      return [`  /// ${sentence(r)}`, `  List<String> ${camel(r)}(String ${r.pick(WORDS)}) {`, `    return ${r.pick(WORDS)}s.where((s) => s.isNotEmpty).toList();`, '  }', ''];
    case 'css':
      return [`.${kebab(r, 2)} {`, `  display: ${r.pick(['flex', 'grid', 'block'])};`, `  padding: ${r.between(0, 32)}px ${r.between(0, 32)}px;`, `  color: #${r.int(0xffffff).toString(16).padStart(6, '0')};`, '}', ''];
    case 'html':
      return [`<section class="${kebab(r, 2)}">`, `  <h2>{{ ${r.pick(WORDS)}.title }}</h2>`, `  <p>${sentence(r)} ${sentence(r)}</p>`, `  <a href="/${kebab(r)}">${capitalize(r.pick(WORDS))}</a>`, '</section>'];
    case 'markdown':
      return [`## ${capitalize(words(r, 3))}`, '', `${sentence(r)} ${sentence(r)} ${sentence(r)}`, '', `- ${sentence(r)}`, `- ${sentence(r)}`, ''];
    case 'yaml':
      return [`${snake(r, 2)}:`, `  enabled: ${r.chance(0.5)}`, `  replicas: ${r.between(1, 9)}`, `  image: registry.internal.acme.dev/${kebab(r)}:${r.between(1, 40)}.${r.between(0, 9)}`, ''];
    default:
      throw new Error(`no block generator for ${language}`);
  }
}

function jsonDocument(r, target) {
  const entries = [];
  let size = 0;
  while (size < target) {
    const line = `  "${camel(r, 3)}.${r.pick(WORDS)}": "${sentence(r)}"`;
    entries.push(line);
    size += line.length + 2;
  }
  return ['{', entries.join(',\n'), '}', ''].join('\n');
}

/** Language → [header blocks, body block, decoy lines, wrapper (open, close)]. */
function codeFile(r, language, target, plant) {
  const decoys = DECOYS[language === 'tsx' || language === 'ts' || language === 'js' ? 'js' : language === 'kotlin' || language === 'java' ? 'jvm' : language] ?? [];
  let head = [];
  let tail = [];
  let body;
  switch (language) {
    case 'ts':
    case 'tsx':
    case 'js':
      head = tsHeader(r, language !== 'js');
      body = () => tsBlock(r, language === 'tsx', language !== 'js');
      break;
    case 'python':
      head = [['import logging', 'import os', `from ${r.pick(WORDS)}.${r.pick(WORDS)} import ${pascal(r)}`, '', 'logger = logging.getLogger(__name__)', '']];
      body = () => pyBlock(r);
      break;
    case 'go':
      head = [['package ' + r.pick(WORDS), '', 'import (', '\t"context"', '\t"fmt"', '\t"strings"', '\t"time"', ')', '']];
      body = () => goBlock(r);
      break;
    case 'kotlin':
    case 'java':
      head = [[`package com.acme.${r.pick(WORDS)}`, '', language === 'java' ? 'import java.util.List;' : 'import kotlinx.coroutines.flow.Flow', '', language === 'java' ? `public class ${pascal(r)} {` : `class ${pascal(r)}(private val repository: Repository) {`]];
      tail = [['}']];
      body = () => jvmBlock(r, language === 'kotlin');
      break;
    case 'swift':
      head = [['import Foundation', 'import SwiftUI', '', `final class ${pascal(r)} {`]];
      tail = [['}']];
      body = () => swiftBlock(r);
      break;
    case 'html':
      head = [['<!DOCTYPE html>', '<html lang="en">', '<head>', `  <title>${capitalize(words(r, 2))}</title>`, '</head>', '<body>']];
      tail = [['</body>', '</html>']];
      body = () => otherBlock(r, 'html');
      break;
    default:
      body = () => otherBlock(r, language);
  }
  const blocks = [...head];
  let size = 0;
  while (size < target) {
    const block = r.chance(0.04) && decoys.length > 0 ? [r.pick(decoys)] : body();
    blocks.push(block);
    for (const line of block) size += line.length + 1;
  }
  return assemble(blocks, tail, plant);
}

/** Join blocks into text; a plant (lines, offset of its matching line) goes between two body blocks. */
function assemble(blocks, tail, plant) {
  const all = [...blocks];
  let plantLine;
  if (plant) {
    const at = Math.max(1, Math.min(all.length, plant.at ?? Math.floor(all.length / 2)));
    let line = 1;
    for (let i = 0; i < at; i++) line += all[i].length;
    all.splice(at, 0, plant.lines);
    plantLine = line + plant.offset;
  }
  all.push(...tail);
  return { text: all.map((block) => block.join('\n')).join('\n') + '\n', plantLine };
}

// ---------------------------------------------------------------------------------------------
// Lockfiles: built entry by entry, counting lines so a planted entry's line is known.

function textBuilder() {
  const parts = [];
  let line = 1;
  let bytes = 0;
  return {
    add(text) {
      parts.push(text);
      bytes += text.length;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) line++;
    },
    get line() {
      return line;
    },
    get bytes() {
      return bytes;
    },
    text: () => parts.join(''),
  };
}

function packageNames(r, blocked) {
  const seen = new Set();
  return () => {
    for (;;) {
      let name = `${r.pick(NAME_PARTS)}-${r.pick(NAME_PARTS)}`;
      if (r.chance(0.35)) name = `${r.pick(SCOPES)}/${name}`;
      if (seen.has(name)) name = `${name}-${r.pick(NAME_PARTS)}${r.between(2, 99)}`;
      if (seen.has(name) || blocked.has(name.toLowerCase())) continue;
      seen.add(name);
      return name;
    }
  };
}

const version = (r) => `${r.between(0, 12)}.${r.between(0, 30)}.${r.between(0, 20)}`;

function hashText(pool, r, length) {
  const at = r.int(pool.base64.length - length);
  return pool.base64.slice(at, at + length);
}

/** A package-lock.json v3 of about `target` bytes; plants are [name, version] placed at given fractions. */
function packageLock(r, pool, blocked, target, plants, decoys = []) {
  const out = textBuilder();
  const nextName = packageNames(r, blocked);
  const lines = {};
  out.add('{\n  "name": "admin",\n  "version": "0.0.0",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n');
  out.add('    "": {\n      "name": "admin",\n      "version": "0.0.0",\n      "dependencies": {\n');
  out.add(NPM_COMMON.slice(0, 12).map((name) => `        "${name}": "^${version(r)}"`).join(',\n') + '\n      }\n    }');
  const queue = [...plants.map((p) => ({ ...p, kind: 'plant' })), ...decoys.map((d) => ({ ...d, kind: 'decoy' }))];
  const emit = (name, ver, dev) => {
    out.add(',\n');
    const line = out.line;
    const base = name.slice(name.lastIndexOf('/') + 1);
    const deps = Array.from({ length: r.between(0, 4) }, () => `        "${r.pick(NAME_PARTS)}-${r.pick(NAME_PARTS)}": "^${version(r)}"`);
    out.add(
      `    "node_modules/${name}": {\n      "version": "${ver}",\n      "resolved": "https://registry.npmjs.org/${name}/-/${base}-${ver}.tgz",\n` +
        `      "integrity": "sha512-${hashText(pool, r, 86)}==",\n${dev ? '      "dev": true,\n' : ''}` +
        (deps.length > 0 ? `      "dependencies": {\n${deps.join(',\n')}\n      },\n` : '') +
        `      "engines": {\n        "node": ">=${r.between(10, 20)}"\n      }\n    }`,
    );
    return line;
  };
  while (out.bytes < target) {
    const due = queue.find((p) => out.bytes >= p.fraction * target);
    if (due) {
      queue.splice(queue.indexOf(due), 1);
      lines[due.name] = emit(due.name, due.version, false);
      continue;
    }
    emit(r.chance(0.1) ? `${nextName()}/node_modules/${nextName()}` : nextName(), version(r), r.chance(0.4));
  }
  for (const rest of queue) lines[rest.name] = emit(rest.name, rest.version, false);
  out.add('\n  }\n}\n');
  return { text: out.text(), lines };
}

/** A pnpm-lock.yaml v9 of about `target` bytes: importers, packages, snapshots. */
function pnpmLock(r, pool, blocked, target, plants) {
  const out = textBuilder();
  const nextName = packageNames(r, blocked);
  const lines = {};
  out.add("lockfileVersion: '9.0'\n\nsettings:\n  autoInstallPeers: true\n  excludeLinksFromLockfile: false\n\nimporters:\n\n");
  for (const importer of ['.', 'apps/web', 'apps/dashboard', 'packages/ui']) {
    out.add(`  ${importer}:\n    dependencies:\n`);
    for (const name of NPM_COMMON.slice(0, 8)) {
      const v = version(r);
      out.add(`      ${name.startsWith('@') ? `'${name}'` : name}:\n        specifier: ^${v}\n        version: ${v}\n`);
    }
    out.add('\n');
  }
  out.add('packages:\n\n');
  const packages = [];
  const quote = (key) => (key.startsWith('@') ? `'${key}'` : key);
  const queue = [...plants];
  while (out.bytes < target * 0.6) {
    const due = queue.find((p) => out.bytes >= p.fraction * target * 0.6);
    let key;
    if (due) {
      queue.splice(queue.indexOf(due), 1);
      key = `${due.name}@${due.version}`;
      lines[due.name] = out.line;
    } else {
      key = `${nextName()}@${version(r)}`;
    }
    packages.push(key);
    out.add(`  ${quote(key)}:\n    resolution: {integrity: sha512-${hashText(pool, r, 86)}==}\n    engines: {node: '>=${r.between(10, 20)}'}\n\n`);
  }
  out.add('snapshots:\n\n');
  for (const key of packages) {
    if (out.bytes >= target) break;
    const deps = Array.from({ length: r.between(0, 3) }, () => `      ${r.pick(NAME_PARTS)}-${r.pick(NAME_PARTS)}: ${version(r)}`);
    out.add(deps.length > 0 ? `  ${quote(key)}:\n    dependencies:\n${deps.join('\n')}\n\n` : `  ${quote(key)}: {}\n\n`);
  }
  return { text: out.text(), lines };
}

/** Generic lockfile: header, entries from `entry(name, version)`, one plant at the middle. */
function simpleLock(r, blocked, target, { header = '', footer = '', entry, separator = '', plant, names }) {
  const out = textBuilder();
  // Names are unique after each ecosystem's reshaping: a duplicate key is a parse warning.
  const baseName = names ?? packageNames(r, blocked);
  const seen = new Set(plant ? [plant.name] : []);
  let serial = 0;
  const nextName = () => {
    let name = baseName();
    for (let tries = 0; seen.has(name) || blocked.has(name.toLowerCase()); tries++) name = tries < 20 ? baseName() : `${baseName()}${++serial}`;
    seen.add(name);
    return name;
  };
  let plantLine;
  out.add(header);
  let first = true;
  while (out.bytes < target || plantLine === undefined) {
    if (!first) out.add(separator);
    first = false;
    if (plant && plantLine === undefined && (out.bytes >= target / 2 || out.bytes + 200 >= target)) {
      plantLine = out.line + (plant.offset ?? 0);
      out.add(entry(plant.name, plant.version ?? version(r)));
      continue;
    }
    out.add(entry(nextName(), version(r)));
    if (!plant && out.bytes >= target) break;
  }
  out.add(footer);
  return { text: out.text(), plantLine };
}

// ---------------------------------------------------------------------------------------------
// The corpus

/** The signatures the plants use must exist in the catalog (read from dist/catalog.json). */
function loadCatalog() {
  const catalog = JSON.parse(readFileSync(CATALOG_PATH, 'utf8'));
  const blocked = new Set();
  for (const vendor of catalog.vendors) {
    for (const names of Object.values(vendor.signatures.packages ?? {})) for (const name of names) blocked.add(name.toLowerCase());
  }
  return { catalog, blocked };
}

function requireSignature(catalog, vendorId, check, what) {
  const vendor = catalog.vendors.find((v) => v.id === vendorId);
  if (!vendor || !check(vendor.signatures)) throw new Error(`bench plant: ${vendorId} has no ${what} in dist/catalog.json; update bench/generate.mjs`);
}

/**
 * Generate (or reuse) a corpus. Returns { dir, files, bytes, plants, decoys, editable, generated }.
 * `plants`: { vendor, path, line, kind } a scan must report; `decoys`: { vendor, path } it must not.
 */
export function generateCorpus({ files = 100_000, seed = 1, log = () => {} } = {}) {
  const { dir, marker } = corpusLocation(files, seed);
  if (existsSync(marker)) {
    const recorded = JSON.parse(readFileSync(marker, 'utf8'));
    if (recorded.generatorVersion === GENERATOR_VERSION && existsSync(join(dir, '.git'))) return { ...recorded, dir, generated: false };
  }
  const started = Date.now();
  rmSync(marker, { force: true });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });

  const { catalog, blocked } = loadCatalog();
  const r = randomTools(seed);
  const pool = randomPool(seed);
  const scale = files / 100_000;
  const made = new Set();
  const madeDirs = new Set();
  let bytes = 0;
  let count = 0;
  const plants = [];
  const decoys = [];

  const write = (path, content, { tracked = true } = {}) => {
    if (made.has(path)) throw new Error(`bench generator wrote ${path} twice`);
    made.add(path);
    const folder = dirname(join(dir, path));
    if (!madeDirs.has(folder)) {
      mkdirSync(folder, { recursive: true });
      madeDirs.add(folder);
    }
    writeFileSync(join(dir, path), content);
    if (!tracked) return;
    bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
    count++;
  };
  const plant = (vendor, path, line, kind, note) => {
    if (!line) throw new Error(`bench plant ${vendor} in ${path} has no line`);
    plants.push({ vendor, path, line, kind, note });
  };

  // --- Fixed files: manifests, lockfiles of every ecosystem, plants in code and config ---------
  const lockScale = Math.max(0.01, Math.min(1, scale));
  write('.gitignore', 'node_modules/\n.env.local\n*.log\n/tmp/\ncoverage/\n');
  write(
    'subprocessors.yml',
    'version: 1\nsubprocessors:\n  - vendor: posthog\n    purpose: Product analytics\n  - vendor: sentry\n    purpose: Error monitoring\n  - vendor: stripe\n    purpose: Payments\n',
  );
  write('package.json', JSON.stringify({ name: 'acme-monorepo', private: true, workspaces: ['apps/*', 'packages/*'], devDependencies: Object.fromEntries(NPM_DEV.map((n) => [n, `^${version(r)}`])) }, null, 2) + '\n');

  // npm: a package.json dependency, a 30 MB package-lock.json, a 20 MB pnpm-lock.yaml, a yarn.lock.
  requireSignature(catalog, 'amplitude', (s) => s.packages?.npm?.includes('@amplitude/analytics-browser'), 'npm @amplitude/analytics-browser');
  const dashboardDeps = Object.fromEntries(NPM_COMMON.slice(0, 10).map((n) => [n, `^${version(r)}`]));
  const dashboardPkg = JSON.stringify({ name: '@acme/dashboard', version: '1.0.0', private: true, dependencies: { ...dashboardDeps, '@amplitude/analytics-browser': '^2.11.0' } }, null, 2) + '\n';
  write('apps/dashboard/package.json', dashboardPkg);
  plant('amplitude', 'apps/dashboard/package.json', lineOf(dashboardPkg, '"@amplitude/analytics-browser"'), 'package', 'package.json dependency');

  requireSignature(catalog, 'segment', (s) => s.packages?.npm?.includes('@segment/analytics-next'), 'npm @segment/analytics-next');
  const lock = packageLock(r, pool, blocked, 30_000_000 * lockScale, [{ name: '@segment/analytics-next', version: '1.70.0', fraction: 0.62 }], [{ name: '@posthog/piscina', version: '3.2.0', fraction: 0.3 }]);
  write('apps/admin/package-lock.json', lock.text);
  write('apps/admin/package.json', JSON.stringify({ name: '@acme/admin', version: '0.0.0', private: true, dependencies: dashboardDeps }, null, 2) + '\n');
  plant('segment', 'apps/admin/package-lock.json', lock.lines['@segment/analytics-next'], 'package', 'transitive entry deep in a 30 MB package-lock.json');
  decoys.push({ vendor: 'posthog', path: 'apps/admin/package-lock.json', note: '@posthog/piscina is not a PostHog SDK' });

  requireSignature(catalog, 'launchdarkly', (s) => s.packages?.npm?.includes('launchdarkly-js-client-sdk'), 'npm launchdarkly-js-client-sdk');
  const pnpm = pnpmLock(r, pool, blocked, 20_000_000 * lockScale, [{ name: 'launchdarkly-js-client-sdk', version: '3.4.0', fraction: 0.8 }]);
  write('pnpm-lock.yaml', pnpm.text);
  plant('launchdarkly', 'pnpm-lock.yaml', pnpm.lines['launchdarkly-js-client-sdk'], 'package', 'packages entry in a 20 MB pnpm-lock.yaml');

  requireSignature(catalog, 'braze', (s) => s.packages?.npm?.includes('@braze/web-sdk'), 'npm @braze/web-sdk');
  const yarn = simpleLock(r, blocked, 4_000_000 * lockScale, {
    header: '# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n\n',
    entry: (name, v) => `"${name}@^${v}":\n  version "${v}"\n  resolved "https://registry.yarnpkg.com/${name}/-/${name.split('/').pop()}-${v}.tgz#${hashText(pool, r, 40)}"\n  integrity sha512-${hashText(pool, r, 86)}==\n\n`,
    plant: { name: '@braze/web-sdk', version: '5.4.0' },
  });
  write('apps/marketing/yarn.lock', yarn.text);
  write('apps/marketing/package.json', JSON.stringify({ name: '@acme/marketing', version: '0.0.0', private: true, dependencies: dashboardDeps }, null, 2) + '\n');
  plant('braze', 'apps/marketing/yarn.lock', yarn.plantLine, 'package', 'yarn.lock v1 entry');

  // PyPI: poetry.lock, requirements.txt
  requireSignature(catalog, 'rollbar', (s) => s.packages?.pypi?.includes('rollbar'), 'pypi rollbar');
  const pyNames = packageNames(r, blocked);
  const poetry = simpleLock(r, blocked, 1_500_000 * lockScale, {
    header: '# This file is automatically @generated by Poetry 1.8.3 and should not be changed by hand.\n\n',
    entry: (name, v) => `[[package]]\nname = "${name}"\nversion = "${v}"\ndescription = "${words(r, 6)}"\noptional = false\npython-versions = ">=3.8"\nfiles = [\n    {file = "${name}-${v}.tar.gz", hash = "sha256:${hashText(pool, r, 64)}"},\n]\n\n`,
    footer: '[metadata]\nlock-version = "2.0"\npython-versions = "^3.11"\ncontent-hash = "0"\n',
    plant: { name: 'rollbar', version: '1.0.0', offset: 1 },
    names: () => pyNames().replace(/^@[^/]+\//, '').replace(/\//g, '-'),
  });
  write('services/billing/poetry.lock', poetry.text);
  write('services/billing/pyproject.toml', `[tool.poetry]\nname = "billing"\nversion = "0.1.0"\n\n[tool.poetry.dependencies]\npython = "^3.11"\nfastapi = "^0.111"\n`);
  plant('rollbar', 'services/billing/poetry.lock', poetry.plantLine, 'package', 'poetry.lock entry');
  const requirements = 'fastapi==0.111.0\nuvicorn==0.30.1\npydantic==2.7.4\nsegment-analytics-python==2.3.2\nhttpx==0.27.0\n';
  requireSignature(catalog, 'segment', (s) => s.packages?.pypi?.includes('segment-analytics-python'), 'pypi segment-analytics-python');
  write('services/notifications/requirements.txt', requirements);
  plant('segment', 'services/notifications/requirements.txt', 4, 'package', 'requirements.txt pin');

  // Go: go.mod require, go.sum line
  requireSignature(catalog, 'sentry', (s) => s.packages?.go?.includes('github.com/getsentry/sentry-go'), 'go sentry-go');
  const goMod = 'module github.com/acme/gateway\n\ngo 1.22\n\nrequire (\n\tgithub.com/google/uuid v1.6.0\n\tgithub.com/getsentry/sentry-go v0.27.0\n\tgolang.org/x/sync v0.7.0\n)\n';
  write('services/gateway/go.mod', goMod);
  plant('sentry', 'services/gateway/go.mod', 7, 'package', 'go.mod require');
  requireSignature(catalog, 'stripe', (s) => s.packages?.go?.includes('github.com/stripe/stripe-go/*'), 'go stripe-go');
  const goNames = packageNames(r, blocked);
  const goSum = simpleLock(r, blocked, 600_000 * lockScale, {
    entry: (name, v) => `${name} v${v} h1:${hashText(pool, r, 43)}=\n${name} v${v}/go.mod h1:${hashText(pool, r, 43)}=\n`,
    plant: { name: 'github.com/stripe/stripe-go/v76', version: '76.25.0' },
    names: () => `github.com/${r.pick(NAME_PARTS)}/${goNames().replace(/^@/, '')}`,
  });
  write('services/payments/go.sum', goSum.text);
  write('services/payments/go.mod', 'module github.com/acme/payments\n\ngo 1.22\n');
  plant('stripe', 'services/payments/go.sum', goSum.plantLine, 'package', 'go.sum line');

  // RubyGems: Gemfile.lock
  requireSignature(catalog, 'intercom', (s) => s.packages?.rubygems?.includes('intercom'), 'rubygems intercom');
  const rbNames = packageNames(r, blocked);
  const gemLock = simpleLock(r, blocked, 200_000 * lockScale, {
    header: 'GEM\n  remote: https://rubygems.org/\n  specs:\n',
    entry: (name, v) => `    ${name} (${v})\n`,
    footer: '\nPLATFORMS\n  x86_64-linux\n\nDEPENDENCIES\n  rails (~> 7.1)\n\nBUNDLED WITH\n   2.5.6\n',
    plant: { name: 'intercom', version: '4.2.1' },
    names: () => rbNames().replace(/^@[^/]+\//, '').replace(/\//g, '-'),
  });
  write('services/storefront/Gemfile.lock', gemLock.text);
  plant('intercom', 'services/storefront/Gemfile.lock', gemLock.plantLine, 'package', 'Gemfile.lock spec');

  // CocoaPods: Podfile and Podfile.lock
  requireSignature(catalog, 'firebase-analytics', (s) => s.packages?.cocoapods?.includes('FirebaseAnalytics'), 'cocoapods FirebaseAnalytics');
  write('mobile/ios/Podfile', "platform :ios, '15.0'\nuse_frameworks!\n\ntarget 'Shop' do\n  pod 'Alamofire', '~> 5.9'\n  pod 'FirebaseAnalytics'\n  pod 'SnapKit'\nend\n");
  plant('firebase-analytics', 'mobile/ios/Podfile', 6, 'package', "pod 'FirebaseAnalytics'");
  requireSignature(catalog, 'bugsnag', (s) => s.packages?.cocoapods?.includes('Bugsnag'), 'cocoapods Bugsnag');
  const podNames = packageNames(r, blocked);
  const podLock = simpleLock(r, blocked, 60_000 * lockScale, {
    header: 'PODS:\n',
    entry: (name, v) => `  - ${name} (${v})\n`,
    footer: '\nDEPENDENCIES:\n  - Alamofire (~> 5.9)\n\nCOCOAPODS: 1.15.2\n',
    plant: { name: 'Bugsnag', version: '6.28.0' },
    names: () => pascalName(podNames()),
  });
  write('mobile/ios/Podfile.lock', podLock.text);
  plant('bugsnag', 'mobile/ios/Podfile.lock', podLock.plantLine, 'package', 'Podfile.lock pod');

  // Cargo, Composer, pub, NuGet
  requireSignature(catalog, 'sentry', (s) => s.packages?.cargo?.includes('sentry'), 'cargo sentry');
  const crateNames = packageNames(r, blocked);
  const cargoLock = simpleLock(r, blocked, 300_000 * lockScale, {
    header: '# This file is automatically @generated by Cargo.\n# It is not intended for manual editing.\nversion = 3\n\n',
    entry: (name, v) => `[[package]]\nname = "${name}"\nversion = "${v}"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${hashText(pool, r, 64)}"\n\n`,
    plant: { name: 'sentry', version: '0.32.2', offset: 1 },
    names: () => crateNames().replace(/^@[^/]+\//, '').replace(/[-/]/g, '_'),
  });
  write('services/indexer/Cargo.lock', cargoLock.text);
  write('services/indexer/Cargo.toml', '[package]\nname = "indexer"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nserde = "1"\n');
  plant('sentry', 'services/indexer/Cargo.lock', cargoLock.plantLine, 'package', 'Cargo.lock package');

  requireSignature(catalog, 'algolia', (s) => s.packages?.composer?.includes('algolia/algoliasearch-client-php'), 'composer algolia');
  const phpNames = packageNames(r, blocked);
  const composerLock = simpleLock(r, blocked, 400_000 * lockScale, {
    header: '{\n    "_readme": ["This file locks the dependencies of your project to a known state"],\n    "content-hash": "0a1b2c3d",\n    "packages": [\n',
    entry: (name, v) => `        {\n            "name": "${name}",\n            "version": "v${v}",\n            "dist": {"type": "zip", "shasum": "${hashText(pool, r, 40)}"}\n        }`,
    separator: ',\n',
    footer: '\n    ],\n    "packages-dev": []\n}\n',
    plant: { name: 'algolia/algoliasearch-client-php', version: '3.4.1', offset: 1 },
    names: () => {
      const n = phpNames().replace(/^@/, '');
      return n.includes('/') ? n : `${r.pick(NAME_PARTS)}/${n}`;
    },
  });
  write('services/cms/composer.lock', composerLock.text);
  plant('algolia', 'services/cms/composer.lock', composerLock.plantLine, 'package', 'composer.lock package');

  requireSignature(catalog, 'appsflyer', (s) => s.packages?.pub?.includes('appsflyer_sdk'), 'pub appsflyer_sdk');
  const dartNames = packageNames(r, blocked);
  const pubLock = simpleLock(r, blocked, 80_000 * lockScale, {
    header: '# Generated by pub\n# See https://dart.dev/tools/pub/glossary#lockfile\npackages:\n',
    entry: (name, v) => `  ${name}:\n    dependency: transitive\n    description:\n      name: ${name}\n      url: "https://pub.dev"\n    source: hosted\n    version: "${v}"\n`,
    footer: 'sdks:\n  dart: ">=3.3.0 <4.0.0"\n',
    plant: { name: 'appsflyer_sdk', version: '6.14.3' },
    names: () => dartNames().replace(/^@[^/]+\//, '').replace(/[-/]/g, '_'),
  });
  write('mobile/flutter/pubspec.lock', pubLock.text);
  plant('appsflyer', 'mobile/flutter/pubspec.lock', pubLock.plantLine, 'package', 'pubspec.lock package');

  requireSignature(catalog, 'stripe', (s) => s.packages?.nuget?.includes('Stripe.net'), 'nuget Stripe.net');
  const netNames = packageNames(r, blocked);
  const nugetLock = simpleLock(r, blocked, 150_000 * lockScale, {
    header: '{\n  "version": 1,\n  "dependencies": {\n    "net8.0": {\n',
    entry: (name, v) => `      "${name}": {\n        "type": "Transitive",\n        "resolved": "${v}",\n        "contentHash": "${hashText(pool, r, 88)}"\n      }`,
    separator: ',\n',
    footer: '\n    }\n  }\n}\n',
    plant: { name: 'Stripe.net', version: '45.3.0' },
    names: () => netNames().replace(/^@/, '').split(/[-/]/).map(capitalize).join('.'),
  });
  write('services/ledger/packages.lock.json', nugetLock.text);
  plant('stripe', 'services/ledger/packages.lock.json', nugetLock.plantLine, 'package', 'NuGet packages.lock.json');

  // Maven / Gradle / Android
  requireSignature(catalog, 'mixpanel', (s) => s.packages?.maven?.includes('com.mixpanel.android:mixpanel-android'), 'maven mixpanel-android');
  const gradle = "plugins {\n    id 'com.android.application'\n}\n\nandroid {\n    namespace 'com.acme.shop'\n    compileSdk 34\n}\n\ndependencies {\n    implementation 'androidx.core:core-ktx:1.13.1'\n    implementation 'com.mixpanel.android:mixpanel-android:7.5.2'\n    implementation 'com.squareup.okhttp3:okhttp:4.12.0'\n}\n";
  write('mobile/android/app/build.gradle', gradle);
  plant('mixpanel', 'mobile/android/app/build.gradle', 12, 'package', 'build.gradle implementation');
  requireSignature(catalog, 'adjust', (s) => s.packages?.maven?.includes('com.adjust.sdk:adjust-android'), 'maven adjust-android');
  const mvnNames = packageNames(r, blocked);
  const gradleLock = simpleLock(r, blocked, 100_000 * lockScale, {
    header: '# This is a Gradle generated file for dependency locking.\n# Manual edits can break the build and are not advised.\n# This file is expected to be part of source control.\n',
    entry: (name, v) => `${name}:${v}=debugRuntimeClasspath,releaseRuntimeClasspath\n`,
    footer: 'empty=\n',
    plant: { name: 'com.adjust.sdk:adjust-android', version: '4.38.0' },
    names: () => `com.${r.pick(NAME_PARTS)}.${r.pick(NAME_PARTS)}:${mvnNames().replace(/^@[^/]+\//, '').replace(/\//g, '-')}`,
  });
  write('mobile/android/app/gradle.lockfile', gradleLock.text);
  plant('adjust', 'mobile/android/app/gradle.lockfile', gradleLock.plantLine, 'package', 'gradle.lockfile entry');
  requireSignature(catalog, 'onesignal', (s) => s.android?.includes('onesignal_app_id'), 'android onesignal_app_id');
  const androidManifest = '<?xml version="1.0" encoding="utf-8"?>\n<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <application android:name=".ShopApplication">\n    <meta-data android:name="onesignal_app_id" android:value="00000000-0000-0000-0000-000000000000" />\n    <activity android:name=".MainActivity" android:exported="true" />\n  </application>\n</manifest>\n';
  write('mobile/android/app/src/main/AndroidManifest.xml', androidManifest);
  plant('onesignal', 'mobile/android/app/src/main/AndroidManifest.xml', 4, 'platform', 'AndroidManifest meta-data');

  // Code plants: one language each, in ordinary generated files.
  const codePlants = [
    ['posthog', 'apps/web/src/analytics/posthog-client.ts', 'ts', ["posthog.init('phc_8f2kQ1zXbenchmark', { api_host: 'https://us.i.posthog.com', person_profiles: 'identified_only' });"], 0],
    ['sentry', 'services/billing/app/monitoring.py', 'python', ['sentry_sdk.init(', '    dsn=os.environ["SENTRY_DSN"],', '    traces_sample_rate=0.1,', ')'], 0],
    ['sentry', 'services/gateway/internal/obs/errors.go', 'go', ['func initErrorReporting() error {', '\treturn sentry.Init(sentry.ClientOptions{Dsn: os.Getenv("SENTRY_DSN")})', '}'], 1],
    ['firebase-analytics', 'mobile/android/app/src/main/java/com/acme/shop/ShopApplication.kt', 'kotlin', ['    private val analytics = FirebaseAnalytics.getInstance(this)'], 0],
    ['mixpanel', 'mobile/android/app/src/main/java/com/acme/shop/Tracking.java', 'java', ['    private final MixpanelAPI mixpanel = MixpanelAPI.getInstance(context, BuildConfig.MIXPANEL_TOKEN, true);'], 0],
    ['sentry', 'mobile/ios/Shop/AppDelegate.swift', 'swift', ['    func startCrashReporting() {', '        SentrySDK.start { options in options.dsn = Config.sentryDsn }', '    }'], 1],
    ['datadog-rum', 'apps/web/src/generated/api-client.ts', 'ts', ["DD_RUM.init({ applicationId: 'app-123', clientToken: 'pub123', site: 'datadoghq.com' });"], 0, 400_000],
    ['rollbar', 'services/storefront/config/initializers/rollbar.rb', 'ruby', ['Rollbar.configure do |config|', "  config.access_token = ENV['ROLLBAR_TOKEN']", 'end'], 0],
    ['sentry', 'services/cms/src/Bootstrap.php', 'php', ["\\Sentry\\init(['dsn' => getenv('SENTRY_DSN')]);"], 0],
    ['sentry', 'services/ledger/Program.cs', 'csharp', ['builder.WebHost.UseSentry();'], 0],
    // The import follows another line of code: `^\s*import` would otherwise start on a blank line above.
    ['fullstory', 'mobile/flutter/lib/analytics.dart', 'dart', ["import 'package:flutter/widgets.dart';", "import 'package:fullstory_flutter/fs.dart';"], 1],
    ['amplitude', 'apps/checkout/src/pages/Checkout.vue', 'html', ['<script setup>', "amplitude.init('AMPLITUDE_KEY', { defaultTracking: true });", '</script>'], 1],
  ];
  const extensionLanguage = { ts: 'ts', python: 'python', go: 'go', kotlin: 'kotlin', java: 'java', swift: 'swift', ruby: 'ruby', php: 'php', csharp: 'csharp', dart: 'dart', html: 'html' };
  for (const [vendor, path, language, lines, offset, size] of codePlants) {
    const { text, plantLine } = codeFile(r, extensionLanguage[language], size ?? r.between(2000, 9000), { lines, offset });
    write(path, text);
    plant(vendor, path, plantLine, 'code', `${language} SDK call`);
  }
  // A Hotjar snippet in a server-side HTML template.
  {
    const hotjar = ['<script>', '  (function(h,o,t,j,a,r){', '    h._hjSettings={hjid:3141592,hjsv:6};', "    a=o.getElementsByTagName('head')[0];", "  })(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');", '</script>'];
    const { text, plantLine } = codeFile(r, 'html', 6000, { lines: hotjar, offset: 2 });
    write('apps/marketing/templates/layout.html', text);
    plant('hotjar', 'apps/marketing/templates/layout.html', plantLine, 'code', 'window._hjSettings in an HTML template');
  }
  // A PostHog endpoint in a CSP header (config, domains only) and one in an .env file.
  {
    const conf = ['server {', '  listen 8080;', '  server_name app.acme.dev;', "  add_header Content-Security-Policy \"default-src 'self'; connect-src 'self' https://eu.i.posthog.com https://api.acme.dev\" always;", '  location / {', '    proxy_pass http://web:3000;', '  }', '}', ''].join('\n');
    write('infra/nginx/app.conf', conf);
    plant('posthog', 'infra/nginx/app.conf', 4, 'domain', 'CSP connect-src in an nginx config');
    write('apps/admin/.env.production', 'NODE_ENV=production\nAPI_URL=https://api.acme.dev\nINTERCOM_API_BASE=https://api-iam.intercom.io\n');
    plant('intercom', 'apps/admin/.env.production', 3, 'domain', 'host in an .env file');
  }
  // A single-line bundle (under the 2 MiB source cap) with a Meta Pixel call near its end.
  {
    const chunks = [];
    let size = 0;
    while (size < 1_500_000 * Math.max(0.05, lockScale)) {
      const chunk = `function ${camel(r, 3)}(a,b){return a&&b?a.${r.pick(WORDS)}(b):"${words(r, 3)}"}var ${r.pick(VERBS)}${r.int(1e6)}=${r.int(1e6)};`;
      chunks.push(chunk);
      size += chunk.length;
    }
    chunks.splice(Math.floor(chunks.length * 0.9), 0, "fbq('init','1234567890123456');fbq('track','PageView');");
    write('apps/web/public/bundle.js', chunks.join('') + '\n');
    plant('meta-pixel', 'apps/web/public/bundle.js', 1, 'code', 'fbq() inside a 1.5 MB single-line bundle');
  }

  // Decoys: keywords without integrations, in places a scan must not report.
  write('docs/analytics/README.md', "# Analytics\n\n```js\nposthog.init('phc_example', { api_host: 'https://us.i.posthog.com' })\nSentry.init({ dsn })\n```\n");
  decoys.push({ vendor: 'posthog', path: 'docs/analytics/README.md', note: 'docs are never read for code' });
  {
    const { text } = codeFile(r, 'ts', 3000, { lines: ["// posthog.init('phc_disabled', { api_host: 'https://us.i.posthog.com' })", "/* mixpanel.init('disabled') */"], offset: 0 });
    write('apps/web/src/analytics/disabled.ts', text);
    decoys.push({ vendor: 'posthog', path: 'apps/web/src/analytics/disabled.ts', note: 'commented out' });
    decoys.push({ vendor: 'mixpanel', path: 'apps/web/src/analytics/disabled.ts', note: 'commented out' });
  }
  write('packages/legacy-widget/node_modules/tracker-lib/index.js', "posthog.init('phc_vendored', {});\nmixpanel.init('vendored');\n");
  decoys.push({ vendor: 'posthog', path: 'packages/legacy-widget/node_modules/tracker-lib/index.js', note: 'committed node_modules are ignored by default' });
  // A minified copy in a served folder is what the site ships: read. Outside one it is only
  // looked at for signatures (a skipped-file finding), never a detection.
  write('apps/web/public/vendor/analytics.min.js', "!function(){mixpanel.init('minified');posthog.init('phc_min',{})}();\n");
  plant('mixpanel', 'apps/web/public/vendor/analytics.min.js', 1, 'code', 'a minified copy in a served folder is read');
  plant('posthog', 'apps/web/public/vendor/analytics.min.js', 1, 'code', 'a minified copy in a served folder is read');
  write('tools/vendor/analytics.min.js', "!function(){mixpanel.init('minified')}();\n");
  decoys.push({ vendor: 'mixpanel', path: 'tools/vendor/analytics.min.js', note: '*.min.js outside a served folder is ignored by default (named by skipped-file)' });
  write('CHANGELOG.md', "# Changelog\n\n- Added posthog.init('phc_abcdef') to the web app\n- Removed mixpanel.init('token')\n");
  decoys.push({ vendor: 'posthog', path: 'CHANGELOG.md', note: 'a changelog mention is not an integration' });

  // Oversized bundles (past the source cap), binaries with NUL bytes, extension-less tools.
  for (let i = 0; i < Math.max(1, Math.round(5 * scale)); i++) {
    write(`apps/legacy/static/js/bundle.${i}.js`, bundleText(r, 2_500_000));
  }
  for (let i = 0; i < Math.round(100 * scale); i++) write(`apps/web/public/vendor/lib-${i}.min.js`, bundleText(r, 200_000));
  for (let i = 0; i < Math.round(100 * scale); i++) {
    write(`${r.pick(['mobile/android/libs', 'services/jvm/lib', 'tools/jars'])}/${kebab(r)}-${i}.${r.pick(['jar', 'so', 'aar'])}`, binary(pool, r, r.between(300_000, 1_500_000), r.pick(HEADERS)));
  }
  for (let i = 0; i < Math.max(1, Math.round(50 * scale)); i++) write(`tools/bin/${kebab(r)}-${i}`, binary(pool, r, r.between(50_000, 400_000), HEADERS[0]));

  // node_modules: installed, ignored by .gitignore, never listed by git nor read by either tool.
  for (let i = 0; i < Math.round(1500 * scale); i++) {
    const name = `${r.pick(NAME_PARTS)}-${r.pick(NAME_PARTS)}`;
    write(`node_modules/${name}/${i}.js`, codeFile(r, 'js', r.between(1000, 8000)).text, { tracked: false });
  }

  // --- The bulk: ordinary files until the count is reached -------------------------------------
  const mix = [
    ['ts', 0.3], ['tsx', 0.15], ['js', 0.08], ['python', 0.08], ['go', 0.05], ['kotlin', 0.035], ['java', 0.025], ['swift', 0.03],
    ['dart', 0.01], ['ruby', 0.02], ['php', 0.01], ['rust', 0.01], ['csharp', 0.01], ['html', 0.03], ['json', 0.05],
    ['markdown', 0.04], ['css', 0.02], ['yaml', 0.01], ['image', 0.04],
  ];
  const places = placesFor(r, Math.max(1, files));
  const editable = [];
  const remaining = files - count;
  for (const [kind, share] of mix) {
    const n = Math.round(share * remaining);
    for (let i = 0; i < n && count < files; i++) {
      const path = uniquePath(made, places(kind), kind, r);
      if (kind === 'image') {
        write(path, binary(pool, r, r.chance(0.95) ? r.between(5_000, 60_000) : r.between(200_000, 900_000), path.endsWith('.png') ? PNG : JPEG));
        continue;
      }
      const target = textSize(r);
      write(path, kind === 'json' ? jsonDocument(r, target) : codeFile(r, kind, target).text);
      if (kind === 'ts' && editable.length < 64 && !path.includes('/generated/')) editable.push(path);
    }
  }
  // Top up rounding differences with TypeScript.
  while (count < files) write(uniquePath(made, places('ts'), 'ts', r), codeFile(r, 'ts', textSize(r)).text);

  log(`corpus: wrote ${count} files, ${(bytes / 1e6).toFixed(0)} MB in ${((Date.now() - started) / 1000).toFixed(1)}s; committing…`);
  commitAll(dir);
  const record = { generatorVersion: GENERATOR_VERSION, seed, files: count, bytes, plants, decoys, editable, generatedIn: Date.now() - started };
  writeFileSync(marker, JSON.stringify(record, null, 1));
  log(`corpus: ready in ${((Date.now() - started) / 1000).toFixed(1)}s at ${dir}`);
  return { ...record, dir, generated: true };
}

function lineOf(text, needle) {
  const index = text.indexOf(needle);
  return index === -1 ? 0 : text.slice(0, index).split('\n').length;
}

function pascalName(name) {
  return name.replace(/^@[^/]+\//, '').split(/[-/]/).map(capitalize).join('');
}

/** Text sizes: mostly a few KB, some tens of KB, a few generated files of hundreds. */
function textSize(r) {
  const p = r.next();
  if (p < 0.92) return r.between(500, 8000);
  if (p < 0.995) return r.between(10_000, 30_000);
  return r.between(60_000, 300_000);
}

function bundleText(r, target) {
  const parts = [];
  let size = 0;
  while (size < target) {
    const part = `var ${r.pick(VERBS)}${r.int(1e5)}=function(e,t){return e.${r.pick(WORDS)}(t)||"${words(r, 2)}"};`;
    parts.push(part);
    size += part.length;
  }
  return parts.join('') + '\n';
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]);
const HEADERS = [Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0])];

/** 8 MB of seeded random bytes, and their base64, sliced for binaries and hashes. */
function randomPool(seed) {
  const next = mulberry32(seed ^ 0x5eed);
  const words32 = new Uint32Array(2 * 1024 * 1024);
  for (let i = 0; i < words32.length; i++) words32[i] = Math.floor(next() * 4294967296);
  const bytes = Buffer.from(words32.buffer);
  return { bytes, base64: bytes.subarray(0, 1024 * 1024).toString('base64').replace(/[+/]/g, 'x') };
}

function binary(pool, r, size, header) {
  const length = Math.min(size, pool.bytes.length - 1);
  const at = r.int(pool.bytes.length - length);
  const out = Buffer.concat([header, pool.bytes.subarray(at, at + length)]);
  out[header.length + 16] = 0; // a NUL in the first bytes, as in every real binary
  return out;
}

const EXTENSIONS = {
  ts: ['ts'], tsx: ['tsx'], js: ['js', 'mjs', 'cjs'], python: ['py'], go: ['go'], kotlin: ['kt'], java: ['java'], swift: ['swift'],
  dart: ['dart'], ruby: ['rb'], php: ['php'], rust: ['rs'], csharp: ['cs'], html: ['html', 'hbs', 'ejs', 'vue', 'jinja2', 'erb'],
  json: ['json'], markdown: ['md'], css: ['css', 'scss'], yaml: ['yml', 'yaml'], image: ['png', 'png', 'jpg', 'ico', 'webp'],
};

/** Folders for each kind of file, about 15 files a folder, in a monorepo layout. */
function placesFor(r, files) {
  const apps = ['web', 'admin', 'dashboard', 'marketing', 'checkout', 'partner-portal', 'docs-site', 'mobile-web'];
  const packageCount = Math.max(2, Math.round(files / 400));
  const packages = Array.from({ length: packageCount }, (_, i) => `${kebab(r)}-${i}`);
  const services = (prefix, n) => Array.from({ length: n }, (_, i) => `services/${prefix}-${r.pick(WORDS)}-${i}`);
  const roots = {
    ts: () => (r.chance(0.3) ? `apps/${r.pick(apps)}/src` : `packages/${r.pick(packages)}/src`),
    js: () => r.pick([`apps/${r.pick(apps)}/scripts`, `packages/${r.pick(packages)}/lib`, 'tools/scripts']),
    python: ((list) => () => `${r.pick(list)}/app`)(services('py', Math.max(1, Math.round(files / 2500)))),
    go: ((list) => () => `${r.pick(list)}/internal`)(services('go', Math.max(1, Math.round(files / 4000)))),
    jvm: () => r.pick(['mobile/android/app/src/main/java/com/acme/shop', `services/jvm-${r.pick(WORDS)}/src/main/java/com/acme`]),
    swift: () => 'mobile/ios/Shop',
    dart: () => 'mobile/flutter/lib',
    ruby: () => 'services/storefront/app',
    php: () => 'services/cms/src',
    rust: () => 'services/indexer/src',
    csharp: () => 'services/ledger/src',
    html: () => r.pick([`apps/${r.pick(apps)}/templates`, `apps/${r.pick(apps)}/src/components`, 'services/storefront/app/views']),
    json: () => r.pick([`apps/${r.pick(apps)}/src/locales`, `packages/${r.pick(packages)}/data`, 'config']),
    markdown: () => r.pick(['docs', `packages/${r.pick(packages)}/docs`, 'docs/adr', 'docs/runbooks']),
    css: () => `apps/${r.pick(apps)}/src/styles`,
    yaml: () => r.pick(['infra/k8s', '.github/workflows', 'infra/helm/values']),
    image: () => r.pick([`apps/${r.pick(apps)}/public/images`, 'assets/icons', `packages/${r.pick(packages)}/assets`]),
  };
  const folders = new Map();
  return (kind) => {
    const key = kind === 'tsx' ? 'ts' : kind === 'kotlin' || kind === 'java' ? 'jvm' : kind;
    let list = folders.get(key);
    if (!list) folders.set(key, (list = []));
    if (list.length === 0 || r.chance(1 / 15)) {
      const depth = r.between(0, 3);
      const sub = Array.from({ length: depth }, () => r.pick(WORDS)).join('/');
      list.push(sub ? `${roots[key]()}/${sub}` : roots[key]());
    }
    return r.pick(list);
  };
}

function uniquePath(made, folder, kind, r) {
  const extension = r.pick(EXTENSIONS[kind]);
  const stem = kind === 'tsx' || kind === 'swift' || kind === 'kotlin' || kind === 'java' || kind === 'csharp' ? pascal(r, 2) : kind === 'python' || kind === 'ruby' || kind === 'rust' || kind === 'dart' ? snake(r, 2) : kebab(r, 2);
  let path = `${folder}/${stem}.${extension}`;
  for (let i = 2; made.has(path); i++) path = `${folder}/${stem}${i}.${extension}`;
  return path;
}

/** One commit of everything (node_modules stays ignored, except the vendored decoy). */
function commitAll(dir) {
  const git = (...args) => execFileSync('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'bench@disclosed.invalid');
  git('config', 'user.name', 'disclosed bench');
  git('config', 'commit.gpgsign', 'false');
  git('config', 'gc.auto', '0'); // never repack a 1 GB corpus behind our back
  git('config', 'core.compression', '1');
  git('add', '-A');
  git('add', '-f', 'packages/legacy-widget/node_modules');
  git('commit', '-q', '--no-verify', '-m', 'synthetic monorepo for npm run bench');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = Number(process.argv[2] ?? process.env.BENCH_FILES ?? 100_000);
  const seed = Number(process.argv[3] ?? process.env.BENCH_SEED ?? 1);
  const corpus = generateCorpus({ files, seed, log: (line) => console.error(line) });
  console.log(corpus.dir);
}
