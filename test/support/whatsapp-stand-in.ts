import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the stand-in received: its path, bearer and JSON body. */
export interface WhatsappCall {
  path: string;
  authorization: string | undefined;
  body: {
    messaging_product: string;
    to: string;
    type: string;
    template: { name: string; language: { code: string }; components: { type: string; parameters: { type: string; text: string }[] }[] };
  };
}

export interface WhatsappStandIn {
  url: string;
  calls: WhatsappCall[];
  /** The statuses the next calls answer with, in order; after them every call gets 200. */
  failNext(...statuses: number[]): void;
  close(): Promise<void>;
}

/** A local server speaking the WhatsApp Cloud API's messages endpoint, recording every call. */
export async function startWhatsappStandIn(): Promise<WhatsappStandIn> {
  const calls: WhatsappCall[] = [];
  const failures: number[] = [];
  let sent = 0;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      calls.push({ path: request.url ?? '', authorization: request.headers.authorization, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      const status = failures.shift() ?? 200;
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(
        JSON.stringify(
          status === 200
            ? { messaging_product: 'whatsapp', contacts: [{ wa_id: calls.at(-1)!.body.to }], messages: [{ id: `wamid.test-${++sent}` }] }
            : { error: { message: `stand-in failure ${status}`, code: 131000 } },
        ),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    failNext: (...statuses) => failures.push(...statuses),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
