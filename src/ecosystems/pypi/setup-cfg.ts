import type { FileParser, ParseResult } from '../../types.js';
import { baseName, problem, readSafely } from '../guard.js';
import { isDevGroup, pypiPackage, requirementName } from './pep508.js';

// setup.cfg is an INI file; requirement lists are "dangling lists", one requirement per
// indented continuation line (or a single value after `=`).
// https://setuptools.pypa.io/en/latest/userguide/declarative_config.html#options
// https://setuptools.pypa.io/en/latest/userguide/dependency_management.html

const SECTION = /^\[(?<name>[^\]]+)\]/;
const KEY = /^(?<key>[A-Za-z0-9_.-]+)\s*[=:]\s*(?<value>.*)$/;
const COMMENT = /(?:^|\s)[#;].*$/;

/** Which list a key opens, and whether its packages are dev-only; undefined for other keys. */
function listFor(section: string, key: string): { dev: boolean } | undefined {
  if (section === 'options' && key === 'install_requires') return { dev: false };
  // tests_require is deprecated, but still says "only for the test suite".
  if (section === 'options' && key === 'tests_require') return { dev: true };
  if (section === 'options.extras_require') return { dev: isDevGroup(key) };
  return undefined;
}

function readSetupCfg(text: string, result: ParseResult): void {
  let section = '';
  let list: { dev: boolean } | undefined;
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const lineNumber = index + 1;
    if (/^\s*[#;]/.test(line) || line.trim() === '') continue;
    const indented = /^\s/.test(line);
    let value: string;
    let start: number;
    if (indented) {
      if (!list) continue;
      value = line;
      start = 0;
    } else {
      const header = SECTION.exec(line);
      if (header?.groups?.name) {
        section = header.groups.name.trim();
        list = undefined;
        continue;
      }
      const entry = KEY.exec(line);
      if (!entry?.groups) {
        if (list || section.startsWith('options')) {
          result.problems.push(problem(lineNumber, 1, `not an INI \`key = value\` line: \`${line.trim()}\``));
        }
        list = undefined;
        continue;
      }
      list = listFor(section, entry.groups.key ?? '');
      value = entry.groups.value ?? '';
      start = line.length - value.length;
    }
    if (!list) continue;
    const requirementText = value.replace(COMMENT, '');
    if (requirementText.trim() === '') continue;
    const requirement = requirementName(requirementText);
    if (!requirement) {
      result.problems.push(problem(lineNumber, start + requirementText.search(/\S/) + 1, `not a PEP 508 requirement: \`${requirementText.trim()}\``));
      continue;
    }
    result.packages.push(pypiPackage(requirement.name, { line: lineNumber, column: start + requirement.offset + 1 }, true, list.dev));
  }
}

export const setupCfgParser: FileParser = {
  id: 'pypi/setup-cfg',
  ecosystem: 'pypi',
  claims: (path, name = baseName(path)) => name === 'setup.cfg',
  parse: (text) => readSafely((result) => readSetupCfg(text, result)),
};
