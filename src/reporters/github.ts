import { renderMessage } from '../messages.js';
import type { Reporter } from './context.js';
import { countFindings, plural } from './context.js';
import { commandData as escapeData, commandProperty as escapeProperty } from './escape.js';

// GitHub workflow commands, for running the CLI in a workflow without the Action: one annotation
// per unsuppressed finding. Values are escaped as the runner expects (escape.ts).

const COMMAND = { error: 'error', warning: 'warning', note: 'notice' } as const;

export const formatGithub: Reporter = ({ result }) => {
  const lines: string[] = [];
  for (const finding of result.findings) {
    if (finding.suppressed) continue;
    const { path, line, column } = finding.location;
    const properties = `file=${escapeProperty(path)},line=${line},col=${column},title=${escapeProperty(`disclosed: ${finding.rule}`)}`;
    lines.push(`::${COMMAND[finding.severity]} ${properties}::${escapeData(renderMessage(finding, result.manifest))}`);
  }
  const counts = countFindings(result.findings);
  lines.push(`disclosed: ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.notes, 'note')} in ${plural(result.stats.files, 'file')}`);
  return `${lines.join('\n')}\n`;
};
