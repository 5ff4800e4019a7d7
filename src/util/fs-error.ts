// File system errors in words, for the one stderr line a path that cannot be read or
// written gets: Node's messages (`EISDIR: illegal operation on a directory, read`) name
// system calls the user never made.

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many levels of symbolic links',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EEXIST: 'a part of the path is a file, not a directory',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  EIO: 'input/output error',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
};

export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  const reason = typeof code === 'string' ? REASONS[code] : undefined;
  return reason ?? (error instanceof Error ? error.message : String(error));
}
