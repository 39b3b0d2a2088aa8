#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  REPORTERS,
  RUNTIME_OPTIONS,
  addDeclarations,
  declarationChanges,
  exitCodeFor,
  formatDriftMarkdown,
  formatHtml,
  foundIn,
  gitOutput,
  insideRoot,
  isDeclarationProblem,
  isUsageError,
  listInWords,
  loadManifest,
  markdownText,
  mergeBase,
  outputPairs,
  prepareScan,
  renderDeclaration,
  runCrawl,
  runScan,
  runScanAsync,
  runtimeOptions,
  runtimeScan,
  scanWithBase,
  toolVersion,
  undeclaredDeclarations,
  usageError,
  vendorChanges,
  withBrowser,
  yamlScalar
} from "./engine-6FYVTV7Q.js";
import {
  MANIFEST_NAMES,
  buildCatalog,
  buildDeclarations,
  closest,
  commitSource,
  fileAt,
  fileHistory,
  hasBinaryExtension,
  headCommit,
  indexSource,
  isConfigErrorList,
  isGitDirectory,
  isScannable,
  locateRepository,
  parseManifest,
  quote,
  readPolicyText,
  todoPurpose,
  vendorsOfOrganization,
  workingTreeSource
} from "./engine-MNNZ3OTC.js";

// src/cli.ts
import { existsSync as existsSync3, readFileSync as readFileSync3, realpathSync, statSync as statSync3, writeFileSync as writeFileSync3 } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, isAbsolute as isAbsolute2, relative as relative3, resolve as resolve3, sep as sep2 } from "node:path";
import { parseArgs as parseArgs3 } from "node:util";

// src/init.ts
function renderInit(result, now) {
  const lines = [
    "# yaml-language-server: $schema=https://raw.githubusercontent.com/disclosed/disclosed/main/schema/subprocessors.schema.json",
    `# Policy manifest written by \`disclosed init\` on ${now.toISOString().slice(0, 10)}.`,
    "# Declares the subprocessors this code sends data to. Replace each TODO purpose, keep it in step",
    "# with your published privacy policy, and run `disclosed check` in CI.",
    "version: 1",
    "# privacy-policy: docs/privacy-policy.md   # cross-check the published text too",
    ""
  ];
  const integrated = result.detections.filter((detection) => detection.integrated);
  const indirect = result.detections.filter((detection) => !detection.integrated);
  if (integrated.length === 0) lines.push("subprocessors: []");
  else lines.push("subprocessors:");
  for (const detection of integrated) lines.push(...renderDeclaration(declarationOf(detection)));
  if (indirect.length > 0) {
    lines.push("", "# Present only indirectly (not declared: nothing in this code sends them data). Declare one if it does:");
    for (const detection of indirect) {
      const first = detection.evidence[0];
      const why = first ? `${first.context ?? "indirect"}${first.via && first.via.length > 0 ? ` via ${first.via.join(" -> ")}` : ""} at ${first.path}:${first.line}` : "indirect";
      lines.push(`#   - vendor: ${detection.vendor}   # ${detection.name}: ${why.replace(/[\r\n]/g, " ")}`);
    }
  }
  lines.push(
    "",
    "# What the privacy policy promises is never used:",
    "# prohibited:",
    "#   - category: advertising",
    "#     reason: We do not run ad retargeting pixels",
    "",
    "# Reviewed exceptions, each with a reason and an expiry date:",
    "# exceptions:",
    "#   - rule: undeclared-vendor",
    "#     vendor: sentry",
    '#     paths: ["tools/**"]',
    "#     reason: Internal tooling, no user data",
    "#     expires: 2027-06-30",
    ""
  );
  return lines.join("\n");
}
function declarationOf(detection) {
  return { vendor: detection.vendor, name: detection.name, foundIn: foundIn(detection.evidence) };
}

