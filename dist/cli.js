#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  REPORTERS,
  SEVERITY_LABELS,
  STATE_LABELS,
  STATUS_LABELS,
  buildDriftReport,
  evidenceLabel,
  exitCodeFor,
  formatHtml,
  isUsageError,
  locationLabel,
  mergeBase,
  plural,
  prepareScan,
  runScan,
  runScanAsync,
  scanWithBase,
  toolVersion,
  usageError
} from "./engine-DGKYMN5Q.js";
import {
  MANIFEST_NAMES,
  buildCatalog,
  emptyFilesScan,
  evaluate,
  hasBinaryExtension,
  indexSource,
  isConfigErrorList,
  isFirstParty,
  isGitDirectory,
  isGitWorkTree,
  isScannable,
  languageOf,
  matchSource,
  parseManifest,
  quote,
  readPolicyText,
  thirdPartyEntity,
  vendorsOfHost,
  vendorsOfOrganization,
  workingTreeSource
} from "./engine-OFEZAO3U.js";

// src/cli.ts
import { existsSync as existsSync2, readFileSync, realpathSync, statSync as statSync2, writeFileSync as writeFileSync3 } from "node:fs";
import { fileURLToPath } from "node:url";
import { isAbsolute, relative, resolve as resolve3, sep } from "node:path";
import { parseArgs as parseArgs3 } from "node:util";

