/**
 * A file-system error that reached the CLI's top level (an --out path that is a directory, a
 * read-only folder, a path through a file) is the user's to fix, not a bug: it becomes one
 * paragraph naming the path and what to do, instead of "internal error".
 */

const EXPLAIN: ReadonlyMap<string, string> = new Map([
  ['EISDIR', 'it is a directory; give a file path (e.g. DIR/result.json)'],
  ['ENOTDIR', 'a part of the path is a file, not a directory'],
  ['EACCES', 'permission denied'],
  ['EPERM', 'operation not permitted'],
  ['EROFS', 'the file system is read-only'],
  ['ENOSPC', 'no space left on the device'],
  ['EDQUOT', 'disk quota exceeded'],
  ['ENAMETOOLONG', 'the path is too long'],
  ['ELOOP', 'too many symbolic links in the path'],
  ['EEXIST', 'a file already exists where a directory is needed'],
  ['ENOENT', 'no such file or directory'],
  ['EMFILE', 'too many open files'],
]);

/** The message for an errno error from node:fs, or undefined for any other error. */
export function describeFileSystemError(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const e = error as NodeJS.ErrnoException;
  if (typeof e.code !== 'string' || typeof e.path !== 'string' || typeof e.syscall !== 'string')
    return undefined;
  const why = EXPLAIN.get(e.code);
  if (why === undefined) return undefined;
  const verb =
    e.syscall === 'open'
      ? 'open'
      : /^(write|mkdir|rename|copyfile|symlink|unlink|rmdir|utime|chmod)$/.test(e.syscall)
        ? 'write'
        : 'access';
  return (
    `cannot ${verb} ${JSON.stringify(e.path)}: ${why} (${e.code}). ` +
    'Check the output flags (--out, --out-dir, --openmetrics, --tensorboard) and the paths given.'
  );
}
