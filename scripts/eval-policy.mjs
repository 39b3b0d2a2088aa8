#!/usr/bin/env node
// Scores the policy-text reader against hand-labelled real privacy policies (eval/policies.yaml).
// The policies are third-party text, so they are not committed: each entry names its public
// repository, commit and path, and this script reads it from a folder of fetched snapshots
// (MIRROR/<owner>+<name>/repo is a bare git dir), runs the built CLI (`npm run build` first) on a
// temporary copy and compares what it reads with the labels.
//
//   MIRROR=/work/.mirror npm run eval:policy [-- --verbose] [-- --only ID]
//
// Figures: precision and recall on vendors named as used (ids the catalog knows), recall on
// denials, recall on unknown names, and the number of mentions of the policy's own company
// reported as a vendor. A policy whose snapshot is missing is named and counted, never skipped silently.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const mirror = process.env.MIRROR ?? '/work/.mirror';
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first');
  process.exit(2);
}

const corpus = parse(readFileSync(join(root, 'eval', 'policies.yaml'), 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'disclosed-eval-policy-'));

/** A label's id and the other catalog ids that count as the same thing (product vs. company). */
function idsOf(label) {
  return new Set([label.id, ...(label.also ?? [])]);
}

const totals = { tp: 0, fp: 0, fn: 0, deniedHit: 0, deniedMiss: 0, deniedWrong: 0, unknownHit: 0, unknownMiss: 0, own: 0, learnt: 0 };
const unread = [];
const lines = [];

