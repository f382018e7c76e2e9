import type {
  BackupTest,
  BackupTestInput,
  Drill,
  DrillInput,
  EvidenceSchedule,
  Service,
} from '@vigil/contracts';
import { api, apiStream } from '../../lib/api-client';
import { attachmentName } from '../audit/export-progress';

const V1 = '/api/v1';

export const REPORT_URL = `${V1}/continuity/report`;
/** Printable: opened in a tab of its own, with the session cookie like any page of Vigil. */
export const REPORT_HTML_URL = `${REPORT_URL}?format=html`;

export const listServices = (signal?: AbortSignal) =>
  api.get<{ items: Service[] }>(`${V1}/services`, { signal });

/** Upserts the services sent by id and answers with every service. */
export const saveServices = (items: Service[]) =>
  api.put<{ items: Service[] }>(`${V1}/services`, { items });

export const listBackupTests = (signal?: AbortSignal) =>
  api.get<{ items: BackupTest[] }>(`${V1}/backup-tests`, { signal });

export const recordBackupTest = (body: BackupTestInput) =>
  api.post<BackupTest>(`${V1}/backup-tests`, body);

export const listDrills = (signal?: AbortSignal) =>
  api.get<{ items: Drill[] }>(`${V1}/drills`, { signal });

export const recordDrill = (body: DrillInput) => api.post<Drill>(`${V1}/drills`, body);

export const fetchSchedule = (signal?: AbortSignal) =>
  api.get<{ items: EvidenceSchedule[] }>(`${V1}/continuity/schedule`, { signal });

/** `vigil-continuity-report-2026-11-20.json` when the server names no file. */
export const reportFileName = (at: Date): string =>
  `vigil-continuity-report-${at.toISOString().slice(0, 10)}.json`;

/** The report as JSON, byte for byte as the server wrote it, for an auditor to keep. */
export const downloadReportJson = async (): Promise<{ blob: Blob; filename: string }> => {
  const response = await apiStream(REPORT_URL);
  return {
    blob: await response.blob(),
    filename:
      attachmentName(response.headers.get('Content-Disposition')) ?? reportFileName(new Date()),
  };
};
