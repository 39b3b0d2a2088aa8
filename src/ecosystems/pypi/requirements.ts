import type { FileParser, ParseResult } from '../../types.js';
import { baseName, problem, readSafely } from '../guard.js';
import { isDevGroup, pypiPackage, requirementName } from './pep508.js';

// pip requirements files: one PEP 508 requirement or one option per line.
// https://pip.pypa.io/en/stable/reference/requirements-file-format/

// `requirements.txt`, `requirements-dev.txt`, `dev-requirements.txt`, pip-tools' `requirements.in`.
const REQUIREMENTS_FILE = /^(?:[\w-]*[-_])?requirements(?:[-_.][\w.-]*)?\.(?:txt|in|pip)$/;
const LISTED_FILE = /\.(?:txt|in)$/;

function claims(path: string, file = baseName(path)): boolean {
  if (REQUIREMENTS_FILE.test(file)) return true;
  if (!LISTED_FILE.test(file)) return false;
  // `requirements/base.txt`, `requirements-docker/prod.in`: a folder of requirement files.
  const end = path.length - file.length - 1;
  const folder = end > 0 ? path.slice(path.lastIndexOf('/', end - 1) + 1, end) : undefined;
  return folder !== undefined && folder.startsWith('requirements');
}

/** `requirements-dev.txt`, `requirements/test.in`, `tests/requirements.txt` hold dev-only packages. */
function isDevFile(path: string): boolean {
  const segments = path.split('/');
  const words = [baseName(path).replace(/\.[^.]+$/, ''), segments.at(-2) ?? ''].flatMap((part) => part.split(/[-_.]/));
  return words.some((word) => word !== '' && isDevGroup(word));
}

// A comment starts with `#` at the line start or after whitespace; `#egg=` inside a URL is not one.
const COMMENT = /(?:^|\s)#.*$/;
// pip's `-r`/`-c` includes are scanned as files of their own; other options name no package.
const OPTION = /^(?<flag>-[-\w]+)(?:[ =]+(?<value>\S+))?/;
const EDITABLE_FLAGS = new Set(['-e', '--editable']);
// `git+https://...#egg=name`: the egg fragment is the only place a VCS URL names its project.
const EGG = /[#&]egg=(?<name>[A-Za-z0-9][A-Za-z0-9._-]*)/;
const URL = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
// A wheel's file name starts with its project name: `posthog-3.5.0-py3-none-any.whl`.
// https://packaging.python.org/en/latest/specifications/binary-distribution-format/#file-name-convention
const WHEEL = /\/(?<name>[A-Za-z0-9][A-Za-z0-9._]*)-[^/]*\.whl(?:[#?].*)?$/;
const LOCAL_PATH = /^(?:\.{1,2}(?:[/\\]|$)|[/~]|[A-Za-z]:[/\\])/;

function readRequirements(text: string, path: string, result: ParseResult): void {
  const dev = isDevFile(path);
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const lineNumber = index + 1;
    let line = lines[index] ?? '';
    // A trailing backslash continues the line (`--hash=` lines). Text is only appended, so
    // offsets in the first line stay valid.
    while (line.endsWith('\\') && index + 1 < lines.length) {
      index++;
      line = `${line.slice(0, -1)} ${lines[index] ?? ''}`;
    }
    const content = line.replace(COMMENT, '');
    const start = content.search(/\S/);
    if (start === -1) continue;
    const entry = content.slice(start).trimEnd();

    const option = OPTION.exec(entry);
    if (option?.groups) {
      const { flag = '', value = '' } = option.groups;
      if (!EDITABLE_FLAGS.has(flag)) continue;
      const egg = EGG.exec(value);
      // `-e .` or `-e ./libs/foo` installs local code, the project itself: nothing to declare.
      if (!egg?.groups?.name) continue;
      const column = content.indexOf(egg[0]) + egg[0].indexOf('=') + 2;
      result.packages.push(pypiPackage(egg.groups.name, { line: lineNumber, column }, true, dev));
      continue;
    }

    if (URL.test(entry)) {
      const named = EGG.exec(entry) ?? WHEEL.exec(entry);
      if (!named?.groups?.name) {
        result.problems.push(problem(lineNumber, start + 1, 'a URL without `#egg=` names no package; write it as `name @ url`'));
        continue;
      }
      const column = start + named.index + named[0].indexOf(named.groups.name) + 1;
      result.packages.push(pypiPackage(named.groups.name, { line: lineNumber, column }, true, dev));
      continue;
    }
    if (LOCAL_PATH.test(entry)) continue;

    const requirement = requirementName(entry);
    if (!requirement) {
      result.problems.push(problem(lineNumber, start + 1, `not a requirement pip can read: \`${entry}\``));
      continue;
    }
    result.packages.push(pypiPackage(requirement.name, { line: lineNumber, column: start + 1 }, true, dev));
  }
}

export const requirementsParser: FileParser = {
  id: 'pypi/requirements',
  ecosystem: 'pypi',
  claims,
  parse: (text, path) => readSafely((result) => readRequirements(text, path, result)),
};
