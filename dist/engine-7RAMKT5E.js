import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MANIFEST_NAMES,
  RULES,
  __toESM,
  addOutcome,
  builtinCatalogSource,
  claimersOf,
  closest,
  commitSource,
  compileFileFilter,
  compileIgnoredCheck,
  compileSources,
  configErrors,
  customVendorCollisions,
  dataLabel,
  emptyFilesScan,
  evaluate,
  fingerprint,
  isFirstParty,
  languageOf,
  listForScan,
  locateRepository,
  locationName,
  matchSource,
  newIgnores,
  packageRoot,
  parseManifest,
  readCatalogSource,
  readRulesDir,
  require_dist,
  ruleMeta,
  runGit,
  scan,
  scanFiles,
  scanOneFile,
  shareKeywordIndex,
  thirdPartyEntity,
  todoPurpose,
  transferLabel,
  unknownCatalogVendors,
  vendorsOfHost
} from "./engine-NJKRDABT.js";

// src/compiler-flags.ts
import { setFlagsFromString } from "node:v8";
function tuneCompilerForScans() {
  try {
    setFlagsFromString("--no-turbo-inlining");
  } catch {
  }
}

// src/run.ts
import { existsSync as existsSync2, lstatSync, readdirSync, readFileSync as readFileSync2, realpathSync, statSync } from "node:fs";
import { dirname as dirname2, isAbsolute, join as join2, relative, resolve, sep } from "node:path";

// src/cache.ts
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
var FORMAT = 4;
var ID_CHARS = 20;
function store(outcome) {
  if (outcome.kind !== "scanned") return outcome.skipped ? { kind: outcome.kind, skipped: outcome.skipped } : outcome.kind;
  if (!outcome.result) return outcome.bytes;
  return outcome.digest ? { bytes: outcome.bytes, result: outcome.result, digest: outcome.digest } : { bytes: outcome.bytes, result: outcome.result };
}
var KINDS = /* @__PURE__ */ new Set(["binary", "too-large", "unreadable", "unscannable", "unsupported", "translation"]);
var EVIDENCE_KINDS = /* @__PURE__ */ new Set(["package", "code", "script", "domain", "platform"]);
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isCount(value) {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}
function isPosition(value) {
  return isCount(value.line) && value.line >= 1 && isCount(value.column) && value.column >= 1;
}
function isStrings(value, keys) {
  return keys.every((key) => typeof value[key] === "string");
}
function isListOf(value, item) {
  return Array.isArray(value) && value.every((entry) => isRecord(entry) && item(entry));
}
function isEvidence(value, path) {
  if (value.path !== path || !isPosition(value) || !isStrings(value, ["vendor", "match"]) || !EVIDENCE_KINDS.has(value.kind)) return false;
  if (value.ecosystem !== void 0 && typeof value.ecosystem !== "string") return false;
  return (value.transitive === void 0 || typeof value.transitive === "boolean") && (value.dev === void 0 || typeof value.dev === "boolean");
}
function isStored(value, path) {
  if (isCount(value)) return true;
  if (typeof value === "string") return KINDS.has(value);
  if (!isRecord(value) || !isCount(value.bytes) || !isRecord(value.result)) return false;
  const result = value.result;
  return isListOf(result.evidence, (entry) => isEvidence(entry, path)) && isListOf(result.problems, (entry) => isPosition(entry) && typeof entry.message === "string") && isListOf(result.ignores, (entry) => entry.path === path && isPosition(entry) && isStrings(entry, ["rule", "reason"])) && isListOf(result.thirdParties, (entry) => isPosition(entry) && isStrings(entry, ["host", "entity", "category"])) && isListOf(
    result.invalidIgnores,
    (entry) => typeof entry.rule === "string" && (entry.vendor === void 0 || typeof entry.vendor === "string") && isRecord(entry.args) && Object.values(entry.args).every((arg) => typeof arg === "string" || typeof arg === "number" && Number.isFinite(arg)) && isRecord(entry.location) && entry.location.path === path && isPosition(entry.location) && isListOf(entry.evidence, (evidence) => isEvidence(evidence, path))
  );
}
function restore(stored) {
  if (typeof stored === "number") return { kind: "scanned", bytes: stored };
  if (typeof stored === "string") return { kind: stored, bytes: 0 };
  if ("kind" in stored) return { kind: stored.kind, bytes: 0, skipped: stored.skipped };
  return { kind: "scanned", bytes: stored.bytes, result: stored.result, ...stored.digest ? { digest: stored.digest } : {} };
}
var BUILD = import.meta.url.slice(import.meta.url.lastIndexOf("/") + 1);
function cacheKey(toolVersion2, sources, customVendors) {
  return createHash("sha256").update(toolVersion2).update(BUILD).update(JSON.stringify(sources)).update(JSON.stringify(customVendors)).digest("hex");
}
function readCacheFile(file, key) {
  try {
    const data = JSON.parse(readFileSync(file, "utf8"));
    if (data.format !== FORMAT || data.key !== key || !Array.isArray(data.paths) || !Array.isArray(data.outcomes)) return void 0;
    if (typeof data.ids !== "string" || data.ids.length !== data.paths.length * ID_CHARS || data.outcomes.length !== data.paths.length) return void 0;
    if (!/^[0-9a-f]*$/.test(data.ids)) return void 0;
    const kept = { format: FORMAT, key, paths: [], ids: "", outcomes: [], dropped: 0 };
    const ids = [];
    data.paths.forEach((path, i) => {
      const outcome = data.outcomes[i];
      if (typeof path !== "string" || !isStored(outcome, path)) {
        kept.dropped++;
        return;
      }
      kept.paths.push(path);
      ids.push(data.ids.slice(i * ID_CHARS, (i + 1) * ID_CHARS));
      kept.outcomes.push(outcome);
    });
    kept.ids = ids.join("");
    return kept;
  } catch {
    return void 0;
  }
}
function openCache(file, key) {
  const previous = (file === void 0 ? void 0 : readCacheFile(file, key)) ?? { format: FORMAT, key, paths: [], ids: "", outcomes: [], dropped: 0 };
  const { paths, ids, outcomes, dropped } = previous;
  const first = /* @__PURE__ */ new Map();
  for (let i = paths.length - 1; i >= 0; i--) first.set(paths[i], i);
  const used = new Uint8Array(paths.length);
  let usedCount = 0;
  const added = /* @__PURE__ */ new Map();
  const find = (path, id) => {
    const start = first.get(path);
    if (start === void 0) return -1;
    for (let i = start; i < paths.length && paths[i] === path; i++) if (ids.startsWith(id, i * ID_CHARS)) return i;
    return -1;
  };
  return {
    key,
    loaded: paths.length,
    get(path, objectId) {
      const id = objectId.slice(0, ID_CHARS);
      const fresh = added.size === 0 ? void 0 : added.get(path)?.find((entry) => entry.id === id);
      if (fresh) return restore(fresh.stored);
      const at = find(path, id);
      if (at === -1) return void 0;
      if (used[at] === 0) usedCount++;
      used[at] = 1;
      return restore(outcomes[at]);
    },
    set(path, objectId, outcome) {
      const id = objectId.slice(0, ID_CHARS);
      const at = find(path, id);
      if (at !== -1) {
        if (used[at] === 0) usedCount++;
        used[at] = 1;
        return;
      }
      const versions = added.get(path) ?? [];
      if (!versions.some((entry) => entry.id === id)) versions.push({ id, stored: store(outcome) });
      added.set(path, versions);
    },
    save() {
      if (file === void 0 || added.size === 0 && usedCount === paths.length && dropped === 0) return;
      const entries = [];
      for (let i = 0; i < paths.length; i++) if (used[i] === 1) entries.push([paths[i], ids.slice(i * ID_CHARS, (i + 1) * ID_CHARS), outcomes[i]]);
      for (const [path, versions] of added) for (const { id, stored } of versions) entries.push([path, id, stored]);
      entries.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
      const data = { format: FORMAT, key, paths: entries.map((entry) => entry[0]), ids: entries.map((entry) => entry[1]).join(""), outcomes: entries.map((entry) => entry[2]) };
      try {
        mkdirSync(dirname(file), { recursive: true });
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify(data));
        renameSync(temporary, file);
      } catch {
      }
    }
  };
}
function cacheFile(gitDir) {
  return join(gitDir, CACHE_NAME);
}
var CACHE_NAME = `disclosed/outcomes-v${FORMAT}.json`;

// src/files/renames.ts
function renameArgs(revision) {
  return ["diff", "--cached", "-M", "--name-status", "-z", "--relative", "--no-ext-diff", "--no-textconv", "--ignore-submodules=dirty", revision, "--"];
}
function parseRenames(output) {
  const renames = /* @__PURE__ */ new Map();
  const fields = output.split("\0");
  let i = 0;
  while (i < fields.length) {
    const status = fields[i];
    if (status === "") {
      i++;
      continue;
    }
    if (status.startsWith("R") || status.startsWith("C")) {
      const from = fields[i + 1];
      const to = fields[i + 2];
      if (status.startsWith("R") && from !== void 0 && to !== void 0) renames.set(to, from);
      i += 3;
      continue;
    }
    i += 2;
  }
  return renames;
}

// src/parallel.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { setFlagsFromString as setFlagsFromString2 } from "node:v8";
import { runInNewContext } from "node:vm";
import { Worker } from "node:worker_threads";
var PARALLEL_THRESHOLD = 2e3;
function workerCount(files, env = process.env) {
  const forced = forcedWorkers(env);
  if (forced !== void 0) return forced;
  return files < PARALLEL_THRESHOLD ? 0 : Math.min(Math.max(availableParallelism() - 1, 1), 8);
}
function forcedWorkers(env) {
  const forced = env.DISCLOSED_WORKERS;
  return forced !== void 0 && /^\d+$/.test(forced) ? Math.min(Number(forced), 16) : void 0;
}
var CHUNK_FILES = 256;
var COLLECT_AFTER_BYTES = 4 * 1024 * 1024;
function fullCollection() {
  try {
    setFlagsFromString2("--expose-gc");
    return runInNewContext("gc");
  } catch {
    return void 0;
  } finally {
    setFlagsFromString2("--no-expose-gc");
  }
}
function workerScript() {
  const url = new URL("./scan-worker.js", import.meta.url);
  return import.meta.url.endsWith(".js") && existsSync(url) ? url : void 0;
}
var WORKER_HEAP_MB = 128;
var WORKER_YOUNG_MB = 12;
function startWorkerPool(script, count2, { sources, customVendors, keywordIndex }) {
  const pool = {
    members: [],
    onChunk: () => void 0,
    terminate: async () => {
      await Promise.all(pool.members.map(({ worker }) => worker.terminate()));
    }
  };
  for (let i = 0; i < count2; i++) {
    const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    const ended = new Promise((resolve4) => {
      worker.on("message", (message) => {
        if ("chunk" in message) pool.onChunk(message);
        else resolve4();
      });
      worker.on("error", () => resolve4());
      worker.on("exit", () => resolve4());
    });
    pool.members.push({ worker, ended });
  }
  let keywords;
  try {
    keywords = keywordIndex && shareKeywordIndex(keywordIndex());
  } catch {
  }
  const setup = { sources, customVendors, ...keywords ? { keywords } : {} };
  for (const { worker } of pool.members) worker.postMessage(setup);
  return pool;
}
async function scanFilesInParallel(listed, { script, root, sources, customVendors, workers, pool: started, onProgress, cache, local, minFiles = 0, keywordIndex }) {
  const total = emptyFilesScan();
  const outcomes = total.outcomes = new Array(listed.length);
  const heavy = [];
  const light = [];
  listed.forEach((file, i) => {
    const id = cache && !file.submodule ? file.id : void 0;
    const cached = id === void 0 ? void 0 : cache.get(file.path, id);
    if (cached) {
      outcomes[i] = cached;
      addOutcome(total, file.path, cached, file.ignored);
    } else if (file.submodule || file.ignored || local.claims(file.path)) heavy.push(i);
    else light.push(i);
  });
  let done = listed.length - heavy.length - light.length;
  const chunkCount = Math.ceil(light.length / CHUNK_FILES);
  const reported = new Uint8Array(chunkCount);
  let closed = false;
  const record = (at, outcome) => {
    const { path, id, ignored } = listed[at];
    outcomes[at] = outcome;
    addOutcome(total, path, outcome, ignored);
    if (id !== void 0 && !listed[at].submodule) cache?.set(path, id, outcome);
    done++;
  };
  const chunkAt = (chunk) => light.slice(chunk * CHUNK_FILES, (chunk + 1) * CHUNK_FILES);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const count2 = light.length < minFiles ? 0 : Math.min(started ? started.members.length : workers, chunkCount);
  const pool = started ?? (count2 > 0 ? startWorkerPool(script, count2, { sources, customVendors, ...keywordIndex ? { keywordIndex } : {} }) : void 0);
  const used = pool?.members.slice(0, count2) ?? [];
  if (pool) {
    pool.onChunk = (message) => {
      if (closed || reported[message.chunk] === 1) return;
      reported[message.chunk] = 1;
      const first = message.chunk * CHUNK_FILES;
      message.outcomes.forEach((outcome, k) => record(light[first + k], outcome));
      onProgress?.(done, listed.length);
    };
  }
  if (used.length > 0) {
    const files = {
      root,
      paths: light.map((at) => listed[at].path).join("\0"),
      sizes: Float64Array.from(light, (at) => listed[at].size),
      raws: light.flatMap((at, i) => listed[at].raw ? [[i, listed[at].raw]] : []),
      chunkFiles: CHUNK_FILES,
      next: next.buffer
    };
    for (const { worker } of used) worker.postMessage(files);
  }
  const scanHere = async () => {
    const collect = heavy.length > 0 ? fullCollection() : void 0;
    for (const at of heavy) {
      const outcome = local.scan(listed[at]);
      record(at, outcome);
      if (outcome.bytes > COLLECT_AFTER_BYTES) collect?.();
      onProgress?.(done, listed.length);
      await new Promise((resolve4) => setImmediate(resolve4));
    }
    for (let chunk = Atomics.add(next, 0, 1); chunk < chunkCount; chunk = Atomics.add(next, 0, 1)) {
      for (const at of chunkAt(chunk)) record(at, local.scan(listed[at]));
      reported[chunk] = 1;
      onProgress?.(done, listed.length);
      await new Promise((resolve4) => setImmediate(resolve4));
    }
  };
  try {
    await Promise.all([scanHere(), ...used.map(({ ended }) => ended)]);
  } finally {
    closed = true;
    await pool?.terminate();
  }
  for (let chunk = 0; chunk < chunkCount; chunk++) if (reported[chunk] === 0) for (const at of chunkAt(chunk)) record(at, local.scan(listed[at]));
  return total;
}

