import type { CliIo } from '../../src/cli';

export interface MemoryIo extends CliIo {
  readonly files: Map<string, string>;
  readonly out: () => string;
  readonly err: () => string;
}

function fileError(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${path}`), { code });
}

/** A CliIo over an in-memory file system; a path ending in `/` is a directory. */
export function createMemoryIo(files: Record<string, string> = {}): MemoryIo {
  const stored = new Map(Object.entries(files));
  let out = '';
  let err = '';
  return {
    files: stored,
    out: () => out,
    err: () => err,
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    readFile(path) {
      if (path.endsWith('/')) throw fileError('EISDIR', path);
      const text = stored.get(path);
      if (text === undefined) throw fileError('ENOENT', path);
      return text;
    },
    writeFile(path, text) {
      if (path.startsWith('/missing/')) throw fileError('ENOENT', path);
      stored.set(path, text);
    },
  };
}
