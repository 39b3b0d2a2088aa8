import type { FileParser, ParseResult } from '../../types.js';
import { findPosition, lineStarts, positionAt } from '../position.js';
import { baseName, isRecord, readSafely } from '../guard.js';
import { isDevGroup, pypiPackage, requirementName, sameProject } from './pep508.js';
import { keyPosition, locate, parseToml, stringOffset, type TomlText } from '../toml.js';

// pyproject.toml holds dependencies in several tools' tables; each is read where it is written.
// PEP 621: https://packaging.python.org/en/latest/specifications/pyproject-toml/#dependencies-optional-dependencies
// Poetry: https://python-poetry.org/docs/pyproject/#dependencies-and-dependency-groups
// PDM: https://pdm-project.org/latest/usage/dependency/#add-development-only-dependencies
// PEP 735: https://peps.python.org/pep-0735/
// Hatch: https://hatch.pypa.io/latest/config/environment/overview/#dependencies

interface Context {
  doc: TomlText;
  result: ParseResult;
  /** The project's own name: extras such as `myapp[dev]` refer back to it. */
  self: string | undefined;
}

/** A list of PEP 508 strings at `path` (PEP 621, PDM, PEP 735, Hatch). */
function readRequirementList(context: Context, list: unknown, path: string[], dev: boolean): void {
  if (!Array.isArray(list)) return;
  const { doc, result } = context;
  let cursor = locate(doc.text, path);
  for (const item of list) {
    // PEP 735 `{ include-group = "test" }` entries name a group, not a package.
    if (typeof item !== 'string') continue;
    const requirement = requirementName(item);
    if (!requirement || sameProject(context.self, requirement.name)) continue;
    const at = stringOffset(doc.text, item, cursor);
    if (at === -1) {
      result.packages.push(pypiPackage(requirement.name, findPosition(doc.text, doc.starts, requirement.name, cursor), true, dev));
      continue;
    }
    cursor = at;
    result.packages.push(pypiPackage(requirement.name, positionAt(doc.starts, at + requirement.offset), true, dev));
  }
}

/** A table of `name = spec` (Poetry). `python` is the interpreter, not a package. */
function readPoetryTable(context: Context, table: unknown, path: string[], dev: boolean): void {
  if (!isRecord(table)) return;
  const from = locate(context.doc.text, path);
  for (const [name, spec] of Object.entries(table)) {
    if (name.toLowerCase() === 'python' || sameProject(context.self, name)) continue;
    // `{ path = "../lib" }` is local code, not a package from an index.
    if (isRecord(spec) && 'path' in spec) continue;
    context.result.packages.push(pypiPackage(name, keyPosition(context.doc, name, from), true, dev));
  }
}

function readPyproject(text: string, result: ParseResult): void {
  const doc = parseToml(text, lineStarts(text), result);
  if (!doc) return;
  const project = isRecord(doc.data['project']) ? doc.data['project'] : {};
  const tool = isRecord(doc.data['tool']) ? doc.data['tool'] : {};
  const poetry = isRecord(tool['poetry']) ? tool['poetry'] : {};
  const self = [project['name'], poetry['name']].find((name): name is string => typeof name === 'string');
  const context: Context = { doc, result, self };

  readRequirementList(context, project['dependencies'], ['project', 'dependencies'], false);
  if (isRecord(project['optional-dependencies'])) {
    for (const [group, list] of Object.entries(project['optional-dependencies'])) {
      readRequirementList(context, list, ['project', 'optional-dependencies', group], isDevGroup(group));
    }
  }

  readPoetryTable(context, poetry['dependencies'], ['tool', 'poetry', 'dependencies'], false);
  readPoetryTable(context, poetry['dev-dependencies'], ['tool', 'poetry', 'dev-dependencies'], true);
  if (isRecord(poetry['group'])) {
    for (const [group, table] of Object.entries(poetry['group'])) {
      if (!isRecord(table)) continue;
      const path = ['tool', 'poetry', 'group', group, 'dependencies'];
      readPoetryTable(context, table['dependencies'], path, group !== 'main');
    }
  }

  const pdm = isRecord(tool['pdm']) ? tool['pdm'] : {};
  if (isRecord(pdm['dev-dependencies'])) {
    for (const [group, list] of Object.entries(pdm['dev-dependencies'])) {
      readRequirementList(context, list, ['tool', 'pdm', 'dev-dependencies', group], true);
    }
  }

  // uv's older spelling of a dev group, before PEP 735.
  const uv = isRecord(tool['uv']) ? tool['uv'] : {};
  readRequirementList(context, uv['dev-dependencies'], ['tool', 'uv', 'dev-dependencies'], true);

  if (isRecord(doc.data['dependency-groups'])) {
    for (const [group, list] of Object.entries(doc.data['dependency-groups'])) {
      readRequirementList(context, list, ['dependency-groups', group], true);
    }
  }

  // Hatch environments install tools for tests, linting and docs, never the shipped package.
  const hatch = isRecord(tool['hatch']) ? tool['hatch'] : {};
  if (isRecord(hatch['envs'])) {
    for (const [env, table] of Object.entries(hatch['envs'])) {
      if (!isRecord(table)) continue;
      for (const key of ['dependencies', 'extra-dependencies']) {
        readRequirementList(context, table[key], ['tool', 'hatch', 'envs', env, key], true);
      }
    }
  }
}

export const pyprojectParser: FileParser = {
  id: 'pypi/pyproject',
  ecosystem: 'pypi',
  claims: (path, name = baseName(path)) => name === 'pyproject.toml',
  parse: (text) => readSafely((result) => readPyproject(text, result)),
};
