// The browser host: the same API and renderer as the Electron window, served on 127.0.0.1 at a
// random port, for machines without the Electron binary. Run: node dist/electron/web.cjs
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from './cli-args';
import { hostHandlers, PickedFiles, serveCall } from './host-api';
import { openHostState } from './host-state';
import { authorized, handleApiCall, handleEvents } from './http-api';
import { WebFiles } from './http-files';
import { rendererDir } from './paths';
import { serveStatic } from './static-files';

async function start(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { values: ['port', 'db'] });
  const port = Number(args.options.port ?? process.env.YOSAN_PORT ?? 0);
  const state = await openHostState({ host: 'web', dbPath: args.options.db });
  const picked = new PickedFiles();
  const files = new WebFiles(picked);
  const serve = serveCall(state, hostHandlers(state, picked, files));
  const events = { task: () => state.store().task(), onEvent: state.onEvent };
  const token = randomBytes(24).toString('base64url');
  const root = rendererDir();
  let origin = '';

  const server = http.createServer((req, res) => {
    // Only our own address: a page on another name that resolves here (DNS rebinding) is refused.
    if (req.headers.host !== origin.slice('http://'.length)) {
      res.writeHead(421, { 'Content-Type': 'text/plain' }).end('wrong host');
      return;
    }
    const url = new URL(req.url ?? '/', origin);
    if (!url.pathname.startsWith('/api/')) return serveStatic(root, req, res);
    if (!authorized(req, res, { token, origin })) return;
    const fail = (e: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String((e as Error).message));
    };
    if (url.pathname === '/api/call') handleApiCall(req, res, serve).catch(fail);
    else if (url.pathname === '/api/events') handleEvents(req, res, events);
    else if (url.pathname === '/api/upload') files.upload(req, res).catch(fail);
    else if (url.pathname.startsWith('/api/download/')) files.download(url.pathname.slice('/api/download/'.length), res);
    else res.writeHead(404).end();
  });

  // A client that reuses an idle connection just as the server closes it sees "other side
  // closed": keep idle connections longer than clients do (undici: 4 s; browsers: about 60 s).
  server.keepAliveTimeout = 75_000;
  server.listen(port, '127.0.0.1', () => {
    const addr = server.address();
    if (!addr || typeof addr === 'string') throw new Error('no address');
    origin = `http://127.0.0.1:${addr.port}`;
    if (process.env.YOSAN_FALLBACK_REASON) console.log(process.env.YOSAN_FALLBACK_REASON);
    console.log(`Yosan Workbench (browser host): ${origin}/#token=${token}`);
    console.log(`database: ${state.store().dbPath}`);
  });

  const stop = () => {
    server.close();
    server.closeAllConnections(); // open event streams would keep it waiting
    files.dispose();
    void state.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

start().catch((e) => {
  console.error(`yosan web: ${(e as Error).message}`);
  process.exit(1);
});