// src/run.ts
function usageError(message) {
  return { kind: "usage", message };
}
function isUsageError(value) {
  return typeof value === "object" && value !== null && value.kind === "usage";
}
function toolVersion() {
  return JSON.parse(readFileSync2(join2(packageRoot(), "package.json"), "utf8")).version;
}
function insideRoot(root, path, what) {
  if (isAbsolute(path)) throw usageError(`${what} must be a path inside the repository, not an absolute path: ${path}`);
  const absolute = resolve(root, path);
  const rel = relative(root, absolute);
  if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) throw usageError(`${what} must stay inside the repository: ${path}`);
  if (existsSync2(absolute)) {
    const real = relative(realpathSync(root), realpathSync(absolute));
    if (real === ".." || real.startsWith(`..${sep}`) || isAbsolute(real)) throw usageError(`${what} links outside the repository: ${path}`);
  }
  return absolute;
}
var RULES_DIR_EXTRAS = /^(?:README(?:\.md)?|\.gitkeep)$/i;
function rejectNonRuleFiles(dir, name) {
  if (!statSync(dir).isDirectory()) throw usageError(`settings.rules-dir must be a folder of vendor rule files: ${name} is a file`);
  const others = [];
  for (const name2 of readdirSync(dir)) {
    const isFile = statSync(join2(dir, name2)).isFile();
    if (!isFile || !(/\.ya?ml$/i.test(name2) || RULES_DIR_EXTRAS.test(name2))) others.push(isFile ? name2 : `${name2}/`);
  }
  if (others.length === 0) return;
  const shown = others.sort().slice(0, 5).join(", ");
  throw usageError(
    `settings.rules-dir "${name}" must hold only vendor rule files (*.yml), but it also holds ${shown}${others.length > 5 ? ` and ${others.length - 5} more` : ""}. Files in the rules-dir are not scanned as code, so point rules-dir at a folder of its own (for example .disclosed/rules).`
  );
}
function loadManifest(root, explicit, io) {
  if (explicit !== void 0) {
    const absolute2 = resolve(io.cwd, explicit);
    if (!existsSync2(absolute2)) throw usageError(`manifest not found: ${explicit}`);
    const display = relative(root, absolute2).split(sep).join("/");
    return parseManifest(readFileSync2(absolute2, "utf8"), display.startsWith("..") ? explicit : display);
  }
  const found = manifestCandidatesIn(root);
  if (found.length > 1) throw usageError(`more than one policy manifest: ${found.join(", ")}. Keep one (the one CODEOWNERS protects) and delete the other${found.length > 2 ? "s" : ""}, or name it with --manifest`);
  const [name] = found;
  if (name === void 0) return null;
  const absolute = insideRoot(root, name, "the policy manifest");
  if (!existsSync2(absolute) || !statSync(absolute).isFile()) throw usageError(`the policy manifest ${name} is not a readable file (a folder, or a link to nothing)`);
  return parseManifest(readFileSync2(absolute, "utf8"), name);
}
function discoverScope(dir, repository, io) {
  if (!repository || manifestCandidatesIn(dir).length > 0) return { root: dir };
  const top = realpathSync(repository.top);
  const start = realpathSync(dir);
  if (relative(top, start).startsWith("..") || isAbsolute(relative(top, start))) return { root: dir };
  for (let at = dirname2(start); ; at = dirname2(at)) {
    const rel = relative(top, at);
    if (rel.startsWith("..") || isAbsolute(rel)) return { root: dir };
    if (manifestCandidatesIn(at).length > 0) {
      const scope = relative(at, start).split(sep).join("/");
      const manifest = loadManifest(at, void 0, io);
      const settings = manifest?.settings ?? {};
      const accept = compileFileFilter({ include: settings.include ?? [], exclude: [...manifest?.ignore ?? [], ...settings.exclude ?? []] });
      if (!accept(`${scope}/${SCOPE_PROBE}`)) return { root: dir, passedOver: join2(at, manifest.path) };
      const named = resolve(dir, relative(start, at));
      return { root: realpathSync(named) === at ? named : at, scope };
    }
    if (at === top || dirname2(at) === at) return { root: dir };
  }
}
var SCOPE_PROBE = "disclosed-scope-probe.ts";
function manifestCandidatesIn(root) {
  return MANIFEST_NAMES.filter((name) => {
    try {
      lstatSync(join2(root, name));
      return true;
    } catch {
      return false;
    }
  });
}
function workTreeFiles(root) {
  return {
    readText: (path, what) => {
      const absolute = insideRoot(root, path, what);
      if (!existsSync2(absolute) || statSync(absolute).isDirectory()) return void 0;
      return { path: relative(root, absolute).split(sep).join("/"), text: readFileSync2(absolute, "utf8") };
    },
    rulesDir: (path, what) => {
      const dir = insideRoot(root, path, what);
      if (!existsSync2(dir)) return void 0;
      if (statSync(dir).isDirectory()) for (const name of readdirSync(dir)) insideRoot(root, join2(path, name), what);
      rejectNonRuleFiles(dir, path);
      return readRulesDir(dir);
    }
  };
}
function prepareScan(root, options, io, at) {
  const manifest = at ? at.manifest : loadManifest(root, options.manifest, io);
  const files = at?.files ?? workTreeFiles(root);
  const settings = manifest?.settings ?? {};
  const extraDirs = [];
  const skipMatching = /* @__PURE__ */ new Set();
  if (manifest) skipMatching.add(manifest.path);
  if (settings["rules-dir"]) {
    const dir = files.rulesDir(settings["rules-dir"], "settings.rules-dir");
    if (!dir) throw usageError(`settings.rules-dir not found: ${settings["rules-dir"]}${manifest ? ` (named in ${manifest.path})` : ""}`);
    extraDirs.push(dir);
  }
  const policy = loadPolicy(root, manifest, options.privacyPolicy, io, files);
  if (manifest) {
    const collisions = customVendorCollisions(manifest, new Set(builtinCatalogSource().vendors.map((vendor) => vendor.id)));
    if (collisions.length > 0) throw configErrors(collisions);
  }
  const base = builtinCatalogSource();
  const catalogSources = extraDirs.length > 0 ? [base, readCatalogSource(extraDirs, base)] : [base];
  const catalog = compileSources(catalogSources, manifest?.customVendors ?? []);
  if (manifest) {
    const unknown = unknownCatalogVendors(manifest, catalog);
    if (unknown.length > 0) throw configErrors(unknown);
  }
  const rulesDir = settings["rules-dir"]?.replace(/\/+$/, "");
  const exclude = [...manifest?.ignore ?? [], ...settings.exclude ?? [], ...options.exclude ?? [], ...rulesDir ? [`${rulesDir}/**`] : []];
  const include = options.include && options.include.length > 0 ? options.include : settings.include ?? [];
  const key = cacheKey(toolVersion(), catalogSources, manifest?.customVendors ?? []);
  const repository = options.repository === void 0 ? locateRepository(root).repository : options.repository ?? void 0;
  const cache = (options.cache === true && repository ? openCache(cacheFile(repository.gitDir), key) : void 0) ?? (options.cache ? openCache(void 0, key) : void 0);
  const inScope = scopeFilter(options.scope);
  const accept = compileFileFilter({ include, exclude });
  const lookInIgnored = compileIgnoredCheck({ include, exclude });
  return {
    root,
    manifest,
    catalog,
    catalogSources,
    ...cache ? { cache } : {},
    accept: (path) => inScope(path) && accept(path),
    lookInIgnored: (path) => inScope(path) && lookInIgnored(path),
    skipMatching,
    ...policy ? { policy } : {},
    repository: repository ?? null,
    ...options.scope ? { scope: options.scope } : {},
    filters: { include, exclude }
  };
}
function scopeFilter(scope) {
  if (!scope) return () => true;
  return (path) => path.startsWith(`${scope}/`);
}
function companyNames(manifest) {
  const names = manifest?.settings["company-names"];
  return names && names.length > 0 ? { companyNames: names } : {};
}
function loadPolicy(root, manifest, explicit, io, files = workTreeFiles(root)) {
  if (explicit !== void 0) {
    const absolute = resolve(io.cwd, explicit);
    if (!existsSync2(absolute) || statSync(absolute).isDirectory()) throw usageError(`privacy policy not found: ${explicit}`);
    const display = relative(root, absolute).split(sep).join("/");
    return { path: display.startsWith("..") || isAbsolute(display) ? explicit : display, text: readFileSync2(absolute, "utf8"), ...companyNames(manifest) };
  }
  if (!manifest?.privacyPolicy) return void 0;
  const found = files.readText(manifest.privacyPolicy, "privacy-policy");
  if (!found) throw usageError(`privacy-policy not found: ${manifest.privacyPolicy} (named in ${manifest.path}); fix the path or remove the key`);
  return { ...found, ...companyNames(manifest) };
}
function scanOptions(prepared, source, io) {
  const started = Date.now();
  let shown = false;
  const options = {
    source,
    catalog: prepared.catalog,
    manifest: prepared.manifest,
    accept: prepared.accept,
    lookInIgnored: prepared.lookInIgnored,
    skipMatching: prepared.skipMatching,
    policy: prepared.policy,
    ...prepared.cache ? { cache: prepared.cache } : {},
    ...prepared.scope ? { partial: true } : {},
    now: io.now,
    onProgress: io.isTTY ? (done, total) => {
      if (Date.now() - started < 1e3) return;
      shown = true;
      io.stderr(`\rdisclosed: reading files ${done}/${total}\u2026`);
    } : void 0
  };
  return { options, done: () => shown ? io.stderr("\r\x1B[K") : void 0 };
}
function runScan(prepared, source, io) {
  const { options, done } = scanOptions(prepared, source, io);
  const result = scan(options);
  done();
  return result;
}
async function runScanAsync(prepared, source, io, seen) {
  const script = workerScript();
  const { options, done } = scanOptions(prepared, source, io);
  const started = performance.now();
  await source.prefetch?.();
  const cache = prepared.cache;
  const parallel = script !== void 0 && source.description.startsWith("working tree");
  const catalog = { sources: prepared.catalogSources, customVendors: prepared.manifest?.customVendors ?? [], keywordIndex: () => prepared.catalog.keywordIndex };
  let pool;
  const startEarly = (files2) => {
    if (pool || !script || files2 < PARALLEL_THRESHOLD) return;
    const count2 = workerCount(files2, io.env);
    if (count2 > 0) pool = startWorkerPool(script, count2, catalog);
  };
  const early = parallel && (cache?.loaded ?? 0) === 0 ? startEarly : void 0;
  let listed;
  try {
    listed = listForScan(options, early);
  } catch (error) {
    await pool?.terminate();
    throw error;
  }
  const workers = workerCount(listed.length, io.env);
  const read = (path, limit, head) => source.read(path, limit, head);
  let files;
  if (!parallel || workers === 0) {
    await pool?.terminate();
    files = scanFiles(listed, read, prepared.catalog, void 0, options.onProgress, cache);
  } else {
    files = await scanFilesInParallel(listed, {
      script,
      root: source.root,
      ...catalog,
      workers,
      ...pool ? { pool } : {},
      onProgress: options.onProgress,
      ...cache ? { cache } : {},
      local: { claims: (path) => claimersOf(path).length > 0, scan: (file) => scanOneFile(file, read, prepared.catalog) },
      // Most files answered by the cache (a second run, a diff): the rest are read here.
      minFiles: forcedWorkers(io.env) === void 0 ? PARALLEL_THRESHOLD : 0
    });
  }
  done();
  if (seen) Object.assign(seen, { listed, outcomes: files.outcomes ?? [], files });
  if (prepared.runtime) {
    files.evidence.push(...prepared.runtime.evidence);
    files.thirdParties.push(...prepared.runtime.thirdParties);
    return { ...evaluate(options, files, started), runtime: prepared.runtime.summary };
  }
  return evaluate(options, files, started);
}
function gitOutput(root, args, repository = locateRepository(root).repository ?? null) {
  if (!repository) throw usageError(`${root} is not in a git repository disclosed can read`);
  return runGit(repository, root, args).toString("utf8").trim();
}
async function scanWithBase(head, base, source, revision, io) {
  return (await diffScan(head, base, source, revision, io)).result;
}
async function diffScan(head, base, source, revision, io, options = {}) {
  const derivable = base === head && head.cache !== void 0;
  const differences = derivable ? source.differencesFrom?.(revision) : void 0;
  differences?.catch(() => void 0);
  const seen = {};
  let result = await runScanAsync(head, source, io, seen);
  const baseOnly = base.runtime ? { ...base, runtime: void 0 } : base;
  const baseSeen = {};
  const before = differences && seen.listed && seen.outcomes ? derivedBaseScan(head, seen, await differences, io, baseSeen) : await runScanAsync(baseOnly, source.baseAt?.(revision) ?? commitSource(source.root, revision), io, baseSeen);
  const renames = renamesSince(source, revision, head.repository);
  const ignoresOf = (record) => (record.files?.ignores ?? []).flatMap(([, ignores]) => ignores);
  const addedIgnores = newIgnores(ignoresOf(seen), ignoresOf(baseSeen), renames);
  const addedFirstParty = newFirstPartyDomains(result, before);
  if (options.newSuppressionsApply === false && (addedIgnores.length > 0 || addedFirstParty.length > 0) && seen.files) {
    const added = new Set(addedIgnores);
    const files = { ...seen.files, ignores: seen.files.ignores.map(([path, ignores]) => [path, ignores.filter((ignore) => !added.has(ignore))]) };
    const judged = { ...scanOptions(head, source, io).options, ...addedFirstParty.length > 0 ? { firstPartyDomains: before.firstParty ?? [] } : {} };
    result = { ...evaluate(judged, files, performance.now()), stats: result.stats, ...result.runtime ? { runtime: result.runtime } : {} };
  }
  const suppressedAtBase = suppressedIn(before, renames);
  if (options.newSuppressionsApply === false) {
    result = { ...result, findings: result.findings.map((finding) => finding.suppression?.kind === "inline" && !suppressedAtBase(finding) ? unsuppressed(finding) : finding) };
  }
  markNew(result, before, renames);
  const newlySuppressed = result.findings.filter((finding) => finding.suppressed && !suppressedAtBase(finding));
  return { result, base: before, addedIgnores, addedFirstParty, renames, newlySuppressed };
}
function newFirstPartyDomains(head, base) {
  const before = new Set((base.firstParty ?? []).map((item) => item.domain));
  return (head.firstParty ?? []).filter((item) => item.line > 0 && !before.has(item.domain));
}
function suppressedIn(base, renames) {
  const suppressed = new Set(base.findings.filter((finding) => finding.suppressed).map((finding) => finding.fingerprint));
  return (finding) => {
    if (suppressed.has(finding.fingerprint)) return true;
    const moved = renames.get(finding.location.path);
    const digest = finding.rule === "skipped-file" && finding.args["digest"] !== void 0 ? String(finding.args["digest"]) : void 0;
    return moved !== void 0 && suppressed.has(fingerprint(finding.rule, finding.vendor, moved, digest));
  };
}
function unsuppressed(finding) {
  const { suppression: _suppression, ...rest } = finding;
  return { ...rest, suppressed: false };
}
function renamesSince(source, revision, repository) {
  try {
    return parseRenames(repository === void 0 ? gitOutput(source.root, renameArgs(revision)) : gitOutput(source.root, renameArgs(revision), repository));
  } catch {
    return /* @__PURE__ */ new Map();
  }
}
function derivedBaseScan(prepared, head, { differs, source }, io, seen) {
  const started = performance.now();
  const { options } = scanOptions(prepared, source, io);
  const listed = listForScan(options);
  const differing = scanFiles(listed, (path, limit, head2) => source.read(path, limit, head2), prepared.catalog, void 0, void 0, prepared.cache).outcomes;
  const files = emptyFilesScan();
  let next = 0;
  const takeDiffering = () => {
    const file = listed[next];
    addOutcome(files, file.path, differing[next++], file.ignored);
  };
  head.listed.forEach((file, i) => {
    if (differs.has(file.path)) return;
    while (next < listed.length && listed[next].path < file.path) takeDiffering();
    addOutcome(files, file.path, head.outcomes[i], file.ignored);
  });
  while (next < listed.length) takeDiffering();
  if (seen) seen.files = files;
  return evaluate(options, files, started);
}
function markNew(head, base, renames = /* @__PURE__ */ new Map()) {
  const before = new Set(base?.findings.map((finding) => finding.fingerprint) ?? []);
  const evidenceKey = (rule, vendor, path, kind, match) => JSON.stringify([rule, vendor ?? "", path, kind, match]);
  const beforeEvidence = /* @__PURE__ */ new Set();
  for (const finding of base?.findings ?? []) for (const item of finding.evidence) beforeEvidence.add(evidenceKey(finding.rule, finding.vendor, item.path, item.kind, item.match));
  const at = (path) => renames.get(path) ?? path;
  for (const finding of head.findings) {
    const moved = at(finding.location.path);
    const digest = finding.rule === "skipped-file" && finding.args["digest"] !== void 0 ? String(finding.args["digest"]) : void 0;
    const known = before.has(finding.fingerprint) || moved !== finding.location.path && before.has(fingerprint(finding.rule, finding.vendor, moved, digest)) || digest === void 0 && finding.evidence.length > 0 && finding.evidence.every((item) => beforeEvidence.has(evidenceKey(finding.rule, finding.vendor, at(item.path), item.kind, item.match)));
    finding.new = !known;
  }
}
function mergeBase(root, ref, repository) {
  try {
    return gitOutput(root, ["merge-base", ref, "HEAD"], repository);
  } catch (error) {
    const detail = String(error.stderr ?? "").trim();
    throw usageError(`cannot find the merge-base of ${ref} and HEAD${detail ? ` (${detail.split("\n")[0]})` : ""}; fetch more history (git fetch --unshallow, or actions/checkout with fetch-depth: 0)`);
  }
}
var RANK = { error: 2, warning: 1, note: 0 };
function exitCodeFor(result, failOn) {
  if (failOn === "never") return 0;
  const threshold = failOn === "warning" ? 1 : 2;
  return result.findings.some((finding) => !finding.suppressed && finding.new !== false && RANK[finding.severity] >= threshold) ? 1 : 0;
}

// src/commands/args.ts
import { parseArgs } from "node:util";
function parseCommandArgs(command, config) {
  try {
    return parseArgs(config);
  } catch (error) {
    throw usageError(argumentProblem(error, Object.keys(config.options ?? {}), command));
  }
}
function argumentProblem(error, known, command) {
  const unknown = error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? /'(?<option>-[^']*)'/.exec(error.message)?.groups?.option : void 0;
  if (unknown === void 0) return `${error.message.split("\n")[0]} (disclosed ${command} --help lists the options)`;
  const name = unknown.replace(/^-+/, "").split("=")[0];
  const [suggestion] = closest(name, known);
  return `unknown option '${unknown.split("=")[0]}'${suggestion ? `; did you mean '--${suggestion}'?` : ` (disclosed ${command} --help lists the options)`}`;
}

