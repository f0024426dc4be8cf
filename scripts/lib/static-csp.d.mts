import type { IncomingMessage, ServerResponse } from 'node:http';

export function loadPageCsp(distDir: string): Map<string, string>;
export function pinPageCsp(
  map: Map<string, string>,
  req: Pick<IncomingMessage, 'url'>,
  res: Pick<ServerResponse, 'setHeader'>,
): void;