// src/init.ts
function scalar(text) {
  return /^[\w][\w ./()&,-]*$/.test(text) && !/^(?:true|false|null|yes|no|on|off)$/i.test(text) ? text : JSON.stringify(text);
}
function categoryPurpose(catalog, categories) {
  const category = categories?.[0];
  return category ? catalog.categories.get(category) ?? category : "TODO: describe the purpose";
}
function renderInit(result, catalog, now) {
  const lines = [
    "# yaml-language-server: $schema=https://raw.githubusercontent.com/disclosed/disclosed/main/schema/subprocessors.schema.json",
    `# Policy manifest written by \`disclosed init\` on ${now.toISOString().slice(0, 10)}.`,
    "# Declares the subprocessors this code sends data to. Review each purpose, keep it in step",
    "# with your published privacy policy, and run `disclosed check` in CI.",
    "version: 1",
    "# privacy-policy: docs/privacy-policy.md   # cross-check the published text too",
    ""
  ];
  if (result.detections.length === 0) lines.push("subprocessors: []");
  else lines.push("subprocessors:");
  for (const detection of result.detections) {
    const purpose = categoryPurpose(catalog, catalog.vendors.get(detection.vendor)?.categories);
    const places = [...new Set(detection.evidence.map((item) => `${item.path}:${item.line}`))];
    lines.push(`  - vendor: ${detection.vendor}   # ${detection.name}`);
    lines.push(`    purpose: ${scalar(purpose)}`);
    lines.push(`    # found in ${places.slice(0, 3).join(", ")}${places.length > 3 ? ` and ${places.length - 3} more` : ""}`);
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

// src/policy-text/draft.ts
function scalar2(text) {
  return /^[\w][\w ./()&,-]*$/.test(text) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(text) ? text : JSON.stringify(text);
}
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
function renderPolicyDraft(policy, catalog, now, policyPath) {
  const named = policy.mentions.filter((mention) => mention.status === "named");
  const denied = policy.mentions.filter((mention) => mention.status === "denied");
  const namedVendors = /* @__PURE__ */ new Map();
  const namedOrganizations = /* @__PURE__ */ new Map();
  for (const mention of named) {
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
    policyPath ? `privacy-policy: ${scalar2(policyPath)}` : `# privacy-policy: ${policy.path}   # a path inside the repository, to cross-check`,
    ""
  ];
  const entries = [];
  const sourceComment = (mention) => `    # ${policy.path}:${mention.line}: ${quote(mention.sentence, 100).replace(/\s+/g, " ")}`;
  for (const [id, mentions] of [...namedVendors].sort((a, b) => a[0].localeCompare(b[0]))) {
    const vendor = catalog.vendors.get(id);
    const purpose = mentions.map(guessPurpose).find(Boolean) ?? categoryPurpose(catalog, vendor.categories);
    entries.push(`  - vendor: ${id}   # ${vendor.name}`, `    purpose: ${scalar2(purpose)}`, sourceComment(mentions[0]));
  }
  for (const [id, mentions] of [...namedOrganizations].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (organizationsOfNamed.has(id)) continue;
    const purpose = mentions.map(guessPurpose).find(Boolean) ?? "TODO: describe the purpose";
    entries.push(`  - organization: ${id}   # ${catalog.organizations.get(id)?.name ?? id}`, `    purpose: ${scalar2(purpose)}`, sourceComment(mentions[0]));
  }
  lines.push(entries.length > 0 ? "subprocessors:" : "subprocessors: []", ...entries, "");
  const namedIds = new Set(namedVendors.keys());
  for (const id of namedOrganizations.keys()) for (const vendor of vendorsOfOrganization(catalog, id)) namedIds.add(vendor);
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
    if (covered.some((id) => namedIds.has(id))) continue;
    const reason = `The privacy policy says: ${quote(mention.sentence, 120)}`;
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
  const label = `${mention.name} (${mention.kind === "organization" ? "organization " : ""}${mention.id})`;
  return mention.match.toLowerCase() === mention.name.toLowerCase() ? label : `${label} as "${mention.match}"`;
}
function renderPolicyText(policy) {
  const lines = [`${policy.path} (${policy.format}): ${policy.sentences.length} sentence${policy.sentences.length === 1 ? "" : "s"} read`];
  for (const status of ["named", "denied", "ignored"]) {
    const mentions = policy.mentions.filter((mention) => mention.status === status);
    lines.push("", `${HEADINGS[status]}: ${mentions.length === 0 ? "none" : ""}`.trimEnd());
    for (const mention of mentions) {
      lines.push(`  ${mention.line}:${mention.column}  ${describe(mention)}${status === "named" ? "" : ` (${mention.reason ?? ""})`}`);
      lines.push(`      "${mention.sentence.length > 200 ? `${mention.sentence.slice(0, 199)}\u2026` : mention.sentence}"`);
    }
  }
  return `${lines.join("\n")}
`;
}
function renderPolicyTextJson(policy) {
  const group = (status) => policy.mentions.filter((mention) => mention.status === status);
  return `${JSON.stringify({ version: 1, path: policy.path, format: policy.format, sentences: policy.sentences.length, named: group("named"), denied: group("denied"), ignored: group("ignored") }, null, 2)}
`;
}

// src/report.ts
import { existsSync, statSync, writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/reporters/drift-markdown.ts
function markdownText(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~#!]/g, (char) => `\\${char}`).replace(/\r?\n/g, " ");
}
function codeSpan(text) {
  const content = text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = longest > 0 || content.startsWith(" ") ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}
function location(report, path, line) {
  const label = codeSpan(locationLabel(path, line));
  const url = report.link(path, line);
  return url ? `[${label}](${url})` : label;
}
function evidenceCell(report, evidence) {
  return evidence.map((item) => `${location(report, item.path, item.line)} ${markdownText(evidenceLabel(item))}`).join("<br>");
}
var VERDICT_ICONS = { fail: "\u274C", warn: "\u26A0\uFE0F", pass: "\u2705" };
function findingTable(report, items, withReason) {
  const header = ["Rule", "Vendor", "Location", "Message", ...withReason ? ["Reason"] : []];
  const rows = items.map(
    (item) => `| ${codeSpan(item.rule)} | ${markdownText(item.vendor ?? "")} | ${location(report, item.path, item.line)} | ${markdownText(item.message)} |${withReason ? ` ${markdownText(item.suppression ?? "")} |` : ""}`
  );
  return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows, ""];
}
function formatDriftMarkdown(context) {
  const report = buildDriftReport(context);
  const out = [];
  out.push(`## Subprocessor drift report: ${markdownText(report.title)}`, "");
  out.push(`**${VERDICT_ICONS[report.verdict]} ${report.verdictText}**`, "");
  const undeclared = report.vendors.filter((vendor) => !vendor.declared).length;
  const unused = report.declarations.filter((declaration) => declaration.state === "unused").length;
  const generated = report.generatedAt ? ` \xB7 generated ${report.generatedAt.toISOString().replace("T", " ").slice(0, 16)} UTC` : "";
  out.push(
    `${plural(report.vendors.length, "vendor")} detected (${undeclared} undeclared) \xB7 ${unused} declared but not found \xB7 ${plural(report.counts.errors, "error")}, ${plural(report.counts.warnings, "warning")}, ${plural(report.counts.notes, "note")}${report.counts.suppressed ? `, ${report.counts.suppressed} suppressed` : ""} \xB7 ${plural(report.files, "file")} scanned \xB7 manifest: ${report.manifest ? codeSpan(report.manifest) : "none"}${generated}`,
    ""
  );
  out.push("### Detected vendors", "");
  if (report.vendors.length === 0) out.push("No third-party SDKs, scripts or endpoints were detected.", "");
  else {
    out.push("| Vendor | Organization | Categories | Status | Purpose (manifest) | Evidence |", "|---|---|---|---|---|---|");
    for (const vendor of report.vendors) {
      const status = vendor.status === "declared" ? STATUS_LABELS[vendor.status] : `**${STATUS_LABELS[vendor.status]}**`;
      out.push(
        `| ${markdownText(vendor.name)} (${codeSpan(vendor.id)}) | ${markdownText(vendor.organization)} | ${markdownText(vendor.categories.join(", "))} | ${status} | ${vendor.purpose ? markdownText(vendor.purpose) : "\u2014"} | ${evidenceCell(report, vendor.evidence)} |`
      );
    }
    out.push("");
  }
  if (report.categories.length > 0) {
    const max = Math.max(...report.categories.map((category) => category.declared + category.undeclared));
    out.push("### Vendors per category", "", "| Category | Declared | Undeclared | |", "|---|--:|--:|---|");
    for (const category of report.categories) {
      const bar = "\u2588".repeat(Math.max(1, Math.round((category.declared + category.undeclared) / max * 20)));
      out.push(`| ${markdownText(category.label)} | ${category.declared} | ${category.undeclared} | ${bar} |`);
    }
    out.push("");
  }
  out.push("### Findings by severity", "");
  if (report.findings.length === 0) out.push("No findings.", "");
  for (const group of report.findings) {
    out.push(`#### ${SEVERITY_LABELS[group.severity]} (${group.items.length})`, "", ...findingTable(report, group.items, false));
  }
  if (report.suppressed.length > 0) out.push(`#### Suppressed (${report.suppressed.length})`, "", ...findingTable(report, report.suppressed, true));
  out.push("### Declared subprocessors", "");
  if (report.manifest === null) out.push("No policy manifest was found: nothing is declared. Run `disclosed init` to write a starter `subprocessors.yml`.", "");
  else if (report.declarations.length === 0) out.push(`${codeSpan(report.manifest)} declares no subprocessors.`, "");
  else {
    out.push("| Subprocessor | Purpose | Data | Location | In code |", "|---|---|---|---|---|");
    for (const declaration of report.declarations) {
      const state = declaration.state === "unused" ? `**${STATE_LABELS[declaration.state]}**` : STATE_LABELS[declaration.state];
      const covered = declaration.kind === "organization" && declaration.detected.length > 0 ? ` (${markdownText(declaration.detected.join(", "))})` : "";
      out.push(
        `| ${markdownText(declaration.name)} (${codeSpan(`${declaration.kind === "organization" ? "organization: " : ""}${declaration.id}`)}) | ${markdownText(declaration.purpose ?? "")} | ${markdownText((declaration.data ?? []).join(", "))} | ${markdownText(declaration.location ?? "")} | ${state}${covered} |`
      );
    }
    out.push("");
  }
  out.push(`<sub>Generated by disclosed ${markdownText(report.toolVersion)}.</sub>`);
  return `${out.join("\n")}
`;
}

// src/reporters/subprocessors.ts
function subprocessorRows(manifest, catalog) {
  return manifest.subprocessors.map((entry) => {
    const id = entry.vendor ?? entry.organization ?? "";
    const name = entry.vendor !== void 0 ? catalog?.vendors.get(id)?.name ?? manifest.customVendors.find((vendor) => vendor.id === id)?.name ?? id : catalog?.organizations.get(id)?.name ?? id;
    return { name, purpose: entry.purpose ?? "", data: (entry.data ?? []).join(", "), location: entry.location ?? "" };
  });
}
function formatSubprocessors(manifest, catalog) {
  const rows = subprocessorRows(manifest, catalog);
  if (rows.length === 0) return "We do not currently engage any subprocessors.\n";
  const columns = [
    { title: "Subprocessor", value: (row) => row.name },
    { title: "Purpose", value: (row) => row.purpose }
  ];
  if (rows.some((row) => row.data)) columns.push({ title: "Data processed", value: (row) => row.data });
  if (rows.some((row) => row.location)) columns.push({ title: "Location", value: (row) => row.location });
  const lines = [`| ${columns.map((column) => column.title).join(" | ")} |`, `|${columns.map(() => "---").join("|")}|`];
  for (const row of rows) lines.push(`| ${columns.map((column) => markdownText(column.value(row))).join(" | ")} |`);
  return `${lines.join("\n")}
`;
}

// src/report.ts
var REPORT_USAGE = `Usage: disclosed report [DIR] [--format html|markdown|subprocessors] [-o FILE] [--manifest FILE]

  --format F               html (default): a self-contained drift report for a privacy team
                           markdown: the same report for wikis and PR descriptions
                           subprocessors: the public subprocessor table from the manifest, as Markdown
  -o, --output FILE        write to FILE (default: stdout)
  --manifest FILE          policy manifest (default: subprocessors.yml and the usual places)

Links to evidence use GITHUB_SERVER_URL/GITHUB_REPOSITORY/GITHUB_SHA when set, or the
manifest's settings.repository-url.
`;
var FORMATS = ["html", "markdown", "subprocessors"];
var OPTIONS = {
  format: { type: "string" },
  output: { type: "string", short: "o" },
  manifest: { type: "string" },
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
  const prepared = prepareScan(root, { manifest: values.manifest }, io);
  let text;
  let summary;
  if (format === "subprocessors") {
    if (!prepared.manifest) throw usageError(`no policy manifest found in ${positionals[0] ?? "."}; run \`disclosed init\` first, or pass --manifest FILE`);
    text = formatSubprocessors(prepared.manifest, prepared.catalog);
    summary = `${prepared.manifest.subprocessors.length} subprocessor${prepared.manifest.subprocessors.length === 1 ? "" : "s"} from ${prepared.manifest.path}`;
  } else {
    const result = runScan(prepared, workingTreeSource(root), io);
    if (result.stats.files === 0) io.stderr(`disclosed: read zero files in ${root}
`);
    const link = repositoryLink(io.env, prepared.manifest);
    const context = {
      result,
      toolVersion: toolVersion(),
      color: false,
      ...prepared.manifest ? { manifest: prepared.manifest } : {},
      catalog: prepared.catalog,
      generatedAt: io.now,
      title: link.name ?? basename(root),
      ...link.repositoryUrl ? { repositoryUrl: link.repositoryUrl } : {},
      ...link.revision ? { revision: link.revision } : {}
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

// src/commands/crawl.ts
import { writeFileSync as writeFileSync2 } from "node:fs";
import { resolve as resolve2 } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";

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
import { join } from "node:path";
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
async function launchBrowser(executable, extraFlags, startTimeoutMs = 2e4) {
  const profile = mkdtempSync(join(tmpdir(), "disclosed-crawl-"));
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
import { join as join2 } from "node:path";
var CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/opt/google/chrome/chrome",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  join2(process.env["PROGRAMFILES"] ?? "C:\\Program Files", "Google\\Chrome\\Application\\chrome.exe"),
  join2(process.env["PROGRAMFILES(X86)"] ?? "C:\\Program Files (x86)", "Google\\Chrome\\Application\\chrome.exe")
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
  --format F, --output FILE, --fail-on LEVEL, --no-color: as for check
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
  const { values, positionals, tokens } = (() => {
    try {
      return parseArgs2({
        args,
        options: { ...RUNTIME_OPTIONS, manifest: { type: "string" }, format: { type: "string", multiple: true, short: "f" }, output: { type: "string", multiple: true, short: "o" }, "fail-on": { type: "string" }, "no-color": { type: "boolean" }, help: { type: "boolean", short: "h" } },
        allowPositionals: true,
        strict: true,
        tokens: true
      });
    } catch (error) {
      throw usageError(`${error.message}

${CRAWL_USAGE}`);
    }
  })();
  if (values.help) {
    io.stdout(CRAWL_USAGE);
    return 0;
  }
  if (positionals.length === 0) throw usageError(`crawl needs at least one URL

${CRAWL_USAGE}`);
  const outputs = [];
  for (const token of tokens ?? []) {
    if (token.kind !== "option") continue;
    if (token.name === "format") outputs.push({ format: String(token.value) });
    if (token.name === "output") {
      const last = outputs.at(-1);
      if (!last || last.output !== void 0) throw usageError("--output must follow a --format");
      last.output = String(token.value);
    }
  }
  if (outputs.length === 0) outputs.push({ format: "text" });
  for (const { format } of outputs) if (!REPORTERS[format]) throw usageError(`unknown --format "${format}"; expected one of: ${Object.keys(REPORTERS).join(", ")}`);
  const prepared = prepareScan(io.cwd, { manifest: values.manifest }, io);
  const failOn = values["fail-on"] ?? prepared.manifest?.settings["fail-on"] ?? "error";
  if (failOn !== "error" && failOn !== "warning" && failOn !== "never") throw usageError(`--fail-on must be error, warning or never, not "${failOn}"`);
  const options = runtimeOptions(positionals, values, prepared.manifest);
  const runtime = await withBrowser(() => runtimeScan(prepared.catalog, options, io.env));
  const result = crawlResult(prepared.catalog, prepared.manifest, runtime, io.now);
  for (const warning of runtime.summary.warnings) io.stderr(`disclosed: crawl: ${warning}
`);
  const color = !values["no-color"] && io.isTTY && !io.env["NO_COLOR"] && !io.env["CI"];
  for (const { format, output } of outputs) {
    const text = REPORTERS[format]({ result, toolVersion: toolVersion(), color: output ? false : Boolean(color), ...prepared.manifest ? { manifest: prepared.manifest } : {}, catalog: prepared.catalog });
    if (output) writeFileSync2(resolve2(io.cwd, output), text);
    else io.stdout(text);
  }
  return exitCodeFor(result, failOn);
}

// src/vendors.ts
function coverage(vendor) {
  const kinds = Object.keys(vendor.signatures.packages ?? {});
  if (vendor.signatures.android?.length) kinds.push("android");
  if (vendor.signatures.ios?.length) kinds.push("ios");
  if (vendor.signatures.domains?.length) kinds.push("domains");
  if (vendor.signatures.code?.length) kinds.push("code");
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
  out.push("", "Signatures:");
  for (const [ecosystem, names] of Object.entries(vendor.signatures.packages ?? {})) out.push(`  ${ecosystem.padEnd(10)} ${names.join(", ")}`);
  for (const [ecosystem, names] of Object.entries(vendor.signatures["exclude-packages"] ?? {})) out.push(`  not ${ecosystem.padEnd(6)} ${names.join(", ")}`);
  if (vendor.signatures.domains?.length) out.push(`  domains    ${vendor.signatures.domains.join(", ")}`);
  if (vendor.signatures.android?.length) out.push(`  android    ${vendor.signatures.android.join(", ")}`);
  if (vendor.signatures.ios?.length) out.push(`  ios        ${vendor.signatures.ios.join(", ")}`);
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
  report [DIR]             drift report for a privacy team (--format html|markdown|subprocessors, -o FILE)
  crawl URL...             load the site in headless Chrome/Chromium and check what it loads at runtime (crawl --help)

check options:
  --manifest FILE          policy manifest (default: ${MANIFEST_NAMES.join(", ")})
  --privacy-policy FILE    privacy-policy text to cross-check (default: the manifest's privacy-policy)
  --format F               text | json | sarif | markdown | github | html (repeatable, each optionally followed by --output)
  --output FILE            write the preceding --format to FILE (default: stdout)
  --fail-on LEVEL          error | warning | never (default: error)
  --staged                 scan the git index (what is about to be committed)
  --base REF               diff mode: only findings new since the merge-base with REF fail
  --include GLOB           only scan matching paths (repeatable)
  --exclude GLOB           never scan matching paths (repeatable)
  --no-cache               do not reuse per-file results kept in the git directory
  --crawl URL              also load URL in a browser and merge what it loads (repeatable; crawl options apply)
  --no-color, --quiet      plain output; errors only
  --version, --help
`;
var defaultIo = () => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: Boolean(process.stderr.isTTY),
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
  format: { type: "string", multiple: true },
  output: { type: "string", multiple: true },
  "fail-on": { type: "string" },
  staged: { type: "boolean" },
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
    throw usageError(`${error.message}

${USAGE}`);
  }
}
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
function resolveRoot(dir, io) {
  const root = resolve3(io.cwd, dir ?? ".");
  if (!existsSync2(root) || !statSync2(root).isDirectory()) throw usageError(`not a directory: ${dir ?? "."}`);
  if (isGitDirectory(root)) throw usageError(`${dir ?? "."} is a bare git repository or a .git directory, with no working tree to scan: scan a clone or a worktree of it instead`);
  return root;
}
function unreadScannable(source, skip) {
  return source.list().map((file) => file.path).filter((path) => !skip.has(path) && isScannable(path) && !hasBinaryExtension(path));
}
async function runCheck(args, io) {
  const { values, positionals, tokens } = parseCheckArgs(args);
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length > 1) throw usageError(`check takes one directory, got: ${positionals.join(" ")}`);
  const outputs = outputPairs(tokens);
  const root = resolveRoot(positionals[0], io);
  if (values.staged && values.base) throw usageError("--staged and --base cannot be combined");
  const source = values.staged ? indexSource(root) : workingTreeSource(root);
  source.prefetch?.().catch(() => void 0);
  const prepared = prepareScan(root, { manifest: values.manifest, privacyPolicy: values["privacy-policy"], include: values.include, exclude: values.exclude, cache: values["no-cache"] ? values.base ? "memory" : false : true }, io);
  const failOn = values["fail-on"] ?? prepared.manifest?.settings["fail-on"] ?? "error";
  if (failOn !== "error" && failOn !== "warning" && failOn !== "never") throw usageError(`--fail-on must be error, warning or never, not "${failOn}"`);
  if ((values.staged || values.base) && !isGitWorkTree(root)) throw usageError(`${values.staged ? "--staged" : "--base"} needs a git repository: ${root}`);
  if (values.crawl && (values.staged || values.base)) throw usageError("--crawl checks a deployed site with the working tree; it cannot be combined with --staged or --base");
  if (values.crawl) {
    const options = runtimeOptions(values.crawl, values, prepared.manifest);
    const runtime = await withBrowser(() => runtimeScan(prepared.catalog, options, io.env));
    for (const warning of runtime.summary.warnings) io.stderr(`disclosed: crawl: ${warning}
`);
    prepared.runtime = runtime;
  }
  const result = values.base ? await scanWithBase(prepared, prepared, source, mergeBase(root, values.base), io) : await runScanAsync(prepared, source, io);
  if (values.staged) io.stderr(`disclosed: read ${result.stats.files} staged file${result.stats.files === 1 ? "" : "s"} from the git index
`);
  if (result.stats.files === 0) {
    const unread = unreadScannable(source, prepared.skipMatching);
    if (unread.length > 0) {
      throw usageError(`read zero files in ${root}, although it has ${unread.length} file${unread.length === 1 ? "" : "s"} to scan (e.g. ${unread[0]}): check --include/--exclude, the manifest's ignore: and settings.include/exclude, and that the files are readable`);
    }
    io.stderr(`disclosed: read zero files in ${root}: nothing in it is code or a dependency manifest
`);
  }
  const color = !values["no-color"] && (values.color || io.isTTY && !io.env.NO_COLOR && !io.env.CI);
  const shown = values.quiet ? { ...result, findings: result.findings.filter((finding) => finding.severity === "error"), hints: [] } : result;
  for (const { format, output } of outputs) {
    const text = REPORTERS[format]({
      result: format === "text" ? shown : result,
      toolVersion: toolVersion(),
      color: output ? false : Boolean(color),
      ...prepared.manifest ? { manifest: prepared.manifest } : {},
      catalog: prepared.catalog
    });
    if (output) writeFileSync3(resolve3(io.cwd, output), text);
    else io.stdout(text);
  }
  prepared.cache?.save();
  return exitCodeFor(result, failOn);
}
function runInit(args, io) {
  const { values, positionals } = (() => {
    try {
      return parseArgs3({ args, options: { force: { type: "boolean" }, manifest: { type: "string" }, "from-policy": { type: "string" } }, allowPositionals: true, strict: true });
    } catch (error) {
      throw usageError(error.message);
    }
  })();
  const root = resolveRoot(positionals[0], io);
  const target = resolve3(root, values.manifest ?? "subprocessors.yml");
  if (existsSync2(target) && !values.force) throw usageError(`${relative(io.cwd, target) || target} already exists; use --force to replace it`);
  if (values["from-policy"] !== void 0) return runInitFromPolicy(root, values["from-policy"], target, io);
  const prepared = prepareScan(root, { manifest: void 0 }, io);
  const withoutManifest = { ...prepared, manifest: null, policy: void 0 };
  const result = runScan(withoutManifest, workingTreeSource(root), io);
  writeFileSync3(target, renderInit(result, prepared.catalog, io.now));
  io.stdout(`wrote ${relative(io.cwd, target) || target}: ${result.detections.length} vendor${result.detections.length === 1 ? "" : "s"} declared from ${result.stats.files} files. Fill in each purpose, then run \`disclosed check\`.
`);
  return 0;
}
function runInitFromPolicy(root, file, target, io) {
  const absolute = resolve3(io.cwd, file);
  if (!existsSync2(absolute) || statSync2(absolute).isDirectory()) throw usageError(`privacy policy not found: ${file}`);
  const inRoot = relative(root, absolute).split(sep).join("/");
  const inside = !inRoot.startsWith("..") && !isAbsolute(inRoot);
  const catalog = buildCatalog();
  const policy = readPolicyText(catalog, { path: inside ? inRoot : file, text: readFileSync(absolute, "utf8") });
  const draft = renderPolicyDraft(policy, catalog, io.now, inside ? inRoot : void 0);
  const drafted = parseManifest(draft, relative(io.cwd, target) || target);
  writeFileSync3(target, draft);
  const subprocessors = drafted.subprocessors.length;
  const prohibited = drafted.prohibited.length;
  io.stdout(`wrote ${relative(io.cwd, target) || target}: ${subprocessors} subprocessor${subprocessors === 1 ? "" : "s"} and ${prohibited} prohibition${prohibited === 1 ? "" : "s"} drafted from ${policy.path}. Review each purpose, then run \`disclosed check\`.
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
  if (!existsSync2(absolute) || statSync2(absolute).isDirectory()) throw usageError(`privacy policy not found: ${file}`);
  const policy = readPolicyText(buildCatalog(), { path: file, text: readFileSync(absolute, "utf8") });
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
  main
};