// src/reporters/context.ts
function countFindings(findings) {
  const counts = { errors: 0, warnings: 0, notes: 0, suppressed: 0 };
  for (const finding of findings) {
    if (finding.suppressed) {
      counts.suppressed++;
      continue;
    }
    if (finding.severity === "error") counts.errors++;
    else if (finding.severity === "warning") counts.warnings++;
    else counts.notes++;
  }
  return counts;
}
var MAX_NAMED = 5;
function describeSkipped(stats, notRead = []) {
  const { tooLarge, binary, unreadable, submodule, ignored, unsupported = 0, translations = 0, formats = {} } = stats.skipped;
  const parts = [];
  if (tooLarge > 0) parts.push(`${tooLarge} over the size limit`);
  if (binary > 0) parts.push(`${binary} binary`);
  if (unreadable > 0) parts.push(`${unreadable} unreadable`);
  if (submodule > 0) {
    const named = notRead.filter((file) => file.reason === "submodule");
    const names = named.map((file) => file.path);
    const shown = names.length > MAX_NAMED ? [...names.slice(0, MAX_NAMED), `${names.length - MAX_NAMED} more`] : names;
    const why = named.some((file) => file.checkedOut) ? "not scanned" : "not checked out";
    parts.push(`${plural(submodule, "submodule")} ${why}${shown.length > 0 ? ` (${shown.join(", ")})` : ""}`);
  }
  if (ignored > 0) parts.push(`${ignored} ignored (vendored or built, looked at for signatures only)`);
  if (unsupported > 0) {
    const named = Object.entries(formats).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([format, count2]) => `${format} \xD7${count2}`);
    parts.push(`${unsupported} in formats not supported (${named.join(", ")})`);
  }
  if (translations > 0) parts.push(`${translations} translation ${translations === 1 ? "catalog" : "catalogs"} (text, not code)`);
  const total = tooLarge + binary + unreadable + submodule + ignored + unsupported + translations;
  return total === 0 ? "" : `${plural(total, "file")} not read: ${parts.join(", ")}`;
}
function describeNotRead(file) {
  switch (file.reason) {
    case "too-large":
      return "over the size limit";
    case "submodule":
      return file.checkedOut ? "a submodule whose own repository cannot be read" : "a submodule not checked out";
    case "ignored":
      return "ignored by default (vendored or built), looked at for signatures only";
    case "unsupported":
      return `a format not supported (${file.format ?? "unknown"})`;
    case "translation":
      return "a translation catalog: text shown to people, not code";
    default:
      return file.reason;
  }
}
function plural(count2, word) {
  return `${count2} ${word}${count2 === 1 ? "" : "s"}`;
}

// src/messages.ts
var SKIP_REASONS = {
  "too-large": "larger than the 2 MiB limit for source code; only its hosts were looked for",
  binary: "it looks binary: a NUL byte near its start",
  ignored: "vendored code or build output, ignored by default outside served folders",
  submodule: "a git submodule checked out here whose own repository disclosed cannot read (its config runs programs, or the recorded commit is missing): not scanned",
  unsupported: "a code or template format disclosed does not read; only its hosts were looked for",
  translation: "a translation catalog: text shown to people, not code"
};
var MANIFEST_WARNINGS = {
  "declared-and-prohibited": (a) => `${a.id} is declared as a subprocessor and also prohibited (${a.by === "vendor" ? "" : `${a.by} "${a.target}", `}line ${a.prohibitedAt}): keep the declaration or the prohibition, not both`,
  "declared-twice": (a) => `${a.kind} ${a.id} is declared twice (first on line ${a.first}): merge the two entries into one`,
  "path-outside": (a) => `\`${a.glob}\` points outside the repository and can never match: ${a.section === "exceptions" ? "exception" : "declaration"} paths are relative to the repository root`,
  "path-matches-nothing": (a) => `\`${a.glob}\` matches no file in the repository: check its spelling, and that it is relative to the repository root`
};
var TEMPLATES = {
  "undeclared-vendor": (a, m) => `${a.name} is used here (${a.match}) but not declared as a subprocessor in ${m}`,
  "prohibited-vendor": (a, m) => `${a.name} is prohibited by ${m}${a.by === "vendor" ? "" : ` (${a.by} "${a.target}")`}${a.reason ? `: ${a.reason}` : ""}${a.context ? `; present only indirectly: ${indirectReason(a)}` : ""}`,
  "indirect-vendor": (a) => `${a.name} is not integrated here: ${indirectReason(a)}`,
  "out-of-scope": (a) => `${a.name} is declared only for ${a.paths}, but is used here (${a.match})`,
  "purpose-missing": (a) => `${a.name} is declared with ${a.state === "todo" ? "a TODO purpose" : a.state === "empty" ? "an empty purpose" : "no purpose"}: write why you send it data`,
  "declared-not-found": (a) => `${a.name} is declared as a subprocessor but was not found in the code`,
  "unknown-vendor": (a) => `unknown ${a.kind} "${a.id}"${a.suggestions ? `; did you mean ${String(a.suggestions).split(", ").map((s) => `"${s}"`).join(" or ")}?` : ""}`,
  "manifest-warning": (a) => MANIFEST_WARNINGS[String(a.problem)]?.(a) ?? `manifest problem: ${a.problem}`,
  "parse-warning": (a) => `could not fully read this file: ${a.message}; the scan went on`,
  "invalid-ignore": (a) => a.unknown ? `"${a.unknown}" is not a rule id, so "${a.text}" suppresses nothing${a.suggestion ? `; did you mean "${a.suggestion}"?` : ""}` : a.problem === "file-position" ? `"${a.text}" is not in the first comment of the file, where a file-level suppression must be` : `malformed suppression "${a.text}": write \`disclosed-ignore <rule> -- <reason>\``,
  "unused-ignore": (a) => `this ${a.scope === "file" ? "disclosed-ignore-file" : "disclosed-ignore"} ${a.rule} suppresses nothing; remove it`,
  "exception-expired": (a) => `the exception for ${a.rule}${a.vendor ? ` (${a.vendor})` : ""} expired on ${a.expires} and no longer applies`,
  "exception-unused": (a) => `the exception for ${a.rule}${a.vendor ? ` (${a.vendor})` : ""} suppresses nothing; remove it`,
  "policy-text-missing": (a) => `${a.name} is declared as a subprocessor but the privacy policy (${a.policy}) does not name it`,
  "policy-text-undeclared": (a, m) => `the privacy policy names ${a.name} ("${a.sentence}") but ${m} does not declare it`,
  "policy-text-contradiction": (a) => `the privacy policy says ${a.target} is ${a.claim ?? "not used"} ("${a.sentence}"), but ${a.name} is detected in the code (${a.evidence})`,
  "tracking-before-consent": (a) => `${a.vendor} sent a request ${a.when} the consent banner, on ${a.page} (${a.url})`,
  "skipped-file": (a) => `${a.reason === "submodule" ? `this submodule (commit ${String(a.digest).slice(0, 12)})` : "this file"} was not read (${SKIP_REASONS[String(a.reason)] ?? a.reason})${a.names ? `, and it carries signatures of ${a.names}${a.match ? ` (${a.match})` : ""}` : ""}: review it by hand`,
  "unlisted-third-party": (a) => `loads from or sends to ${a.host}${a.entity ? ` (${a.entity}${a.category ? `, ${a.category}` : ""})` : ""}, a third party the catalog does not know`
};
var CONSTRUCTS = {
  "allow-list": "in an allow-list or content security policy",
  "url-pattern": "by code that recognises its URLs",
  placeholder: "as a placeholder",
  "default-value": "as a default value",
  "resource-hint": "in a preconnect hint",
  "env-file": "as a value in an environment file",
  "media-link": "as the link of an image in a data file",
  "not-installed": "by configuration of a library the project does not install",
  "unreachable-module": "in a module folder or file that no other code imports (dead code)",
  "unused-dependency": "as a dependency that no file of the project imports, loads or configures (installed, never used)",
  "library-copy": "by a committed copy of a library, among its providers",
  "model-list": "as one model of a list of several providers' models",
  "url-list": "as one of a list of many services' URLs offered to pick from",
  "code-sample": "in a code sample the product shows (an import written inside a string)",
  "host-list": "as one host of a data file that lists many vendors' hosts (a block list or a directory)",
  "seed-data": "as data a database migration or seed file writes",
  "api-authorization": "as the OAuth endpoint an integration calls to be let into the provider's API (no one signs in with it)",
  hyperlink: "as the address of a link",
  "first-party": "by the product itself (its own domain, or the vendor's own repository)",
  "env-registry": "by a list of environment variables that nothing in the file uses",
  "provider-table": "by a table of a library's providers (a credential or a factory case for each)",
  "version-pin": "by a version pin (dependency management) that no project references"
};
function indirectReason(a) {
  switch (a.context) {
    case "transitive":
      return a.via ? `pulled in by ${a.via}; not imported by this code` : `only in a lockfile (${a.where}), pulled in by another package`;
    case "dev":
      return `only a development or build dependency (${a.match} at ${a.where})${a.via ? `, pulled in by ${a.via}` : ""}`;
    case "test":
      return `only in tests, examples or test tooling (${a.where})`;
    case "disabled":
      return `switched off at ${a.where} (${a.match})`;
    case "connector":
      return `a published library's connector only (${a.where}): a provider adapter, peer dependency or own SDK that the library's users set up with their own account`;
    case "mention":
      if (a.construct === "first-party") return `only the product itself (first-party: a host of its own domain, or the vendor's own repository) at ${a.where}`;
      if (a.construct === "api-authorization") return `only its OAuth endpoint, which an integration at ${a.where} calls to be let into the provider's API; no one signs in with it`;
      return `only mentioned ${CONSTRUCTS[String(a.construct)] ?? "in passing"} at ${a.where}, never called`;
    default:
      return `no evidence counts as use (${a.where})`;
  }
}
function renderMessage(finding, manifest) {
  const template = TEMPLATES[finding.rule];
  const where = manifest ?? "the policy manifest (none found)";
  return template ? template(finding.args, where) : `${finding.rule}: ${JSON.stringify(finding.args)}`;
}

// src/reporters/escape.ts
import { createHash as createHash2 } from "node:crypto";
var LINE_BREAKS = /\r\n|[\r\n\v\f\u0085\u2028\u2029]/g;
var ZERO_WIDTH_SPACE = "&#8203;";
function oneLine(text) {
  return text.replace(LINE_BREAKS, "\u2424");
}
function markdownText(text) {
  return text.replace(LINE_BREAKS, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~#!]/g, (char) => `\\${char}`).replace(/@/g, `@${ZERO_WIDTH_SPACE}`).replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`).replace(/\b(?<www>www)\./gi, `$<www>${ZERO_WIDTH_SPACE}.`);
}
function codeSpan(text, { inTable = true } = {}) {
  const line = oneLine(text);
  const content = inTable ? line.replace(/\|/g, "\\|") : line;
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = longest > 0 || content.startsWith(" ") || content.endsWith(" ") ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}
function codeBlock(text) {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}text
${text.replace(/\r\n?/g, "\n")}
${fence}`;
}
function urlSegment(segment) {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
function urlPath(path) {
  return path.split("/").map(urlSegment).join("/");
}
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
function commandData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function commandProperty(text) {
  return commandData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function selfContainedCsp(style, script) {
  const hash = (text) => `'sha256-${createHash2("sha256").update(text).digest("base64")}'`;
  return `default-src 'none'; style-src ${hash(style)}; ${script === void 0 ? "" : `script-src ${hash(script)}; `}img-src data:; base-uri 'none'; form-action 'none'`;
}

// src/reporters/github.ts
var COMMAND = { error: "error", warning: "warning", note: "notice" };
var formatGithub = ({ result }) => {
  const lines = [];
  for (const finding of result.findings) {
    if (finding.suppressed) continue;
    const { path, line, column } = finding.location;
    const properties = `file=${commandProperty(path)},line=${line},col=${column},title=${commandProperty(`disclosed: ${finding.rule}`)}`;
    lines.push(`::${COMMAND[finding.severity]} ${properties}::${commandData(renderMessage(finding, result.manifest))}`);
  }
  const counts = countFindings(result.findings);
  lines.push(`disclosed: ${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}, ${plural(counts.notes, "note")} in ${plural(result.stats.files, "file")}`);
  return `${lines.join("\n")}
`;
};

// src/reporters/changes.ts
var entryId = (entry) => entry.vendor !== void 0 ? entry.vendor : `organization: ${entry.organization ?? ""}`;
var FIELDS = ["purpose", "data", "location", "transfer", "approved-by", "approved-on", "paths", "expect-in-code"];
function declarationChanges(before, after) {
  const old = new Map((Array.isArray(before) ? before : before?.subprocessors ?? []).map((entry) => [entryId(entry), entry]));
  const now = new Map((after?.subprocessors ?? []).map((entry) => [entryId(entry), entry]));
  const changes = [];
  for (const [id, entry] of now) {
    const previous = old.get(id);
    if (!previous) {
      changes.push({ id, change: "added" });
      continue;
    }
    const fields = FIELDS.filter((field) => JSON.stringify(previous[field] ?? null) !== JSON.stringify(entry[field] ?? null));
    if (fields.length > 0) changes.push({ id, change: "changed", fields });
  }
  for (const id of old.keys()) if (!now.has(id)) changes.push({ id, change: "removed" });
  return changes;
}
function vendorChanges(before, after) {
  const old = new Set(before.map((detection) => detection.vendor));
  const now = new Set(after.map((detection) => detection.vendor));
  return {
    added: after.filter((detection) => !old.has(detection.vendor)).map((detection) => detection.name),
    removed: before.filter((detection) => !now.has(detection.vendor)).map((detection) => detection.name)
  };
}
var CHANGE_WORDS = { added: "declared", removed: "no longer declared", changed: "changed" };
function formatChangesMarkdown(changes) {
  const out = [`### Changes since ${codeSpan(changes.since)}`, ""];
  out.push(`- Vendors new in the code: ${changes.vendorsAdded.length > 0 ? markdownText(changes.vendorsAdded.join(", ")) : "none"}`);
  out.push(`- Vendors no longer in the code: ${changes.vendorsRemoved.length > 0 ? markdownText(changes.vendorsRemoved.join(", ")) : "none"}`);
  out.push("");
  if (changes.declarations.length === 0) out.push(`No subprocessor entry of ${codeSpan(changes.manifest)} changed.`, "");
  else {
    out.push("| Subprocessor | Change |", "|---|---|");
    for (const item of changes.declarations) out.push(`| ${codeSpan(item.id)} | ${CHANGE_WORDS[item.change]}${item.fields ? `: ${item.fields.join(", ")}` : ""} |`);
    out.push("");
  }
  if (changes.commits.length === 0) out.push(`Nobody changed ${codeSpan(changes.manifest)} since ${codeSpan(changes.since)}.`, "");
  else {
    out.push(`Who changed ${codeSpan(changes.manifest)}:`, "", "| Date | Author | Commit | Message |", "|---|---|---|---|");
    for (const commit of changes.commits) out.push(`| ${commit.date.slice(0, 10)} | ${markdownText(commit.author)} | ${codeSpan(commit.sha.slice(0, 12))} | ${markdownText(commit.subject)} |`);
    out.push("");
  }
  return out.join("\n");
}
function formatChangesHtml(changes) {
  const list = (names) => names.length > 0 ? escapeHtml(names.join(", ")) : "none";
  const out = [`<h2 id="changes">Changes since <code>${escapeHtml(changes.since)}</code></h2>`];
  out.push(`<ul><li>Vendors new in the code: ${list(changes.vendorsAdded)}</li><li>Vendors no longer in the code: ${list(changes.vendorsRemoved)}</li></ul>`);
  if (changes.declarations.length === 0) out.push(`<p>No subprocessor entry of <code>${escapeHtml(changes.manifest)}</code> changed.</p>`);
  else {
    const rows = changes.declarations.map((item) => `<tr><td><code>${escapeHtml(item.id)}</code></td><td>${escapeHtml(`${CHANGE_WORDS[item.change]}${item.fields ? `: ${item.fields.join(", ")}` : ""}`)}</td></tr>`);
    out.push(`<table class="changes"><thead><tr><th>Subprocessor</th><th>Change</th></tr></thead><tbody>${rows.join("")}</tbody></table>`);
  }
  if (changes.commits.length === 0) out.push(`<p>Nobody changed <code>${escapeHtml(changes.manifest)}</code> since then.</p>`);
  else {
    const rows = changes.commits.map((commit) => `<tr><td>${escapeHtml(commit.date.slice(0, 10))}</td><td>${escapeHtml(commit.author)}</td><td><code>${escapeHtml(commit.sha.slice(0, 12))}</code></td><td>${escapeHtml(commit.subject)}</td></tr>`);
    out.push(`<table class="changes"><thead><tr><th>Date</th><th>Author</th><th>Commit</th><th>Message</th></tr></thead><tbody>${rows.join("")}</tbody></table>`);
  }
  return out.join("\n");
}

