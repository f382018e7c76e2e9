import { createServer, connect, type Server, type Socket } from 'node:net';
import { startTestApp, testRedisUrl, type TestApp, waitFor } from '../../../test/test-app.js';

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** A TCP relay to the real Redis, opened on a port that was closed until now: Redis "comes back". */
const relayToRedis = (port: number): Promise<{ close: () => Promise<void> }> => {
  const target = new URL(testRedisUrl());
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 6379), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({
        close: () =>
          new Promise((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      }),
    ),
  );
};

describe('GET /health/ready with Redis down, then back', () => {
  let app: TestApp;
  let port: number;
  let relay: { close: () => Promise<void> } | undefined;

  beforeAll(async () => {
    port = await freePort();
    app = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${port}` });
  });
  afterAll(async () => {
    await app.close();
    await relay?.close();
  });

  it('answers 503 naming Redis while its port is closed, and 200 once it answers', async () => {
    const down = await fetch(`${app.url}/health/ready`);
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('5');
    const body = (await down.json()) as {
      down: string[];
      checks: { redis: { status: string; error: string } };
    };
    expect(body.down).toEqual(['redis']);
    expect(body.checks.redis.status).toBe('down');
    expect(body.checks.redis.error).toEqual(expect.any(String));

    relay = await relayToRedis(port);
    const ready = await waitFor(
      async () => {
        const res = await fetch(`${app.url}/health/ready`);
        return res.status === 200 ? res : null;
      },
      { timeoutMs: 15_000, what: 'readiness after Redis came back' },
    );
    expect(await ready.json()).toMatchObject({
      status: 'ok',
      down: [],
      checks: { redis: { status: 'up' } },
    });
  });
});
