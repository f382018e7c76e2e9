import type { Obligation } from '@vigil/contracts';
import { localizeObligation } from './obligation-wording';

describe('localizeObligation', () => {
  const client: Pick<Obligation, 'rule' | 'title' | 'recipient' | 'legalBasis' | 'because'> = {
    rule: 'CONTRACT_CLIENT_24H',
    title: 'Notify the affected client',
    recipient: { kind: 'client', display: 'Acme Corp', organizationId: 'acme' },
    legalBasis: 'Company security commitments — 24 h client notification',
    because: 'a reason written by a newer server',
  };

  it('leaves the server’s English as it is for an English reader', () => {
    expect(localizeObligation(client, 'en')).toBe(client);
  });

  it('words it in French, keeping the client’s name and any phrase it cannot place', () => {
    expect(localizeObligation(client, 'fr-CA')).toEqual({
      ...client,
      title: 'Aviser le client touché',
      legalBasis: 'Engagements de sécurité de l’entreprise — avis au client en 24 h',
    });
  });

  it('adds no field the obligation did not carry', () => {
    expect(localizeObligation({ rule: 'QC_CAI', title: 'Notify the Commission' }, 'fr-CA')).toEqual(
      { rule: 'QC_CAI', title: 'Aviser la Commission d’accès à l’information' },
    );
  });
});