// src/reporters/drift.ts
var uniqueOf = (items) => [...new Set(items.filter((item) => item !== void 0 && item !== ""))];
function declaredFacts(entries) {
  const purpose = uniqueOf(entries.map((entry) => entry.purpose)).join("; ");
  const data = uniqueOf(entries.flatMap((entry) => entry.data ?? []));
  const location = uniqueOf(entries.flatMap((entry) => entry.location ?? []));
  const transfer = uniqueOf(entries.flatMap((entry) => entry.transfer ?? []));
  const approvedBy = uniqueOf(entries.map((entry) => entry["approved-by"])).join("; ");
  const approvedOn = uniqueOf(entries.map((entry) => entry["approved-on"])).sort().at(-1);
  return {
    ...purpose ? { purpose } : {},
    ...data.length > 0 ? { data } : {},
    ...location.length > 0 ? { location } : {},
    ...transfer.length > 0 ? { transfer } : {},
    ...approvedBy ? { approvedBy } : {},
    ...approvedOn ? { approvedOn } : {}
  };
}
function factsInWords(facts) {
  const words = [];
  if (facts.data) words.push({ label: "Data", text: facts.data.map(dataLabel).join(", ") });
  if (facts.location) words.push({ label: "Location", text: facts.location.map(locationName).join(", ") });
  if (facts.transfer) words.push({ label: "Transfer", text: facts.transfer.map(transferLabel).join(", ") });
  if (facts.approvedBy || facts.approvedOn) words.push({ label: "Approved", text: [facts.approvedBy ? `by ${facts.approvedBy}` : "", facts.approvedOn ? `on ${facts.approvedOn}` : ""].filter(Boolean).join(" ") });
  return words;
}
function foldFindings(items) {
  const rows = /* @__PURE__ */ new Map();
  for (const item of items) {
    const key = JSON.stringify([item.severity, item.rule, item.vendor ?? "", item.message, item.suppression ?? ""]);
    const row = rows.get(key);
    if (!row) {
      rows.set(key, { ...item });
      continue;
    }
    (row.more ??= []).push({ path: item.path, line: item.line });
  }
  return [...rows.values()];
}
var SEVERITY_LABELS = { error: "Errors", warning: "Warnings", note: "Notes" };
var STATUS_LABELS = {
  declared: "Declared",
  undeclared: "Undeclared",
  waived: "Waived by exception",
  prohibited: "Prohibited",
  "out-of-scope": "Declared, used out of scope"
};
var ROLE_LABELS = { processor: "Processor", controller: "Independent controller" };
var STATE_LABELS = {
  "in-use": "In use",
  unused: "Not found in code",
  "not-expected": "Not expected in code"
};
function evidenceUrl(path, line, repositoryUrl, revision) {
  if (!repositoryUrl || !/^https?:\/\/[^\s"'<>()\\`]+$/i.test(repositoryUrl)) return void 0;
  return `${repositoryUrl.replace(/\/+$/, "")}/blob/${urlPath(revision ?? "HEAD")}/${urlPath(path)}#L${line}`;
}
function entriesFor(detection, subprocessors) {
  const direct = subprocessors.filter((entry) => entry.vendor === detection.vendor);
  return direct.length > 0 ? direct : subprocessors.filter((entry) => entry.organization !== void 0 && entry.organization === detection.organization);
}
function vendorStatus(detection, findings) {
  const own = findings.filter((finding) => !finding.suppressed && finding.vendor === detection.vendor);
  if (own.some((finding) => finding.rule === "prohibited-vendor")) return "prohibited";
  if (!detection.declared) {
    const undeclared = findings.filter((finding) => finding.vendor === detection.vendor && finding.rule === "undeclared-vendor");
    const waived = undeclared.length > 0 && undeclared.every((finding) => finding.suppressed && finding.suppression?.kind === "exception");
    return waived ? "waived" : "undeclared";
  }
  if (own.some((finding) => finding.rule === "out-of-scope")) return "out-of-scope";
  return "declared";
}
function waiverOf(detection, findings, manifest) {
  const finding = findings.find((item) => item.vendor === detection.vendor && item.rule === "undeclared-vendor" && item.suppression?.kind === "exception");
  if (!finding?.suppression) return void 0;
  const exception = manifest?.exceptions.find((entry) => entry.rule === "undeclared-vendor" && entry.reason === finding.suppression?.reason && (entry.vendor === void 0 || entry.vendor === detection.vendor));
  return { reason: finding.suppression.reason, ...exception?.expires ? { expires: exception.expires } : {} };
}
var TEST_PATH = /(?:^|\/)(?:tests?|__tests__|spec|e2e|cypress|fixtures?)\/|\.(?:test|spec|stories)\.[a-z]+$/i;
var CONTEXT_STRENGTH = { runtime: 0, connector: 2, transitive: 2, dev: 3, test: 3, mention: 4, disabled: 4 };
function evidenceStrength(evidence) {
  if (evidence.context !== void 0 && evidence.context !== "runtime") return CONTEXT_STRENGTH[evidence.context];
  if (evidence.dev || TEST_PATH.test(evidence.path)) return 3;
  if (evidence.transitive) return 2;
  return evidence.kind === "package" ? 1 : 0;
}
function strongestFirst(evidence) {
  return [...evidence].sort((a, b) => evidenceStrength(a) - evidenceStrength(b));
}
var httpsUrl = (url) => url !== void 0 && /^https:\/\/[^\s"'<>()\\`]+$/i.test(url) ? url : void 0;
function toDriftFinding(finding, manifest) {
  return {
    severity: finding.severity,
    rule: finding.rule,
    ...finding.vendor !== void 0 ? { vendor: finding.vendor } : {},
    path: finding.location.path,
    line: finding.location.line,
    message: renderMessage(finding, manifest),
    ...finding.suppression ? { suppression: `${finding.suppression.kind}: ${finding.suppression.reason}` } : {}
  };
}
function declarationsOf(context, vendors, detections) {
  const declarations = [];
  for (const entry of context.manifest?.subprocessors ?? []) {
    const kind = entry.vendor !== void 0 ? "vendor" : "organization";
    const id = entry.vendor ?? entry.organization ?? "";
    const covered = detections.filter((detection) => kind === "vendor" ? detection.vendor === id : detection.organization === id);
    const name = kind === "vendor" ? context.catalog?.vendors.get(id)?.name ?? context.manifest?.customVendors.find((vendor) => vendor.id === id)?.name ?? covered[0]?.name ?? id : context.catalog?.organizations.get(id)?.name ?? id;
    const state = covered.length > 0 ? "in-use" : entry["expect-in-code"] === false ? "not-expected" : "unused";
    declarations.push({
      id,
      kind,
      name,
      declaredAs: declaredFacts([entry]),
      state,
      detected: covered.map((detection) => vendors.find((vendor) => vendor.id === detection.vendor)?.name ?? detection.name)
    });
  }
  return declarations;
}
function categoriesOf(vendors, detections, catalog) {
  const counts = /* @__PURE__ */ new Map();
  for (const detection of detections) {
    const categories = detection.categories.length > 0 ? detection.categories : ["uncategorized"];
    const vendor = vendors.find((item) => item.id === detection.vendor);
    const declared = vendor?.declared ?? detection.declared;
    const status = vendor?.status;
    for (const id of categories) {
      const count2 = counts.get(id) ?? { id, label: catalog?.categories.get(id) ?? id, declared: 0, undeclared: 0, waived: 0 };
      if (declared) count2.declared++;
      else if (status === "waived") count2.waived++;
      else count2.undeclared++;
      counts.set(id, count2);
    }
  }
  return [...counts.values()].sort((a, b) => b.declared + b.undeclared + b.waived - (a.declared + a.undeclared + a.waived) || a.label.localeCompare(b.label));
}
function listInWords(names) {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
function plainVerdict(vendors, declarations, manifest) {
  const listName = manifest === null ? "the published list (there is no manifest)" : "the published list";
  const names = (items) => listInWords(items.map((vendor) => vendor.name));
  const count2 = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  const sentences = [];
  const undeclared = vendors.filter((vendor) => vendor.status === "undeclared");
  const prohibited = vendors.filter((vendor) => vendor.status === "prohibited");
  const outOfScope = vendors.filter((vendor) => vendor.status === "out-of-scope");
  const waived = vendors.filter((vendor) => vendor.status === "waived");
  const unused = declarations.filter((declaration) => declaration.state === "unused");
  if (undeclared.length > 0) sentences.push(`${count2(undeclared.length, "vendor in the code is", "vendors in the code are")} not on ${listName}: ${names(undeclared)}.`);
  if (prohibited.length > 0) sentences.push(`${count2(prohibited.length, "vendor in the code is", "vendors in the code are")} prohibited by the manifest: ${names(prohibited)}.`);
  if (outOfScope.length > 0) sentences.push(`${count2(outOfScope.length, "declared vendor is", "declared vendors are")} used outside the paths declared for them: ${names(outOfScope)}.`);
  if (waived.length > 0) sentences.push(`${count2(waived.length, "vendor is", "vendors are")} not on the list but accepted by a manifest exception: ${names(waived)}.`);
  if (unused.length > 0) sentences.push(`${count2(unused.length, "listed subprocessor was", "listed subprocessors were")} not found in the code: ${listInWords(unused.map((declaration) => declaration.name))}.`);
  if (sentences.length === 0) sentences.push(vendors.length === 0 ? "No third-party vendor was found in the code." : `Every vendor found in the code (${vendors.length}) is on ${listName}.`);
  return sentences;
}
function buildDriftReport(context) {
  const { result, manifest, catalog } = context;
  const counts = countFindings(result.findings);
  const subprocessors = manifest?.subprocessors ?? [];
  const vendors = result.detections.map((detection) => {
    const entries = entriesFor(detection, subprocessors);
    const organization = catalog?.organizations.get(detection.organization);
    const rule = catalog?.vendors.get(detection.vendor) ?? manifest?.customVendors.find((vendor) => vendor.id === detection.vendor);
    const status = vendorStatus(detection, result.findings);
    const waiver = status === "waived" ? waiverOf(detection, result.findings, manifest) : void 0;
    const privacy = httpsUrl(rule?.privacy);
    const dpa = httpsUrl(rule?.dpa);
    return {
      id: detection.vendor,
      name: detection.name,
      organization: organization?.name ?? detection.organization,
      legalEntity: organization?.legalEntity ?? organization?.name ?? detection.organization,
      role: rule?.role === "controller" ? "controller" : "processor",
      categories: detection.categories.map((id) => catalog?.categories.get(id) ?? id),
      declared: detection.declared,
      status,
      ...waiver ? { waiver } : {},
      declaredAs: declaredFacts(entries),
      ...privacy ? { privacy } : {},
      ...dpa ? { dpa } : {},
      evidence: strongestFirst(detection.evidence)
    };
  });
  const visible = result.findings.filter((finding) => !finding.suppressed);
  const findings = ["error", "warning", "note"].map((severity) => ({ severity, items: foldFindings(visible.filter((finding) => finding.severity === severity).map((finding) => toDriftFinding(finding, result.manifest))) })).filter((group) => group.items.length > 0);
  const verdict = counts.errors > 0 ? "fail" : counts.warnings > 0 ? "warn" : "pass";
  const declarations = declarationsOf(context, vendors, result.detections);
  const ruleIds = [...new Set(result.findings.map((finding) => finding.rule))].sort();
  const revision = context.revision ?? context.commit?.sha;
  return {
    title: context.title ?? "repository",
    verdict,
    summary: plainVerdict(vendors, declarations, result.manifest),
    ...context.commit ? { commit: context.commit } : {},
    ...context.commit && revision && evidenceUrl("", 1, context.repositoryUrl, revision) ? { commitUrl: `${context.repositoryUrl.replace(/\/+$/, "")}/tree/${revision.split("/").map(encodeURIComponent).join("/")}` } : {},
    verdictText: verdict === "fail" ? "Drift found: the code and the declared subprocessors disagree" : verdict === "warn" ? "Warnings: review before sign-off" : "Code and policy agree",
    counts,
    manifest: result.manifest,
    files: result.stats.files,
    toolVersion: context.toolVersion,
    ...context.generatedAt ? { generatedAt: context.generatedAt } : {},
    vendors,
    findings,
    suppressed: foldFindings(result.findings.filter((finding) => finding.suppressed).map((finding) => toDriftFinding(finding, result.manifest))),
    declarations,
    categories: categoriesOf(vendors, result.detections, catalog),
    rules: ruleIds.map((id) => ({ id, description: ruleMeta(id)?.description ?? "" })),
    link: (path, line) => evidenceUrl(path, line, context.repositoryUrl, revision)
  };
}
function ruleDescription(report, id) {
  return report.rules.find((rule) => rule.id === id)?.description ?? "";
}
var RULES_DOC = "https://github.com/disclosed/disclosed/blob/main/docs/rules.md";
function locationLabel(path, line) {
  return `${path}:${line}`;
}
function evidenceLabel(evidence) {
  return `${evidence.kind} ${evidence.match}${evidence.ecosystem ? ` (${evidence.ecosystem})` : ""}`;
}
function evidenceContext(evidence) {
  const via = evidence.via && evidence.via.length > 1 ? ` via ${evidence.via.join(" \u2192 ")}` : "";
  switch (evidence.context) {
    case "transitive":
      return `transitive dependency${via}, pulled in by another package`;
    case "dev":
      return `development or build dependency only${via}, not shipped`;
    case "test":
      return "in test or example code only";
    case "disabled":
      return "switched off by configuration";
    case "mention":
      return `mentioned only${evidence.mention ? ` ${CONSTRUCTS[evidence.mention]}` : ""}, not called`;
    case "connector":
      return "a connector your users set up with their own account";
    case "runtime":
      if (evidence.kind === "request") return "requested by the running site";
      return evidence.kind === "package" ? "direct dependency, shipped" : "in application code";
    default:
      if (evidence.dev) return "development or test dependency only";
      if (TEST_PATH.test(evidence.path)) return "in test code";
      if (evidence.transitive) return `indirect dependency${via}, pulled in by another package`;
      return evidence.kind === "package" ? "direct dependency" : "in application code";
  }
}
function commitLabel(commit) {
  const date = new Date(commit.date);
  const when = Number.isNaN(date.getTime()) ? commit.date : `${date.toISOString().replace("T", " ").slice(0, 16)} UTC`;
  return `commit ${commit.sha.slice(0, 12)}${commit.branch ? ` on branch ${commit.branch}` : " (detached)"}, committed ${when}${commit.modified ? ", with uncommitted changes" : ""}`;
}

// src/reporters/html.ts
var STYLE = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg-alt: #f6f8fa;
  --bad: #b42318; --bad-bg: #fde8e7; --warn: #8a5a00; --warn-bg: #fff4d6; --ok: #1a7f37; --ok-bg: #dafbe1; --note: #0b5cad; --note-bg: #ddf4ff; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 78rem; padding: 1.5rem; color: var(--fg); background: #fff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
.meta, .muted { color: var(--muted); font-size: .9rem; }
code { font: .85em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
code.id { white-space: nowrap; overflow-wrap: normal; }
code.loc { overflow-wrap: normal; word-break: normal; white-space: nowrap; } /* <wbr> after each / is the only break */
a { color: #0969da; }
[hidden] { display: none !important; }
.nowrap { white-space: nowrap; }
.verdict { margin: 1rem 0; padding: .9rem 1.1rem; border-radius: 6px; border: 1px solid; font-weight: 600; font-size: 1.1rem; }
.verdict-fail { color: var(--bad); background: var(--bad-bg); } .verdict-warn { color: var(--warn); background: var(--warn-bg); }
.verdict-pass { color: var(--ok); background: var(--ok-bg); }
.cards { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; padding: 0; list-style: none; }
.cards li { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .9rem; min-width: 9rem; }
.cards strong { display: block; font-size: 1.4rem; }
.controls { position: sticky; top: 0; background: #fff; padding: .5rem 0; z-index: 1; display: flex; gap: 1rem; align-items: center; }
.controls input { font: inherit; padding: .35rem .6rem; width: min(28rem, 100%); border: 1px solid var(--line); border-radius: 6px; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid var(--line); }
thead th { background: var(--bg-alt); font-size: .85rem; white-space: nowrap; }
th button { font: inherit; font-weight: 600; border: 0; background: none; padding: 0; cursor: pointer; color: inherit; }
th button::after { content: " \\2195"; color: var(--muted); }
th[aria-sort="ascending"] button::after { content: " \\2191"; } th[aria-sort="descending"] button::after { content: " \\2193"; }
tbody tr:nth-child(even) { background: #fbfcfd; }
ul.evidence { margin: 0; padding: 0; list-style: none; font-size: .85rem; }
ul.evidence li { margin: 0 0 .15rem; }
.badge { display: inline-block; padding: 0 .5rem; border-radius: 1rem; font-size: .8rem; font-weight: 600; white-space: nowrap; }
.badge-declared, .badge-in-use { color: var(--ok); background: var(--ok-bg); }
.badge-undeclared, .badge-prohibited, .badge-error { color: var(--bad); background: var(--bad-bg); }
.badge-out-of-scope, .badge-unused, .badge-warning { color: var(--warn); background: var(--warn-bg); }
.badge-not-expected, .badge-note, .badge-waived { color: var(--note); background: var(--note-bg); }
.verdict p { margin: 0 0 .25rem; } .verdict .verdict-label { font-weight: 400; font-size: .95rem; }
dl.rules dt { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85rem; } dl.rules dd { margin: 0 0 .4rem 1.5rem; }
td.terms a { display: block; }
td.evidence { min-width: 18rem; }
table.chart { width: auto; } table.chart td { border: 0; padding: .2rem .6rem; } .chart .count { text-align: right; font-variant-numeric: tabular-nums; }
.bar-declared { fill: #2da44e; } .bar-undeclared { fill: #cf222e; } .bar-waived { fill: #0b5cad; }
.legend { font-size: .85rem; color: var(--muted); } .swatch { display: inline-block; width: .8rem; height: .8rem; vertical-align: -1px; margin: 0 .25rem 0 .75rem; }
.swatch-declared { background: #2da44e; } .swatch-undeclared { background: #cf222e; } .swatch-waived { background: #0b5cad; }
footer { margin-top: 2rem; }
@media print {
  @page { size: A4; margin: 11mm 10mm; }
  /* rem-based sizes scale with the root: one knob for the printed size. */
  :root { font-size: 8.5pt; } body { max-width: none; padding: 0; font-size: 1rem; line-height: 1.3; }
  h1 { font-size: 14pt; } h2 { font-size: 11pt; margin: .8rem 0 .3rem; } h3 { font-size: 9.5pt; margin: .5rem 0 .25rem; }
  .verdict { padding: .4rem .6rem; margin: .4rem 0; font-size: 10pt; }
  .cards { margin: .4rem 0; gap: .3rem; } .cards li { padding: .1rem .5rem; min-width: 0; } .cards strong { display: inline; font-size: 10pt; margin-right: .25rem; }
  th, td { padding: .15rem .3rem; }
  /* One vendor is one block of two lines of cells, never split across pages: the facts a lawyer
     signs on the first line, categories, terms and the strongest evidence on the second. */
  #vendors, #vendors tbody { display: block; width: 100%; }
  #vendors thead { display: none; }
  tr.vendor { display: grid; grid-template-columns: 18% 18% 26% 38%; border-bottom: 1px solid var(--line); padding: .15rem 0; }
  tr.vendor td { display: block; border: 0; }
  tr.vendor td:nth-child(3) { grid-row: 2; grid-column: 1; font-size: 7.5pt; color: var(--muted); }
  tr.vendor td.terms { grid-row: 2; grid-column: 2; font-size: 7.5pt; } td.terms a { display: inline; margin-right: .4rem; }
  tr.vendor td.evidence { grid-row: 2; grid-column: 3 / 5; min-width: 0; }
  tbody tr:nth-child(even) { background: none; }
  tr.vendor, tr.vendor td, dl.rules dd, table.findings tr, #declared tr { break-inside: avoid; page-break-inside: avoid; }
  ul.evidence { font-size: 7.5pt; } ul.evidence li { display: inline; margin: 0; } ul.evidence li + li::before { content: " \xB7 "; } ul.evidence .label { display: none; }
  details > summary { list-style: none; font-size: 7pt; color: var(--muted); } details > summary::before { content: "+ "; }
  td.evidence ul.evidence, td.evidence details, td.evidence summary { display: inline; } td.evidence summary::before { content: " \xB7 + "; }
  table.findings details, #declared code.muted { display: none; }
  /* The heading names the severity; the message gets the room. */
  table.findings { table-layout: fixed; } table.findings tr > :first-child { display: none; }
  table.findings tr > :nth-child(2) { width: 17%; } table.findings tr > :nth-child(3) { width: 13%; } table.findings tr > :nth-child(4) { width: 24%; }
  table.chart, table.chart tbody { display: block; } table.chart tbody { display: grid; grid-template-columns: 1fr 1fr; column-gap: 1rem; }
  table.chart tr { display: grid; grid-template-columns: 1fr auto 2rem; align-items: center; } table.chart td { padding: 0 .3rem; font-size: 7.5pt; } table.chart svg { height: 8px; width: 120px; }
  .controls, th button::after { display: none; }
  a { color: inherit; text-decoration: none; }
  h2, h3 { break-after: avoid; } tr, .cards li { break-inside: avoid; }
  thead { display: table-header-group; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
var SCRIPT = `
(() => {
  const controls = document.getElementById('controls');
  const filter = document.getElementById('filter');
  const status = document.getElementById('filter-status');
  const vendorTable = document.getElementById('vendors');
  controls.hidden = false;
  const applyFilter = () => {
    const query = filter.value.trim().toLowerCase();
    for (const table of document.querySelectorAll('table[data-filterable]')) {
      for (const row of table.tBodies[0].rows) row.hidden = query !== '' && !row.textContent.toLowerCase().includes(query);
    }
    if (!vendorTable) return;
    const rows = [...vendorTable.tBodies[0].rows];
    status.textContent = query === '' ? '' : rows.filter((row) => !row.hidden).length + ' of ' + rows.length + ' vendors match';
  };
  filter.addEventListener('input', applyFilter);
  const sortKey = (row, index) => {
    const cell = row.cells[index];
    return cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim().toLowerCase();
  };
  for (const table of document.querySelectorAll('table[data-sortable]')) {
    const headers = [...table.tHead.rows[0].cells];
    headers.forEach((header, index) => {
      const button = header.querySelector('button');
      if (!button) return;
      button.addEventListener('click', () => {
        const ascending = header.getAttribute('aria-sort') !== 'ascending';
        for (const other of headers) other.removeAttribute('aria-sort');
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const body = table.tBodies[0];
        const rows = [...body.rows].sort((a, b) => {
          const x = sortKey(a, index);
          const y = sortKey(b, index);
          const numeric = x !== '' && y !== '' && !isNaN(x) && !isNaN(y);
          const order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
          return ascending ? order : -order;
        });
        body.append(...rows);
      });
    });
  }
})();
`;
var CSP = selfContainedCsp(STYLE, SCRIPT);
var EVIDENCE_SHOWN = 3;
function wrappablePath(text) {
  return text.split("/").map(escapeHtml).join("/<wbr>");
}
function locationHtml(report, path, line) {
  const label = `<code class="loc">${wrappablePath(locationLabel(path, line))}</code>`;
  const url = report.link(path, line);
  return url ? `<a href="${escapeHtml(url)}">${label}</a>` : label;
}
function evidenceItem(report, evidence) {
  return `<li>${locationHtml(report, evidence.path, evidence.line)} <span class="muted detail"><span class="label">${escapeHtml(evidenceLabel(evidence))}, </span>${escapeHtml(evidenceContext(evidence))}</span></li>`;
}
function evidenceList(report, evidence) {
  const first = evidence.slice(0, EVIDENCE_SHOWN).map((item) => evidenceItem(report, item));
  const rest = evidence.slice(EVIDENCE_SHOWN).map((item) => evidenceItem(report, item));
  const more = rest.length > 0 ? `<details><summary>${rest.length} more location${rest.length === 1 ? "" : "s"}</summary><ul class="evidence">${rest.join("")}</ul></details>` : "";
  return `<ul class="evidence">${first.join("")}</ul>${more}`;
}
var sortable = (label) => `<th scope="col"><button type="button">${escapeHtml(label)}</button></th>`;
function vendorsSection(report) {
  if (report.vendors.length === 0) return '<h2 id="vendors-heading">Detected vendors</h2>\n<p>No third-party SDKs, scripts or endpoints were detected.</p>';
  const rows = report.vendors.map((vendor) => {
    const waiver = vendor.waiver ? `<br><span class="muted">${escapeHtml(vendor.waiver.reason)}${vendor.waiver.expires ? ` (expires ${escapeHtml(vendor.waiver.expires)})` : " (no expiry)"}</span>` : "";
    const declared = [
      vendor.declaredAs.purpose ? escapeHtml(vendor.declaredAs.purpose) : '<span class="muted">no purpose declared</span>',
      ...factsInWords(vendor.declaredAs).map((fact) => `<br><span class="muted">${escapeHtml(fact.label)}:</span> ${escapeHtml(fact.text)}`)
    ].join("");
    const terms = [
      ...vendor.privacy ? [`<a href="${escapeHtml(vendor.privacy)}">Privacy policy</a>`] : [],
      ...vendor.dpa ? [`<a href="${escapeHtml(vendor.dpa)}">DPA</a>`] : []
    ];
    return `<tr class="vendor" data-vendor="${escapeHtml(vendor.id)}"><td data-sort="${escapeHtml(vendor.name.toLowerCase())}"><strong>${escapeHtml(vendor.name)}</strong><br><code class="muted id">${escapeHtml(vendor.id)}</code></td><td>${escapeHtml(vendor.legalEntity)}<br><span class="muted">${escapeHtml(ROLE_LABELS[vendor.role])}</span></td><td>${escapeHtml(vendor.categories.join(", "))}</td><td data-sort="${vendor.declared ? 2 : vendor.status === "waived" ? 1 : 0}"><span class="badge badge-${vendor.status}">${escapeHtml(STATUS_LABELS[vendor.status])}</span>${waiver}</td><td>${declared}</td><td class="terms">${terms.length > 0 ? terms.join("") : '<span class="muted">none in catalog</span>'}</td><td class="evidence" data-sort="${vendor.evidence.length}">${evidenceList(report, vendor.evidence)}</td></tr>`;
  });
  return [
    '<h2 id="vendors-heading">Detected vendors</h2>',
    '<table id="vendors" data-sortable data-filterable aria-labelledby="vendors-heading">',
    `<thead><tr>${["Vendor", "Legal entity, role", "Categories", "Status", "Declared purpose, data, location, transfer", "Terms", "Evidence (strongest first)"].map(sortable).join("")}</tr></thead>`,
    `<tbody>
${rows.join("\n")}
</tbody>`,
    "</table>"
  ].join("\n");
}
function moreLocations(report, item) {
  if (!item.more) return "";
  const items = item.more.map((location) => `<li>${locationHtml(report, location.path, location.line)}</li>`).join("");
  return `<details><summary>${item.more.length} more location${item.more.length === 1 ? "" : "s"}</summary><ul class="evidence">${items}</ul></details>`;
}
function findingRows(report, items, withSuppression) {
  return items.map(
    (item) => `<tr><td><span class="badge badge-${item.severity}">${escapeHtml(item.severity)}</span></td><td><a href="#rule-${escapeHtml(item.rule)}" title="${escapeHtml(ruleDescription(report, item.rule))}"><code class="id">${escapeHtml(item.rule)}</code></a></td><td class="nowrap">${escapeHtml(item.vendor ?? "")}</td><td data-sort="${escapeHtml(`${item.path}:${String(item.line).padStart(8, "0")}`)}">${locationHtml(report, item.path, item.line)}${moreLocations(report, item)}</td><td>${escapeHtml(item.message)}</td>${withSuppression ? `<td>${escapeHtml(item.suppression ?? "")}</td>` : ""}</tr>`
  ).join("\n");
}
function findingsSection(report) {
  const out = ["<h2>Findings by severity</h2>"];
  if (report.findings.length === 0) out.push("<p>No findings.</p>");
  if (report.rules.length > 0) {
    out.push(
      '<p class="muted">What the rules mean:</p>',
      `<dl class="rules">${report.rules.map((rule) => `<dt id="rule-${escapeHtml(rule.id)}">${escapeHtml(rule.id)}</dt><dd>${escapeHtml(rule.description)}</dd>`).join("")}</dl>`
    );
  }
  const headers = ["Severity", "Rule", "Vendor", "Location", "Message"];
  for (const group of report.findings) {
    out.push(
      `<h3>${escapeHtml(SEVERITY_LABELS[group.severity])} (${group.items.length})</h3>`,
      `<table class="findings" data-sortable data-filterable data-severity="${group.severity}">`,
      `<thead><tr>${headers.map(sortable).join("")}</tr></thead>`,
      `<tbody>
${findingRows(report, group.items, false)}
</tbody>`,
      "</table>"
    );
  }
  if (report.suppressed.length > 0) {
    out.push(
      `<h3>Suppressed (${report.suppressed.length})</h3>`,
      '<p class="muted">Accepted by an inline <code>disclosed-ignore</code> comment or a manifest exception; listed for review.</p>',
      '<table class="findings" data-sortable data-filterable data-severity="suppressed">',
      `<thead><tr>${[...headers, "Reason"].map(sortable).join("")}</tr></thead>`,
      `<tbody>
${findingRows(report, report.suppressed, true)}
</tbody>`,
      "</table>"
    );
  }
  return out.join("\n");
}
function declaredSection(report) {
  const out = ['<h2 id="declared-heading">Declared subprocessors</h2>'];
  if (report.manifest === null) {
    out.push("<p>No policy manifest was found: nothing is declared. Run <code>disclosed init</code> to write a starter <code>subprocessors.yml</code>.</p>");
    return out.join("\n");
  }
  if (report.declarations.length === 0) {
    out.push(`<p>${escapeHtml(report.manifest)} declares no subprocessors.</p>`);
    return out.join("\n");
  }
  const unused = report.declarations.filter((declaration) => declaration.state === "unused").length;
  out.push(`<p>${report.declarations.length} ${report.declarations.length === 1 ? "entry" : "entries"} in <code>${escapeHtml(report.manifest)}</code>; ${unused} not found in the code.</p>`);
  const rows = report.declarations.map(
    (declaration) => `<tr><td><strong>${escapeHtml(declaration.name)}</strong><br><code class="muted">${escapeHtml(`${declaration.kind === "organization" ? "organization: " : ""}${declaration.id}`)}</code></td><td>${escapeHtml(declaration.declaredAs.purpose ?? "")}</td><td>${factsInWords(declaration.declaredAs).map((fact) => `<span class="muted">${escapeHtml(fact.label)}:</span> ${escapeHtml(fact.text)}`).join("<br>")}</td><td><span class="badge badge-${declaration.state}">${escapeHtml(STATE_LABELS[declaration.state])}</span>${declaration.kind === "organization" && declaration.detected.length > 0 ? `<br><span class="muted">${escapeHtml(declaration.detected.join(", "))}</span>` : ""}</td></tr>`
  );
  out.push(
    '<table id="declared" data-sortable data-filterable aria-labelledby="declared-heading">',
    `<thead><tr>${["Subprocessor", "Purpose", "Data, location, transfer, approval", "In code"].map(sortable).join("")}</tr></thead>`,
    `<tbody>
${rows.join("\n")}
</tbody>`,
    "</table>"
  );
  return out.join("\n");
}
var BAR_WIDTH = 320;
function chartSection(report) {
  if (report.categories.length === 0) return "";
  const max = Math.max(...report.categories.map((category) => category.declared + category.undeclared + category.waived));
  const rows = report.categories.map((category) => {
    const declared = Math.round(category.declared / max * BAR_WIDTH);
    const waived = Math.round(category.waived / max * BAR_WIDTH);
    const undeclared = Math.round(category.undeclared / max * BAR_WIDTH);
    const label = `${category.label}: ${category.declared} declared, ${category.undeclared} undeclared${category.waived ? `, ${category.waived} waived` : ""}`;
    return `<tr><td>${escapeHtml(category.label)}</td><td><svg width="${BAR_WIDTH}" height="14" viewBox="0 0 ${BAR_WIDTH} 14" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(label)}"><rect class="bar-declared" x="0" y="0" width="${declared}" height="14"/><rect class="bar-waived" x="${declared}" y="0" width="${waived}" height="14"/><rect class="bar-undeclared" x="${declared + waived}" y="0" width="${undeclared}" height="14"/></svg></td><td class="count">${category.declared + category.undeclared + category.waived}</td></tr>`;
  });
  return [
    "<h2>Vendors per category</h2>",
    '<p class="legend"><span class="swatch swatch-declared"></span>declared<span class="swatch swatch-waived"></span>waived by exception<span class="swatch swatch-undeclared"></span>undeclared</p>',
    `<table class="chart"><tbody>
${rows.join("\n")}
</tbody></table>`
  ].join("\n");
}
function summaryCards(report) {
  const undeclared = report.vendors.filter((vendor) => vendor.status === "undeclared").length;
  const waived = report.vendors.filter((vendor) => vendor.status === "waived").length;
  const prohibited = report.vendors.filter((vendor) => vendor.status === "prohibited").length;
  const unused = report.declarations.filter((declaration) => declaration.state === "unused").length;
  const cards = [
    [report.vendors.length, "vendors detected"],
    [undeclared, "undeclared"],
    ...waived > 0 ? [[waived, "waived by exception"]] : [],
    [prohibited, "prohibited"],
    [unused, "declared, not found"],
    [report.counts.errors, "errors"],
    [report.counts.warnings, "warnings"]
  ];
  return `<ul class="cards">${cards.map(([count2, label]) => `<li><strong>${count2}</strong>${escapeHtml(label)}</li>`).join("")}</ul>`;
}
function formatHtml(context) {
  const report = buildDriftReport(context);
  const generated = report.generatedAt ? ` \xB7 generated ${report.generatedAt.toISOString().replace("T", " ").slice(0, 16)} UTC` : "";
  const label = report.commit ? escapeHtml(commitLabel(report.commit)) : "";
  const described = report.commit ? `This report describes ${report.commitUrl ? `<a id="commit" href="${escapeHtml(report.commitUrl)}">${label}</a>` : `<span id="commit">${label}</span>`}. ` : "";
  const meta = `${described}${escapeHtml(`Manifest: ${report.manifest ?? "none"} \xB7 ${plural(report.files, "file")} scanned${generated}`)}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>Subprocessor drift report: ${escapeHtml(report.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Subprocessor drift report: ${escapeHtml(report.title)}</h1>
<p class="meta">${meta}</p>
<div class="verdict verdict-${report.verdict}" id="verdict">${report.summary.map((sentence) => `<p>${escapeHtml(sentence)}</p>`).join("")}<p class="verdict-label">${escapeHtml(report.verdictText)}.</p></div>
${summaryCards(report)}
</header>
<main>
<div class="controls" id="controls" hidden><label for="filter">Filter</label><input id="filter" type="search" placeholder="vendor, file, rule, purpose\u2026" autocomplete="off"><span id="filter-status" class="muted" aria-live="polite"></span></div>
${vendorsSection(report)}
${chartSection(report)}
${findingsSection(report)}
${declaredSection(report)}
${context.changes ? formatChangesHtml(context.changes) : ""}
</main>
<footer class="muted">Generated by disclosed ${escapeHtml(report.toolVersion)}. Detection is by signatures in code, dependency manifests and configuration; a vendor integrated some other way may not appear.</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

// src/reporters/json.ts
function withContexts(detection) {
  return { ...detection, integrated: detection.integrated !== false, evidence: detection.evidence.map((item) => item.context ? item : { ...item, context: "runtime" }) };
}
var formatJson = ({ result, toolVersion: toolVersion2, root, verbose }) => {
  const counts = countFindings(result.findings);
  const document = {
    version: 1,
    tool: { name: "disclosed", version: toolVersion2 },
    root: root ?? ".",
    manifest: result.manifest,
    summary: {
      files: result.stats.files,
      bytes: result.stats.bytes,
      durationMs: result.stats.durationMs,
      errors: counts.errors,
      warnings: counts.warnings,
      notes: counts.notes,
      suppressed: counts.suppressed,
      // Counts always; with --verbose also each file not read and why.
      skipped: verbose ? { ...result.stats.skipped, files: result.notRead ?? [] } : result.stats.skipped
    },
    // `detections` keeps its meaning for existing consumers (vendors the code uses); vendors
    // present only indirectly (transitive, dev, test, switched off, mentioned) are listed apart.
    detections: result.detections.filter((detection) => detection.integrated !== false).map(withContexts),
    indirect: result.detections.filter((detection) => detection.integrated === false).map(withContexts),
    ...result.runtime ? { runtime: result.runtime } : {},
    // The product's own domains: a vendor host inside one is a first-party mention, not a vendor.
    ...result.firstParty ? { firstParty: result.firstParty } : {},
    findings: result.findings.map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      ...finding.vendor !== void 0 ? { vendor: finding.vendor } : {},
      message: renderMessage(finding, result.manifest),
      location: finding.location,
      evidence: finding.evidence,
      fingerprint: finding.fingerprint,
      new: finding.new ?? true,
      suppressed: finding.suppressed,
      ...finding.suppression ? { suppression: finding.suppression } : {},
      args: finding.args
    }))
  };
  return `${JSON.stringify(document, null, 2)}
`;
};

// src/reporters/markdown.ts
var cell = markdownText;
function locationLink(path, line, repositoryUrl, revision) {
  const label = codeSpan(`${path}:${line}`);
  const url = evidenceUrl(path, line, repositoryUrl, revision);
  return url ? `[${label}](${url})` : label;
}
var formatMarkdown = ({ result, repositoryUrl, revision }) => {
  const counts = countFindings(result.findings);
  const out = [];
  const verdict = counts.errors > 0 ? "\u274C Drift found" : counts.warnings > 0 ? "\u26A0\uFE0F Warnings" : "\u2705 Code and policy agree";
  out.push(`## disclosed: ${verdict}`, "");
  out.push(
    `${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}, ${plural(counts.notes, "note")}${counts.suppressed ? `, ${counts.suppressed} suppressed` : ""} \xB7 ${plural(result.detections.length, "vendor")} detected \xB7 ${plural(result.stats.files, "file")} scanned \xB7 manifest: ${result.manifest ? codeSpan(result.manifest) : "none"}`,
    ""
  );
  const visible = result.findings.filter((finding) => !finding.suppressed);
  if (visible.length > 0) {
    out.push("### Findings", "", "| Severity | Rule | Vendor | Location | Message |", "|---|---|---|---|---|");
    for (const finding of visible) {
      out.push(
        `| ${finding.severity} | ${codeSpan(finding.rule)} | ${cell(finding.vendor ?? "")} | ${locationLink(finding.location.path, finding.location.line, repositoryUrl, revision)} | ${cell(renderMessage(finding, result.manifest))} |`
      );
    }
    out.push("");
  }
  if (result.detections.length > 0) {
    out.push("### Detected vendors", "", "| Vendor | Organization | Categories | Declared | Integrated | Evidence |", "|---|---|---|---|---|---|");
    for (const detection of result.detections) {
      const first = detection.evidence[0];
      const where = first ? `${locationLink(first.path, first.line, repositoryUrl, revision)}${detection.evidence.length > 1 ? ` and ${detection.evidence.length - 1} more` : ""}` : "";
      const integrated = detection.integrated ? "yes" : `no (${first?.context ?? "indirect"}${first?.via && first.via.length > 0 ? ` via ${cell(first.via.join(" \u2192 "))}` : ""})`;
      out.push(`| ${cell(detection.name)} (${codeSpan(detection.vendor)}) | ${cell(detection.organization)} | ${cell(detection.categories.join(", "))} | ${detection.declared ? "yes" : "**no**"} | ${integrated} | ${where} |`);
    }
    out.push("");
  }
  for (const hint of result.hints) out.push(`> ${hint}`, "");
  return `${out.join("\n")}
`;
};

// src/reporters/sarif.ts
import { pathToFileURL } from "node:url";
var LEVEL = { error: "error", warning: "warning", note: "note" };
var MAX_RESULTS = 25e3;
var DOCS = "https://github.com/disclosed/disclosed/blob/main/docs/rules.md";
function contextProperties(evidence) {
  if (!evidence?.context) return {};
  return { context: evidence.context, ...evidence.via && evidence.via.length > 0 ? { via: evidence.via } : {} };
}
function folderUri(folder) {
  const url = pathToFileURL(folder).href;
  return url.endsWith("/") ? url : `${url}/`;
}
var formatSarif = ({ result, toolVersion: toolVersion2, srcRoot }) => {
  const ruleIndex = new Map(RULES.map((rule, i) => [rule.id, i]));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "disclosed",
            version: toolVersion2,
            semanticVersion: toolVersion2,
            informationUri: "https://github.com/disclosed/disclosed",
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase()),
              shortDescription: { text: rule.description },
              fullDescription: { text: `${rule.description} ${rule.help}` },
              help: { text: rule.help, markdown: `**${rule.id}**: ${rule.help}` },
              helpUri: `${DOCS}#${rule.id}`,
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
              properties: { tags: ["privacy"] }
            }))
          }
        },
        results: result.findings.slice(0, MAX_RESULTS).map((finding) => ({
          ruleId: finding.rule,
          ...ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule) } : {},
          level: LEVEL[finding.severity],
          message: { text: renderMessage(finding, result.manifest) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(finding.location.path), uriBaseId: "%SRCROOT%" },
                region: { startLine: finding.location.line, startColumn: finding.location.column }
              }
            }
          ],
          ...finding.evidence.length > 1 ? {
            relatedLocations: finding.evidence.slice(0, 100).map((item, i) => ({
              id: i,
              physicalLocation: { artifactLocation: { uri: encodeURI(item.path), uriBaseId: "%SRCROOT%" }, region: { startLine: item.line, startColumn: item.column } },
              message: { text: `${item.kind}${item.context ? ` (${item.context})` : ""}: ${item.match}` }
            }))
          } : {},
          partialFingerprints: { "disclosed/v1": finding.fingerprint },
          ...finding.suppressed && finding.suppression ? { suppressions: [{ kind: finding.suppression.kind === "inline" ? "inSource" : "external", justification: finding.suppression.reason }] } : {},
          properties: { ...finding.vendor ? { vendor: finding.vendor } : {}, new: finding.new ?? true, ...contextProperties(finding.evidence[0]) }
        })),
        // Every artifact URI is relative to %SRCROOT%, the repository root (code scanning resolves
        // it to the checkout); the base is named for other SARIF viewers when known.
        ...srcRoot ? { originalUriBaseIds: { "%SRCROOT%": { uri: folderUri(srcRoot), description: { text: "The root of the repository." } } } } : {},
        columnKind: "utf16CodeUnits"
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
};

// src/manifest/declaration.ts
var import_yaml = __toESM(require_dist(), 1);
function yamlScalar(text) {
  return /^[\w][\w ./()&,-]*$/.test(text) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(text) ? text : JSON.stringify(text);
}
function commentText(text) {
  return text.replace(/[\r\n]+/g, " ");
}
function foundIn(evidence) {
  return [...new Set(evidence.map((item) => `${item.path}:${item.line}`))];
}
function undeclaredDeclarations(result) {
  const entries = /* @__PURE__ */ new Map();
  for (const finding of result.findings) {
    if (finding.rule !== "undeclared-vendor" || finding.suppressed || finding.vendor === void 0 || entries.has(finding.vendor)) continue;
    const detection = result.detections.find((item) => item.vendor === finding.vendor);
    const evidence = detection?.evidence ?? result.findings.filter((item) => item.rule === "undeclared-vendor" && item.vendor === finding.vendor).flatMap((item) => item.evidence);
    entries.set(finding.vendor, { vendor: finding.vendor, name: detection?.name ?? String(finding.args.name ?? finding.vendor), foundIn: foundIn(evidence) });
  }
  return [...entries.values()];
}
function renderDeclaration(entry, indent = 2) {
  const pad = " ".repeat(indent);
  const lines = [`${pad}- vendor: ${entry.vendor}   # ${commentText(entry.name)}`, `${pad}  purpose: ${yamlScalar(entry.purpose ?? todoPurpose(entry.name))}`];
  const places = entry.foundIn ?? [];
  if (places.length > 0) lines.push(`${pad}  # found in ${commentText(places.slice(0, 3).join(", "))}${places.length > 3 ? ` and ${places.length - 3} more` : ""}`);
  lines.push(
    `${pad}  # data: [usage-data]   # personal data it receives (docs/manifest-fields.md)`,
    `${pad}  # location: [US]       # where it processes data: ISO country codes`,
    `${pad}  # transfer: [scc]      # scc, dpf, adequacy or bcr`
  );
  return lines;
}
function isDeclarationProblem(value) {
  return typeof value === "object" && value !== null && value.kind === "declaration";
}
function endOfLine(text, offset) {
  const newline = text.indexOf("\n", offset);
  return newline === -1 ? text.length : newline + 1;
}
function columnOf(text, offset) {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}
function addDeclarations(text, entries) {
  if (entries.length === 0) return text;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const document = (0, import_yaml.parseDocument)(text);
  const root = document.contents;
  if (!(0, import_yaml.isMap)(root)) throw { kind: "declaration", message: "the manifest is not a mapping of keys (version, subprocessors, ...)" };
  const pair = root.items.find((item) => (0, import_yaml.isScalar)(item.key) && item.key.value === "subprocessors");
  const block = (indent) => entries.flatMap((entry) => renderDeclaration(entry, indent)).join(eol) + eol;
  if (!pair) {
    const separator = text === "" || text.endsWith("\n") ? "" : eol;
    return `${text}${separator}subprocessors:${eol}${block(2)}`;
  }
  const key = pair.key;
  const keyColumn = key.range ? columnOf(text, key.range[0]) : 0;
  const value = pair.value;
  const emptyFlow = (0, import_yaml.isSeq)(value) && value.flow === true && value.items.length === 0;
  if (value === null || (0, import_yaml.isScalar)(value) && value.value === null || emptyFlow) {
    let head = text;
    let lineEnd = endOfLine(text, key.range?.[1] ?? 0);
    if (emptyFlow && value.range) {
      const [start, end] = value.range;
      const before = text.slice(0, start).replace(/[ \t]+$/, "");
      const after = text.slice(end);
      head = before + (/^[ \t]*(?:\r?\n|$)/.test(after) ? after.replace(/^[ \t]+/, "") : after);
      lineEnd = endOfLine(head, before.length);
    }
    const needsBreak2 = lineEnd === head.length && !head.endsWith("\n");
    return `${head.slice(0, lineEnd)}${needsBreak2 ? eol : ""}${block(keyColumn + 2)}${head.slice(lineEnd)}`;
  }
  if (!(0, import_yaml.isSeq)(value) || value.flow === true) {
    throw { kind: "declaration", message: "`subprocessors:` is written as a flow list ([...]) or is not a list; write it as a block list (one `- vendor:` entry per line) to add entries to it" };
  }
  const last = value.items[value.items.length - 1];
  const first = value.items[0];
  const dashColumn = first?.range ? dashColumnBefore(text, first.range[0]) : keyColumn + 2;
  let offset = endOfLine(text, last?.range ? Math.max(last.range[0], last.range[1] - 1) : value.range?.[0] ?? 0);
  while (offset < text.length) {
    const line = text.slice(offset, endOfLine(text, offset));
    const indent = /^[ \t]*/.exec(line)[0].length;
    if (line.trim() === "" || indent <= dashColumn) break;
    offset += line.length;
  }
  const needsBreak = offset === text.length && !text.endsWith("\n");
  return `${text.slice(0, offset)}${needsBreak ? eol : ""}${block(dashColumn)}${text.slice(offset)}`;
}
function dashColumnBefore(text, offset) {
  const dash = text.lastIndexOf("-", offset);
  return dash === -1 ? 2 : columnOf(text, dash);
}

// src/reporters/text.ts
var ANSI = { red: 31, yellow: 33, cyan: 36, gray: 90, bold: 1, green: 32 };
function contextTag(finding) {
  const first = finding.evidence[0];
  if (!finding.vendor || !first?.context || first.context === "runtime" || finding.rule === "indirect-vendor") return "";
  return ` [${first.context}${first.via && first.via.length > 0 ? ` via ${first.via.join(" \u2192 ")}` : ""}]`;
}
function quoteMatch(finding) {
  const match = finding.args.match;
  if (typeof match !== "string" || match === "" || /^https?:\/\//.test(finding.location.path)) return finding;
  const fence = match.includes("`") ? "``" : "`";
  return { ...finding, args: { ...finding.args, match: `${fence}${match}${fence}` } };
}
var GROUP_NOUNS = {
  "undeclared-vendor": ["undeclared vendor", "undeclared vendors"],
  "prohibited-vendor": ["prohibited vendor", "prohibited vendors"],
  "out-of-scope": ["vendor used outside its paths", "vendors used outside their paths"],
  "declared-not-found": ["declared vendor not found", "declared vendors not found"],
  "indirect-vendor": ["indirect vendor", "indirect vendors"],
  "policy-text-contradiction": ["vendor the privacy policy denies", "vendors the privacy policy denies"],
  "policy-text-missing": ["vendor missing from the privacy policy", "vendors missing from the privacy policy"],
  "policy-text-undeclared": ["vendor named only in the privacy policy", "vendors named only in the privacy policy"]
};
var GROUP_NAMES_SHOWN = 8;
function groupedSummary(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (finding.suppressed) continue;
    const group = groups.get(finding.rule) ?? { severity: finding.severity, names: /* @__PURE__ */ new Set(), count: 0 };
    group.count++;
    if (finding.vendor) group.names.add(typeof finding.args.name === "string" ? finding.args.name : finding.vendor);
    if (RANK2[finding.severity] > RANK2[group.severity]) group.severity = finding.severity;
    groups.set(finding.rule, group);
  }
  const ordered = [...groups.entries()].sort(([a, x], [b, y]) => RANK2[y.severity] - RANK2[x.severity] || y.count - x.count || a.localeCompare(b));
  return ordered.map(([rule, group]) => {
    const nouns = GROUP_NOUNS[rule];
    if (!nouns || group.names.size === 0) return `${plural(group.count, `${rule} finding`)}`;
    const names = [...group.names].sort((a, b) => a.localeCompare(b));
    const shown = names.slice(0, GROUP_NAMES_SHOWN).join(", ");
    const more = names.length > GROUP_NAMES_SHOWN ? ` and ${names.length - GROUP_NAMES_SHOWN} more` : "";
    return `${names.length} ${names.length === 1 ? nouns[0] : nouns[1]}: ${shown}${more}`;
  });
}
var RANK2 = { error: 2, warning: 1, note: 0 };
function firstPartyLine(result) {
  const used = result.detections.some((detection) => detection.evidence.some((item) => item.mention === "first-party"));
  if (!used || !result.firstParty?.length) return void 0;
  const sources = result.firstParty.map((item) => `${item.domain} (${item.line > 0 ? `${item.path}:${item.line}` : "settings.first-party-domains"})`);
  return `first-party domains: ${sources.join(", ")}; set settings.first-party-domains to choose them yourself`;
}
var formatText = ({ result, color, verbose }) => {
  const paint = (code, text) => color ? `\x1B[${ANSI[code]}m${text}\x1B[0m` : text;
  const lines = [];
  const visible = result.findings.filter((finding) => !finding.suppressed);
  const byFile = /* @__PURE__ */ new Map();
  for (const finding of visible) {
    const list = byFile.get(finding.location.path);
    if (list) list.push(finding);
    else byFile.set(finding.location.path, [finding]);
  }
  for (const [path, findings] of byFile) {
    lines.push("", paint("bold", path));
    for (const finding of findings) {
      const severity = finding.severity === "error" ? paint("red", "error  ") : finding.severity === "warning" ? paint("yellow", "warning") : paint("cyan", "note   ");
      const position = `${(/^https?:\/\//.test(finding.location.path) ? "" : `${finding.location.line}:${finding.location.column}`).padEnd(7)} `;
      const isNew = finding.new === false ? paint("gray", " (pre-existing)") : "";
      lines.push(`  ${paint("gray", position)}${severity}  ${renderMessage(quoteMatch(finding), result.manifest)}${contextTag(finding)}${isNew}  ${paint("gray", finding.rule)}`);
    }
  }
  const counts = countFindings(result.findings);
  const problems = counts.errors + counts.warnings + counts.notes;
  const seconds = (result.stats.durationMs / 1e3).toFixed(2);
  const scanned = result.runtime && result.stats.files === 0 ? `crawled in ${seconds}s` : `${plural(result.stats.files, "file")} scanned in ${seconds}s`;
  const indirect = result.detections.filter((detection) => !detection.integrated).length;
  const vendors = `${plural(result.detections.length, "vendor")} detected${indirect > 0 ? ` (${result.detections.length - indirect} integrated, ${indirect} indirect)` : ""}`;
  lines.push("");
  if (problems === 0) {
    lines.push(paint("green", `\u2714 no problems`) + ` \xB7 ${vendors} \xB7 ${scanned}${counts.suppressed ? ` \xB7 ${counts.suppressed} suppressed` : ""}`);
  } else {
    const summary = `\u2716 ${plural(problems, "problem")} (${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}, ${plural(counts.notes, "note")})`;
    lines.push(`${paint(counts.errors > 0 ? "red" : "yellow", summary)} \xB7 ${vendors} \xB7 ${scanned}${counts.suppressed ? ` \xB7 ${counts.suppressed} suppressed` : ""}`);
    for (const line of groupedSummary(result.findings)) lines.push(`  ${line}`);
  }
  if (result.runtime) {
    const runtime = result.runtime;
    const consent = runtime.consent ? ` \xB7 consent banner ${runtime.consent.vendor ? `(${runtime.consent.vendor}) ${runtime.consent.action === "accept" ? "accepted" : "rejected"}` : "not found"}` : "";
    lines.push(paint("gray", `runtime: ${plural(runtime.pages.length, "page")} loaded in ${(runtime.durationMs / 1e3).toFixed(2)}s \xB7 ${plural(runtime.requests, "request")} \xB7 ${plural(runtime.cookies.length, "cookie")} \xB7 ${plural(runtime.storage.length, "localStorage key")}${consent}`));
  }
  const skipped = describeSkipped(result.stats, result.notRead);
  if (skipped) lines.push(paint("gray", skipped));
  const firstParty = firstPartyLine(result);
  if (firstParty) lines.push(paint("gray", firstParty));
  if (verbose) for (const file of result.notRead ?? []) lines.push(paint("gray", `  ${file.path}: ${describeNotRead(file)}`));
  for (const hint of result.hints) lines.push(paint("gray", hint));
  return `${lines.join("\n").replace(/^\n/, "")}
${declarationsToAdd(result)}`;
};
function declarationsToAdd(result) {
  if (result.manifest === null) return "";
  const entries = undeclaredDeclarations(result);
  if (entries.length === 0) return "";
  const lines = ["", `To declare ${entries.length === 1 ? "it" : "them"}, add under \`subprocessors:\` in ${result.manifest} (or run \`disclosed init --update\`):`, "", ...entries.flatMap((entry) => renderDeclaration(entry))];
  return `${lines.join("\n")}
`;
}

// src/reporters/index.ts
var REPORTERS = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  markdown: formatMarkdown,
  github: formatGithub,
  html: formatHtml
};

