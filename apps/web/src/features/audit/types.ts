export type {
  AuditCheckpoint,
  AuditDayCount,
  CheckedCheckpoint,
  PublicKeys,
  PublicSigningKey,
  VerifiedSource,
  VerifyResult,
  AuditExportFormat as ExportFormat,
} from '@vigil/contracts';
