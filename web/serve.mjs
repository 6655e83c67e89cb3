// A tiny static server for the built site: http://127.0.0.1:${PORT:-8080}.
//   node web/serve.mjs [site-dir]        (default build/web/site)
// Also imported by the browser tests: startServer(dir, port) with port 0 picks a free port.
// Files go out gzip-compressed to a browser that accepts it, as any host of the page would send them
// (the wasm and the font are most of the bytes: 4.2 MB as built, 1.7 MB compressed).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// How the server compresses a file (scripts/budgets.mjs counts the same bytes).
export const gzip = (bytes) => gzipSync(bytes, { level: 6 });

// Compressed once per file version, for every server of this process (the tests start many).
const gzipped = new Map();  // path → { mtimeMs, size, body }
function compressed(file, info, body) {
  const kept = gzipped.get(file);
  if (kept && kept.mtimeMs === info.mtimeMs && kept.size === info.size) return kept.body;
  const out = gzip(body);
  gzipped.set(file, { mtimeMs: info.mtimeMs, size: info.size, body: out });
  return out;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.ttf': 'font/ttf',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

// The page needs nothing beyond its own files and compiling its own wasm (index.html carries the same
// policy; frame-ancestors only works as a header).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'", "style-src 'self'",
  "img-src 'self' data:", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

export function startServer(root, port = 0, host = '127.0.0.1') {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(base, path));
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD' }).end();
        return;
      }
      if (file !== base && !file.startsWith(base + sep)) { res.writeHead(403, SECURITY_HEADERS).end(); return; }
      let info = await stat(file);  // a missing file throws: 404 below
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      let body = await readFile(file);
      const headers = {
        ...SECURITY_HEADERS,
        'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-cache',
        Vary: 'Accept-Encoding',
      };
      // PNGs are compressed already.
      if (/\bgzip\b/.test(req.headers['accept-encoding'] || '') && extname(file) !== '.png') {
        body = compressed(file, info, body);
        headers['Content-Encoding'] = 'gzip';
      }
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok({ server, port: server.address().port, close: () => new Promise((r) => server.close(r)) }));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] || 'build/web/site';
  const port = Number(process.env.PORT || 8080);
  const { port: actual } = await startServer(root, port);
  console.log(`Service blueprint designer: http://127.0.0.1:${actual}/  (serving ${resolve(root)}; Ctrl+C stops)`);
}
