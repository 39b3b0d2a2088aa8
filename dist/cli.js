#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  REPORTERS,
  ROLE_LABELS,
  RULES_DOC,
  RUNTIME_OPTIONS,
  SEVERITY_LABELS,
  STATE_LABELS,
  STATUS_LABELS,
  addDeclarations,
  buildDriftReport,
  codeSpan,
  commitLabel,
  cwdRelativeResult,
  declarationChanges,
  declaredFacts,
  discoverScope,
  escapeHtml,
  evidenceContext,
  evidenceLabel,
  exitCodeFor,
  factsInWords,
  folderPrefix,
  formatChangesMarkdown,
  formatHtml,
  foundIn,
  gitOutput,
  insideRoot,
  isDeclarationProblem,
  isUsageError,
  listInWords,
  loadManifest,
  locationLabel,
  markdownText,
  mergeBase,
  outputPairs,
  parseCommandArgs,
  plural,
  prefixResult,
  prepareScan,
  renderDeclaration,
  ruleDescription,
  runCrawl,
  runScan,
  runScanAsync,
  runtimeOptions,
  runtimeScan,
  scanWithBase,
  scopeFilter,
  selfContainedCsp,
  toolVersion,
  tuneCompilerForScans,
  undeclaredDeclarations,
  usageError,
  useColor,
  vendorChanges,
  withBrowser,
  writeOutput,
  yamlScalar
} from "./engine-7RAMKT5E.js";
import {
  DEFAULT_IGNORES,
  MANIFEST_NAMES,
  RULES,
  buildCatalog,
  buildDeclarations,
  closest,
  commitSource,
  dataLabel,
  effectiveSeverities,
  fileAt,
  fileHistory,
  hasBinaryExtension,
  headCommit,
  indexSource,
  isConfigErrorList,
  isGitDirectory,
  isScannable,
  isTodoPurpose,
  locateRepository,
  locationCodes,
  locationName,
  parseManifest,
  quote,
  readPolicyText,
  todoPurpose,
  transferLabel,
  vendorsOfOrganization,
  workingTreeSource
} from "./engine-NJKRDABT.js";

