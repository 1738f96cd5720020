import { describe, expect, it } from '@jest/globals';
import { createPino } from './pino-logger.js';

describe('createPino', () => {
  it('never writes a token: not the Authorization header, the session cookie or its Set-Cookie', () => {
    const lines: string[] = [];
    const sut = createPino('info', { write: (line: string) => lines.push(line) });
    sut.info({
      req: { headers: { authorization: 'Bearer secret-a', cookie: 'kakak_asuh_session=secret-b' }, body: { password: 'secret-c' } },
      res: { headers: { 'set-cookie': 'kakak_asuh_session=secret-d; HttpOnly' } },
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/secret/);
    expect(JSON.parse(lines[0]).req.headers.cookie).toBe('[Redacted]');
  });
});
