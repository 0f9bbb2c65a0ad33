/** Offers `blob` to the person as a download named `name`. */
export function saveBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the time the click returns; the URL can go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What importing a file needs of the store: the import action and a way to explain a refusal. */
export interface FileImporter {
  importFile(text: string, name: string): boolean;
  showNotice(notice: string): void;
}

/** The largest file read, in bytes; checked on the file's size before reading it. */
export type SizeCheck = (bytes: number) => string | null;

/**
 * Reads a file the person chose or dropped and imports it. A file too large or empty is refused
 * by its size without being read; one that cannot be read as text says so. Nothing changes then.
 */
export async function importFileInto(
  importer: FileImporter,
  file: File,
  sizeProblem: SizeCheck,
): Promise<boolean> {
  const problem = sizeProblem(file.size);
  if (problem !== null) {
    importer.showNotice(`Cannot import ${file.name}: ${problem}. Nothing was changed.`);
    return false;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    importer.showNotice(`Cannot import ${file.name}: the file could not be read.`);
    return false;
  }
  return importer.importFile(text, file.name);
}
