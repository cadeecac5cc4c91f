// A tagged template that escapes every interpolated value unless it is already SafeHtml.
// Layouts build pages only through `html`, so data (titles, captions, names) can never
// inject markup.

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolation =
  | SafeHtml
  | string
  | number
  | null
  | undefined
  | false
  | readonly Interpolation[];

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

// Characters XML 1.0 cannot hold at all, even escaped: C0 controls but tab and line ends, U+FFFE,
// U+FFFF and lone surrogates. One of them makes a whole feed unreadable.
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text for XML (feeds, sitemaps): escaped, without the characters XML cannot hold. */
export function escapeXml(text: string): string {
  return escapeHtml(text.replace(NOT_XML, ""));
}

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? "");
  });
  return new SafeHtml(out);
}

/** Marks trusted markup (e.g. the sanitised Markdown renderer's output) as safe. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