// src/policy-text/draft.ts
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function guessPurpose(mention) {
  const sentence = mention.sentence;
  const at = sentence.indexOf(mention.match);
  if (at === -1) return void 0;
  if (/\b(?:not|never|no)\b|n['’]t\b/i.test(sentence.slice(0, at))) return void 0;
  const after = sentence.slice(at + mention.match.length);
  const patterns = [
    // "Sentry (error monitoring)", "Amazon Web Services (hosting, Ireland region)"
    /^\s*\((?<purpose>[^)]{3,60})\)/u,
    // a short product suffix, then a dash, bar or colon: "google workspace — inbox hosting"
    /^[\p{L}\p{N} .&/'’-]{0,40}?\s*(?:\s[—–-]|[|:])\s*(?<purpose>[^.;|()]{3,80})/u,
    /^[^.;|]{0,40}?\b(?:for|to\s+(?:provide|power|handle|run|process|send|host|deliver)|to\s+help\s+us)\s+(?<purpose>[^.;,|()]{3,80})/iu
  ];
  for (const pattern of patterns) {
    const purpose = pattern.exec(after)?.groups?.purpose?.split(new RegExp("\\s(?:and|or|while|but|whereas)\\s+(?=\\p{Lu})", "u"))[0].trim().replace(/\s+/g, " ").replace(/[,:–—-]+$/, "").trim();
    if (purpose && new RegExp("\\p{L}{3}", "u").test(purpose)) return capitalize(purpose.replace(/^(?:our|the|your)\s+/i, ""));
  }
  return void 0;
}
function customId(name, catalog, taken) {
  const base = name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
  if (!/^[a-z0-9]/.test(base)) return void 0;
  let id = catalog.vendors.has(base) ? `${base}-custom` : base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
function renderPolicyDraft(policy, catalog, now, policyPath) {
  const named = policy.mentions.filter((mention) => mention.status === "named");
  const denied = policy.mentions.filter((mention) => mention.status === "denied");
  const namedVendors = /* @__PURE__ */ new Map();
  const namedOrganizations = /* @__PURE__ */ new Map();
  const products = /* @__PURE__ */ new Map();
  for (const mention of named) {
    if (mention.kind === "organization" && mention.product) {
      const name = `${mention.match} ${mention.product}`;
      if (!products.has(name.toLowerCase())) products.set(name.toLowerCase(), { name, ...mention.purpose ? { purpose: mention.purpose } : {}, ...mention.location ? { location: mention.location } : {}, line: mention.line, column: mention.column, sentence: mention.sentence });
      continue;
    }
    const map = mention.kind === "vendor" ? namedVendors : mention.kind === "organization" ? namedOrganizations : void 0;
    if (!map) continue;
    map.set(mention.id, [...map.get(mention.id) ?? [], mention]);
  }
  const organizationsOfNamed = new Set([...namedVendors.keys()].map((id) => catalog.vendors.get(id)?.organization));
  const lines = [
    "# yaml-language-server: $schema=https://raw.githubusercontent.com/disclosed/disclosed/main/schema/subprocessors.schema.json",
    `# Policy manifest drafted by \`disclosed init --from-policy\` on ${now.toISOString().slice(0, 10)} from ${policy.path}.`,
    "# Each entry quotes the sentence it came from. Review the guessed purposes, add what the text",
    "# leaves out, then run `disclosed check`.",
    "version: 1",
    policyPath ? `privacy-policy: ${yamlScalar(policyPath)}` : `# privacy-policy: ${policy.path}   # a path inside the repository, to cross-check`,
    ""
  ];
  const entries = [];
  const sourceComment = (mention) => `    # ${policy.path}:${mention.line}: ${quote(mention.sentence, 100).replace(/\s+/g, " ")}`;
  const location = (mentions) => mentions.map((mention) => mention.location).find(Boolean);
  for (const [id, mentions] of [...namedVendors].sort((a, b) => a[0].localeCompare(b[0]))) {
    const vendor = catalog.vendors.get(id);
    const purpose = mentions.map((mention) => mention.purpose ?? guessPurpose(mention)).find(Boolean) ?? todoPurpose(vendor.name);
    const where = location(mentions);
    entries.push(`  - vendor: ${id}   # ${vendor.name}`, `    purpose: ${yamlScalar(purpose)}`, ...where ? [`    location: ${yamlScalar(where)}`] : [], sourceComment(mentions[0]));
  }
  for (const [id, mentions] of [...namedOrganizations].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (organizationsOfNamed.has(id)) continue;
    const name = catalog.organizations.get(id)?.name ?? id;
    const purpose = mentions.map((mention) => mention.purpose ?? guessPurpose(mention)).find(Boolean) ?? todoPurpose(name);
    const where = location(mentions);
    entries.push(`  - organization: ${id}   # ${name}`, `    purpose: ${yamlScalar(purpose)}`, ...where ? [`    location: ${yamlScalar(where)}`] : [], sourceComment(mentions[0]));
  }
  const customIds = /* @__PURE__ */ new Set();
  for (const unknown of [...products.values(), ...policy.unknown]) {
    const id = customId(unknown.name, catalog, customIds);
    if (!id) continue;
    entries.push(
      `  - vendor: ${id}   # ${unknown.name}: named in the policy, not in the catalog`,
      `    name: ${yamlScalar(unknown.name)}`,
      "    categories: [other]   # TODO: the catalog category that fits (see `disclosed vendors`)",
      `    purpose: ${yamlScalar(unknown.purpose ?? todoPurpose(unknown.name))}`,
      ...unknown.location ? [`    location: ${yamlScalar(unknown.location)}`] : [],
      "    signatures: {}   # TODO: its domains or packages, so that `check` can find it in the code",
      "    expect-in-code: false   # TODO: remove once signatures are added",
      `    # ${policy.path}:${unknown.line}: ${quote(unknown.sentence, 100).replace(/\s+/g, " ")}`
    );
  }
  lines.push(entries.length > 0 ? "subprocessors:" : "subprocessors: []", ...entries, "");
  const namedIds = new Set(namedVendors.keys());
  for (const id of namedOrganizations.keys()) if (!organizationsOfNamed.has(id)) for (const vendor of vendorsOfOrganization(catalog, id)) namedIds.add(vendor);
  const prohibitions = [];
  const seen = /* @__PURE__ */ new Set();
  for (const mention of denied) {
    const key = `${mention.kind}:${mention.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let covered;
    if (mention.kind === "vendor") covered = [mention.id];
    else if (mention.kind === "organization") covered = vendorsOfOrganization(catalog, mention.id);
    else covered = [...catalog.vendors.values()].filter((vendor) => vendor.categories.some((category) => mention.categories?.includes(category))).map((vendor) => vendor.id);
    const reason = `The privacy policy says: ${quote(mention.sentence, 120)}`;
    if (mention.kind === "vendor" && namedIds.has(mention.id)) continue;
    if (mention.kind === "organization" && covered.some((id) => namedIds.has(id))) {
      for (const id of covered.filter((vendor) => !namedIds.has(vendor) && !seen.has(`vendor:${vendor}`))) {
        seen.add(`vendor:${id}`);
        prohibitions.push(`  - vendor: ${id}`, `    reason: ${JSON.stringify(reason)}`);
      }
      continue;
    }
    if (mention.kind === "category" && covered.some((id) => namedIds.has(id))) continue;
    for (const category of mention.kind === "category" ? mention.categories ?? [mention.id] : [mention.id]) {
      if (mention.kind === "category" && seen.has(`category-id:${category}`)) continue;
      seen.add(`category-id:${category}`);
      prohibitions.push(`  - ${mention.kind}: ${category}`, `    reason: ${JSON.stringify(reason)}`);
    }
  }
  lines.push(prohibitions.length > 0 ? "prohibited:" : "# prohibited: []   # nothing the text denies", ...prohibitions, "");
  return lines.join("\n");
}

// src/policy-text/render.ts
var HEADINGS = {
  named: "Named as used",
  denied: "Denied (the text says these are not used)",
  ignored: "Mentioned, but not as a statement of use"
};
function describe(mention) {
  if (mention.kind === "category") return `category ${mention.categories?.join(", ") ?? mention.id} ("${mention.match}")`;
  if (mention.product) return `${mention.match} ${mention.product} (a product of organization ${mention.id} the catalog does not know)`;
  const label = `${mention.name} (${mention.kind === "organization" ? "organization " : ""}${mention.id})`;
  return mention.match.toLowerCase() === mention.name.toLowerCase() ? label : `${label} as "${mention.match}"`;
}
function modalityNote(mention) {
  if (mention.modality === "used" || mention.modality === "denied") return mention.reason ?? "";
  return `${mention.modality}${mention.reason ? `: ${mention.reason}` : ""}`;
}
function renderPolicyText(policy) {
  const lines = [`${policy.path} (${policy.format}): ${policy.sentences.length} sentence${policy.sentences.length === 1 ? "" : "s"} read`];
  lines.push(`We (the policy's own company): ${policy.controller.length > 0 ? policy.controller.join(", ") : "not found (set settings.company-names in the manifest)"}`);
  for (const status of ["named", "denied", "ignored"]) {
    const mentions = policy.mentions.filter((mention) => mention.status === status);
    lines.push("", `${HEADINGS[status]}: ${mentions.length === 0 ? "none" : ""}`.trimEnd());
    for (const mention of mentions) {
      const extra = [mention.purpose ? `purpose: ${mention.purpose}` : "", mention.location ? `location: ${mention.location}` : ""].filter(Boolean).join("; ");
      lines.push(`  ${mention.line}:${mention.column}  ${describe(mention)}${status === "named" ? extra ? ` (${extra})` : "" : ` (${modalityNote(mention)})`}`);
      lines.push(`      "${mention.sentence.length > 200 ? `${mention.sentence.slice(0, 199)}\u2026` : mention.sentence}"`);
    }
  }
  lines.push("", `Named but not in the catalog: ${policy.unknown.length === 0 ? "none" : ""}`.trimEnd());
  for (const unknown of policy.unknown) lines.push(`  ${unknown.line}:${unknown.column}  ${unknown.name}${unknown.purpose ? ` (${unknown.purpose})` : ""}`);
  return `${lines.join("\n")}
`;
}
function renderPolicyTextJson(policy) {
  const group = (status) => policy.mentions.filter((mention) => mention.status === status);
  return `${JSON.stringify({ version: 1, path: policy.path, format: policy.format, sentences: policy.sentences.length, controller: policy.controller, named: group("named"), denied: group("denied"), ignored: group("ignored"), unknown: policy.unknown }, null, 2)}
`;
}

// src/report.ts
import { existsSync, statSync, writeFileSync } from "node:fs";
import { basename, isAbsolute, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";

// src/reporters/subprocessors.ts
var PLACEHOLDER = /^\s*(?:todo|tbd|fixme|xxx)\b|^\s*$/i;
function isPlaceholderPurpose(purpose, categoryLabels) {
  if (purpose === void 0 || PLACEHOLDER.test(purpose)) return true;
  return categoryLabels.some((label) => label.toLowerCase() === purpose.trim().toLowerCase());
}
var httpsUrl = (url) => url !== void 0 && /^https:\/\/[^\s"'<>()\\`]+$/i.test(url) ? [url] : [];
var unique = (items) => [...new Set(items.filter((item) => item !== ""))];
function factsOf(entry, manifest, catalog) {
  if (entry.vendor === void 0) {
    const id = entry.organization ?? "";
    const organization2 = catalog?.organizations.get(id);
    const name = organization2?.name ?? id;
    return { entity: organization2?.legalEntity ?? name, role: "processor", product: name, entry, privacy: [], dpa: [], placeholder: isPlaceholderPurpose(entry.purpose, []) };
  }
  const rule = catalog?.vendors.get(entry.vendor) ?? manifest.customVendors.find((vendor) => vendor.id === entry.vendor);
  const organization = rule ? catalog?.organizations.get(rule.organization) : void 0;
  const product = rule?.name ?? entry.vendor;
  const labels = (rule?.categories ?? []).map((id) => catalog?.categories.get(id) ?? id);
  return {
    // A custom vendor's organization may be unknown to the catalog: its own name stands in.
    entity: organization?.legalEntity ?? organization?.name ?? product,
    role: rule?.role === "controller" ? "controller" : "processor",
    product,
    entry,
    privacy: httpsUrl(rule?.privacy),
    dpa: httpsUrl(rule?.dpa),
    placeholder: isPlaceholderPurpose(entry.purpose, labels)
  };
}
function subprocessorRows(manifest, catalog) {
  const groups = /* @__PURE__ */ new Map();
  for (const entry of manifest.subprocessors) {
    const facts = factsOf(entry, manifest, catalog);
    const key = `${facts.role}\0${facts.entity}`;
    groups.set(key, [...groups.get(key) ?? [], facts]);
  }
  return [...groups.values()].map((items) => {
    const first = items[0];
    const reviewed = items.filter((item) => !item.placeholder);
    return {
      name: first.entity,
      role: first.role,
      products: unique(items.map((item) => item.product)),
      purpose: unique(reviewed.map((item) => item.entry.purpose ?? "")).join("; "),
      data: unique(items.flatMap((item) => item.entry.data ?? [])).join(", "),
      location: unique(items.map((item) => item.entry.location ?? "")).join("; "),
      privacy: unique(items.flatMap((item) => item.privacy)),
      dpa: unique(items.flatMap((item) => item.dpa)),
      unreviewed: unique(items.filter((item) => item.placeholder).map((item) => item.product))
    };
  });
}
function unreviewedProducts(rows) {
  return rows.flatMap((row) => row.unreviewed);
}
function table(rows) {
  const columns = [
    { title: "Subprocessor", value: (row) => markdownText(row.name) },
    { title: "Service", value: (row) => markdownText(row.products.join(", ")) },
    {
      title: "Purpose",
      // A placeholder is never published as a purpose: the cell says it is not reviewed.
      value: (row) => [row.purpose ? markdownText(row.purpose) : "", ...row.unreviewed.length > 0 ? [`**Purpose not yet reviewed** (${markdownText(row.unreviewed.join(", "))})`] : []].filter(Boolean).join("; ")
    }
  ];
  if (rows.some((row) => row.data)) columns.push({ title: "Data processed", value: (row) => markdownText(row.data) });
  if (rows.some((row) => row.location)) columns.push({ title: "Location", value: (row) => markdownText(row.location) });
  if (rows.some((row) => row.privacy.length + row.dpa.length > 0)) {
    columns.push({ title: "Terms", value: (row) => [...row.privacy.map((url) => `[Privacy policy](${url})`), ...row.dpa.map((url) => `[DPA](${url})`)].join("<br>") });
  }
  const lines = [`| ${columns.map((column) => column.title).join(" | ")} |`, `|${columns.map(() => "---").join("|")}|`];
  for (const row of rows) lines.push(`| ${columns.map((column) => column.value(row)).join(" | ")} |`);
  return lines;
}
function formatSubprocessors(manifest, catalog, options = {}) {
  const rows = subprocessorRows(manifest, catalog);
  const out = [];
  if (options.lastUpdated) out.push(`Last updated: ${options.lastUpdated}`, "");
  if (rows.length === 0) {
    out.push("We do not currently engage any subprocessors.");
    return `${out.join("\n")}
`;
  }
  const unreviewed = unreviewedProducts(rows);
  if (unreviewed.length > 0) {
    out.push(
      `> **Draft, not for publication:** ${unreviewed.length} subprocessor${unreviewed.length === 1 ? " has" : "s have"} no reviewed purpose (${markdownText(listInWords(unreviewed))}). Describe ${unreviewed.length === 1 ? "its" : "their"} purpose in ${markdownText(manifest.path)}.`,
      ""
    );
  }
  const processors = rows.filter((row) => row.role === "processor");
  const controllers = rows.filter((row) => row.role === "controller");
  if (processors.length > 0) out.push("### Processors", "", "These companies process personal data on our behalf and under our instructions.", "", ...table(processors), "");
  if (controllers.length > 0) {
    out.push("### Independent controllers", "", "These companies receive personal data through services we use (such as sign-in or embedded content) and decide themselves how they use it, under their own privacy policies.", "", ...table(controllers), "");
  }
  return `${out.join("\n").replace(/\n+$/, "")}
`;
}

// src/report.ts
var REPORT_USAGE = `Usage: disclosed report [DIR] [--format html|markdown|subprocessors] [-o FILE] [--manifest FILE]

  --format F               html (default): a self-contained drift report for a privacy team
                           markdown: the same report for wikis and PR descriptions
                           subprocessors: the public subprocessor table from the manifest, as Markdown
  -o, --output FILE        write to FILE (default: stdout)
  --manifest FILE          policy manifest (default: subprocessors.yml and the usual places)
  --since REF              (html, markdown) add what changed since the git revision REF: vendors
                           new in or gone from the code, declarations changed, and who changed
                           the manifest (its git log)

Links to evidence use GITHUB_SERVER_URL/GITHUB_REPOSITORY/GITHUB_SHA when set, or the
manifest's settings.repository-url.
`;
var FORMATS = ["html", "markdown", "subprocessors"];
var OPTIONS = {
  format: { type: "string" },
  output: { type: "string", short: "o" },
  manifest: { type: "string" },
  since: { type: "string" },
  help: { type: "boolean", short: "h" }
};
function parseReportArgs(args) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(`${error.message}

${REPORT_USAGE}`);
  }
}
function isReportFormat(format) {
  return FORMATS.includes(format);
}
function repositoryLink(env, manifest) {
  const server = env.GITHUB_SERVER_URL?.replace(/\/+$/, "");
  const repository = env.GITHUB_REPOSITORY;
  if (server && repository && /^https?:\/\//i.test(server)) {
    return { repositoryUrl: `${server}/${repository}`, name: repository, ...env.GITHUB_SHA ? { revision: env.GITHUB_SHA } : {} };
  }
  const configured = manifest?.settings["repository-url"]?.replace(/\/+$/, "");
  if (!configured) return {};
  const name = configured.split("/").slice(-2).join("/").replace(/\.git$/, "");
  return { repositoryUrl: configured.replace(/\.git$/, ""), name };
}
function manifestInRepository(repository, root, manifestPath) {
  const path = relative(repository.top, resolve(root, manifestPath));
  if (path === "" || path.startsWith(`..${sep}`) || path === ".." || isAbsolute(path)) return void 0;
  return path.split(sep).join("/");
}
function manifestHistory(root, manifestPath, since) {
  const repository = locateRepository(root).repository;
  const path = repository ? manifestInRepository(repository, root, manifestPath) : void 0;
  if (!repository || path === void 0) return [];
  return fileHistory(repository, path, since);
}
function changesSince(root, since, prepared, detections, io) {
  const repository = locateRepository(root).repository;
  if (!repository) throw usageError(`--since needs a git repository; ${root} is not in one`);
  const manifestPath = prepared.manifest?.path ?? "subprocessors.yml";
  const inRepository = manifestInRepository(repository, root, manifestPath);
  let before;
  let oldText;
  let commits;
  try {
    oldText = inRepository === void 0 ? void 0 : fileAt(repository, since, inRepository);
    commits = inRepository === void 0 ? [] : fileHistory(repository, inRepository, since);
    before = runScan(prepared, commitSource(root, since, repository), io);
  } catch (error) {
    throw usageError(`--since ${since}: not a revision of this repository (${String(error.stderr ?? error.message).trim().split("\n")[0]})`);
  }
  let oldManifest = null;
  if (oldText !== void 0) {
    try {
      oldManifest = parseManifest(oldText, manifestPath);
    } catch {
      io.stderr(`disclosed: ${manifestPath} at ${since} is not a valid manifest; every entry counts as new
`);
    }
  }
  const vendors = vendorChanges(before.detections, detections);
  return { since, vendorsAdded: vendors.added, vendorsRemoved: vendors.removed, declarations: declarationChanges(oldManifest, prepared.manifest ?? null), commits, manifest: manifestPath };
}
function runReport(args, io) {
  const { values, positionals } = parseReportArgs(args);
  if (values.help) {
    io.stdout(REPORT_USAGE);
    return 0;
  }
  if (positionals.length > 1) throw usageError(`report takes one directory, got: ${positionals.join(" ")}`);
  const format = values.format ?? "html";
  if (!isReportFormat(format)) throw usageError(`unknown report --format "${format}"; expected one of: ${FORMATS.join(", ")}`);
  const root = resolve(io.cwd, positionals[0] ?? ".");
  if (!existsSync(root) || !statSync(root).isDirectory()) throw usageError(`not a directory: ${positionals[0] ?? "."}`);
  if (values.since !== void 0 && format === "subprocessors") throw usageError("--since applies to the html and markdown reports, not to --format subprocessors");
  const prepared = prepareScan(root, { manifest: values.manifest }, io);
  let text;
  let summary;
  if (format === "subprocessors") {
    if (!prepared.manifest) throw usageError(`no policy manifest found in ${positionals[0] ?? "."}; run \`disclosed init\` first, or pass --manifest FILE`);
    let history = [];
    try {
      history = manifestHistory(root, prepared.manifest.path);
    } catch (error) {
      io.stderr(`disclosed: cannot read the history of ${prepared.manifest.path}: ${error.message.split("\n")[0]}
`);
    }
    const lastUpdated = (history[0]?.date ?? io.now.toISOString()).slice(0, 10);
    text = formatSubprocessors(prepared.manifest, prepared.catalog, { lastUpdated });
    const unreviewed = unreviewedProducts(subprocessorRows(prepared.manifest, prepared.catalog));
    if (unreviewed.length > 0) io.stderr(`disclosed: ${unreviewed.length} subprocessor${unreviewed.length === 1 ? " has" : "s have"} no reviewed purpose: ${unreviewed.join(", ")}; the list is marked as a draft
`);
    summary = `${prepared.manifest.subprocessors.length} subprocessor${prepared.manifest.subprocessors.length === 1 ? "" : "s"} from ${prepared.manifest.path}`;
  } else {
    const result = runScan(prepared, workingTreeSource(root), io);
    if (result.stats.files === 0) io.stderr(`disclosed: read zero files in ${root}
`);
    const link = repositoryLink(io.env, prepared.manifest);
    const repository = locateRepository(root).repository;
    const commit = repository ? headCommit(repository) : void 0;
    const context = {
      result,
      toolVersion: toolVersion(),
      color: false,
      ...prepared.manifest ? { manifest: prepared.manifest } : {},
      catalog: prepared.catalog,
      generatedAt: io.now,
      title: link.name ?? basename(root),
      ...link.repositoryUrl ? { repositoryUrl: link.repositoryUrl } : {},
      ...link.revision ? { revision: link.revision } : {},
      ...commit ? { commit } : {},
      ...values.since !== void 0 ? { changes: changesSince(root, values.since, prepared, result.detections, io) } : {}
    };
    text = format === "html" ? formatHtml(context) : formatDriftMarkdown(context);
    const undeclared = result.detections.filter((detection) => !detection.declared).length;
    summary = `${result.detections.length} vendor${result.detections.length === 1 ? "" : "s"} detected, ${undeclared} undeclared`;
  }
  if (values.output === void 0) {
    io.stdout(text);
    return 0;
  }
  const target = resolve(io.cwd, values.output);
  try {
    writeFileSync(target, text);
  } catch (error) {
    throw usageError(`cannot write ${values.output}: ${error.code ?? error.message}`);
  }
  io.stdout(`wrote ${values.output} (${format}): ${summary}
`);
  return 0;
}

// src/commands/declare.ts
import { readFileSync, writeFileSync as writeFileSync2 } from "node:fs";
import { join, relative as relative2, resolve as resolve2 } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";
function manifestToEdit(root, explicit, base, io) {
  const manifest = loadManifest(root, explicit === void 0 ? void 0 : resolve2(base, explicit), io);
  if (!manifest) throw usageError(`no policy manifest to add to (looked for ${MANIFEST_NAMES.join(", ")}): run \`disclosed init\` first`);
  const absolute = explicit === void 0 ? join(root, manifest.path) : resolve2(base, explicit);
  const prepared = prepareScan(root, { manifest: absolute }, io);
  return { absolute, shown: relative2(io.cwd, absolute) || absolute, prepared };
}
function writeDeclarations(absolute, shown, entries) {
  const before = readFileSync(absolute, "utf8");
  let after;
  try {
    after = addDeclarations(before, entries);
  } catch (error) {
    if (isDeclarationProblem(error)) throw usageError(`cannot add to ${shown}: ${error.message}`);
    throw error;
  }
  parseManifest(after, shown);
  writeFileSync2(absolute, after);
}
function listed(entries) {
  return entries.map((entry) => entry.vendor).join(", ");
}
function runInitUpdate(root, manifest, io) {
  const { absolute, shown, prepared } = manifestToEdit(root, manifest, root, io);
  const result = runScan(prepared, workingTreeSource(root), io);
  const entries = undeclaredDeclarations(result);
  if (entries.length === 0) {
    io.stdout(`${shown} already declares every vendor found in ${result.stats.files} files; nothing to add.
`);
    return 0;
  }
  writeDeclarations(absolute, shown, entries);
  io.stdout(`added ${entries.length} vendor${entries.length === 1 ? "" : "s"} to ${shown}: ${listed(entries)}. Replace each TODO purpose, then run \`disclosed check\`.
`);
  return 0;
}
var DECLARE_USAGE = "usage: disclosed declare VENDOR... [--purpose TEXT] [--manifest FILE]";
function runDeclare(args, io) {
  const { values, positionals } = (() => {
    try {
      return parseArgs2({ args, options: { purpose: { type: "string" }, manifest: { type: "string" }, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
    } catch (error) {
      throw usageError(`${error.message.split("\n")[0]}
${DECLARE_USAGE}`);
    }
  })();
  if (values.help) {
    io.stdout(`${DECLARE_USAGE}

Adds each catalog vendor to the policy manifest with a TODO purpose (or --purpose TEXT),
keeping every existing line, comment and order. See \`disclosed vendors\` for the ids.
`);
    return 0;
  }
  if (positionals.length === 0) throw usageError(DECLARE_USAGE);
  if (values.purpose !== void 0 && values.purpose.trim() === "") throw usageError("--purpose needs a text: why you send data to the vendor");
  const { absolute, shown, prepared } = manifestToEdit(io.cwd, values.manifest, io.cwd, io);
  const { catalog } = prepared;
  const unknown = positionals.filter((id) => !catalog.vendors.has(id));
  if (unknown.length > 0) {
    const problems = unknown.map((id) => {
      const [suggestion] = closest(id, catalog.vendors.keys());
      return `unknown vendor "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ""}`;
    });
    throw usageError(`${problems.join("\n")}
see \`disclosed vendors\` for the catalog ids; nothing was declared`);
  }
  const declared = buildDeclarations(prepared.manifest, catalog).declared;
  const entries = [];
  for (const id of new Set(positionals)) {
    const vendor = catalog.vendors.get(id);
    const existing = declared.get(id)?.[0];
    if (existing) {
      const by = existing.vendor === void 0 ? ` (by organization: ${existing.organization})` : "";
      io.stdout(`${id} (${vendor.name}) is already declared in ${shown}:${existing.position.line}${by}
`);
      continue;
    }
    entries.push({ vendor: id, name: vendor.name, ...values.purpose !== void 0 ? { purpose: values.purpose } : {} });
  }
  if (entries.length === 0) return 0;
  writeDeclarations(absolute, shown, entries);
  const todo = values.purpose === void 0 ? " Replace each TODO purpose, then run `disclosed check`." : "";
  io.stdout(`declared ${listed(entries)} in ${shown}.${todo}
`);
  return 0;
}

// src/baseline.ts
import { existsSync as existsSync2, readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
var BASELINE_VERSION = 1;
function renderBaseline(result) {
  const entries = /* @__PURE__ */ new Map();
  for (const finding of result.findings) {
    if (finding.suppressed || entries.has(finding.fingerprint)) continue;
    entries.set(finding.fingerprint, {
      fingerprint: finding.fingerprint,
      rule: finding.rule,
      ...finding.vendor ? { vendor: finding.vendor } : {},
      path: finding.location.path,
      line: finding.location.line
    });
  }
  const sorted = [...entries.values()].sort((a, b) => a.path.localeCompare(b.path) || a.rule.localeCompare(b.rule) || (a.vendor ?? "").localeCompare(b.vendor ?? ""));
  return `${JSON.stringify({ tool: "disclosed", version: BASELINE_VERSION, findings: sorted }, null, 2)}
`;
}
function readBaseline(absolute, name) {
  if (!existsSync2(absolute) || statSync2(absolute).isDirectory()) throw usageError(`baseline not found: ${name} (write one with \`disclosed check --write-baseline ${name}\`)`);
  let parsed;
  try {
    parsed = JSON.parse(readFileSync2(absolute, "utf8"));
  } catch {
    throw usageError(`baseline ${name} is not valid JSON; write it again with \`disclosed check --write-baseline ${name}\``);
  }
  const findings = parsed?.findings;
  if (typeof parsed !== "object" || parsed === null || parsed.tool !== "disclosed" || !Array.isArray(findings)) {
    throw usageError(`baseline ${name} is not a disclosed baseline (expected {"tool": "disclosed", "version": 1, "findings": [...]}); write it with \`disclosed check --write-baseline ${name}\``);
  }
  const version = parsed.version;
  if (version !== BASELINE_VERSION) throw usageError(`baseline ${name} has version ${JSON.stringify(version)}; this disclosed reads version ${BASELINE_VERSION}`);
  const entries = [];
  for (const [i, item] of findings.entries()) {
    const entry = item;
    if (typeof entry?.fingerprint !== "string" || !/^[0-9a-f]{16,64}$/.test(entry.fingerprint) || typeof entry.rule !== "string" || typeof entry.path !== "string") {
      throw usageError(`baseline ${name}: entry ${i + 1} needs a hex "fingerprint", a "rule" and a "path"`);
    }
    entries.push({ fingerprint: entry.fingerprint, rule: entry.rule, ...typeof entry.vendor === "string" ? { vendor: entry.vendor } : {}, path: entry.path, line: typeof entry.line === "number" ? entry.line : 1 });
  }
  return { name, entries };
}
function applyBaseline(result, baseline) {
  const known = new Map(baseline.entries.map((entry) => [entry.fingerprint, entry]));
  const occurring = /* @__PURE__ */ new Set();
  for (const finding of result.findings) {
    if (!known.has(finding.fingerprint)) continue;
    occurring.add(finding.fingerprint);
    if (finding.suppressed) continue;
    suppress(finding, baseline);
  }
  const gone = baseline.entries.filter((entry) => !occurring.has(entry.fingerprint));
  if (gone.length === 0) return;
  const named = gone.slice(0, 5).map((entry) => `${entry.rule}${entry.vendor ? ` ${entry.vendor}` : ""} in ${entry.path}`);
  result.hints.push(
    `note: ${gone.length} baseline entr${gone.length === 1 ? "y" : "ies"} in ${baseline.name} no longer occur${gone.length === 1 ? "s" : ""} (${named.join("; ")}${gone.length > 5 ? `; and ${gone.length - 5} more` : ""}): run \`disclosed check --write-baseline ${baseline.name}\` to drop ${gone.length === 1 ? "it" : "them"}`
  );
}
function suppress(finding, baseline) {
  finding.suppressed = true;
  finding.suppression = { kind: "baseline", reason: `recorded in the baseline ${baseline.name}` };
}

// src/vendors.ts
function coverage(vendor) {
  const kinds = Object.keys(vendor.signatures.packages ?? {});
  if (vendor.signatures.android?.length) kinds.push("android");
  if (vendor.signatures.ios?.length) kinds.push("ios");
  if (vendor.signatures.domains?.length) kinds.push("domains");
  if (vendor.signatures.code?.length) kinds.push("code");
  if (Object.keys(vendor.signatures.imports ?? {}).length > 0) kinds.push("imports");
  if (vendor.signatures["gradle-plugins"]?.length) kinds.push("gradle-plugins");
  return kinds;
}
function listVendors(catalog, options) {
  const vendors = [...catalog.vendors.values()].filter((vendor) => !options.category || vendor.categories.includes(options.category)).sort((a, b) => a.id.localeCompare(b.id));
  if (options.json) {
    return `${JSON.stringify(
      vendors.map((vendor) => ({ id: vendor.id, name: vendor.name, organization: vendor.organization, categories: vendor.categories, ecosystems: coverage(vendor) })),
      null,
      2
    )}
`;
  }
  const width = Math.max(4, ...vendors.map((vendor) => vendor.id.length));
  const lines = vendors.map((vendor) => `${vendor.id.padEnd(width)}  ${vendor.name} (${catalog.organizations.get(vendor.organization)?.name ?? vendor.organization}) \xB7 ${vendor.categories.join(", ")} \xB7 ${coverage(vendor).join(", ")}`);
  return `${lines.join("\n")}
${vendors.length} vendors
`;
}
function explainVendor(catalog, id) {
  const vendor = catalog.vendors.get(id);
  if (!vendor) return void 0;
  const out = [`${vendor.name} (${vendor.id})`];
  out.push(`  organization: ${catalog.organizations.get(vendor.organization)?.name ?? vendor.organization} (${vendor.organization})`);
  out.push(`  categories:   ${vendor.categories.map((category) => catalog.categories.get(category) ?? category).join(", ")}`);
  if (vendor.aliases?.length) out.push(`  aliases:      ${vendor.aliases.join(", ")}`);
  if (vendor.homepage) out.push(`  homepage:     ${vendor.homepage}`);
  if (vendor.privacy) out.push(`  privacy:      ${vendor.privacy}`);
  if (vendor.dpa) out.push(`  dpa:          ${vendor.dpa}`);
  out.push(`  role:         ${vendor.role ?? "processor"}`);
  const organization = catalog.organizations.get(vendor.organization);
  if (organization?.legalEntity) out.push(`  legal entity: ${organization.legalEntity}${organization.country ? ` (${organization.country})` : ""}`);
  out.push("", "Signatures:");
  for (const [ecosystem, names] of Object.entries(vendor.signatures.packages ?? {})) out.push(`  ${ecosystem.padEnd(10)} ${names.join(", ")}`);
  for (const [ecosystem, names] of Object.entries(vendor.signatures["exclude-packages"] ?? {})) out.push(`  not ${ecosystem.padEnd(6)} ${names.join(", ")}`);
  if (vendor.signatures.domains?.length) out.push(`  domains    ${vendor.signatures.domains.join(", ")}`);
  if (vendor.signatures.android?.length) out.push(`  android    ${vendor.signatures.android.join(", ")}`);
  if (vendor.signatures.ios?.length) out.push(`  ios        ${vendor.signatures.ios.join(", ")}`);
  for (const [family, names] of Object.entries(vendor.signatures.imports ?? {})) out.push(`  import ${family.padEnd(6)} ${names.join(", ")}`);
  if (vendor.signatures["gradle-plugins"]?.length) out.push(`  gradle     plugins ${vendor.signatures["gradle-plugins"].join(", ")}`);
  for (const rule of vendor.signatures.code ?? []) out.push(`  code       ${rule.id}: /${rule.pattern}/${rule.languages ? ` (${rule.languages.join(", ")})` : ""}`);
  out.push("", `Defined in ${vendor.source}`);
  return `${out.join("\n")}
`;
}

// src/cli.ts
var USAGE = `Usage: disclosed <command> [options]

Commands:
  check [DIR]              scan DIR (default .) and compare with the policy manifest
  init [DIR]               write a starter subprocessors.yml declaring what was found (--force to replace)
  vendors                  list the vendor catalog (--category C, --json)
  explain VENDOR           one vendor's signatures and where to read about it
  policy-text FILE         what a privacy-policy text names and denies, as the tool understood it (--json)
  init --from-policy FILE [DIR]  draft subprocessors.yml from a privacy-policy text (--force to replace)
  init --update [DIR]      add the vendors found since to the existing manifest, TODO purposes, every line kept
  declare VENDOR...        add catalog vendors to the manifest (--purpose TEXT, --manifest FILE)
  report [DIR]             drift report for a privacy team (--format html|markdown|subprocessors, -o FILE)
  crawl URL...             load the site in headless Chrome/Chromium and check what it loads at runtime (crawl --help)

check options:
  --manifest FILE          policy manifest (default: ${MANIFEST_NAMES.join(", ")})
  --privacy-policy FILE    privacy-policy text to cross-check (default: the manifest's privacy-policy)
  -f, --format F           text | json | sarif | markdown | github | html (repeatable, each optionally followed by --output)
  -o, --output FILE        write the preceding --format to FILE (default: stdout)
  --fail-on LEVEL          error | warning | never (default: error)
  --staged                 pre-commit: scan the git index; only findings new against HEAD fail
  --all                    with --staged: every finding in the index fails, not only new ones
  --base REF               diff mode: only findings new since the merge-base with REF fail
  --baseline FILE          suppress the findings recorded in FILE (default: settings.baseline)
  --write-baseline FILE    record today's findings in FILE; later runs with --baseline fail only on new ones
  --include GLOB           only scan matching paths (repeatable)
  --exclude GLOB           never scan matching paths (repeatable)
  --no-cache               do not reuse per-file results kept in the git directory
  --crawl URL              also load URL in a browser and merge what it loads (repeatable; crawl options apply)
  --color, --no-color      force or turn off colour (default: when stdout is a terminal; NO_COLOR, FORCE_COLOR honoured)
  --quiet                  errors only, no progress
  --version, --help
`;
var defaultIo = () => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: Boolean(process.stderr.isTTY),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  now: /* @__PURE__ */ new Date()
});
async function main(argv, io = defaultIo()) {
  try {
    const [command, ...rest] = argv;
    if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
      io.stdout(USAGE);
      return command === void 0 ? 2 : 0;
    }
    if (command === "--version" || command === "-v") {
      io.stdout(`${toolVersion()}
`);
      return 0;
    }
    switch (command) {
      case "check":
        return await runCheck(rest, io);
      case "init":
        return runInit(rest, io);
      case "declare":
        return runDeclare(rest, io);
      case "vendors":
        return runVendors(rest, io);
      case "policy-text":
        return runPolicyText(rest, io);
      case "explain":
        return runExplain(rest, io);
      case "report":
        return runReport(rest, io);
      case "crawl":
        return await runCrawl(rest, io);
      default:
        throw usageError(`unknown command "${command}"

${USAGE}`);
    }
  } catch (error) {
    return reportFailure(error, io);
  }
}
function reportFailure(error, io) {
  if (isUsageError(error)) {
    io.stderr(`disclosed: ${error.message}
`);
    return 2;
  }
  if (isConfigErrorList(error)) {
    io.stderr(formatConfigErrors(error.errors));
    return 2;
  }
  const err = error;
  io.stderr(`disclosed: internal error: ${err?.message ?? String(error)}
${err?.stack ? `${err.stack.split("\n").slice(1, 6).join("\n")}
` : ""}Please report this with the command you ran.
`);
  return 2;
}
function formatConfigErrors(errors) {
  const lines = [];
  for (const error of errors) {
    lines.push(`${error.file}:${error.line}:${error.column}: error: ${error.message}${error.key ? ` [${error.key}]` : ""}`);
    if (error.suggestion) lines.push(`  suggestion: ${error.suggestion}`);
  }
  lines.push(`${errors.length} problem${errors.length === 1 ? "" : "s"} in configuration; nothing was scanned.`);
  return `${lines.join("\n")}
`;
}
var CHECK_OPTIONS = {
  manifest: { type: "string" },
  format: { type: "string", multiple: true, short: "f" },
  output: { type: "string", multiple: true, short: "o" },
  "fail-on": { type: "string" },
  staged: { type: "boolean" },
  all: { type: "boolean" },
  baseline: { type: "string" },
  "write-baseline": { type: "string" },
  base: { type: "string" },
  include: { type: "string", multiple: true },
  exclude: { type: "string", multiple: true },
  "privacy-policy": { type: "string" },
  "no-color": { type: "boolean" },
  "no-cache": { type: "boolean" },
  color: { type: "boolean" },
  quiet: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  crawl: { type: "string", multiple: true },
  ...RUNTIME_OPTIONS
};
function parseCheckArgs(args) {
  try {
    return parseArgs3({ args, options: CHECK_OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw usageError(argumentProblem(error, Object.keys(CHECK_OPTIONS), "check"));
  }
}
function argumentProblem(error, known, command) {
  const unknown = error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? /'(?<option>-[^']*)'/.exec(error.message)?.groups?.option : void 0;
  if (unknown === void 0) return `${error.message.split("\n")[0]} (disclosed ${command} --help lists the options)`;
  const name = unknown.replace(/^-+/, "").split("=")[0];
  const [suggestion] = closest(name, known);
  return `unknown option '${unknown.split("=")[0]}'${suggestion ? `; did you mean '--${suggestion}'?` : ` (disclosed ${command} --help lists the options)`}`;
}
function useColor(flags, io) {
  if (flags.noColor) return false;
  if (flags.color) return true;
  const force = io.env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force.toLowerCase() !== "false";
  if (io.env.NO_COLOR) return false;
  return Boolean(io.stdoutIsTTY) && !io.env.CI;
}
function resolveRoot(dir, io) {
  const root = resolve3(io.cwd, dir ?? ".");
  if (!existsSync3(root) || !statSync3(root).isDirectory()) throw usageError(`not a directory: ${dir ?? "."}`);
  if (isGitDirectory(root)) throw usageError(`${dir ?? "."} is a bare git repository or a .git directory, with no working tree to scan: scan a clone or a worktree of it instead`);
  return root;
}
function unreadScannable(source, skip) {
  return source.list().map((file) => file.path).filter((path) => !skip.has(path) && isScannable(path) && !hasBinaryExtension(path));
}
async function runCheck(args, terminal) {
  const { values, positionals, tokens } = parseCheckArgs(args);
  const io = values.quiet ? { ...terminal, isTTY: false } : terminal;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length > 1) throw usageError(`check takes one directory, got: ${positionals.join(" ")}`);
  const outputs = outputPairs(tokens);
  const root = resolveRoot(positionals[0], io);
  if (values.all && !values.staged) throw usageError("--all goes with --staged (judge every finding in the index, not only new ones)");
  if (values.all && values.base) throw usageError("--staged --all judges the whole index; it cannot be combined with --base");
  const lookup = locateRepository(root);
  const repository = lookup.repository ?? null;
  if (lookup.distrusted) io.stderr(`disclosed: reading ${positionals[0] ?? "."} as plain files, not through git: ${lookup.distrusted}
`);
  if ((values.staged || values.base) && !repository) throw usageError(`${values.staged ? "--staged" : "--base"} needs a git repository disclosed can read: ${lookup.distrusted ?? `${root} is not in one`}`);
  const source = values.staged ? indexSource(root, repository) : workingTreeSource(root, repository);
  source.prefetch?.().catch(() => void 0);
  const prepared = prepareScan(root, { manifest: values.manifest, privacyPolicy: values["privacy-policy"], include: values.include, exclude: values.exclude, cache: values["no-cache"] ? values.base || values.staged && !values.all ? "memory" : false : true, repository }, io);
  const baselinePath = baselineFile(values.baseline, values["write-baseline"], prepared, io);
  if (baselinePath?.inRoot) prepared.skipMatching.add(baselinePath.inRoot);
  const failOn = values["fail-on"] ?? prepared.manifest?.settings["fail-on"] ?? "error";
  if (failOn !== "error" && failOn !== "warning" && failOn !== "never") throw usageError(`--fail-on must be error, warning or never, not "${failOn}"`);
  if (values.crawl && (values.staged || values.base)) throw usageError("--crawl checks a deployed site with the working tree; it cannot be combined with --staged or --base");
  if (values.crawl) {
    const options = runtimeOptions(values.crawl, values, prepared.manifest);
    const runtime = await withBrowser(() => runtimeScan(prepared.catalog, options, io.env));
    for (const warning of runtime.summary.warnings) io.stderr(`disclosed: crawl: ${warning}
`);
    prepared.runtime = runtime;
  }
  let result;
  if (values.staged) {
    const revision = values.base ? mergeBase(root, values.base, repository) : headCommit2(root, repository);
    result = await stagedScan(prepared, source, values.all ? void 0 : revision, io);
    const changes = stagedChanges(root, source, revision, repository);
    if (!values.quiet) io.stderr(`disclosed: ${plural(changes, "staged change")}, ${plural(result.stats.files, "file")} read${values.all ? " (--all: every finding in the index counts)" : revision ? "" : " (no commit yet: everything staged is new)"}
`);
  } else {
    result = values.base ? await scanWithBase(prepared, prepared, source, mergeBase(root, values.base, repository), io) : await runScanAsync(prepared, source, io);
  }
  if (result.stats.files === 0) {
    const unread = unreadScannable(source, prepared.skipMatching);
    if (unread.length > 0) {
      throw usageError(`read zero files in ${root}, although it has ${unread.length} file${unread.length === 1 ? "" : "s"} to scan (e.g. ${unread[0]}): check --include/--exclude, the manifest's ignore: and settings.include/exclude, and that the files are readable`);
    }
    io.stderr(`disclosed: read zero files in ${root}: nothing in it is code or a dependency manifest
`);
  }
  if (values["write-baseline"] !== void 0) {
    const written = renderBaseline(result);
    writeOutput(baselinePath.absolute, values["write-baseline"], written);
    const count = JSON.parse(written).findings.length;
    io.stderr(`disclosed: wrote ${values["write-baseline"]}: ${count} finding${count === 1 ? "" : "s"} recorded; pass --baseline ${values["write-baseline"]} (or set settings.baseline) to fail only on new ones
`);
  }
  if (baselinePath) applyBaseline(result, readBaseline(baselinePath.absolute, baselinePath.name));
  const color = useColor({ color: values.color, noColor: values["no-color"] }, io);
  const shown = values.quiet ? { ...result, findings: result.findings.filter((finding) => finding.severity === "error"), hints: [] } : result;
  for (const { format, output } of outputs) {
    const text = REPORTERS[format]({
      result: format === "text" ? shown : result,
      toolVersion: toolVersion(),
      color: output ? false : Boolean(color),
      ...prepared.manifest ? { manifest: prepared.manifest } : {},
      catalog: prepared.catalog
    });
    if (output) writeOutput(resolve3(io.cwd, output), output, text);
    else io.stdout(text);
  }
  prepared.cache?.save();
  return exitCodeFor(result, failOn);
}
function baselineFile(explicit, write, prepared, io) {
  const setting = prepared.manifest?.settings.baseline;
  const chosen = write ?? explicit;
  if (write !== void 0 && explicit !== void 0 && resolve3(io.cwd, write) !== resolve3(io.cwd, explicit)) throw usageError("--write-baseline and --baseline name different files: record into one, or read one");
  const absolute = chosen !== void 0 ? resolve3(io.cwd, chosen) : setting !== void 0 ? insideRoot(prepared.root, setting, "settings.baseline") : void 0;
  if (absolute === void 0) return void 0;
  const inRoot = relative3(prepared.root, absolute).split(sep2).join("/");
  const inside = !inRoot.startsWith("..") && !isAbsolute2(inRoot);
  return { absolute, name: chosen ?? setting, ...inside ? { inRoot } : {} };
}
function writeOutput(absolute, name, text) {
  const folder = dirname(absolute);
  if (!existsSync3(folder) || !statSync3(folder).isDirectory()) throw usageError(`cannot write ${name}: the folder ${dirname(name)} does not exist`);
  try {
    writeFileSync3(absolute, text);
  } catch (error) {
    const code = error.code;
    throw usageError(`cannot write ${name}: ${code === "EISDIR" ? "it is a folder" : code === "EACCES" || code === "EPERM" ? "permission denied" : error.message}`);
  }
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
function headCommit2(root, repository) {
  try {
    return gitOutput(root, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], repository) || void 0;
  } catch {
    return void 0;
  }
}
async function stagedScan(prepared, source, revision, io) {
  if (revision === void 0) return runScanAsync(prepared, source, io);
  return scanWithBase(prepared, prepared, source, revision, io);
}
function stagedChanges(root, source, revision, repository) {
  if (revision === void 0) return source.list().length;
  const output = gitOutput(root, ["diff-index", "--cached", "--name-only", "-z", "--no-renames", "--relative", revision], repository);
  return output.split("\0").filter((path) => path !== "").length;
}
function runInit(args, io) {
  const { values, positionals } = (() => {
    try {
      return parseArgs3({ args, options: { force: { type: "boolean" }, manifest: { type: "string" }, "from-policy": { type: "string" }, update: { type: "boolean" } }, allowPositionals: true, strict: true });
    } catch (error) {
      throw usageError(error.message);
    }
  })();
  const root = resolveRoot(positionals[0], io);
  if (values.update) {
    if (values.force || values["from-policy"] !== void 0) throw usageError("init --update edits the existing manifest; it cannot be combined with --force or --from-policy");
    return runInitUpdate(root, values.manifest, io);
  }
  const target = resolve3(root, values.manifest ?? "subprocessors.yml");
  if (existsSync3(target) && !values.force) throw usageError(`${relative3(io.cwd, target) || target} already exists; use --force to replace it, or --update to add the vendors found since`);
  if (values["from-policy"] !== void 0) return runInitFromPolicy(root, values["from-policy"], target, io);
  const prepared = prepareScan(root, { manifest: void 0 }, io);
  const withoutManifest = { ...prepared, manifest: null, policy: void 0 };
  const result = runScan(withoutManifest, workingTreeSource(root), io);
  writeFileSync3(target, renderInit(result, io.now));
  const declaredCount = result.detections.filter((detection) => detection.integrated).length;
  io.stdout(`wrote ${relative3(io.cwd, target) || target}: ${declaredCount} vendor${declaredCount === 1 ? "" : "s"} declared from ${result.stats.files} files. Replace each TODO purpose, then run \`disclosed check\`.
`);
  return 0;
}
function runInitFromPolicy(root, file, target, io) {
  const absolute = resolve3(io.cwd, file);
  if (!existsSync3(absolute) || statSync3(absolute).isDirectory()) throw usageError(`privacy policy not found: ${file}`);
  const inRoot = relative3(root, absolute).split(sep2).join("/");
  const inside = !inRoot.startsWith("..") && !isAbsolute2(inRoot);
  const catalog = buildCatalog();
  const policy = readPolicyText(catalog, { path: inside ? inRoot : file, text: readFileSync3(absolute, "utf8") });
  const draft = renderPolicyDraft(policy, catalog, io.now, inside ? inRoot : void 0);
  const drafted = parseManifest(draft, relative3(io.cwd, target) || target);
  writeFileSync3(target, draft);
  const subprocessors = drafted.subprocessors.length;
  const prohibited = drafted.prohibited.length;
  io.stdout(`wrote ${relative3(io.cwd, target) || target}: ${subprocessors} subprocessor${subprocessors === 1 ? "" : "s"} and ${prohibited} prohibition${prohibited === 1 ? "" : "s"} drafted from ${policy.path}. Review each purpose, then run \`disclosed check\`.
`);
  return 0;
}
function runPolicyText(args, io) {
  const { values, positionals } = (() => {
    try {
      return parseArgs3({ args, options: { json: { type: "boolean" } }, allowPositionals: true, strict: true });
    } catch (error) {
      throw usageError(error.message);
    }
  })();
  if (positionals.length !== 1) throw usageError("usage: disclosed policy-text FILE [--json]");
  const file = positionals[0];
  const absolute = resolve3(io.cwd, file);
  if (!existsSync3(absolute) || statSync3(absolute).isDirectory()) throw usageError(`privacy policy not found: ${file}`);
  const policy = readPolicyText(buildCatalog(), { path: file, text: readFileSync3(absolute, "utf8") });
  io.stdout(values.json ? renderPolicyTextJson(policy) : renderPolicyText(policy));
  return 0;
}
function runVendors(args, io) {
  const { values } = (() => {
    try {
      return parseArgs3({ args, options: { category: { type: "string" }, json: { type: "boolean" } }, strict: true });
    } catch (error) {
      throw usageError(error.message);
    }
  })();
  const catalog = buildCatalog();
  if (values.category && !catalog.categories.has(values.category)) throw usageError(`unknown category "${values.category}"; expected one of: ${[...catalog.categories.keys()].join(", ")}`);
  io.stdout(listVendors(catalog, { category: values.category, json: Boolean(values.json) }));
  return 0;
}
function runExplain(args, io) {
  const [id, ...extra] = args;
  if (!id || extra.length > 0) throw usageError("usage: disclosed explain VENDOR");
  const catalog = buildCatalog();
  const text = explainVendor(catalog, id);
  if (!text) throw usageError(`unknown vendor "${id}"; see \`disclosed vendors\``);
  io.stdout(text);
  return 0;
}
var invokedDirectly = (() => {
  try {
    return process.argv[1] !== void 0 && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`disclosed: internal error: ${String(error)}
`);
      process.exitCode = 2;
    }
  );
}
export {
  formatConfigErrors,
  main,
  useColor
};
