/** JSON calls to the service under bench, as a coordinator's script would make them. */
export class ApiClient {
  constructor(
    readonly port: number,
    private readonly token = '',
  ) {}

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const send = () => fetch(`http://127.0.0.1:${this.port}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    // A server whose event loop was held past its keep-alive timeout closes idle sockets as it wakes,
    // which can reset a read sent on one at that moment: a GET is safe to send again.
    const response = await send().catch((error: unknown) => (method === 'GET' ? send() : Promise.reject(error)));
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async signedIn(login: string, password: string): Promise<ApiClient> {
    const { accessToken } = await this.call<{ accessToken: string }>('POST', '/api/auth/login', { login, password });
    return new ApiClient(this.port, accessToken);
  }

  get bearer(): string {
    return this.token;
  }
}

/** Runs the calls `concurrency` at a time. */
export async function inParallel<T>(items: T[], concurrency: number, each: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await each(items[next++]);
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
}
