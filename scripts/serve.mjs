// Serves the project folder so that demo/ pages can load dist/nn-elements.js. No dependency:
// a lesson author should be able to read this file and trust it.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(new URL('..', import.meta.url).pathname);
const port = Number(process.env.PORT ?? 8000);
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png' };

// Text is sent compressed (brotli when the browser takes it, else gzip), as any real host
// would send it, so that what the demo measures is what a lesson page gets. Each file is
// compressed once per version (its size and time of change), which is also its ETag: a
// browser revalidates (no-cache) and gets 304 while the file is unchanged, and a rebuilt
// dist/ is never served stale.
const compressed = new Map();
const TEXT = /^(text\/|application\/json|image\/svg)/;

function encoded(path, version, body, encoding) {
  const key = `${path}|${version}|${encoding}`;
  let out = compressed.get(key);
  if (!out) {
    out = encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }) : gzipSync(body, { level: 9 });
    compressed.set(key, out);
  }
  return out;
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/') { res.writeHead(302, { Location: '/demo/' }).end(); return; }
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) { res.writeHead(403).end('Forbidden'); return; }
    if ((await stat(path).catch(() => null))?.isDirectory()) path = join(path, 'index.html');
    const info = await stat(path);
    const version = `${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}`;
    const type = types[extname(path)] ?? 'application/octet-stream';
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = !TEXT.test(type) ? null : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
    const etag = `"${version}${encoding ? `-${encoding}` : ''}"`;
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache', ETag: etag, Vary: 'Accept-Encoding' };
    if (req.headers['if-none-match'] === etag) { res.writeHead(304, headers).end(); return; }
    const body = await readFile(path);
    if (encoding) {
      res.writeHead(200, { ...headers, 'Content-Encoding': encoding }).end(encoded(path, version, body, encoding));
    } else {
      res.writeHead(200, headers).end(body);
    }
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  }
});

// A busy port is common on a developer's machine: try the next few before giving up.
let attempt = 0;
server.on('error', (e) => {
  if (e.code === 'EADDRINUSE' && attempt < 20 && !process.env.PORT) {
    attempt++;
    server.listen(port + attempt, '127.0.0.1');
  } else {
    console.error(`nn-elements demo: cannot listen: ${e.message}`);
    process.exit(1);
  }
});
server.on('listening', () => {
  console.log(`nn-elements demo: http://localhost:${server.address().port}/demo/`);
});
server.listen(port, '127.0.0.1');
