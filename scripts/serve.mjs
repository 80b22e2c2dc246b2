// Serves the project folder so that demo/ pages can load dist/nn-elements.js. No dependency:
// a lesson author should be able to read this file and trust it.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const port = Number(process.env.PORT ?? 8000);
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png' };

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/') { res.writeHead(302, { Location: '/demo/' }).end(); return; }
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) { res.writeHead(403).end('Forbidden'); return; }
    if ((await stat(path).catch(() => null))?.isDirectory()) path = join(path, 'index.html');
    const body = await readFile(path);
    res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    res.end(body);
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
