import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { startTestApp, type TestApp, truncateAll, waitFor } from '../../test/test-app.js';
import { QueueName, SWEEP_SCHEDULER_ID } from './queue.registry.js';
import { type SweepTask, SweeperService } from './sweeper.service.js';

const countingTask = (name: string, gate?: Promise<void>) => {
  const task = {
    name,
    calls: 0,
    async sweep(): Promise<Record<string, number>> {
      task.calls++;
      await gate;
      return { delivered: task.calls };
    },
  };
  return task satisfies SweepTask;
};

const stateOf = async (app: TestApp, task: string) =>
  (
    (await app.dataSource.query('SELECT * FROM sweeper_task_state WHERE task = $1', [task])) as {
      runs: string;
      last_outcome: string | null;
      last_result: Record<string, number> | null;
      last_error: string | null;
    }[]
  )[0];

describe('sweeper', () => {
  describe('with Redis', () => {
    let app: TestApp;
    beforeAll(async () => {
      await truncateAll();
      app = await startTestApp({ SWEEP_INTERVAL_MS: '1000' });
    });
    afterAll(() => app.close());

    it('is scheduled as a repeatable BullMQ job that runs the registered tasks', async () => {
      const queue = app.app.get<Queue>(getQueueToken(QueueName.Maintenance));
      await waitFor(async () => (await queue.getJobScheduler(SWEEP_SCHEDULER_ID)) ?? null, {
        what: 'the sweep scheduler',
      });
      const task = countingTask('test-redis');
      app.app.get(SweeperService).register(task);
      const state = await waitFor(
        async () => {
          const row = await stateOf(app, 'test-redis');
          return row?.last_outcome === 'ok' ? row : null;
        },
        { what: 'a scheduled sweep' },
      );
      expect(task.calls).toBeGreaterThan(0);
      expect(state.last_result).toEqual({ delivered: expect.any(Number) });
    });

    it('runs on one node at a time and records a failing task without stopping the rest', async () => {
      const sweeper = app.app.get(SweeperService);
      let release!: () => void;
      const slow = countingTask('test-slow', new Promise<void>((r) => (release = r)));
      const failing: SweepTask = {
        name: 'test-failing',
        sweep: () => Promise.reject(new Error('mail server unreachable')),
      };
      sweeper.register(failing);
      sweeper.register(slow);

      const first = sweeper.runOnce();
      await waitFor(async () => slow.calls > 0 || null, { what: 'the first sweep to start' });
      const second = await sweeper.runOnce();
      expect(second).toEqual({ ran: false, tasks: [] });
      release();
      const report = await first;
      expect(report.ran).toBe(true);
      expect(report.tasks).toEqual(
        expect.arrayContaining([
          { name: 'test-failing', outcome: 'error', error: 'mail server unreachable' },
          { name: 'test-slow', outcome: 'ok', result: { delivered: 1 } },
        ]),
      );
      expect(await stateOf(app, 'test-failing')).toMatchObject({
        last_outcome: 'error',
        last_error: 'mail server unreachable',
      });
    });
  });

  describe('without Redis', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({ REDIS_URL: undefined, SWEEP_INTERVAL_MS: '1000' });
    });
    afterAll(() => app.close());

    it('runs in-process on its interval and says so in readiness', async () => {
      const task = countingTask('test-in-process');
      app.app.get(SweeperService).register(task);
      await waitFor(
        async () => (await stateOf(app, 'test-in-process'))?.last_outcome === 'ok' || null,
        {
          what: 'an in-process sweep',
        },
      );
      const readiness = (await (await fetch(`${app.url}/health/ready`)).json()) as {
        mode: { timers: string };
      };
      expect(readiness.mode.timers).toBe('in-process');
    });
  });
});
