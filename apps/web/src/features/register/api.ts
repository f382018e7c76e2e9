import { api, apiStream } from '../../lib/api-client';
import { attachmentName } from '../audit/export-progress';
import type { RegisterEntry } from '@vigil/contracts';

const BASE = '/api/v1/register';

export const listRegister = (signal?: AbortSignal) =>
  api.get<{ items: RegisterEntry[] }>(BASE, { signal });

/** The register as the API writes it for the CAI or the OPC: CSV, one incident per line. */
export const downloadRegisterCsv = async (): Promise<{ blob: Blob; filename: string }> => {
  const response = await apiStream(`${BASE}?format=csv`);
  return {
    blob: await response.blob(),
    filename:
      attachmentName(response.headers.get('Content-Disposition')) ??
      'confidentiality-incident-register.csv',
  };
};
