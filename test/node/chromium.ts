import type { Browser } from 'puppeteer-core';
import { launchBrowser, startServer } from '../../bench/launch.mjs';

/** The demo server and Debian's Chromium for a suite: started before it, stopped after it. */
export interface Lab {
  browser: Browser;
  server: { port: number; stop: () => void };
  /** A project path on the server. */
  url(path: string): string;
}

/** Registers the suite's before/after hooks (call inside `describe`); `base` picks the server's port range. */
export function chromiumAndServer(base: number): Lab {
  const lab = { url: (path: string) => `http://127.0.0.1:${lab.server.port}/${path}` } as Lab;
  before(async () => {
    lab.server = await startServer(base);
    lab.browser = await launchBrowser();
  });
  after(async () => {
    await lab.browser?.close();
    lab.server?.stop();
  });
  return lab;
}
