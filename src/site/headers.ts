// Security headers for hosts, written to `_headers` (the format Netlify and Cloudflare Pages read)
// and sent by the local server. The policy allows only the site's own files; Pagefind needs
// 'wasm-unsafe-eval' to run its WebAssembly search.

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; "),
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
};

/** The `_headers` file: every path gets every header; raw copies are text in UTF-8. */
export function headersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return `/*\n${lines.join("\n")}\n/raw/*\n  Content-Type: text/plain; charset=utf-8\n`;
}