// src/reporters/rebase.ts
import { isAbsolute as isAbsolute2, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";
function isRepositoryPath(path) {
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(path) && !isAbsolute2(path);
}
function join3(prefix, path) {
  return prefix === "" ? path : `${prefix}/${path}`;
}
function rebaseResult(result, map) {
  const move = (path) => isRepositoryPath(path) ? map(path) : path;
  const moveLocation = (location) => ({ ...location, path: move(location.path) });
  const moveEvidence = (items) => items.map(moveLocation);
  return {
    ...result,
    manifest: result.manifest === null ? null : move(result.manifest),
    detections: result.detections.map((detection) => ({ ...detection, evidence: moveEvidence(detection.evidence) })),
    findings: result.findings.map((finding) => ({
      ...finding,
      location: moveLocation(finding.location),
      evidence: moveEvidence(finding.evidence),
      ...finding.suppression?.location ? { suppression: { ...finding.suppression, location: moveLocation(finding.suppression.location) } } : {}
    }))
  };
}
function prefixResult(result, prefix) {
  if (prefix === "") return result;
  return rebaseResult(result, (path) => join3(prefix, path));
}
function cwdRelativeResult(result, root, cwd) {
  if (resolve2(root) === resolve2(cwd)) return result;
  return rebaseResult(result, (path) => relative2(cwd, resolve2(root, path)).split(sep2).join("/") || ".");
}
function folderPrefix(top, folder) {
  const rel = relative2(top, folder);
  if (rel === "" || rel.startsWith("..") || isAbsolute2(rel)) return "";
  return rel.split(sep2).join("/");
}
function repoPath(top, prefix, path) {
  if (!isAbsolute2(path)) return join3(prefix, path);
  const rel = relative2(top, path);
  if (rel.startsWith("..") || isAbsolute2(rel)) return void 0;
  return rel.split(sep2).join("/");
}

// src/commands/outputs.ts
import { existsSync as existsSync3, statSync as statSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname as dirname3 } from "node:path";
function outputPairs(tokens) {
  const pairs = [];
  for (const token of tokens ?? []) {
    if (token.kind !== "option") continue;
    if (token.name === "format") pairs.push({ format: String(token.value) });
    if (token.name === "output") {
      const last = pairs[pairs.length - 1];
      if (!last || last.output !== void 0) throw usageError("--output must follow a --format");
      last.output = String(token.value);
    }
  }
  if (pairs.length === 0) pairs.push({ format: "text" });
  for (const pair of pairs) {
    if (!REPORTERS[pair.format]) throw usageError(`unknown --format "${pair.format}"; expected one of: ${Object.keys(REPORTERS).join(", ")}`);
  }
  return pairs;
}
function writeOutput(absolute, name, text) {
  const folder = dirname3(absolute);
  if (!existsSync3(folder) || !statSync2(folder).isDirectory()) throw usageError(`cannot write ${name}: the folder ${dirname3(name)} does not exist`);
  try {
    writeFileSync2(absolute, text);
  } catch (error) {
    const code = error.code;
    throw usageError(`cannot write ${name}: ${code === "EISDIR" ? "it is a folder" : code === "EACCES" || code === "EPERM" ? "permission denied" : error.message}`);
  }
}
function useColor(flags, io) {
  if (flags.noColor) return false;
  if (flags.color) return true;
  const force = io.env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force.toLowerCase() !== "false";
  if (io.env.NO_COLOR) return false;
  return Boolean(io.stdoutIsTTY) && !io.env.CI;
}

// src/runtime/attribute.ts
var MAX_MATCH = 120;
function clip(text) {
  return text.length > MAX_MATCH ? `${text.slice(0, MAX_MATCH - 1)}\u2026` : text;
}
function vendorsOfRequest(catalog, url) {
  const byHost = vendorsOfHost(catalog, url.hostname);
  if (byHost.length > 0) return byHost;
  const html = `<script src="${url.href.replace(/"/g, "%22")}"></script>`;
  return [...new Set(matchSource(catalog, "crawl.html", html, languageOf("crawl.html")).map((item) => item.vendor))];
}
function attributeRequests(catalog, record, firstPartyDomains) {
  const own = [...new Set(record.start.map((start) => new URL(start).hostname.replace(/^www\./, ""))), ...firstPartyDomains];
  const evidence = [];
  const thirdParties = [];
  const seen = /* @__PURE__ */ new Set();
  for (const request of record.requests) {
    let url;
    try {
      url = new URL(request.url);
    } catch {
      continue;
    }
    const vendors = vendorsOfRequest(catalog, url);
    for (const vendor of vendors) {
      const key2 = `${vendor}\0${request.page}\0${url.hostname}\0${request.phase}`;
      if (seen.has(key2)) continue;
      seen.add(key2);
      evidence.push(requestEvidence(vendor, request, url));
    }
    if (vendors.length > 0 || isFirstParty(url.hostname, own)) continue;
    const entity = thirdPartyEntity(url.hostname);
    const key = `\0${request.page}\0${url.hostname}`;
    if (!entity || seen.has(key)) continue;
    seen.add(key);
    thirdParties.push({ host: url.hostname, ...entity, path: request.page, line: 1, column: 1 });
  }
  return { evidence, thirdParties };
}
function requestEvidence(vendor, request, url) {
  const by = request.initiator.at(-1);
  const from = by ? ` via ${shortUrl(by)}` : "";
  return { vendor, kind: "request", path: request.page, line: 1, column: 1, match: `${clip(url.href)}${from}`, request: { ...request } };
}
function shortUrl(raw) {
  try {
    const url = new URL(raw);
    return clip(`${url.host}${url.pathname}`);
  } catch {
    return clip(raw);
  }
}

// src/runtime/cdp.ts
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join4 } from "node:path";
function browserError(message) {
  return Object.assign(new Error(message), { browser: true });
}
function isBrowserError(value) {
  return value instanceof Error && value.browser === true;
}
function browserFlags(profile, extra) {
  return [
    "--headless=new",
    "--remote-debugging-pipe",
    `--user-data-dir=${profile}`,
    "--no-first-run",
    "--no-default-browser-check",
    // Chrome's own background traffic (updates, safe browsing, sync) is not the site's.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--metrics-recording-only",
    "--disable-quic",
    "--disable-gpu",
    "--mute-audio",
    // Cross-site iframes in the page's own process, so one session sees every frame's requests.
    "--disable-site-isolation-trials",
    // ... and the URL given is the URL loaded: no automatic upgrade of http:// navigations to https://.
    "--disable-features=IsolateOrigins,site-per-process,Translate,MediaRouter,OptimizationHints,HttpsUpgrades,HttpsFirstBalancedModeAutoEnable",
    // Chrome refuses its sandbox as root (containers, CI images).
    ...process.getuid?.() === 0 ? ["--no-sandbox"] : [],
    ...extra,
    "about:blank"
  ];
}
async function launchBrowser(executable, extraFlags, startTimeoutMs = 6e4) {
  const profile = mkdtempSync(join4(tmpdir(), "disclosed-crawl-"));
  let child;
  try {
    child = spawn(executable, browserFlags(profile, extraFlags), { stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"], env: browserEnvironment() });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw browserError(`could not start ${executable}: ${error.message}`);
  }
  const input = child.stdio[3];
  const output = child.stdio[4];
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    if (stderr.length < 8e3) stderr += chunk.toString("utf8");
  });
  let nextId = 1;
  const pending = /* @__PURE__ */ new Map();
  const listeners = /* @__PURE__ */ new Set();
  let exited;
  const fail = (error) => {
    exited ??= error;
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  child.on("error", (error) => fail(browserError(`could not start ${executable}: ${error.message}`)));
  child.on("exit", (code, signal) => fail(browserError(`the browser exited (${signal ?? `code ${code}`})${stderr ? `: ${stderr.trim().split("\n").slice(-3).join(" ")}` : ""}`)));
  input.on("error", (error) => fail(browserError(`the browser pipe closed: ${error.message}`)));
  let buffered = "";
  output.setEncoding("utf8");
  output.on("data", (chunk) => {
    buffered += chunk;
    for (let end = buffered.indexOf("\0"); end !== -1; end = buffered.indexOf("\0")) {
      const text = buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
      let message;
      try {
        message = JSON.parse(text);
      } catch {
        continue;
      }
      if (message.id !== void 0) {
        const waiter = pending.get(message.id);
        pending.delete(message.id);
        if (!waiter) continue;
        if (message.error) waiter.reject(new Error(`${waiter.method}: ${message.error.message}`));
        else waiter.resolve(message.result ?? {});
        continue;
      }
      if (message.method) {
        const event = { method: message.method, params: message.params ?? {}, ...message.sessionId ? { sessionId: message.sessionId } : {} };
        for (const listener of listeners) listener(event);
      }
    }
  });
  const browser = {
    send(method, params = {}, sessionId) {
      if (exited) return Promise.reject(exited);
      const id = nextId++;
      return new Promise((resolve4, reject) => {
        pending.set(id, { resolve: resolve4, reject, method });
        input.write(`${JSON.stringify({ id, method, params, ...sessionId ? { sessionId } : {} })}\0`);
      });
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      const gone = new Promise((resolve4) => {
        if (child.exitCode !== null || child.signalCode !== null) resolve4();
        else child.once("exit", () => resolve4());
      });
      if (!exited) void browser.send("Browser.close").catch(() => void 0);
      await Promise.race([gone, delay(5e3)]);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGKILL");
        await Promise.race([gone, delay(2e3)]);
      }
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      } catch {
      }
    }
  };
  try {
    await Promise.race([
      browser.send("Browser.getVersion"),
      delay(startTimeoutMs).then(() => {
        throw browserError(`the browser did not answer within ${Math.round(startTimeoutMs / 1e3)} s`);
      })
    ]);
  } catch (error) {
    await browser.close();
    throw isBrowserError(error) ? error : browserError(String(error));
  }
  return browser;
}
function browserEnvironment() {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/TOKEN|SECRET|PASSWORD|^INPUT_|^ACTIONS_|_KEY$/i.test(key)) continue;
    env[key] = value;
  }
  return env;
}
function delay(ms) {
  return new Promise((resolve4) => setTimeout(resolve4, ms).unref?.());
}

