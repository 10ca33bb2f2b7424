/**
 * Reads a file as UTF-8 text in chunks, reporting bytes read, so a large file shows progress.
 * Invalid bytes become U+FFFD (which is how a binary file is recognised afterwards).
 */
export async function readTextWithProgress(
  file: Blob,
  onProgress: (loaded: number, total: number) => void,
): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  const reader = file.stream().getReader();
  const parts: string[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    onProgress(loaded, file.size);
  }
  parts.push(decoder.decode());
  return parts.join('');
}