// src/cli.ts
import { existsSync as existsSync3, readFileSync as readFileSync4, realpathSync as realpathSync2, statSync as statSync3, writeFileSync as writeFileSync3 } from "node:fs";
import { fileURLToPath } from "node:url";
import { isAbsolute as isAbsolute2, relative as relative4, resolve as resolve3, sep as sep3 } from "node:path";

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
function locationLines(text) {
  if (!text) return [];
  const codes = locationCodes(text);
  return codes ? [`    location: [${codes.join(", ")}]`] : [`    # location: [US]   # TODO: country codes for "${text.replace(/\s+/g, " ")}"`];
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
  const location2 = (mentions) => mentions.map((mention) => mention.location).find(Boolean);
  for (const [id, mentions] of [...namedVendors].sort((a, b) => a[0].localeCompare(b[0]))) {
    const vendor = catalog.vendors.get(id);
    const purpose = mentions.map((mention) => mention.purpose ?? guessPurpose(mention)).find(Boolean) ?? todoPurpose(vendor.name);
    const where = location2(mentions);
    entries.push(`  - vendor: ${id}   # ${vendor.name}`, `    purpose: ${yamlScalar(purpose)}`, ...locationLines(where), sourceComment(mentions[0]));
  }
  for (const [id, mentions] of [...namedOrganizations].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (organizationsOfNamed.has(id)) continue;
    const name = catalog.organizations.get(id)?.name ?? id;
    const purpose = mentions.map((mention) => mention.purpose ?? guessPurpose(mention)).find(Boolean) ?? todoPurpose(name);
    const where = location2(mentions);
    entries.push(`  - organization: ${id}   # ${name}`, `    purpose: ${yamlScalar(purpose)}`, ...locationLines(where), sourceComment(mentions[0]));
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
      ...locationLines(unknown.location),
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
import { existsSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { basename, isAbsolute, relative, resolve, sep } from "node:path";

// src/reporters/drift-markdown.ts
function location(report, path, line) {
  const label = codeSpan(locationLabel(path, line));
  const url = report.link(path, line);
  return url ? `[${label}](${url})` : label;
}
var EVIDENCE_SHOWN = 3;
function evidenceCell(report, evidence) {
  const shown = evidence.slice(0, EVIDENCE_SHOWN).map((item) => `${location(report, item.path, item.line)} ${markdownText(`${evidenceLabel(item)}, ${evidenceContext(item)}`)}`);
  const rest = evidence.length - shown.length;
  return [...shown, ...rest > 0 ? [`and ${rest} more location${rest === 1 ? "" : "s"}`] : []].join("<br>");
}
function ruleLink(report, id) {
  const description = ruleDescription(report, id).replace(/["\\]/g, "'");
  return `[${codeSpan(id)}](${RULES_DOC}#${encodeURIComponent(id)}${description ? ` "${markdownText(description)}"` : ""})`;
}
var VERDICT_ICONS = { fail: "\u274C", warn: "\u26A0\uFE0F", pass: "\u2705" };
function findingTable(report, items, withReason) {
  const header = ["Rule", "Vendor", "Location", "Message", ...withReason ? ["Reason"] : []];
  const rows = items.map(
    (item) => `| ${ruleLink(report, item.rule)} | ${markdownText(item.vendor ?? "")} | ${location(report, item.path, item.line)}${item.more ? ` and ${item.more.length} more` : ""} | ${markdownText(item.message)} |${withReason ? ` ${markdownText(item.suppression ?? "")} |` : ""}`
  );
  return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows, ""];
}
function formatDriftMarkdown(context) {
  const report = buildDriftReport(context);
  const out = [];
  out.push(`## Subprocessor drift report: ${markdownText(report.title)}`, "");
  out.push(`**${VERDICT_ICONS[report.verdict]} ${markdownText(report.summary.join(" "))}**`, "");
  out.push(`${report.verdictText}.`, "");
  if (report.commit) {
    const label = markdownText(commitLabel(report.commit));
    out.push(`This report describes ${report.commitUrl ? `[${label}](${report.commitUrl})` : label}.`, "");
  }
  const undeclared = report.vendors.filter((vendor) => vendor.status === "undeclared").length;
  const waived = report.vendors.filter((vendor) => vendor.status === "waived").length;
  const unused = report.declarations.filter((declaration) => declaration.state === "unused").length;
  const generated = report.generatedAt ? ` \xB7 generated ${report.generatedAt.toISOString().replace("T", " ").slice(0, 16)} UTC` : "";
  out.push(
    `${plural(report.vendors.length, "vendor")} detected (${undeclared} undeclared${waived > 0 ? `, ${waived} waived by exception` : ""}) \xB7 ${unused} declared but not found \xB7 ${plural(report.counts.errors, "error")}, ${plural(report.counts.warnings, "warning")}, ${plural(report.counts.notes, "note")}${report.counts.suppressed ? `, ${report.counts.suppressed} suppressed` : ""} \xB7 ${plural(report.files, "file")} scanned \xB7 manifest: ${report.manifest ? codeSpan(report.manifest) : "none"}${generated}`,
    ""
  );
  out.push("### Detected vendors", "");
  if (report.vendors.length === 0) out.push("No third-party SDKs, scripts or endpoints were detected.", "");
  else {
    out.push("| Vendor | Legal entity, role | Categories | Status | Declared purpose, data, location, transfer | Terms | Evidence (strongest first) |", "|---|---|---|---|---|---|---|");
    for (const vendor of report.vendors) {
      let status = vendor.status === "declared" || vendor.status === "waived" ? STATUS_LABELS[vendor.status] : `**${STATUS_LABELS[vendor.status]}**`;
      if (vendor.waiver) status += `: ${markdownText(vendor.waiver.reason)} (${vendor.waiver.expires ? `expires ${markdownText(vendor.waiver.expires)}` : "no expiry"})`;
      const declared = [vendor.declaredAs.purpose ? markdownText(vendor.declaredAs.purpose) : "\u2014", ...factsInWords(vendor.declaredAs).map((fact) => `${fact.label}: ${markdownText(fact.text)}`)].join("<br>");
      const terms = [...vendor.privacy ? [`[Privacy policy](${vendor.privacy})`] : [], ...vendor.dpa ? [`[DPA](${vendor.dpa})`] : []].join("<br>") || "\u2014";
      out.push(
        `| ${markdownText(vendor.name)} (${codeSpan(vendor.id)}) | ${markdownText(vendor.legalEntity)}<br>${ROLE_LABELS[vendor.role]} | ${markdownText(vendor.categories.join(", "))} | ${status} | ${declared} | ${terms} | ${evidenceCell(report, vendor.evidence)} |`
      );
    }
    out.push("");
  }
  if (report.categories.length > 0) {
    const max = Math.max(...report.categories.map((category) => category.declared + category.undeclared + category.waived));
    out.push("### Vendors per category", "", "| Category | Declared | Waived | Undeclared | |", "|---|--:|--:|--:|---|");
    for (const category of report.categories) {
      const bar = "\u2588".repeat(Math.max(1, Math.round((category.declared + category.undeclared + category.waived) / max * 20)));
      out.push(`| ${markdownText(category.label)} | ${category.declared} | ${category.waived} | ${category.undeclared} | ${bar} |`);
    }
    out.push("");
  }
  out.push("### Findings by severity", "");
  if (report.findings.length === 0) out.push("No findings.", "");
  if (report.rules.length > 0) {
    out.push("What the rules mean:", "");
    for (const rule of report.rules) out.push(`- ${codeSpan(rule.id)}: ${markdownText(rule.description)}`);
    out.push("");
  }
  for (const group of report.findings) {
    out.push(`#### ${SEVERITY_LABELS[group.severity]} (${group.items.length})`, "", ...findingTable(report, group.items, false));
  }
  if (report.suppressed.length > 0) out.push(`#### Suppressed (${report.suppressed.length})`, "", ...findingTable(report, report.suppressed, true));
  out.push("### Declared subprocessors", "");
  if (report.manifest === null) out.push("No policy manifest was found: nothing is declared. Run `disclosed init` to write a starter `subprocessors.yml`.", "");
  else if (report.declarations.length === 0) out.push(`${codeSpan(report.manifest)} declares no subprocessors.`, "");
  else {
    out.push("| Subprocessor | Purpose | Data, location, transfer, approval | In code |", "|---|---|---|---|");
    for (const declaration of report.declarations) {
      const state = declaration.state === "unused" ? `**${STATE_LABELS[declaration.state]}**` : STATE_LABELS[declaration.state];
      const covered = declaration.kind === "organization" && declaration.detected.length > 0 ? ` (${markdownText(declaration.detected.join(", "))})` : "";
      out.push(
        `| ${markdownText(declaration.name)} (${codeSpan(`${declaration.kind === "organization" ? "organization: " : ""}${declaration.id}`)}) | ${markdownText(declaration.declaredAs.purpose ?? "")} | ${factsInWords(declaration.declaredAs).map((fact) => `${fact.label}: ${markdownText(fact.text)}`).join("<br>")} | ${state}${covered} |`
      );
    }
    out.push("");
  }
  if (context.changes) out.push(formatChangesMarkdown(context.changes));
  out.push(`<sub>Generated by disclosed ${markdownText(report.toolVersion)}.</sub>`);
  return `${out.join("\n")}
`;
}

// src/reporters/drift-json.ts
function fieldsOf(entry) {
  const { custom: _custom, position: _position, purposePosition: _purposePosition, ...fields } = entry;
  return fields;
}
var findingJson = (report, item) => ({
  ...item,
  ...report.link(item.path, item.line) ? { url: report.link(item.path, item.line) } : {}
});
function formatDriftJson(context) {
  const report = buildDriftReport(context);
  const entries = context.manifest?.subprocessors ?? [];
  const document = {
    version: 1,
    tool: { name: "disclosed", version: report.toolVersion },
    title: report.title,
    generatedAt: report.generatedAt?.toISOString() ?? null,
    commit: report.commit ?? null,
    commitUrl: report.commitUrl ?? null,
    manifest: report.manifest,
    files: report.files,
    verdict: report.verdict,
    summary: report.summary,
    counts: report.counts,
    vendors: report.vendors.map((vendor) => ({
      ...vendor,
      evidence: vendor.evidence.map((item) => ({
        path: item.path,
        line: item.line,
        kind: item.kind,
        match: item.match,
        ...item.context ? { context: item.context } : {},
        ...item.via ? { via: item.via } : {},
        words: evidenceContext(item),
        ...report.link(item.path, item.line) ? { url: report.link(item.path, item.line) } : {}
      }))
    })),
    declarations: report.declarations.map((declaration, index) => ({ ...declaration, fields: entries[index] ? fieldsOf(entries[index]) : {} })),
    findings: report.findings.flatMap((group) => group.items.map((item) => findingJson(report, item))),
    suppressed: report.suppressed.map((item) => findingJson(report, item)),
    rules: report.rules,
    ...context.changes ? { changes: context.changes } : {}
  };
  return `${JSON.stringify(document, null, 2)}
`;
}

// src/reporters/subprocessors.ts
var httpsUrl = (url) => url !== void 0 && /^https:\/\/[^\s"'<>()\\`]+$/i.test(url) ? [url] : [];
var unique = (items) => [...new Set(items.filter((item) => item !== ""))];
function mostCommon(urls) {
  const counts = /* @__PURE__ */ new Map();
  for (const url of urls) counts.set(url, (counts.get(url) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0];
  return best ? [best[0]] : [];
}
function serviceOf(name, entry) {
  const unreviewed = isTodoPurpose(entry.purpose);
  const { approvedBy: _by, approvedOn: _on, purpose, ...facts } = declaredFacts([entry]);
  return { name, facts: { ...!unreviewed && purpose ? { purpose } : {}, ...facts }, unreviewed };
}
function factsOf(entry, manifest, catalog) {
  if (entry.vendor === void 0) {
    const id = entry.organization ?? "";
    const organization2 = catalog?.organizations.get(id);
    const name = organization2?.name ?? id;
    const products = [...catalog?.vendors.values() ?? []].filter((vendor) => vendor.organization === id);
    return {
      entity: organization2?.legalEntity ?? name,
      role: "processor",
      service: serviceOf(name, entry),
      // The company's own terms: the link most of its products share, not one per product.
      privacy: mostCommon(products.flatMap((vendor) => httpsUrl(vendor.privacy))),
      dpa: mostCommon(products.flatMap((vendor) => httpsUrl(vendor.dpa)))
    };
  }
  const rule = catalog?.vendors.get(entry.vendor) ?? manifest.customVendors.find((vendor) => vendor.id === entry.vendor);
  const organization = rule ? catalog?.organizations.get(rule.organization) : void 0;
  const product = rule?.name ?? entry.vendor;
  return {
    // A custom vendor's organization may be unknown to the catalog: its own name stands in.
    entity: organization?.legalEntity ?? organization?.name ?? product,
    role: rule?.role === "controller" ? "controller" : "processor",
    service: serviceOf(product, entry),
    privacy: httpsUrl(rule?.privacy),
    dpa: httpsUrl(rule?.dpa)
  };
}
function buildSubprocessorList(manifest, catalog, options = {}) {
  const groups = /* @__PURE__ */ new Map();
  for (const entry of manifest.subprocessors) {
    const facts = factsOf(entry, manifest, catalog);
    const key = `${facts.role}\0${facts.entity}`;
    groups.set(key, [...groups.get(key) ?? [], facts]);
  }
  const entities = [...groups.values()].map(
    (items) => ({
      name: items[0].entity,
      role: items[0].role,
      services: items.map((item) => item.service),
      privacy: unique(items.flatMap((item) => item.privacy)),
      dpa: unique(items.flatMap((item) => item.dpa))
    })
  );
  return {
    ...options.lastUpdated ? { lastUpdated: options.lastUpdated } : {},
    processors: entities.filter((entity) => entity.role === "processor"),
    controllers: entities.filter((entity) => entity.role === "controller"),
    unreviewed: unique(entities.flatMap((entity) => entity.services.filter((service) => service.unreviewed).map((service) => service.name)))
  };
}
function unreviewedMessage(list2) {
  const n = list2.unreviewed.length;
  return `${n} subprocessor${n === 1 ? " has" : "s have"} no reviewed purpose: ${listInWords(list2.unreviewed)}`;
}
var SECTION_TEXT = {
  processors: { title: "Processors", text: "These companies process personal data on our behalf and under our instructions." },
  controllers: {
    title: "Independent controllers",
    text: "These companies receive personal data through services we use (such as sign-in or embedded content) and decide themselves how they use it, under their own privacy policies."
  }
};
var DRAFT_TEXT = "Draft, not for publication";
var NOT_REVIEWED = "Purpose not yet reviewed";
function serviceColumns(list2) {
  const services = [...list2.processors, ...list2.controllers].flatMap((entity) => entity.services);
  return ["Data", "Location", "Transfer"].filter((label) => services.some((service) => factsInWords(service.facts).some((fact) => fact.label === label)));
}
function serviceFact(service, label) {
  return factsInWords(service.facts).find((fact) => fact.label === label)?.text ?? "";
}
function table(entities, columns) {
  const withTerms = entities.some((entity) => entity.privacy.length + entity.dpa.length > 0);
  const header = ["Subprocessor", "Service", "Purpose", ...columns.map((column) => column === "Data" ? "Data processed" : column), ...withTerms ? ["Terms"] : []];
  const lines = [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`];
  for (const entity of entities) {
    const terms = [...entity.privacy.map((url) => `[Privacy policy](${url})`), ...entity.dpa.map((url) => `[DPA](${url})`)].join("<br>");
    entity.services.forEach((service, index) => {
      const cells = [
        index === 0 ? markdownText(entity.name) : "",
        markdownText(service.name),
        service.unreviewed ? `**${NOT_REVIEWED}**` : markdownText(service.facts.purpose ?? ""),
        ...columns.map((column) => markdownText(serviceFact(service, column))),
        ...withTerms ? [index === 0 ? terms : ""] : []
      ];
      lines.push(`| ${cells.join(" | ")} |`);
    });
  }
  return lines;
}
function formatSubprocessors(list2) {
  const out = [];
  if (list2.unreviewed.length > 0) out.push(`> **${DRAFT_TEXT}:** ${markdownText(unreviewedMessage(list2))}. Describe ${list2.unreviewed.length === 1 ? "its" : "their"} purpose in the manifest.`, "");
  if (list2.lastUpdated) out.push(`Last updated: ${list2.lastUpdated}`, "");
  if (list2.processors.length + list2.controllers.length === 0) {
    out.push("We do not currently engage any subprocessors.");
    return `${out.join("\n")}
`;
  }
  const columns = serviceColumns(list2);
  for (const role of ["processors", "controllers"]) {
    if (list2[role].length === 0) continue;
    out.push(`### ${SECTION_TEXT[role].title}`, "", SECTION_TEXT[role].text, "", ...table(list2[role], columns), "");
  }
  return `${out.join("\n").replace(/\n+$/, "")}
`;
}

// src/reporters/subprocessors-html.ts
var STYLE = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg-alt: #f6f8fa; }
body { margin: 0 auto; max-width: 70rem; padding: 1.5rem; color: var(--fg); background: #fff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.2rem; margin: 2rem 0 .25rem; }
.muted { color: var(--muted); }
.draft { border: 2px solid #b42318; color: #b42318; background: #fde8e7; padding: .75rem 1rem; border-radius: 6px; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid var(--line); }
thead th { background: var(--bg-alt); font-size: .85rem; }
tbody.entity { border-top: 2px solid var(--line); }
td.terms a { display: block; }
.unreviewed { color: #b42318; font-weight: 600; }
a { color: #0969da; }
@media print { body { max-width: none; padding: 0; font-size: 10pt; } tbody.entity { break-inside: avoid; } a { color: inherit; } }
`;
var CSP = selfContainedCsp(STYLE);
function entityRows(entity, columns) {
  const terms = [...entity.privacy.map((url) => `<a href="${escapeHtml(url)}">Privacy policy</a>`), ...entity.dpa.map((url) => `<a href="${escapeHtml(url)}">DPA</a>`)].join("");
  const rows = entity.services.map((service, index) => {
    const head = index === 0 ? `<th scope="rowgroup" rowspan="${entity.services.length}">${escapeHtml(entity.name)}</th>` : "";
    const purpose = service.unreviewed ? `<span class="unreviewed">${NOT_REVIEWED}</span>` : escapeHtml(service.facts.purpose ?? "");
    const facts = columns.map((column) => `<td>${escapeHtml(serviceFact(service, column))}</td>`).join("");
    const termsCell = index === 0 ? `<td class="terms" rowspan="${entity.services.length}">${terms}</td>` : "";
    return `<tr>${head}<td>${escapeHtml(service.name)}</td><td>${purpose}</td>${facts}${termsCell}</tr>`;
  });
  return `<tbody class="entity">${rows.join("")}</tbody>`;
}
function formatSubprocessorsHtml(list2, title = "Subprocessors") {
  const columns = serviceColumns(list2);
  const sections = [];
  for (const role of ["processors", "controllers"]) {
    if (list2[role].length === 0) continue;
    const header = ["Subprocessor", "Service", "Purpose", ...columns.map((column) => column === "Data" ? "Data processed" : column), "Terms"];
    sections.push(
      `<section id="${role}"><h2>${SECTION_TEXT[role].title}</h2><p class="muted">${escapeHtml(SECTION_TEXT[role].text)}</p>`,
      `<table><thead><tr>${header.map((label) => `<th scope="col">${label}</th>`).join("")}</tr></thead>${list2[role].map((entity) => entityRows(entity, columns)).join("\n")}</table></section>`
    );
  }
  const draft = list2.unreviewed.length > 0 ? `<p class="draft" id="draft">${DRAFT_TEXT.toUpperCase()}: ${escapeHtml(unreviewedMessage(list2))}.</p>` : "";
  const empty = sections.length === 0 ? "<p>We do not currently engage any subprocessors.</p>" : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${draft ? "DRAFT: " : ""}${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${draft}
${list2.lastUpdated ? `<p class="muted" id="last-updated">Last updated: <time datetime="${escapeHtml(list2.lastUpdated)}">${escapeHtml(list2.lastUpdated)}</time></p>` : ""}
${empty}${sections.join("\n")}
</body>
</html>
`;
}

// src/reporters/subprocessors-json.ts
function entityJson(entity) {
  return {
    name: entity.name,
    role: entity.role,
    services: entity.services.map((service) => ({
      name: service.name,
      ...service.facts.purpose ? { purpose: service.facts.purpose } : {},
      reviewed: !service.unreviewed,
      data: (service.facts.data ?? []).map((id) => ({ id, label: dataLabel(id) })),
      location: (service.facts.location ?? []).map((code) => ({ code, name: locationName(code) })),
      transfer: (service.facts.transfer ?? []).map((id) => ({ id, label: transferLabel(id) }))
    })),
    privacy: entity.privacy,
    dpa: entity.dpa
  };
}
function formatSubprocessorsJson(list2) {
  const document = {
    version: 1,
    lastUpdated: list2.lastUpdated ?? null,
    draft: list2.unreviewed.length > 0,
    unreviewed: list2.unreviewed,
    processors: list2.processors.map(entityJson),
    controllers: list2.controllers.map(entityJson)
  };
  return `${JSON.stringify(document, null, 2)}
`;
}

// src/report.ts
var REPORT_USAGE = `Usage: disclosed report [DIR] [--format F] [-o FILE] [--manifest FILE] [--since REF|FILE] [--draft]

  --format F               html (default): a self-contained drift report for a privacy team
                           markdown: the same report for wikis and PR descriptions
                           json: the same report as data (schema/drift-report.schema.json)
                           subprocessors: the public subprocessor list from the manifest, as Markdown
                           subprocessors-html: the same list as a self-contained HTML page
                           subprocessors-json: the same list as data (schema/subprocessor-list.schema.json)
  -o, --output FILE        write to FILE (default: stdout)
  --manifest FILE          policy manifest (default: subprocessors.yml and the usual places)
  --since REF|FILE         (html, markdown, json) add what changed since the git revision REF, or
                           since a previous \`report --format json\` FILE: vendors new in or gone
                           from the code, declarations changed, and who changed the manifest (its git log)
  --draft                  (subprocessors*) write the list even when some purpose is still a TODO,
                           marked DRAFT; without it such a list is refused (exit 1)

Links to evidence use GITHUB_SERVER_URL/GITHUB_REPOSITORY/GITHUB_SHA when set, or the
manifest's settings.repository-url.
`;
var DRIFT_FORMATS = { html: formatHtml, markdown: formatDriftMarkdown, json: formatDriftJson };
var LIST_FORMATS = {
  subprocessors: formatSubprocessors,
  "subprocessors-html": (list2) => formatSubprocessorsHtml(list2),
  "subprocessors-json": formatSubprocessorsJson
};
var FORMATS = [...Object.keys(DRIFT_FORMATS), ...Object.keys(LIST_FORMATS)];
var OPTIONS = {
  format: { type: "string" },
  output: { type: "string", short: "o" },
  manifest: { type: "string" },
  since: { type: "string" },
  draft: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
function parseReportArgs(args) {
  return parseCommandArgs("report", { args, options: OPTIONS, allowPositionals: true, strict: true });
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
function manifestHistory(repository, root, manifestPath, since) {
  const path = repository ? manifestInRepository(repository, root, manifestPath) : void 0;
  if (!repository || path === void 0) return [];
  return fileHistory(repository, path, since);
}
function readPreviousReport(file, label) {
  let document;
  try {
    document = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw usageError(`--since ${label}: not a JSON report (${error.message.split("\n")[0]})`);
  }
  const report = document;
  if (report.version !== 1 || !Array.isArray(report.vendors) || !Array.isArray(report.declarations)) {
    throw usageError(`--since ${label}: not a \`disclosed report --format json\` file (no version 1 vendors and declarations)`);
  }
  return { vendors: report.vendors, declarations: report.declarations, commit: report.commit ?? null, generatedAt: report.generatedAt ?? null };
}
function changesSinceReport(repository, root, file, label, prepared, detections) {
  const previous = readPreviousReport(file, label);
  const manifestPath = prepared.manifest?.path ?? "subprocessors.yml";
  const inRepository = repository ? manifestInRepository(repository, root, manifestPath) : void 0;
  let commits = [];
  if (repository && inRepository !== void 0) {
    try {
      commits = previous.commit ? fileHistory(repository, inRepository, previous.commit.sha) : [];
    } catch {
      commits = fileHistory(repository, inRepository, void 0, new Date(previous.commit.date));
    }
    if (!previous.commit && previous.generatedAt) commits = fileHistory(repository, inRepository, void 0, new Date(previous.generatedAt));
  }
  const described = previous.commit ? `commit ${previous.commit.sha.slice(0, 12)}, ${previous.commit.date.slice(0, 10)}` : previous.generatedAt ? `generated ${previous.generatedAt.slice(0, 10)}` : "";
  const vendors = vendorChanges(
    previous.vendors.map((vendor) => ({ vendor: vendor.id, name: vendor.name })),
    detections
  );
  return {
    since: `${label}${described ? ` (${described})` : ""}`,
    vendorsAdded: vendors.added,
    vendorsRemoved: vendors.removed,
    declarations: declarationChanges(previous.declarations.map((declaration) => declaration.fields), prepared.manifest ?? null),
    commits,
    manifest: manifestPath
  };
}
function changesSince(repository, root, since, prepared, detections, io) {
  const file = resolve(io.cwd, since);
  if (existsSync(file) && statSync(file).isFile()) return changesSinceReport(repository, root, file, since, prepared, detections);
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
  const dir = resolve(io.cwd, positionals[0] ?? ".");
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw usageError(`not a directory: ${positionals[0] ?? "."}`);
  if (values.since !== void 0 && format in LIST_FORMATS) throw usageError(`--since applies to the html, markdown and json reports, not to --format ${format}`);
  if (values.draft && format in DRIFT_FORMATS) throw usageError("--draft applies to --format subprocessors, subprocessors-html and subprocessors-json");
  const repository = locateRepository(dir).repository;
  const { root, scope } = values.manifest === void 0 ? discoverScope(dir, repository ?? null, io) : { root: dir };
  const prepared = prepareScan(root, { manifest: values.manifest, ...scope ? { scope } : {} }, io);
  let text;
  let summary;
  if (format in LIST_FORMATS) {
    if (!prepared.manifest) throw usageError(`no policy manifest found in ${positionals[0] ?? "."}; run \`disclosed init\` first, or pass --manifest FILE`);
    let history = [];
    try {
      history = manifestHistory(repository, root, prepared.manifest.path);
    } catch (error) {
      io.stderr(`disclosed: cannot read the history of ${prepared.manifest.path}: ${error.message.split("\n")[0]}
`);
    }
    const lastUpdated = (history[0]?.date ?? io.now.toISOString()).slice(0, 10);
    const list2 = buildSubprocessorList(prepared.manifest, prepared.catalog, { lastUpdated });
    if (list2.unreviewed.length > 0) {
      if (!values.draft) {
        io.stderr(`disclosed: ${unreviewedMessage(list2)}. Write ${list2.unreviewed.length === 1 ? "its" : "their"} purpose in ${prepared.manifest.path}, or pass --draft for a list marked DRAFT
`);
        return 1;
      }
      io.stderr(`disclosed: ${unreviewedMessage(list2)}; the list is marked as a draft
`);
    }
    text = LIST_FORMATS[format](list2);
    summary = `${prepared.manifest.subprocessors.length} subprocessor${prepared.manifest.subprocessors.length === 1 ? "" : "s"} from ${prepared.manifest.path}${list2.unreviewed.length > 0 ? ", DRAFT" : ""}`;
  } else {
    const scanned = runScan(prepared, workingTreeSource(root), io);
    if (scanned.stats.files === 0) io.stderr(`disclosed: read zero files in ${dir}
`);
    const result = repository ? prefixResult(scanned, folderPrefix(realpathSync(repository.top), realpathSync(root))) : scanned;
    const link = repositoryLink(io.env, prepared.manifest);
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
      ...values.since !== void 0 ? { changes: changesSince(repository, root, values.since, prepared, result.detections, io) } : {}
    };
    text = DRIFT_FORMATS[format](context);
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
import { readFileSync as readFileSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { join, relative as relative2, resolve as resolve2 } from "node:path";
function manifestToEdit(root, explicit, base, io) {
  const manifest = loadManifest(root, explicit === void 0 ? void 0 : resolve2(base, explicit), io);
  if (!manifest) throw usageError(`no policy manifest to add to (looked for ${MANIFEST_NAMES.join(", ")}): run \`disclosed init\` first`);
  const absolute = explicit === void 0 ? join(root, manifest.path) : resolve2(base, explicit);
  const prepared = prepareScan(root, { manifest: absolute }, io);
  return { absolute, shown: relative2(io.cwd, absolute) || absolute, prepared };
}
function writeDeclarations(absolute, shown, entries) {
  const before = readFileSync2(absolute, "utf8");
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
  const { values, positionals } = parseCommandArgs("declare", { args, options: { purpose: { type: "string" }, manifest: { type: "string" }, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
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
import { existsSync as existsSync2, readFileSync as readFileSync3, statSync as statSync2 } from "node:fs";
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
    parsed = JSON.parse(readFileSync3(absolute, "utf8"));
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

// src/commands/print-config.ts
import { relative as relative3, sep as sep2 } from "node:path";
function list(items) {
  return items.length > 0 ? items.join(", ") : "(none)";
}
function renderConfig(prepared, options) {
  const manifest = prepared.manifest;
  const shownRoot = relative3(options.cwd, prepared.root).split(sep2).join("/") || ".";
  const lines = [`disclosed ${options.toolVersion}: configuration of a check of ${shownRoot}${prepared.scope ? ` (reading only ${prepared.scope}/)` : ""}`, ""];
  lines.push(
    manifest ? `manifest: ${manifest.path} (${plural(manifest.subprocessors.length, "subprocessor")}, ${plural(manifest.prohibited.length, "prohibition")}, ${plural(manifest.exceptions.length, "exception")})` : "manifest: none found (every detected vendor is undeclared-vendor; `disclosed init` writes one)"
  );
  if (!manifest && options.passedOver) {
    lines.push(`  ${relative3(options.cwd, options.passedOver).split(sep2).join("/")} was passed over: its ignore, settings.include/exclude or the default ignores leave this folder out`);
  }
  if (prepared.policy) lines.push(`privacy-policy: ${prepared.policy.path}`);
  const [builtin, extra] = prepared.catalogSources;
  const custom = manifest?.customVendors.length ?? 0;
  lines.push(
    `catalog: built into disclosed ${options.toolVersion}, ${plural(builtin?.vendors.length ?? 0, "vendor")} of ${plural(builtin?.organizations.length ?? 0, "organization")}${extra ? `; ${plural(extra.vendors.length, "vendor")} from settings.rules-dir ${manifest?.settings["rules-dir"] ?? ""}` : ""}${custom > 0 ? `; ${plural(custom, "custom vendor")} defined in the manifest` : ""}`
  );
  const failOn = options.failOn ?? manifest?.settings["fail-on"];
  lines.push(`fail-on: ${failOn ?? "error"}${options.failOn ? " (--fail-on)" : failOn ? " (settings.fail-on)" : " (default)"}`);
  if (manifest?.settings.baseline) lines.push(`baseline: ${manifest.settings.baseline} (settings.baseline)`);
  lines.push("", "severities (rules: in the manifest override the defaults):");
  const severities = effectiveSeverities(RULES, manifest?.rules ?? {});
  const width = Math.max(...RULES.map((rule) => rule.id.length));
  for (const rule of RULES) {
    const severity = severities[rule.id] ?? "off";
    const changed = manifest?.rules[rule.id] !== void 0 && manifest.rules[rule.id] !== rule.defaultSeverity;
    lines.push(`  ${rule.id.padEnd(width)}  ${severity}${changed ? ` (default: ${rule.defaultSeverity})` : ""}`);
  }
  lines.push("", "files:");
  lines.push(`  ignore (manifest): ${list(manifest?.ignore ?? [])}`);
  lines.push(`  include: ${prepared.filters.include.length > 0 ? `${prepared.filters.include.join(", ")} (only these are read; the default ignores then do not apply)` : "(everything not excluded)"}`);
  lines.push(`  exclude: ${list(prepared.filters.exclude)}`);
  lines.push(`  default ignores: ${DEFAULT_IGNORES.join(", ")}`);
  return `${lines.join("\n")}
`;
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
  if (vendor.signatures.env?.length) kinds.push("env");
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
  if (vendor.signatures.env?.length) out.push(`  env        ${vendor.signatures.env.join(", ")} (read in code)`);
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
  report [DIR]             drift report for a privacy team (--format html|markdown|json|subprocessors[-html|-json], -o FILE)
  crawl URL...             load the site in headless Chrome/Chromium and check what it loads at runtime (crawl --help)

\`disclosed <command> --help\` (or \`disclosed help <command>\`) lists a command's options; --version prints the version.
`;
var CHECK_USAGE = `Usage: disclosed check [DIR] [options]

Scan DIR (default .) and compare what the code uses with the policy manifest. Exit 0: nothing at
or above --fail-on; 1: findings at or above it; 2: usage error or invalid manifest.

Options:
  --manifest FILE          policy manifest (default: the first of ${MANIFEST_NAMES.join(", ")}
                           in DIR, then in each folder above it up to the top of its git work tree)
  --privacy-policy FILE    privacy-policy text to cross-check (default: the manifest's privacy-policy)
  -f, --format F           text | json | sarif | markdown | github | html (repeatable, each optionally followed by --output)
  -o, --output FILE        write the preceding --format to FILE (default: stdout); its folder must exist
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
  --print-config           print the manifest found, effective severities, ignores, include/exclude and
                           the catalog, then exit 0 without scanning
  --color, --no-color      force or turn off colour (default: when the stream written to is a terminal
                           and CI is unset; NO_COLOR turns it off, FORCE_COLOR=1 on, FORCE_COLOR=0 off)
  --quiet                  errors only: no warnings or notes in the text output, no progress, no banner
  --verbose                name each file not read and why (text); list their paths in summary.skipped.files (json)
  -h, --help               this help
`;
var INIT_USAGE = `Usage: disclosed init [DIR] [options]

Scan DIR (default .) and write a starter subprocessors.yml declaring every vendor found. Refuses to
overwrite an existing file.

Options:
  --manifest FILE          where to write (default: DIR/subprocessors.yml)
  --from-policy FILE       draft the manifest from a privacy-policy text instead of the code
  --force                  replace an existing manifest
  --update                 add the vendors found since to the existing manifest (TODO purposes),
                           keeping every line, comment and order of the file
  -h, --help               this help
`;
var VENDORS_USAGE = `Usage: disclosed vendors [options]

List the vendor catalog: id, name, organization, categories, ecosystems covered.

Options:
  --category C             only vendors of category C
  --json                   as JSON
  -h, --help               this help
`;
var EXPLAIN_USAGE = `Usage: disclosed explain VENDOR

One vendor's signatures (packages, code patterns, hosts) and where to read about it.
`;
var POLICY_TEXT_USAGE = `Usage: disclosed policy-text FILE [--json]

What a privacy-policy text (Markdown, HTML or plain text) names and denies, as disclosed reads it.

Options:
  --json                   as JSON
  -h, --help               this help
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
    if (argv[0] === "help" && argv[1] !== void 0 && COMMANDS.includes(argv[1])) return await main([argv[1], "--help"], io);
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
        throw usageError(unknownCommand(command));
    }
  } catch (error) {
    return reportFailure(error, io);
  }
}
var COMMANDS = ["check", "init", "declare", "vendors", "policy-text", "explain", "report", "crawl"];
function unknownCommand(command) {
  const [suggestion] = command.startsWith("-") ? [] : closest(command, COMMANDS);
  return `unknown command "${command}"${suggestion ? `; did you mean "${suggestion}"?` : ` (commands: ${COMMANDS.join(", ")}; disclosed --help)`}`;
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
  "print-config": { type: "boolean" },
  verbose: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  crawl: { type: "string", multiple: true },
  ...RUNTIME_OPTIONS
};
function parseCheckArgs(args) {
  return parseCommandArgs("check", { args, options: CHECK_OPTIONS, allowPositionals: true, strict: true, tokens: true });
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
    io.stdout(CHECK_USAGE);
    return 0;
  }
  if (positionals.length > 1) throw usageError(`check takes one directory, got: ${positionals.join(" ")}`);
  const outputs = outputPairs(tokens);
  const dir = resolveRoot(positionals[0], io);
  if (values.all && !values.staged) throw usageError("--all goes with --staged (judge every finding in the index, not only new ones)");
  if (values.all && values.base) throw usageError("--staged --all judges the whole index; it cannot be combined with --base");
  const lookup = locateRepository(dir);
  const repository = lookup.repository ?? null;
  const { root, scope, passedOver } = values.manifest === void 0 ? discoverScope(dir, repository, io) : { root: dir, passedOver: void 0 };
  if (lookup.distrusted) io.stderr(`disclosed: reading ${positionals[0] ?? "."} as plain files, not through git: ${lookup.distrusted}
`);
  if ((values.staged || values.base) && !repository) throw usageError(`${values.staged ? "--staged" : "--base"} needs a git repository disclosed can read: ${lookup.distrusted ?? `${root} is not in one`}`);
  const source = values.staged ? indexSource(root, repository) : workingTreeSource(root, repository);
  source.prefetch?.().catch(() => void 0);
  const prepared = prepareScan(root, { manifest: values.manifest, privacyPolicy: values["privacy-policy"], include: values.include, exclude: values.exclude, cache: values["no-cache"] ? values.base || values.staged && !values.all ? "memory" : false : true, repository, ...scope ? { scope } : {} }, io);
  if (values["print-config"]) {
    io.stdout(renderConfig(prepared, { failOn: values["fail-on"], toolVersion: toolVersion(), cwd: io.cwd, ...passedOver ? { passedOver } : {} }));
    return 0;
  }
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
    const changes = stagedChanges(root, source, revision, repository, scope);
    if (!values.quiet) io.stderr(`disclosed: ${plural2(changes, "staged change")}, ${plural2(result.stats.files, "file")} read${values.all ? " (--all: every finding in the index counts)" : revision ? "" : " (no commit yet: everything staged is new)"}
`);
  } else {
    result = values.base ? await scanWithBase(prepared, prepared, source, mergeBase(root, values.base, repository), io) : await runScanAsync(prepared, source, io);
  }
  if (result.stats.files === 0) {
    const unread = unreadScannable(source, prepared.skipMatching).filter(scopeFilter(scope));
    if (unread.length > 0) {
      throw usageError(`read zero files in ${dir}, although it has ${unread.length} file${unread.length === 1 ? "" : "s"} to scan (e.g. ${unread[0]}): check --include/--exclude, the manifest's ignore: and settings.include/exclude, and that the files are readable`);
    }
    io.stderr(`disclosed: read zero files in ${dir}: nothing in it is code or a dependency manifest
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
  const shown = values.quiet ? { ...result, findings: result.findings.filter((finding) => finding.severity === "error"), hints: [] } : result;
  const top = repository ? realpathSync2(repository.top) : void 0;
  const prefix = top ? folderPrefix(top, realpathSync2(root)) : "";
  for (const { format, output } of outputs) {
    const text = REPORTERS[format]({
      result: shownAs(format, format === "text" ? shown : result, { root, prefix, cwd: io.cwd }),
      toolVersion: toolVersion(),
      // Colour follows the stream written to: never into a file, and on stdout only as useColor says.
      color: output ? false : useColor({ color: values.color, noColor: values["no-color"] }, io),
      srcRoot: top ?? realpathSync2(root),
      root: prefix || ".",
      ...values.verbose ? { verbose: true } : {},
      ...prepared.manifest ? { manifest: prepared.manifest } : {},
      catalog: prepared.catalog
    });
    if (output) writeOutput(resolve3(io.cwd, output), output, text);
    else io.stdout(text);
  }
  prepared.cache?.save();
  return exitCodeFor(result, failOn);
}
function shownAs(format, result, where) {
  if (format === "text") return cwdRelativeResult(result, where.root, where.cwd);
  if (format === "json") return result;
  return prefixResult(result, where.prefix);
}
function baselineFile(explicit, write, prepared, io) {
  const setting = prepared.manifest?.settings.baseline;
  const chosen = write ?? explicit;
  if (write !== void 0 && explicit !== void 0 && resolve3(io.cwd, write) !== resolve3(io.cwd, explicit)) throw usageError("--write-baseline and --baseline name different files: record into one, or read one");
  const absolute = chosen !== void 0 ? resolve3(io.cwd, chosen) : setting !== void 0 ? insideRoot(prepared.root, setting, "settings.baseline") : void 0;
  if (absolute === void 0) return void 0;
  const inRoot = relative4(prepared.root, absolute).split(sep3).join("/");
  const inside = !inRoot.startsWith("..") && !isAbsolute2(inRoot);
  return { absolute, name: chosen ?? setting, ...inside ? { inRoot } : {} };
}
function plural2(count, noun) {
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
function stagedChanges(root, source, revision, repository, scope) {
  if (revision === void 0) return source.list().filter((file) => scopeFilter(scope)(file.path)).length;
  const output = gitOutput(root, ["diff-index", "--cached", "--name-only", "-z", "--no-renames", "--relative", revision, ...scope ? ["--", scope] : []], repository);
  return output.split("\0").filter((path) => path !== "").length;
}
function runInit(args, io) {
  const { values, positionals } = parseCommandArgs("init", { args, options: { force: { type: "boolean" }, manifest: { type: "string" }, "from-policy": { type: "string" }, update: { type: "boolean" }, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  if (values.help) {
    io.stdout(INIT_USAGE);
    return 0;
  }
  const root = resolveRoot(positionals[0], io);
  if (values.update) {
    if (values.force || values["from-policy"] !== void 0) throw usageError("init --update edits the existing manifest; it cannot be combined with --force or --from-policy");
    return runInitUpdate(root, values.manifest, io);
  }
  const target = resolve3(root, values.manifest ?? "subprocessors.yml");
  if (existsSync3(target) && !values.force) throw usageError(`${relative4(io.cwd, target) || target} already exists; use --force to replace it, or --update to add the vendors found since`);
  if (values["from-policy"] !== void 0) return runInitFromPolicy(root, values["from-policy"], target, io);
  const prepared = prepareScan(root, { manifest: void 0 }, io);
  const withoutManifest = { ...prepared, manifest: null, policy: void 0 };
  const result = runScan(withoutManifest, workingTreeSource(root), io);
  writeFileSync3(target, renderInit(result, io.now));
  const declaredCount = result.detections.filter((detection) => detection.integrated).length;
  io.stdout(`wrote ${relative4(io.cwd, target) || target}: ${declaredCount} vendor${declaredCount === 1 ? "" : "s"} declared from ${result.stats.files} files. Replace each TODO purpose, then run \`disclosed check\`.
`);
  return 0;
}
function runInitFromPolicy(root, file, target, io) {
  const absolute = resolve3(io.cwd, file);
  if (!existsSync3(absolute) || statSync3(absolute).isDirectory()) throw usageError(`privacy policy not found: ${file}`);
  const inRoot = relative4(root, absolute).split(sep3).join("/");
  const inside = !inRoot.startsWith("..") && !isAbsolute2(inRoot);
  const catalog = buildCatalog();
  const policy = readPolicyText(catalog, { path: inside ? inRoot : file, text: readFileSync4(absolute, "utf8") });
  const draft = renderPolicyDraft(policy, catalog, io.now, inside ? inRoot : void 0);
  const drafted = parseManifest(draft, relative4(io.cwd, target) || target);
  writeFileSync3(target, draft);
  const subprocessors = drafted.subprocessors.length;
  const prohibited = drafted.prohibited.length;
  io.stdout(`wrote ${relative4(io.cwd, target) || target}: ${subprocessors} subprocessor${subprocessors === 1 ? "" : "s"} and ${prohibited} prohibition${prohibited === 1 ? "" : "s"} drafted from ${policy.path}. Review each purpose, then run \`disclosed check\`.
`);
  return 0;
}
function runPolicyText(args, io) {
  const { values, positionals } = parseCommandArgs("policy-text", { args, options: { json: { type: "boolean" }, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  if (values.help) {
    io.stdout(POLICY_TEXT_USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw usageError("usage: disclosed policy-text FILE [--json]");
  const file = positionals[0];
  const absolute = resolve3(io.cwd, file);
  if (!existsSync3(absolute) || statSync3(absolute).isDirectory()) throw usageError(`privacy policy not found: ${file}`);
  const policy = readPolicyText(buildCatalog(), { path: file, text: readFileSync4(absolute, "utf8") });
  io.stdout(values.json ? renderPolicyTextJson(policy) : renderPolicyText(policy));
  return 0;
}
function runVendors(args, io) {
  const { values } = parseCommandArgs("vendors", { args, options: { category: { type: "string" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" } }, strict: true });
  if (values.help) {
    io.stdout(VENDORS_USAGE);
    return 0;
  }
  const catalog = buildCatalog();
  if (values.category && !catalog.categories.has(values.category)) throw usageError(`unknown category "${values.category}"; expected one of: ${[...catalog.categories.keys()].join(", ")}`);
  io.stdout(listVendors(catalog, { category: values.category, json: Boolean(values.json) }));
  return 0;
}
function runExplain(args, io) {
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(EXPLAIN_USAGE);
    return 0;
  }
  const unknown = args.find((arg) => arg.startsWith("-"));
  if (unknown !== void 0) throw usageError(`unknown option '${unknown}' (disclosed explain --help lists the options)`);
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
    return process.argv[1] !== void 0 && realpathSync2(process.argv[1]) === realpathSync2(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();
if (invokedDirectly) {
  tuneCompilerForScans();
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
