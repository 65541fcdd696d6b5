/** Short, printable renderings of fuzz inputs for failure lines. */

/** `text` cut to `max` characters, saying how long it was. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} chars)`;
}

/** A string input as a JSON literal (control characters escaped), cut to a readable length. */
export function showText(text: string, max = 240): string {
  const literal = JSON.stringify(text.length > max ? text.slice(0, max) : text);
  return text.length > max ? `${literal}… (${text.length} chars)` : literal;
}

/** Bytes as their length and a hex preview of the start. */
export function showBytes(bytes: Uint8Array, max = 96): string {
  const hex = Buffer.from(bytes.subarray(0, max)).toString('hex');
  return `${bytes.length} bytes: ${hex}${bytes.length > max ? '…' : ''}`;
}

/** A generated input: how it was made (readable, replayable by hand) and the bytes it came to. */
export function showMade(input: { readonly how: string; readonly bytes: Uint8Array }): string {
  return `${clip(input.how, 600)} → ${showBytes(input.bytes)}`;
}
