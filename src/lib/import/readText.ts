/** What a dataset is opened from: a file the reader chose, a download, or text in hand. */
export type DatasetInput = { readonly name: string } & (
  | { readonly kind: 'file'; readonly file: Blob }
  | { readonly kind: 'download'; readonly chunks: readonly Uint8Array<ArrayBuffer>[] }
  | { readonly kind: 'text'; readonly text: string }
);

/** Its size, to judge where to read it. */
export function inputSize(input: DatasetInput): number {
  return input.kind === 'file'
    ? input.file.size
    : input.kind === 'download'
      ? input.chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0)
      : input.text.length;
}

/** Its text, with progress while a file is read. */
export function readInput(
  input: DatasetInput,
  onProgress: (loaded: number, total: number) => void,
): Promise<ReadText> {
  if (input.kind === 'file') return readTextWithProgress(input.file, onProgress);
  return Promise.resolve(
    input.kind === 'download'
      ? decodeText(concatenateBytes(input.chunks, inputSize(input)))
      : { text: input.text, encodingNote: null },
  );
}

/** A file's text, and a note when it was not UTF-8 and was read another way. */
export interface ReadText {
  readonly text: string;
  readonly encodingNote: string | null;
}

/**
 * Reads a file as text in chunks, reporting bytes read, so a large file shows progress. UTF-8
 * is expected; a UTF-16 file (Excel's "Unicode text") is recognised by its byte-order mark,
 * and a file that is not valid UTF-8 is read as Windows-1252 (Excel's default "CSV" on
 * Windows), with a note saying so, rather than with its accented letters replaced.
 */
export async function readTextWithProgress(
  file: Blob,
  onProgress: (loaded: number, total: number) => void,
): Promise<ReadText> {
  const reader = file.stream().getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    chunks.push(value);
    onProgress(loaded, file.size);
  }
  return decodeText(concatenateBytes(chunks, loaded));
}

/** Decodes a file's bytes as described for readTextWithProgress. */
export function decodeText(bytes: Uint8Array): ReadText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encodingNote: null };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encodingNote: null };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encodingNote: null };
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes);
    // Control bytes are what a binary file (an image, a zip) has and a text file does not.
    if (hasControlBytes(text.slice(0, 8192))) {
      return { text: new TextDecoder('utf-8').decode(bytes), encodingNote: null };
    }
    return {
      text,
      encodingNote:
        'the file is not UTF-8, so it was read as Windows-1252 (Western European, as Excel saves "CSV" on Windows). If letters look wrong, save it as "CSV UTF-8" and open it again.',
    };
  }
}

function hasControlBytes(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 9 || (code > 13 && code < 32)) return true;
  }
  return false;
}

/** The chunks of a download or file read, as one run of bytes. */
function concatenateBytes(chunks: readonly Uint8Array[], length: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
