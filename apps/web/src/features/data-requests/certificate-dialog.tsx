import type { DestructionCertificate } from '@vigil/contracts';
import {
  Alert,
  Button,
  CopyButton,
  Dialog,
  DialogBody,
  DialogFooter,
  ExportIcon,
  ProblemAlert,
  Skeleton,
  Timestamp,
} from '../../components/ui';
import { formatCount } from '../../lib/format';
import { saveFile } from '../../lib/save-file';
import { certificateHtmlUrl } from './api';
import {
  certificateFileName,
  certificateJson,
  destroyedTotal,
  seqRangeText,
  shortHash,
  timeRangeText,
  tombstonedTotal,
} from './certificate-text';
import { dataKindLabel, REASON_LABELS, type DataRequestReason } from './data-request-text';
import { useCertificate } from './queries';

const reasonLabel = (reason: string) =>
  REASON_LABELS[reason as DataRequestReason] ?? dataKindLabel(reason);

/** What the signed statement says, laid out for the DPO and an auditor to read. */
export const CertificateView = ({ certificate }: { certificate: DestructionCertificate }) => {
  const s = certificate.statement;
  const tombstoned = tombstonedTotal(s);
  return (
    <div className="certificate">
      <dl className="detail-list">
        <div>
          <dt>Organization</dt>
          <dd>
            {s.organization.name}
            <span className="detail-list__sub mono">{s.organization.id}</span>
          </dd>
        </div>
        <div>
          <dt>Request</dt>
          <dd>
            {reasonLabel(s.request.reason)}: asked{' '}
            <Timestamp value={s.request.requestedAt} layout="inline" />
            <span className="detail-list__sub">
              Completed <Timestamp value={s.request.completedAt} layout="inline" />
            </span>
          </dd>
        </div>
        <div>
          <dt>Issued</dt>
          <dd>
            <Timestamp value={s.issuedAt} layout="inline" />
          </dd>
        </div>
        <div>
          <dt>Backups expire by</dt>
          <dd>
            <Timestamp value={s.backupsExpireBy} layout="inline" />
            <span className="detail-list__sub">
              Backups are not edited: the last one holding this data ages out by then.
            </span>
          </dd>
        </div>
        <div>
          <dt>Certificate id</dt>
          <dd className="mono break-all">{s.certificateId}</dd>
        </div>
      </dl>

      <section aria-labelledby="certificate-destroyed">
        <h3 className="drawer__heading" id="certificate-destroyed">
          Destroyed: {formatCount(destroyedTotal(s))} records
        </h3>
        <div className="table-wrap">
          <table className="table table--compact certificate__table">
            <caption className="visually-hidden">
              What was destroyed, with counts and time ranges
            </caption>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col" className="numeric">
                  Count
                </th>
                <th scope="col">Records dated</th>
              </tr>
            </thead>
            <tbody>
              {s.destroyed.map((d) => (
                <tr key={d.kind} data-kind={d.kind}>
                  <td>
                    {dataKindLabel(d.kind)}
                    {d.tombstones?.map((t) => (
                      <span className="table__sub certificate__tombstone" key={t.source}>
                        {formatCount(t.count)} tombstones in{' '}
                        <span className="mono">{t.source}</span> {seqRangeText(t)}, hashes{' '}
                        <span className="mono" title={t.firstHash}>
                          {shortHash(t.firstHash)}
                        </span>{' '}
                        to{' '}
                        <span className="mono" title={t.lastHash}>
                          {shortHash(t.lastHash)}
                        </span>
                      </span>
                    ))}
                  </td>
                  <td className="numeric">{formatCount(d.count)}</td>
                  <td>{timeRangeText(d.from, d.to)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {tombstoned > 0 ? (
          <p className="drawer__note">
            {formatCount(tombstoned)} audit events are tombstones now: their sequence numbers and
            hashes stay, so each source&apos;s chain still verifies from end to end. The ranges
            above may hold other clients&apos; events, left untouched.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="certificate-retained">
        <h3 className="drawer__heading" id="certificate-retained">
          Retained, and why
        </h3>
        {s.retained.length === 0 ? (
          <p className="muted">Nothing of this client was kept.</p>
        ) : (
          <div className="table-wrap">
            <table className="table table--compact certificate__table">
              <caption className="visually-hidden">
                What was kept, and the obligation to keep it
              </caption>
              <thead>
                <tr>
                  <th scope="col">What</th>
                  <th scope="col" className="numeric">
                    Count
                  </th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {s.retained.map((r) => (
                  <tr key={r.kind} data-kind={r.kind}>
                    <td>{dataKindLabel(r.kind)}</td>
                    <td className="numeric">{formatCount(r.count)}</td>
                    <td>{r.why}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="certificate-signature">
        <h3 className="drawer__heading" id="certificate-signature">
          Signature
        </h3>
        <p className="drawer__note">
          Ed25519 over the canonical JSON of the statement. Anyone with the public key can check
          that not a word of it changed.
        </p>
        <dl className="detail-list">
          <div>
            <dt>Key id</dt>
            <dd className="mono" aria-label="Signing key id">
              {s.issuer.keyId}
            </dd>
          </div>
          <div>
            <dt>Signature</dt>
            <dd>
              <span className="certificate__signature">
                <code className="mono break-all">{certificate.signature}</code>
                <CopyButton size="sm" variant="ghost" text={certificate.signature} label="Copy" />
              </span>
            </dd>
          </div>
        </dl>
      </section>
    </div>
  );
};

export interface CertificateDialogProps {
  certificateId: string;
  /** Opened right after the deletion. */
  justIssued?: boolean;
  onClose: () => void;
}

/** The certificate of destruction: read it, open the printable page, or keep the signed JSON. */
export const CertificateDialog = ({
  certificateId,
  justIssued = false,
  onClose,
}: CertificateDialogProps) => {
  const certificate = useCertificate(certificateId);
  const data = certificate.data;
  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      title="Certificate of destruction"
      description={
        data
          ? `${data.statement.organization.name} · issued with key ${data.statement.issuer.keyId}`
          : 'Signed by Vigil when the deletion completed.'
      }
    >
      <DialogBody>
        {justIssued ? (
          <Alert tone="success" title="The client's data is destroyed">
            The request is completed and this certificate was issued. Send it to the client: the
            printable page or the signed JSON.
          </Alert>
        ) : null}
        {certificate.isPending ? (
          <div className="stack stack--tight" role="status" aria-busy="true">
            <span className="visually-hidden">Loading the certificate…</span>
            <Skeleton variant="title" width="40" />
            <Skeleton variant="block" />
            <Skeleton variant="text" width="80" />
          </div>
        ) : certificate.isError ? (
          <ProblemAlert error={certificate.error} action="Certificates" />
        ) : (
          <CertificateView certificate={certificate.data} />
        )}
      </DialogBody>
      <DialogFooter>
        <Button
          icon={<ExportIcon />}
          disabled={!data}
          onClick={() => {
            if (!data) return;
            saveFile(
              new Blob([certificateJson(data)], { type: 'application/json' }),
              certificateFileName(data.statement),
            );
          }}
        >
          Download JSON
        </Button>
        <a
          className="button button--secondary"
          href={certificateHtmlUrl(certificateId)}
          target="_blank"
          rel="noopener noreferrer"
        >
          Open printable
        </a>
        <Button variant="primary" onClick={onClose} data-autofocus>
          Close
        </Button>
      </DialogFooter>
    </Dialog>
  );
};
