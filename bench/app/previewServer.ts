import type { AddressInfo } from 'node:net';
import { preview } from 'vite';

export interface PreviewServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves the built app in `outDir` as `vite preview` does, on 127.0.0.1 and a free port. */
export async function startPreview(root: string, outDir: string): Promise<PreviewServer> {
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (address === null) throw new Error('The preview server is not listening.');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
