import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticSite {
  origin: string;
  /** Serves another folder from now on, on the same origin (a new deployment). */
  serve(root: string): void;
  close(): Promise<void>;
}

/**
 * A static host for the built site, as the README asks of any host: folders answer with their
 * index.html, a folder without its slash is redirected, unknown paths get 404.html with status
 * 404, HTML and the rest revalidate (`no-cache`). It listens on a port the system picks
 * (127.0.0.1 counts as secure, so service workers run), and can switch to another build on the
 * same origin: the update test serves a second build to the same browser.
 */
export async function startStaticSite(root: string, base = '/'): Promise<StaticSite> {
  let current = root;
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://local');
    const send = (status: number, file: string) => {
      response.writeHead(status, {
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      });
      response.end(readFileSync(file));
    };
    const notFound = () => send(404, join(current, '404.html'));
    if (!url.pathname.startsWith(base)) return notFound();
    const path = normalize(decodeURIComponent(url.pathname.slice(base.length)));
    if (path.startsWith('..')) return notFound();
    const file = join(current, path);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        return response.end();
      }
      const index = join(file, 'index.html');
      return existsSync(index) ? send(200, index) : notFound();
    }
    return existsSync(file) ? send(200, file) : notFound();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    serve: (next) => {
      current = next;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
