// Which files a change renamed, from git's rename detection (`git diff -M`): a pure rename
// carries its findings along, so drift that was already at the base is not new at the new path.
// https://git-scm.com/docs/git-diff#Documentation/git-diff.txt--Mltngt

/**
 * The git arguments listing what changed from `revision` to the index, with renames detected;
 * paths relative to the scanned folder. The index, not the work tree: no stat of every tracked
 * file, and a rename is committed or staged before it matters (a PR's are committed).
 */
export function renameArgs(revision: string): string[] {
  return ['diff', '--cached', '-M', '--name-status', '-z', '--relative', '--no-ext-diff', '--no-textconv', '--ignore-submodules=dirty', revision, '--'];
}

/**
 * `git diff --name-status -z` output: a status NUL path NUL, or for a rename or copy (`R100`,
 * `C75`) the status NUL old path NUL new path NUL. Returns new path → old path for renames.
 */
export function parseRenames(output: string): Map<string, string> {
  const renames = new Map<string, string>();
  const fields = output.split('\0');
  let i = 0;
  while (i < fields.length) {
    const status = fields[i]!;
    if (status === '') {
      i++;
      continue;
    }
    if (status.startsWith('R') || status.startsWith('C')) {
      const from = fields[i + 1];
      const to = fields[i + 2];
      if (status.startsWith('R') && from !== undefined && to !== undefined) renames.set(to, from);
      i += 3;
      continue;
    }
    i += 2;
  }
  return renames;
}
