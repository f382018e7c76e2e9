import { Injectable, Logger } from '@nestjs/common';
import { type Clock, systemClock } from '@vigil/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A repair pass over Postgres: finds what is due and not done and hands it on. Must be idempotent. */
export interface SweepTask {
  readonly name: string;
  sweep(now: Date): Promise<Record<string, number>>;
}

export interface SweepReport {
  ran: boolean;
  tasks: {
    name: string;
    outcome: 'ok' | 'error';
    result?: Record<string, number>;
    error?: string;
  }[];
}

/** Held for the length of a sweep so that only one node sweeps at a time. */
const SWEEP_LOCK = 0x73_77_65_65; // "swee"

@Injectable()
export class SweeperService {
  private readonly logger = new Logger(SweeperService.name);
  private readonly tasks = new Map<string, SweepTask>();

  private clock: Clock = systemClock;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  useClock(clock: Clock): void {
    this.clock = clock;
  }

  register(task: SweepTask): void {
    this.tasks.set(task.name, task);
  }

  get taskNames(): string[] {
    return [...this.tasks.keys()];
  }

  /** Runs every task once, unless another node holds the sweep lock; a failing task does not stop the rest. */
  async runOnce(now: Date = this.clock.now()): Promise<SweepReport> {
    const lock = this.dataSource.createQueryRunner();
    await lock.connect();
    try {
      const [{ locked }] = (await lock.query('SELECT pg_try_advisory_lock($1) AS locked', [
        SWEEP_LOCK,
      ])) as [{ locked: boolean }];
      if (!locked) return { ran: false, tasks: [] };
      try {
        const report: SweepReport = { ran: true, tasks: [] };
        for (const task of this.tasks.values()) report.tasks.push(await this.runTask(task, now));
        return report;
      } finally {
        await lock.query('SELECT pg_advisory_unlock($1)', [SWEEP_LOCK]);
      }
    } finally {
      await lock.release();
    }
  }

  private async runTask(task: SweepTask, now: Date): Promise<SweepReport['tasks'][number]> {
    await this.dataSource.query(
      `INSERT INTO sweeper_task_state (task, runs, last_started_at) VALUES ($1, 1, now())
       ON CONFLICT (task) DO UPDATE SET runs = sweeper_task_state.runs + 1, last_started_at = now()`,
      [task.name],
    );
    try {
      const result = await task.sweep(now);
      await this.record(task.name, 'ok', result, null);
      return { name: task.name, outcome: 'ok', result };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error({ err: error, task: task.name }, 'sweep task failed');
      await this.record(task.name, 'error', null, message).catch(() => undefined);
      return { name: task.name, outcome: 'error', error: message };
    }
  }

  private async record(
    task: string,
    outcome: 'ok' | 'error',
    result: object | null,
    error: string | null,
  ) {
    await this.dataSource.query(
      `UPDATE sweeper_task_state
          SET last_finished_at = now(), last_outcome = $2, last_result = $3, last_error = $4
        WHERE task = $1`,
      [task, outcome, result === null ? null : JSON.stringify(result), error],
    );
  }
}
