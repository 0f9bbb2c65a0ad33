import { InputFormatError, readSessionText, type SessionFile } from '../data';
import { CliError } from './cliIo';

const SESSION_START = /^\s*\{[\s\S]*"format"\s*:\s*"backprop-lab\.session"/;

/** Whether a file's text is a session JSON (by its format), rather than CSV or a model. */
export function isSessionText(text: string): boolean {
  return SESSION_START.test(text.slice(0, 4096).replace(/^\ufeff/, ''));
}

/** The session in a file's text; a broken one is bad input naming the file and the field. */
export function readSessionInput(text: string, path: string): SessionFile {
  try {
    return readSessionText(text.replace(/^\ufeff/, ''));
  } catch (error) {
    if (error instanceof InputFormatError) throw new CliError(`${path}: ${error.message}`);
    throw error;
  }
}