// src/runtime/crawl.ts
var SETTLE_MS = 500;
function siteOf(url) {
  return url.hostname.replace(/^www\./, "");
}
function normalizePageUrl(raw, base) {
  let url;
  try {
    url = new URL(raw, base);
  } catch {
    return void 0;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return void 0;
  url.hash = "";
  return url.href;
}
function initiatorUrl(initiator) {
  if (!initiator) return void 0;
  let stack = initiator["stack"];
  while (stack) {
    const frame = stack.callFrames?.find((call) => call.url);
    if (frame?.url) return frame.url;
    stack = stack.parent;
  }
  return typeof initiator["url"] === "string" && initiator["url"] !== "" ? initiator["url"] : void 0;
}
function chainOf(url, initiators, documents) {
  const chain = [];
  const seen = /* @__PURE__ */ new Set([url]);
  for (let current = initiators.get(url); current && !documents.has(current) && !seen.has(current); current = initiators.get(current)) {
    seen.add(current);
    chain.unshift(current);
  }
  return chain;
}
var CLICK_FIRST = `(selectors) => {
  const find = (selector) => {
    let roots = [document];
    const parts = selector.split('>>>').map((part) => part.trim());
    for (const [i, part] of parts.entries()) {
      const found = roots.map((root) => root.querySelector(part)).find(Boolean);
      if (!found) return null;
      if (i === parts.length - 1) return found;
      roots = [found.shadowRoot].filter(Boolean);
    }
    return null;
  };
  for (const [index, selector] of selectors.entries()) {
    const element = find(selector);
    if (element && typeof element.click === 'function') { element.click(); return index; }
  }
  return -1;
}`;
async function crawl(browser, options) {
  const started = performance.now();
  const record = { start: options.urls, pages: [], requests: [], cookies: [], storage: [], warnings: [], durationMs: 0 };
  const { browserContextId } = await browser.send("Target.createBrowserContext", { disposeOnDetach: true });
  const { targetId } = await browser.send("Target.createTarget", { url: "about:blank", browserContextId });
  const { sessionId } = await browser.send("Target.attachToTarget", { targetId, flatten: true });
  const send = (method, params = {}) => browser.send(method, params, sessionId);
  const sites = new Set(options.urls.map((url) => siteOf(new URL(url))));
  const initiators = /* @__PURE__ */ new Map();
  const documents = /* @__PURE__ */ new Set();
  const byId = /* @__PURE__ */ new Map();
  const inflight = /* @__PURE__ */ new Set();
  let lastActivity = performance.now();
  let page = "";
  let phase = "page-load";
  let loaded = false;
  let mainFrame = "";
  const unsubscribe = browser.on((event) => {
    if (event.sessionId !== sessionId) return;
    const params = event.params;
    if (event.method === "Network.requestWillBeSent") {
      const request = params["request"];
      const requestId = String(params["requestId"]);
      lastActivity = performance.now();
      inflight.add(requestId);
      if (params["type"] === "Document" && params["frameId"] === mainFrame) documents.add(request.url);
      const by = initiatorUrl(params["initiator"]);
      if (by && by !== request.url) initiators.set(request.url, by);
      if (!/^https?:/.test(request.url)) return;
      const recorded = { url: request.url, page, initiator: chainOf(request.url, initiators, documents), phase };
      byId.set(requestId, recorded);
      record.requests.push(recorded);
    } else if (event.method === "Network.loadingFinished") {
      inflight.delete(String(params["requestId"]));
      lastActivity = performance.now();
    } else if (event.method === "Network.loadingFailed") {
      const requestId = String(params["requestId"]);
      inflight.delete(requestId);
      lastActivity = performance.now();
      const recorded = byId.get(requestId);
      if (recorded) recorded.failed = String(params["blockedReason"] ?? params["errorText"] ?? "failed");
    } else if (event.method === "Page.loadEventFired") {
      loaded = true;
    } else if (event.method === "Page.javascriptDialogOpening") {
      void send("Page.handleJavaScriptDialog", { accept: false }).catch(() => void 0);
    }
  });
  const deadline = started + options.totalTimeoutMs;
  const settle = async (limit) => {
    const until = Math.min(performance.now() + limit, deadline);
    while (performance.now() < until) {
      const quiet = performance.now() - lastActivity;
      if (loaded && inflight.size === 0 && quiet >= SETTLE_MS) return true;
      await delay(50);
    }
    return false;
  };
  const evaluate2 = async (expression) => {
    const reply = await send("Runtime.evaluate", { expression, returnByValue: true, awaitPromise: true }).catch(() => void 0);
    return reply?.result?.value;
  };
  try {
    await send("Network.enable");
    await send("Page.enable");
    const tree = await send("Page.getFrameTree");
    mainFrame = tree.frameTree.frame.id;
    await browser.send("Browser.setDownloadBehavior", { behavior: "deny", browserContextId }).catch(() => void 0);
    const queue = [];
    const queued = /* @__PURE__ */ new Set();
    for (const url of options.urls) {
      const normal = normalizePageUrl(url);
      if (normal && !queued.has(normal)) {
        queued.add(normal);
        queue.push({ url: normal, depth: 0 });
      }
    }
    while (queue.length > 0 && record.pages.length < options.pages) {
      if (performance.now() >= deadline) {
        record.warnings.push(`stopped after ${record.pages.length} pages: the crawl's time limit of ${Math.round(options.totalTimeoutMs / 1e3)} s was reached; ${queue.length} queued pages not loaded`);
        break;
      }
      const next = queue.shift();
      page = next.url;
      loaded = false;
      lastActivity = performance.now();
      const crawled = { url: next.url, depth: next.depth, status: "settled" };
      record.pages.push(crawled);
      const navigation = await send("Page.navigate", { url: next.url }).catch((error) => ({ errorText: error.message }));
      if (navigation.errorText) {
        crawled.status = "error";
        crawled.error = navigation.errorText;
        record.warnings.push(`${next.url}: could not load (${navigation.errorText})`);
        continue;
      }
      let settled = await settle(options.pageTimeoutMs);
      if (options.waitMs > 0) await delay(options.waitMs);
      await evaluate2("window.scrollTo(0, document.documentElement.scrollHeight); true");
      settled = await settle(Math.max(SETTLE_MS * 4, 2e3)) && settled;
      if (options.consent && !record.consent) {
        const { action, selectors } = options.consent;
        const lists = selectors.map((platform) => ({ vendor: platform.vendor, list: action === "accept" ? platform.accept : platform.reject }));
        const flat = lists.flatMap(({ vendor, list }) => list.map((selector) => ({ vendor, selector })));
        const mark = record.requests.length;
        phase = action === "accept" ? "after-accept" : "after-reject";
        const index = await evaluate2(`(${CLICK_FIRST})(${JSON.stringify(flat.map((item) => item.selector))})`);
        record.consent = { page: next.url, action, ...index !== void 0 && index >= 0 ? { vendor: flat[index].vendor } : {} };
        if (index === void 0 || index < 0) {
          phase = "page-load";
          for (const request of record.requests.slice(mark)) request.phase = "page-load";
          record.warnings.push(`${next.url}: no consent banner of a known platform was found to ${action}`);
        } else {
          for (const request of record.requests.slice(0, mark)) request.phase = "before-consent";
          lastActivity = performance.now();
          settled = await settle(options.pageTimeoutMs) && settled;
          if (options.waitMs > 0) await delay(options.waitMs);
        }
      }
      if (!settled) {
        crawled.status = "timeout";
        record.warnings.push(`${next.url}: the network did not settle within ${Math.round(options.pageTimeoutMs / 1e3)} s; recorded as far as it got`);
      }
      const keys = await evaluate2("(() => { try { return Object.keys(window.localStorage); } catch { return []; } })()");
      const origin = await evaluate2("location.origin") ?? new URL(next.url).origin;
      for (const key of keys ?? []) record.storage.push({ origin, key, page: next.url });
      if (next.depth >= options.depth) continue;
      const links = await evaluate2('[...document.querySelectorAll("a[href]")].map((a) => a.href)') ?? [];
      for (const link of links) {
        const normal = normalizePageUrl(link, next.url);
        if (!normal || queued.has(normal) || !sites.has(siteOf(new URL(normal)))) continue;
        queued.add(normal);
        queue.push({ url: normal, depth: next.depth + 1 });
      }
    }
    const { cookies } = await browser.send("Storage.getCookies", { browserContextId }).catch(() => ({ cookies: [] }));
    for (const cookie of cookies) record.cookies.push({ name: cookie.name, domain: cookie.domain.replace(/^\./, "") });
  } finally {
    unsubscribe();
    await browser.send("Target.disposeBrowserContext", { browserContextId }).catch(() => void 0);
  }
  record.durationMs = Math.round(performance.now() - started);
  return record;
}

// src/runtime/find-browser.ts
import { accessSync, constants } from "node:fs";
import { join as join5 } from "node:path";
var CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/opt/google/chrome/chrome",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  join5(process.env["PROGRAMFILES"] ?? "C:\\Program Files", "Google\\Chrome\\Application\\chrome.exe"),
  join5(process.env["PROGRAMFILES(X86)"] ?? "C:\\Program Files (x86)", "Google\\Chrome\\Application\\chrome.exe")
];
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
function findBrowser(explicit, env) {
  const tried = [];
  for (const candidate of [explicit, env["CHROME_PATH"], ...explicit || env["CHROME_PATH"] ? [] : CANDIDATES]) {
    if (!candidate) continue;
    tried.push(candidate);
    if (isExecutable(candidate)) return { path: candidate, tried };
  }
  return { tried };
}

