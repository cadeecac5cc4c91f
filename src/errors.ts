// Errors as one readable line for the person running a command: the cause, not a stack.

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Text for a terminal: control characters (in a file name, say) shown as escapes, so none can move
 * the cursor or erase what was printed.
 */
export const printable = (text: string): string =>
  text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);

/** "EACCES: permission denied" for a Node system error; the message of any other error. */
export function errorText(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code && typeof e.message === "string"
    ? `${e.code}: ${e.message.replace(/^\w+: /, "").split(",")[0]}`
    : String(e?.message ?? e);
}

/**
 * The innermost error of a chain, as one line. Eleventy wraps the error that stopped it in
 * `originalError` (often twice); other code uses `cause`. The innermost one names the file.
 */
export function failureMessage(error: unknown): string {
  let current = error;
  for (;;) {
    const e = current as { originalError?: unknown; cause?: unknown } | null;
    const inner = e?.originalError ?? e?.cause;
    if (inner === undefined || inner === null) break;
    current = inner;
  }
  const text = String((current as Error | null)?.message ?? current);
  return printable(text.split("\n")[0] ?? text);
}
