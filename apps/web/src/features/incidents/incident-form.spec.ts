import { setActiveLocale } from '../../i18n';
import {
  draftOfIncident,
  emptyIncidentDraft,
  incidentPatch,
  newIncidentBody,
} from './incident-form';
import { toLocalInput } from './local-time';
import { anIncident } from './test-builders';

const LEAD = '0b7f9a8e-3f5d-4c1e-9d2a-7c6b5a4f3e21';

describe('newIncidentBody', () => {
  it('sends what was filled in, and leaves empty optional fields out', () => {
    const result = newIncidentBody({
      ...emptyIncidentDraft(LEAD),
      title: '  Customer data in a public bucket ',
      severity: 'SEV1',
      awareAt: toLocalInput('2026-11-20T09:15:00.000Z'),
      organizationIds: ['acme'],
    });
    expect(result).toEqual({
      ok: true,
      value: {
        title: 'Customer data in a public bucket',
        severity: 'SEV1',
        awareAt: '2026-11-20T09:15:00.000Z',
        leadId: LEAD,
        organizationIds: ['acme'],
      },
    });
  });

  it('says what is missing or wrong, field by field', () => {
    const result = newIncidentBody({ ...emptyIncidentDraft(), awareAt: '2026-13-01T10:00' });
    expect(result).toEqual({
      ok: false,
      errors: {
        title: 'Give the incident a title.',
        awareAt: 'Not a date and time: pick one, or leave it empty.',
      },
    });
  });
});

describe('incidentPatch', () => {
  const incident = anIncident({
    detectedAt: '2026-11-20T10:00:42.000Z',
    category: 'Data exposure',
    organizationIds: ['acme', 'globex'],
  });

  it('sends nothing that was not changed, even times shown without their seconds', () => {
    expect(incidentPatch(incident, draftOfIncident(incident))).toEqual({ ok: true, value: {} });
    const reordered = { ...draftOfIncident(incident), organizationIds: ['globex', 'acme'] };
    expect(incidentPatch(incident, reordered)).toEqual({ ok: true, value: {} });
  });

  it('sends each changed field, clearing emptied ones', () => {
    const draft = {
      ...draftOfIncident(incident),
      severity: 'SEV1' as const,
      category: '',
      awareAt: toLocalInput('2026-11-20T10:30:00.000Z'),
      leadId: LEAD,
      organizationIds: ['acme'],
    };
    expect(incidentPatch(incident, draft)).toEqual({
      ok: true,
      value: {
        severity: 'SEV1',
        category: null,
        awareAt: '2026-11-20T10:30:00.000Z',
        leadId: LEAD,
        organizationIds: ['acme'],
      },
    });
  });

  it('keeps the detection time required', () => {
    const result = incidentPatch(incident, { ...draftOfIncident(incident), detectedAt: '' });
    expect(result).toEqual({
      ok: false,
      errors: { detectedAt: 'An incident always has a detection time.' },
    });
  });
});

describe('in French', () => {
  beforeEach(() => setActiveLocale('fr-CA'));
  afterEach(() => setActiveLocale('en'));

  it('says what is missing or wrong in French', () => {
    const result = newIncidentBody({ ...emptyIncidentDraft(), awareAt: '2026-13-01T10:00' });
    expect(result).toEqual({
      ok: false,
      errors: {
        title: 'Donnez un titre à l’incident.',
        awareAt: 'Date et heure invalides\u00a0: choisissez-en une ou laissez le champ vide.',
      },
    });
  });
});
