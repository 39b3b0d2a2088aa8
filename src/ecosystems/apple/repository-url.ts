/**
 * A git URL as a host/path, the way SwiftPM and Carthage name a package: the scheme, user and
 * `.git` dropped, scp-like `git@host:owner/repo` turned into `host/owner/repo`. Case is kept;
 * normalizePackageName lower-cases later.
 * https://git-scm.com/docs/git-clone#_git_urls
 */
export function repositoryPath(url: string): string {
  return url
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/^[^@/]+@/, '')
    .replace(/^(?<host>[^/:]+):(?!\d)/, '$<host>/')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
}
