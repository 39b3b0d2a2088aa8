import { renderMessage } from '../messages.js';
import type { Detection } from '../types.js';
import type { Reporter } from './context.js';
import { countFindings } from './context.js';

/** Every evidence item with a context: one merged in from elsewhere without one is runtime. */
function withContexts(detection: Detection): Detection {
  return { ...detection, integrated: detection.integrated !== false, evidence: detection.evidence.map((item) => (item.context ? item : { ...item, context: 'runtime' })) };
}

/** SPEC §4: a stable, documented JSON document. Version 1; fields are only ever added. */
export const formatJson: Reporter = ({ result, toolVersion, root, verbose }) => {
  const counts = countFindings(result.findings);
  const document = {
    version: 1,
    tool: { name: 'disclosed', version: toolVersion },
    root: root ?? '.',
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
      skipped: verbose ? { ...result.stats.skipped, files: result.notRead ?? [] } : result.stats.skipped,
    },
    // `detections` keeps its meaning for existing consumers (vendors the code uses); vendors
    // present only indirectly (transitive, dev, test, switched off, mentioned) are listed apart.
    detections: result.detections.filter((detection) => detection.integrated !== false).map(withContexts),
    indirect: result.detections.filter((detection) => detection.integrated === false).map(withContexts),
    ...(result.runtime ? { runtime: result.runtime } : {}),
    // The product's own domains: a vendor host inside one is a first-party mention, not a vendor.
    ...(result.firstParty ? { firstParty: result.firstParty } : {}),
    findings: result.findings.map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      ...(finding.vendor !== undefined ? { vendor: finding.vendor } : {}),
      message: renderMessage(finding, result.manifest),
      location: finding.location,
      evidence: finding.evidence,
      fingerprint: finding.fingerprint,
      new: finding.new ?? true,
      suppressed: finding.suppressed,
      ...(finding.suppression ? { suppression: finding.suppression } : {}),
      args: finding.args,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
};