for (const entry of corpus.policies) {
  if (only && entry.id !== only) continue;
  const [owner, name] = entry.repo.replace(/^github:/, '').split('/');
  const gitDir = join(mirror, `${owner}+${name}`, 'repo');
  let text;
  try {
    text = execFileSync('git', ['--git-dir', gitDir, 'show', `${entry.commit}:${entry.path}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    unread.push(`${entry.id}: ${entry.repo}@${entry.commit.slice(0, 10)}:${entry.path} is not in ${mirror} (fetch it)`);
    continue;
  }
  // The reader picks its format by extension: keep it, or use the entry's `as` (e.g. html for .erb).
  const ext = entry.as ? `.${entry.as}` : extname(entry.path).toLowerCase() || '.md';
  const file = join(tmp, `${entry.id}${ext}`);
  writeFileSync(file, text);
  let read;
  try {
    read = JSON.parse(execFileSync('node', [cli, 'policy-text', file, '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  } catch (error) {
    unread.push(`${entry.id}: policy-text failed: ${String(error.message).split('\n')[0]}`);
    continue;
  }

  const labels = entry.labels ?? [];
  const named = labels.filter((l) => l.status === 'named');
  const denied = labels.filter((l) => l.status === 'denied');
  const neither = labels.filter((l) => l.status === 'neither');
  const reported = (list) => list.filter((m) => m.kind !== 'category');
  const namedIds = new Set(reported(read.named).map((m) => m.id));
  const deniedIds = new Set(reported(read.denied).map((m) => m.id));
  const own = new Set((entry.own ?? []).map((s) => String(s).toLowerCase()));
  const out = [];

  for (const label of named) {
    const hit = [...idsOf(label)].some((id) => namedIds.has(id));
    if (hit) totals.tp++;
    else {
      totals.fn++;
      out.push(`  miss     named  ${label.id}  "${label.quote}"`);
    }
  }
  for (const label of denied) {
    const hit = [...idsOf(label)].some((id) => deniedIds.has(id));
    if (hit) totals.deniedHit++;
    else {
      totals.deniedMiss++;
      out.push(`  miss     denied ${label.id}  "${label.quote}"`);
    }
  }
  // Every id read as named that no `named` label accounts for is a false reading, except a name
  // labelled `unknown` (named as used, not in the catalog when labelled) that the catalog has
  // learnt since: that is a named vendor read right, and no longer an unknown name.
  const accounted = new Set(named.flatMap((l) => [...idsOf(l)]));
  const neitherIds = new Set(neither.flatMap((l) => [...idsOf(l)]));
  const unknownWanted = new Set((entry.unknown ?? []).map((n) => String(n).toLowerCase()));
  const sameName = (a, b) => a.includes(b) || b.includes(a);
  for (const m of reported(read.named)) {
    if (accounted.has(m.id)) continue;
    accounted.add(m.id);
    const learnt = [...unknownWanted].find((n) => sameName(n, m.match.toLowerCase()) || sameName(n, m.name.toLowerCase()));
    if (learnt) {
      unknownWanted.delete(learnt);
      totals.tp++;
      totals.learnt++;
      continue;
    }
    const isOwn = own.has(m.match.toLowerCase()) || own.has(m.name.toLowerCase());
    if (isOwn) totals.own++;
    totals.fp++;
    const why = isOwn ? 'own company' : neitherIds.has(m.id) ? 'labelled neither' : 'not labelled';
    out.push(`  false    named  ${m.id} as "${m.match}" (${why}) ${m.line}: "${m.sentence.slice(0, 110)}"`);
  }
  const deniedAccounted = new Set(denied.flatMap((l) => [...idsOf(l)]));
  for (const m of reported(read.denied)) {
    if (deniedAccounted.has(m.id)) continue;
    deniedAccounted.add(m.id);
    totals.deniedWrong++;
    out.push(`  false    denied ${m.id} as "${m.match}" ${m.line}: "${m.sentence.slice(0, 110)}"`);
  }
  const unknownRead = (read.unknown ?? []).map((u) => u.name.toLowerCase());
  for (const nameWanted of entry.unknown ?? []) {
    if (!unknownWanted.has(String(nameWanted).toLowerCase())) continue;
    const hit = unknownRead.some((u) => u.includes(nameWanted.toLowerCase()) || nameWanted.toLowerCase().includes(u));
    if (hit) totals.unknownHit++;
    else {
      totals.unknownMiss++;
      out.push(`  miss     unknown ${nameWanted}`);
    }
  }
  lines.push(`${entry.id} (${entry.style}): ${out.length === 0 ? 'all as labelled' : ''}`);
  if (verbose) lines.push(`  read: named [${[...namedIds].join(', ')}] denied [${[...deniedIds].join(', ')}] unknown [${unknownRead.join(', ')}] we=[${read.controller.join(', ')}]`);
  lines.push(...out);
}
rmSync(tmp, { recursive: true, force: true });

const ratio = (a, b) => (b === 0 ? 'n/a' : (a / b).toFixed(3));
console.log(lines.join('\n'));
console.log('');
const scored = corpus.policies.filter((e) => !only || e.id === only).length - unread.length;
console.log(`policies read: ${scored}${unread.length ? `, not read: ${unread.length}` : ''}`);
for (const u of unread) console.log(`  not read: ${u}`);
console.log(`named (catalog): precision ${ratio(totals.tp, totals.tp + totals.fp)} (${totals.tp}/${totals.tp + totals.fp}), recall ${ratio(totals.tp, totals.tp + totals.fn)} (${totals.tp}/${totals.tp + totals.fn})`);
console.log(`denied: recall ${ratio(totals.deniedHit, totals.deniedHit + totals.deniedMiss)} (${totals.deniedHit}/${totals.deniedHit + totals.deniedMiss}), false denials ${totals.deniedWrong}`);
console.log(`  of which labelled as unknown names that the catalog has since learnt: ${totals.learnt}`);
console.log(`unknown names: recall ${ratio(totals.unknownHit, totals.unknownHit + totals.unknownMiss)} (${totals.unknownHit}/${totals.unknownHit + totals.unknownMiss})`);
console.log(`own-company reports: ${totals.own}`);
if (unread.length > 0) process.exit(1);
