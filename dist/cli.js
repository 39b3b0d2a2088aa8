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
} from "./engine-4IZWTR7G.js";
import {
  MANIFEST_NAMES,
  buildCatalog,
  hasBinaryExtension,
  indexSource,
  isConfigErrorList,
  isGitDirectory,
  isGitWorkTree,
  isScannable,
  parseManifest,
  quote,
  readPolicyText,
  vendorsOfOrganization,
  workingTreeSource
} from "./engine-RC5ZXYEF.js";

// src/cli.ts
import { existsSync as existsSync2, readFileSync, realpathSync, statSync as statSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { fileURLToPath } from "node:url";
import { isAbsolute, relative, resolve as resolve2, sep } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";

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
  help: { type: "boolean", short: "h" }
};
function parseCheckArgs(args) {
  try {
    return parseArgs2({ args, options: CHECK_OPTIONS, allowPositionals: true, strict: true, tokens: true });
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
  const root = resolve2(io.cwd, dir ?? ".");
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
    if (output) writeFileSync2(resolve2(io.cwd, output), text);
    else io.stdout(text);
  }
  prepared.cache?.save();
  return exitCodeFor(result, failOn);
}
function runInit(args, io) {
  const { values, positionals } = (() => {
    try {
      return parseArgs2({ args, options: { force: { type: "boolean" }, manifest: { type: "string" }, "from-policy": { type: "string" } }, allowPositionals: true, strict: true });
    } catch (error) {
      throw usageError(error.message);
    }
  })();
  const root = resolveRoot(positionals[0], io);
  const target = resolve2(root, values.manifest ?? "subprocessors.yml");
  if (existsSync2(target) && !values.force) throw usageError(`${relative(io.cwd, target) || target} already exists; use --force to replace it`);
  if (values["from-policy"] !== void 0) return runInitFromPolicy(root, values["from-policy"], target, io);
  const prepared = prepareScan(root, { manifest: void 0 }, io);
  const withoutManifest = { ...prepared, manifest: null, policy: void 0 };
  const result = runScan(withoutManifest, workingTreeSource(root), io);
  writeFileSync2(target, renderInit(result, prepared.catalog, io.now));
  io.stdout(`wrote ${relative(io.cwd, target) || target}: ${result.detections.length} vendor${result.detections.length === 1 ? "" : "s"} declared from ${result.stats.files} files. Fill in each purpose, then run \`disclosed check\`.
`);
  return 0;
}
function runInitFromPolicy(root, file, target, io) {
  const absolute = resolve2(io.cwd, file);
  if (!existsSync2(absolute) || statSync2(absolute).isDirectory()) throw usageError(`privacy policy not found: ${file}`);
  const inRoot = relative(root, absolute).split(sep).join("/");
  const inside = !inRoot.startsWith("..") && !isAbsolute(inRoot);
  const catalog = buildCatalog();
  const policy = readPolicyText(catalog, { path: inside ? inRoot : file, text: readFileSync(absolute, "utf8") });
  const draft = renderPolicyDraft(policy, catalog, io.now, inside ? inRoot : void 0);
  const drafted = parseManifest(draft, relative(io.cwd, target) || target);
  writeFileSync2(target, draft);
  const subprocessors = drafted.subprocessors.length;
  const prohibited = drafted.prohibited.length;
  io.stdout(`wrote ${relative(io.cwd, target) || target}: ${subprocessors} subprocessor${subprocessors === 1 ? "" : "s"} and ${prohibited} prohibition${prohibited === 1 ? "" : "s"} drafted from ${policy.path}. Review each purpose, then run \`disclosed check\`.
`);
  return 0;
}
function runPolicyText(args, io) {
  const { values, positionals } = (() => {
    try {
      return parseArgs2({ args, options: { json: { type: "boolean" } }, allowPositionals: true, strict: true });
    } catch (error) {
      throw usageError(error.message);
    }
  })();
  if (positionals.length !== 1) throw usageError("usage: disclosed policy-text FILE [--json]");
  const file = positionals[0];
  const absolute = resolve2(io.cwd, file);
  if (!existsSync2(absolute) || statSync2(absolute).isDirectory()) throw usageError(`privacy policy not found: ${file}`);
  const policy = readPolicyText(buildCatalog(), { path: file, text: readFileSync(absolute, "utf8") });
  io.stdout(values.json ? renderPolicyTextJson(policy) : renderPolicyText(policy));
  return 0;
}
function runVendors(args, io) {
  const { values } = (() => {
    try {
      return parseArgs2({ args, options: { category: { type: "string" }, json: { type: "boolean" } }, strict: true });
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