// src/runtime/index.ts
function consentSelectors(catalog) {
  const platforms = [];
  for (const vendor of catalog.vendors.values()) {
    const banner = vendor["consent-banner"];
    if (banner) platforms.push({ vendor: vendor.id, accept: banner.accept, reject: banner.reject });
  }
  return platforms;
}
function invalidStartUrls(urls) {
  return urls.filter((url) => normalizePageUrl(url) === void 0 || !/^https?:\/\//i.test(url));
}
async function runtimeScan(catalog, options, env) {
  const found = findBrowser(options.browser, env);
  if (!found.path) {
    throw browserError(
      `no Chrome or Chromium found (tried ${found.tried.join(", ")}): install one (Debian/Ubuntu: apt-get install chromium; GitHub's runners have Google Chrome) or pass --browser PATH or CHROME_PATH`
    );
  }
  const browser = await launchBrowser(found.path, options.browserArgs);
  try {
    const { consent, urls, pages, depth, waitMs, pageTimeoutMs, totalTimeoutMs } = options;
    const record = await crawl(browser, { urls, pages, depth, waitMs, pageTimeoutMs, totalTimeoutMs, ...consent ? { consent: { action: consent, selectors: consentSelectors(catalog) } } : {} });
    const attributed = attributeRequests(catalog, record, options.firstPartyDomains);
    return {
      ...attributed,
      summary: {
        pages: record.pages,
        requests: record.requests.length,
        cookies: record.cookies,
        storage: record.storage,
        ...record.consent ? { consent: record.consent } : {},
        warnings: record.warnings,
        durationMs: record.durationMs
      }
    };
  } finally {
    await browser.close();
  }
}

// src/commands/crawl.ts
import { resolve as resolve3 } from "node:path";
var CRAWL_USAGE = `Usage: disclosed crawl URL... [options]

Loads each page in headless Chrome or Chromium, records every request, cookie and localStorage key,
follows same-site links, and reports vendors found at runtime with the same rules as \`check\`.

Options:
  --manifest FILE          policy manifest (default: the one in the current directory)
  --pages N                pages to load in all (default 10)
  --depth N                links to follow from a start page (default 2)
  --wait MS                extra wait after the network settles (default 1000)
  --consent accept|reject  click the consent banner of a known platform after the first page loads, and record again;
                           tracking before consent or after rejection is reported (tracking-before-consent)
  --timeout S              per-page limit in seconds (default 30); the whole crawl stops after 10 times that
  --browser PATH           Chrome or Chromium to use (default: CHROME_PATH, then the usual install paths)
  --browser-arg ARG        extra browser flag (repeatable), e.g. --browser-arg=--proxy-server=...
  --format F, --output FILE, --fail-on LEVEL, --color, --no-color: as for check
`;
var RUNTIME_OPTIONS = {
  pages: { type: "string" },
  depth: { type: "string" },
  wait: { type: "string" },
  consent: { type: "string" },
  timeout: { type: "string" },
  browser: { type: "string" },
  "browser-arg": { type: "string", multiple: true }
};
function count(value, name, fallback, max) {
  if (value === void 0) return fallback;
  if (!/^\d+$/.test(value) || Number(value) > max) throw usageError(`--${name} must be a whole number from 0 to ${max}, not "${value}"`);
  return Number(value);
}
function runtimeOptions(urls, values, manifest) {
  const invalid = invalidStartUrls(urls);
  if (invalid.length > 0) throw usageError(`not an http(s) URL: ${invalid.join(", ")}`);
  if (values.consent !== void 0 && values.consent !== "accept" && values.consent !== "reject") throw usageError(`--consent must be accept or reject, not "${values.consent}"`);
  const timeout = count(values.timeout, "timeout", 30, 600);
  if (timeout === 0) throw usageError("--timeout must be at least 1 second");
  return {
    urls,
    pages: Math.max(1, count(values.pages, "pages", 10, 1e4)),
    depth: count(values.depth, "depth", 2, 100),
    waitMs: count(values.wait, "wait", 1e3, 12e4),
    pageTimeoutMs: timeout * 1e3,
    totalTimeoutMs: timeout * 1e3 * 10,
    ...values.consent ? { consent: values.consent } : {},
    ...values.browser ? { browser: values.browser } : {},
    browserArgs: values["browser-arg"] ?? [],
    firstPartyDomains: manifest?.settings["first-party-domains"] ?? []
  };
}
async function withBrowser(run) {
  try {
    return await run();
  } catch (error) {
    if (isBrowserError(error)) throw usageError(error.message);
    throw error;
  }
}
function crawlManifest(manifest) {
  if (!manifest || manifest.rules["declared-not-found"] !== void 0) return manifest;
  return { ...manifest, rules: { ...manifest.rules, "declared-not-found": "off" } };
}
function crawlResult(catalog, manifest, runtime, now) {
  const files = emptyFilesScan();
  files.evidence.push(...runtime.evidence);
  files.thirdParties.push(...runtime.thirdParties);
  const source = { root: runtime.summary.pages[0]?.url ?? "", description: "crawl", list: () => [], read: () => void 0 };
  const result = evaluate({ source, catalog, manifest: crawlManifest(manifest), accept: () => true, now }, files, performance.now() - runtime.summary.durationMs);
  return { ...result, runtime: runtime.summary, hints: [] };
}
async function runCrawl(args, io) {
  const { values, positionals, tokens } = parseCommandArgs("crawl", {
    args,
    options: { ...RUNTIME_OPTIONS, manifest: { type: "string" }, format: { type: "string", multiple: true, short: "f" }, output: { type: "string", multiple: true, short: "o" }, "fail-on": { type: "string" }, "no-color": { type: "boolean" }, color: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    allowPositionals: true,
    strict: true,
    tokens: true
  });
  if (values.help) {
    io.stdout(CRAWL_USAGE);
    return 0;
  }
  if (positionals.length === 0) throw usageError(`crawl needs at least one URL

${CRAWL_USAGE}`);
  const outputs = outputPairs(tokens);
  const prepared = prepareScan(io.cwd, { manifest: values.manifest }, io);
  const failOn = values["fail-on"] ?? prepared.manifest?.settings["fail-on"] ?? "error";
  if (failOn !== "error" && failOn !== "warning" && failOn !== "never") throw usageError(`--fail-on must be error, warning or never, not "${failOn}"`);
  const options = runtimeOptions(positionals, values, prepared.manifest);
  const runtime = await withBrowser(() => runtimeScan(prepared.catalog, options, io.env));
  const result = crawlResult(prepared.catalog, prepared.manifest, runtime, io.now);
  for (const warning of runtime.summary.warnings) io.stderr(`disclosed: crawl: ${warning}
`);
  for (const { format, output } of outputs) {
    const color = output ? false : useColor({ color: values.color, noColor: values["no-color"] }, io);
    const text = REPORTERS[format]({ result, toolVersion: toolVersion(), color, ...prepared.manifest ? { manifest: prepared.manifest } : {}, catalog: prepared.catalog });
    if (output) writeOutput(resolve3(io.cwd, output), output, text);
    else io.stdout(text);
  }
  return exitCodeFor(result, failOn);
}

export {
  tuneCompilerForScans,
  usageError,
  isUsageError,
  toolVersion,
  insideRoot,
  loadManifest,
  discoverScope,
  prepareScan,
  scopeFilter,
  runScan,
  runScanAsync,
  gitOutput,
  scanWithBase,
  diffScan,
  mergeBase,
  exitCodeFor,
  parseCommandArgs,
  renderMessage,
  describeSkipped,
  plural,
  markdownText,
  codeSpan,
  codeBlock,
  escapeHtml,
  selfContainedCsp,
  declarationChanges,
  vendorChanges,
  formatChangesMarkdown,
  declaredFacts,
  factsInWords,
  SEVERITY_LABELS,
  STATUS_LABELS,
  ROLE_LABELS,
  STATE_LABELS,
  listInWords,
  buildDriftReport,
  ruleDescription,
  RULES_DOC,
  locationLabel,
  evidenceLabel,
  evidenceContext,
  commitLabel,
  formatHtml,
  cell,
  locationLink,
  yamlScalar,
  foundIn,
  undeclaredDeclarations,
  renderDeclaration,
  isDeclarationProblem,
  addDeclarations,
  REPORTERS,
  prefixResult,
  cwdRelativeResult,
  folderPrefix,
  repoPath,
  outputPairs,
  writeOutput,
  useColor,
  runtimeScan,
  RUNTIME_OPTIONS,
  runtimeOptions,
  withBrowser,
  runCrawl
};
