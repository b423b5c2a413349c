/**
 * A proxy that records every request sent to it and serves none. Firefox is
 * pointed at it for all traffic: routed fixture pages are answered inside the
 * browser before any connection is made, and a page's other requests are
 * aborted and recorded by the driver, so whatever still reaches the network
 * comes from a context page routing cannot see — the extension's background
 * page — or from Firefox itself.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingProxy {
  port: number;
  /** `https://host/` for a tunnel (the path is encrypted), the full URL for plain HTTP. */
  readonly seen: string[];
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`https://${(req.url ?? '').replace(/:443$/, '')}/`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
