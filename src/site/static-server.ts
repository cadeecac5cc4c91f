// A small static file server for the built site (tests, budget, `npm start`): binds
// 127.0.0.1, serves the site under its path prefix, gzips text like any real host, and can
// inject a live-reload hook into HTML for development.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { extname, resolve, sep } from "node:path";
import type { Readable } from "node:stream";
import { createBrotliCompress, createGzip } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".jsonl": "application/jsonl; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  // Raw copies are UTF-8 but for the few the ingest read otherwise (its report says which).
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
};
const COMPRESSIBLE = /^(text\/|application\/(json|jsonl|xml|javascript))/;
const RELOAD_PATH = "/__reload";
const RELOAD_SCRIPT = `<script>new EventSource("${RELOAD_PATH}").onmessage = () => location.reload();</script>`;

export interface StaticServer {
  url: string;
  server: Server;
  /** Requests served and bytes written to sockets (headers and bodies) since the start. */
  traffic(): { requests: number; bytes: number };
  /** Tells every open page to reload (when started with liveReload). */
  reload(): void;
  close(): Promise<void>;
}

const ENCODERS = { br: createBrotliCompress, gzip: createGzip };

/** Brotli or gzip, as static hosts negotiate it. */
function chooseEncoding(req: IncomingMessage): keyof typeof ENCODERS | null {
  const accepted = req.headers["accept-encoding"] ?? "";
  if (/\bbr\b/.test(accepted)) return "br";
  return /\bgzip\b/.test(accepted) ? "gzip" : null;
}

function decodePath(url: string): string | null {
  try {
    return decodeURIComponent(new URL(url, "http://x").pathname);
  } catch {
    return null;
  }
}

async function resolveFile(root: string, path: string): Promise<string | null> {
  const file = resolve(root, `.${path}`);
  if (file !== root && !file.startsWith(root + sep)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) return resolveFile(root, `${path.replace(/\/?$/, "/")}index.html`);
  return info?.isFile() ? file : null;
}

export async function serveStatic(
  dir: string,
  options: {
    pathPrefix?: string;
    port?: number;
    liveReload?: boolean;
    /** Extra headers on every response, as a host would send them (see headers.ts). */
    headers?: Readonly<Record<string, string>>;
  } = {},
): Promise<StaticServer> {
  const root = resolve(dir);
  const prefix = options.pathPrefix ?? "/";
  const clients = new Set<ServerResponse>();

  const send = async (req: IncomingMessage, res: ServerResponse, file: string, status = 200) => {
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const reloadHook = options.liveReload === true && type.startsWith("text/html");
    const encoding = reloadHook || !COMPRESSIBLE.test(type) ? null : chooseEncoding(req);
    res.writeHead(status, {
      ...options.headers,
      "content-type": type,
      "cache-control": "no-cache",
      ...(encoding ? { "content-encoding": encoding, vary: "accept-encoding" } : {}),
    });
    const body = createReadStream(file);
    const out: Readable = encoding ? body.pipe(ENCODERS[encoding]()) : body;
    if (reloadHook) {
      out.on("end", () => res.end(RELOAD_SCRIPT));
      out.pipe(res, { end: false });
    } else out.pipe(res);
  };

  let requests = 0;
  const sockets = new Set<Socket>();
  const server = createServer(async (req, res) => {
    requests++;
    const path = decodePath(req.url ?? "/");
    if (path === null) return void res.writeHead(400).end("Bad request");
    if (options.liveReload && path === RELOAD_PATH) {
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
      clients.add(res);
      req.on("close", () => clients.delete(res));
      return;
    }
    const file = path.startsWith(prefix)
      ? await resolveFile(root, path.slice(prefix.length - 1))
      : null;
    if (file) return send(req, res, file);
    const notFound = await resolveFile(root, "/404.html");
    if (notFound) return send(req, res, notFound, 404);
    res.writeHead(404).end("Not found");
  });
  server.on("connection", (socket) => sockets.add(socket));
  await new Promise<void>((done) => server.listen(options.port ?? 0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    server,
    traffic: () => ({
      requests,
      bytes: [...sockets].reduce((sum, socket) => sum + socket.bytesWritten, 0),
    }),
    reload: () => {
      for (const client of clients) client.write("data: reload\n\n");
    },
    close: () =>
      new Promise((done) => {
        for (const client of clients) client.end();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
