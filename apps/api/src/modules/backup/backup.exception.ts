export type BackupErrorCode =
  | 'WEAK_PASSPHRASE'
  | 'NOT_AN_ARCHIVE'
  | 'UNSUPPORTED_ARCHIVE'
  | 'WRONG_PASSPHRASE'
  | 'TAMPERED'
  | 'TRUNCATED'
  | 'OUTPUT_EXISTS'
  | 'TOOL_MISSING'
  | 'TOOL_TOO_OLD'
  | 'DUMP_FAILED'
  | 'TARGET_NOT_EMPTY'
  | 'KEY_CONFLICT'
  | 'RESTORE_FAILED';

/** A backup or restore that cannot go on; the CLI prints the message, which says what to do. */
export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}
