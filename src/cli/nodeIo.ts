import {
  accessSync,
  closeSync,
  constants,
  openSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { CliIo } from './cliIo';

const CHUNK_BYTES = 2 ** 20;

function tooLarge(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`EFBIG: ${path}`), { code: 'EFBIG' });
}

/**
 * Reads a file a chunk at a time, whatever it is (a pipe or `/dev/zero` has no size to check
 * first), and stops with `EFBIG` as soon as it passes `maxBytes`.
 */
function* readChunks(path: string, maxBytes: number): Generator<string> {
  // A regular file over the limit is refused before a byte of it is read.
  if (statSync(path).size > maxBytes) throw tooLarge(path);
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    const decoder = new StringDecoder('utf8');
    let total = 0;
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (read === 0) break;
      total += read;
      if (total > maxBytes) throw tooLarge(path);
      yield decoder.write(buffer.subarray(0, read));
    }
    const rest = decoder.end();
    if (rest !== '') yield rest;
  } finally {
    closeSync(fd);
  }
}

export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile(path, maxBytes) {
    let text = '';
    for (const chunk of readChunks(path, maxBytes)) text += chunk;
    return text;
  },
  readChunks,
  identify(path) {
    try {
      const stats = statSync(path);
      return { device: stats.dev, inode: stats.ino, isDirectory: stats.isDirectory() };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  },
  checkWritable(path) {
    accessSync(dirname(path), constants.W_OK);
    if (statSync(path, { throwIfNoEntry: false }) !== undefined) accessSync(path, constants.W_OK);
  },
  writeFile(path, text) {
    const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    try {
      writeFileSync(temporary, text, { flag: 'wx' });
      renameSync(temporary, path);
    } catch (error) {
      try {
        unlinkSync(temporary);
      } catch {
        // Nothing was created, or it is already gone.
      }
      throw error;
    }
  },
};
