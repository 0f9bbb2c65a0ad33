import type { CliIo } from '../../src/cli';

export interface MemoryIo extends CliIo {
  readonly files: Map<string, string>;
  readonly out: () => string;
  readonly err: () => string;
}

export interface MemoryIoOptions {
  /** Other names of a file, as a hard or symbolic link gives: alias -> stored path. */
  readonly links?: Record<string, string>;
  /** The characters a chunk of `readChunks` holds, small so that tests cross chunk edges. */
  readonly chunkChars?: number;
}

function fileError(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${path}`), { code });
}

/** `/dev/zero`: as many NUL characters as are asked for, without end. */
const ZERO_DEVICE = '/dev/zero';
const ZERO_CHUNK = '\0'.repeat(2 ** 20);

/**
 * A CliIo over an in-memory file system: a path ending in `/` is a directory, `/missing/...`
 * has no folder, `/readonly/...` cannot be written, and `/dev/zero` never ends.
 */
export function createMemoryIo(
  files: Record<string, string> = {},
  { links = {}, chunkChars = 7 }: MemoryIoOptions = {},
): MemoryIo {
  const stored = new Map(Object.entries(files));
  const resolve = (path: string) => links[path] ?? path;
  let out = '';
  let err = '';
  const read = (path: string, maxBytes: number) => {
    if (path.endsWith('/')) throw fileError('EISDIR', path);
    const text = stored.get(resolve(path));
    if (text === undefined) throw fileError('ENOENT', path);
    if (text.length > maxBytes) throw fileError('EFBIG', path);
    return text;
  };
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
    readFile: read,
    *readChunks(path, maxBytes) {
      if (path === ZERO_DEVICE) {
        for (let total = ZERO_CHUNK.length; ; total += ZERO_CHUNK.length) {
          if (total > maxBytes) throw fileError('EFBIG', path);
          yield ZERO_CHUNK;
        }
      }
      const text = read(path, maxBytes);
      for (let at = 0; at < text.length; at += chunkChars) yield text.slice(at, at + chunkChars);
    },
    identify(path) {
      if (path.endsWith('/')) return { device: 1, inode: 0, isDirectory: true };
      const target = resolve(path);
      const index = [...stored.keys()].indexOf(target);
      return index < 0 ? null : { device: 1, inode: index + 1, isDirectory: false };
    },
    checkWritable(path) {
      if (path.startsWith('/missing/')) throw fileError('ENOENT', path);
      if (path.startsWith('/readonly/')) throw fileError('EACCES', path);
    },
    writeFile(path, text) {
      if (path.startsWith('/missing/')) throw fileError('ENOENT', path);
      stored.set(resolve(path), text);
    },
  };
}
