// The browser host: the same API and renderer as the Electron window, served on 127.0.0.1 at a
// random port, for machines without the Electron binary. Run: node dist/electron/web.cjs
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { parseArgs } from './cli-args';
import { handleApiCall } from './http-api';
import { rendererDir } from './paths';
import { serveStatic } from './static-files';
import { startStoreThread } from './worker-client';

async function start(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { values: ['port', 'db'] });
  const port = Number(args.options.port ?? process.env.YOSAN_PORT ?? 0);
  const store = await startStoreThread({ host: 'web', dbPath: args.options.db });
  const token = randomBytes(24).toString('base64url');
  const root = rendererDir();
  let origin = '';

  const server = http.createServer((req, res) => {
    // Only our own address: a page on another name that resolves here (DNS rebinding) is refused.
    if (req.headers.host !== origin.slice('http://'.length)) {
      res.writeHead(421, { 'Content-Type': 'text/plain' }).end('wrong host');
      return;
    }
    const url = req.url ?? '/';
    if (url === '/api/call' || url.startsWith('/api/')) {
      handleApiCall(req, res, { handlers: store.handlers, token, origin }).catch((e) => {
        if (!res.headersSent) res.writeHead(500).end(String((e as Error).message));
      });
    } else serveStatic(root, req, res);
  });

  server.listen(port, '127.0.0.1', () => {
    const addr = server.address();
    if (!addr || typeof addr === 'string') throw new Error('no address');
    origin = `http://127.0.0.1:${addr.port}`;
    if (process.env.YOSAN_FALLBACK_REASON) console.log(process.env.YOSAN_FALLBACK_REASON);
    console.log(`Yosan Workbench (browser host): ${origin}/#token=${token}`);
    console.log(`database: ${store.dbPath}`);
  });

  const stop = () => {
    server.close();
    void store.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

start().catch((e) => {
  console.error(`yosan web: ${(e as Error).message}`);
  process.exit(1);
});
