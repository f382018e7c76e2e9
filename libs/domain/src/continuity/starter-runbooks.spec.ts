import { INCIDENT_CATEGORIES, runbookInputSchema, serviceSchema } from '@vigil/contracts';
import { STARTER_RUNBOOKS, STARTER_SERVICES, type StarterRunbook } from './starter-runbooks.js';

const serviceIds = new Set(STARTER_SERVICES.map((s) => s.id));
const textOf = (r: StarterRunbook): string =>
  [r.title, r.summary ?? '', ...r.steps.flatMap((s) => [s.title, s.body ?? ''])].join('\n');

describe('STARTER_SERVICES', () => {
  it.each(STARTER_SERVICES.map((s) => [s.id, s] as const))('%s parses as a service', (_, s) => {
    expect(serviceSchema.safeParse(s).error).toBeUndefined();
  });

  it('has unique ids', () => {
    expect(serviceIds.size).toBe(STARTER_SERVICES.length);
  });

  it('keeps the promised 48 h RTO and 24 h RPO as the loosest objectives', () => {
    for (const s of STARTER_SERVICES) {
      expect(s.rtoHours).toBeLessThanOrEqual(48);
      expect(s.rpoHours).toBeLessThanOrEqual(24);
    }
  });

  it('depends only on services that exist', () => {
    const missing = STARTER_SERVICES.flatMap((s) =>
      s.dependsOn.filter((d) => !serviceIds.has(d)).map((d) => `${s.id} → ${d}`),
    );
    expect(missing).toEqual([]);
  });

  it('has no dependency cycle', () => {
    const byId = new Map(STARTER_SERVICES.map((s) => [s.id, s.dependsOn]));
    const done = new Set<string>();
    const onPath: string[] = [];
    const cycles: string[] = [];
    const visit = (id: string): void => {
      if (done.has(id)) return;
      const at = onPath.indexOf(id);
      if (at >= 0) {
        cycles.push([...onPath.slice(at), id].join(' → '));
        return;
      }
      onPath.push(id);
      for (const d of byId.get(id) ?? []) visit(d);
      onPath.pop();
      done.add(id);
    };
    for (const s of STARTER_SERVICES) visit(s.id);
    expect(cycles).toEqual([]);
  });
});

describe('STARTER_RUNBOOKS', () => {
  it('holds the nine runbooks of the starter library, each with its kind', () => {
    expect(STARTER_RUNBOOKS.map((r) => [r.title, r.kind])).toEqual([
      ['Ransomware', 'BCP'],
      ['Region outage', 'BCP'],
      ['RDS restore from snapshot', 'DRP'],
      ['RDS point-in-time recovery', 'DRP'],
      ['Credential leak', 'IR'],
      ['Personal-data breach notification', 'IR'],
      ['Compromised admin account', 'IR'],
      ['Lost or stolen workstation', 'IR'],
      ['Departing employee access revocation', 'IR'],
    ]);
  });

  it('has unique, slug-shaped keys', () => {
    const keys = STARTER_RUNBOOKS.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
  });

  describe.each(STARTER_RUNBOOKS.map((r) => [r.key, r] as const))('%s', (_, runbook) => {
    it('parses as a runbook input (the key aside)', () => {
      const { key: _key, ...input } = runbook;
      expect(runbookInputSchema.safeParse(input).error).toBeUndefined();
    });

    it('has a summary and 6 to 14 steps, each with a body', () => {
      expect(runbook.summary?.trim()).not.toBe('');
      expect(runbook.steps.length).toBeGreaterThanOrEqual(6);
      expect(runbook.steps.length).toBeLessThanOrEqual(14);
      for (const step of runbook.steps) expect(step.body?.trim()).not.toBe('');
    });

    it('gives each step to a responding role, or to no one', () => {
      for (const step of runbook.steps) {
        expect([null, 'security_lead', 'responder', 'dpo', 'admin']).toContain(step.role ?? null);
      }
    });

    it('refers only to known services and incident categories', () => {
      expect((runbook.services ?? []).filter((id) => !serviceIds.has(id))).toEqual([]);
      const known: readonly string[] = INCIDENT_CATEGORIES;
      expect((runbook.categories ?? []).filter((c) => !known.includes(c))).toEqual([]);
      expect(runbook.categories?.length).toBeGreaterThan(0);
    });
  });

  describe.each(STARTER_RUNBOOKS.filter((r) => r.kind === 'DRP').map((r) => [r.key, r] as const))(
    'DRP %s',
    (_, runbook) => {
      it('makes the RTO and RPO explicit', () => {
        expect(textOf(runbook)).toMatch(/\bRTO\b/);
        expect(textOf(runbook)).toMatch(/\bRPO\b/);
      });

      it('has a step recording the recovery point in the run', () => {
        const step = runbook.steps.find((s) => /recovery point/i.test(s.title));
        expect(step?.title).toMatch(/record/i);
        expect(step?.body).toMatch(/Last good backup/);
      });

      it('recovers the primary database', () => {
        expect(runbook.services).toContain('primary-database');
      });
    },
  );

  it('has the breach runbook walk through every regime and its clock', () => {
    const breach = STARTER_RUNBOOKS.find((r) => r.key === 'ir-personal-data-breach');
    const text = breach ? textOf(breach) : '';
    for (const phrase of [
      /24 h/,
      /72 h/,
      /Law 25/,
      /PIPEDA/,
      /GDPR/,
      /promptly/,
      /as soon as feasible/,
    ]) {
      expect(text).toMatch(phrase);
    }
    expect(breach?.steps.every((s) => s.role === 'dpo')).toBe(true);
  });
});
