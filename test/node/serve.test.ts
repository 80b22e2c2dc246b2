import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startServer } from '../../bench/launch.mjs';

// The demo server (npm start) sends what a real host sends: compressed text, and a
// revalidation that costs nothing while a file is unchanged.
describe('the demo server', () => {
  let server: { port: number; stop: () => void };
  before(async () => (server = await startServer(8800)));
  after(() => server.stop());
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`http://127.0.0.1:${server.port}${path}`, { headers });

  /** The raw response: status, headers and the bytes as sent (fetch would decode them). */
  const raw = (path: string, headers: Record<string, string>) => new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((ok, fail) => {
    request({ host: '127.0.0.1', port: server.port, path, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts) }));
    }).on('error', fail).end();
  });

  // The bundle's code: nn-elements.js is a facade of a few bytes over nn-elements.main.js.
  it('sends the bundle brotli-compressed when the browser accepts br, else gzip, else as it is; each decodes to the file', async () => {
    const file = readFileSync('dist/nn-elements.main.js');
    const br = await raw('/dist/nn-elements.main.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect([br.headers['content-encoding'], br.headers.vary]).to.deep.equal(['br', 'Accept-Encoding']);
    expect(brotliDecompressSync(br.body).equals(file)).to.equal(true);
    const gz = await raw('/dist/nn-elements.main.js', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).to.equal('gzip');
    expect(gunzipSync(gz.body).equals(file)).to.equal(true);
    expect(br.body.length).to.be.below(gz.body.length);
    expect(gz.body.length).to.be.below(file.length / 2);
    const plain = await raw('/dist/nn-elements.main.js', {});
    expect(plain.headers['content-encoding']).to.equal(undefined);
    expect(plain.body.equals(file)).to.equal(true);
  });

  it('answers 304 to a revalidation with the ETag it gave, and 200 to a stale one', async () => {
    const first = await get('/demo/index.html', { 'Accept-Encoding': 'gzip' });
    const etag = first.headers.get('etag')!;
    expect(first.headers.get('cache-control')).to.equal('no-cache');
    expect((await get('/demo/index.html', { 'Accept-Encoding': 'gzip', 'If-None-Match': etag })).status).to.equal(304);
    expect((await get('/demo/index.html', { 'Accept-Encoding': 'gzip', 'If-None-Match': '"old"' })).status).to.equal(200);
  });

  it('serves nothing outside the project folder', async () => {
    const r = await raw('/%2e%2e/%2e%2e/etc/passwd', {});
    expect([403, 404]).to.include(r.status);
  });
});
