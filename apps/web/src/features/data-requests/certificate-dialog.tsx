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
import { useMessages } from '../../i18n';
import { formatCount } from '../../lib/format';
import { saveFile } from '../../lib/save-file';
import { certificateHtmlUrl } from './api';
import { certificateMessages } from './certificate-dialog.messages';
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
  const t = useMessages(certificateMessages).view;
  const s = certificate.statement;
  const tombstoned = tombstonedTotal(s);
  return (
    <div className="certificate">
      <dl className="detail-list">
        <div>
          <dt>{t.organization}</dt>
          <dd>
            {s.organization.name}
            <span className="detail-list__sub mono">{s.organization.id}</span>
          </dd>
        </div>
        <div>
          <dt>{t.request}</dt>
          <dd>
            {reasonLabel(s.request.reason)}
            {t.asked} <Timestamp value={s.request.requestedAt} layout="inline" />
            <span className="detail-list__sub">
              {t.completed} <Timestamp value={s.request.completedAt} layout="inline" />
            </span>
          </dd>
        </div>
        <div>
          <dt>{t.issued}</dt>
          <dd>
            <Timestamp value={s.issuedAt} layout="inline" />
          </dd>
        </div>
        <div>
          <dt>{t.backupsExpire}</dt>
          <dd>
            <Timestamp value={s.backupsExpireBy} layout="inline" />
            <span className="detail-list__sub">{t.backupsExpireNote}</span>
          </dd>
        </div>
        <div>
          <dt>{t.certificateId}</dt>
          <dd className="mono break-all">{s.certificateId}</dd>
        </div>
      </dl>

      <section aria-labelledby="certificate-destroyed">
        <h3 className="drawer__heading" id="certificate-destroyed">
          {t.destroyed(destroyedTotal(s))}
        </h3>
        <div className="table-wrap">
          <table className="table table--compact certificate__table">
            <caption className="visually-hidden">{t.destroyedCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.what}</th>
                <th scope="col" className="numeric">
                  {t.count}
                </th>
                <th scope="col">{t.dated}</th>
              </tr>
            </thead>
            <tbody>
              {s.destroyed.map((d) => (
                <tr key={d.kind} data-kind={d.kind}>
                  <td>
                    {dataKindLabel(d.kind)}
                    {d.tombstones?.map((range) => (
                      <span className="table__sub certificate__tombstone" key={range.source}>
                        {t.tombstonesIn(range.count)} <span className="mono">{range.source}</span>{' '}
                        {seqRangeText(range)}
                        {t.hashes}{' '}
                        <span className="mono" title={range.firstHash}>
                          {shortHash(range.firstHash)}
                        </span>{' '}
                        {t.hashesTo}{' '}
                        <span className="mono" title={range.lastHash}>
                          {shortHash(range.lastHash)}
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
        {tombstoned > 0 ? <p className="drawer__note">{t.tombstonedNote(tombstoned)}</p> : null}
      </section>

      <section aria-labelledby="certificate-retained">
        <h3 className="drawer__heading" id="certificate-retained">
          {t.retained}
        </h3>
        {s.retained.length === 0 ? (
          <p className="muted">{t.nothingRetained}</p>
        ) : (
          <div className="table-wrap">
            <table className="table table--compact certificate__table">
              <caption className="visually-hidden">{t.retainedCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.what}</th>
                  <th scope="col" className="numeric">
                    {t.count}
                  </th>
                  <th scope="col">{t.why}</th>
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
          {t.signature}
        </h3>
        <p className="drawer__note">{t.signatureNote}</p>
        <dl className="detail-list">
          <div>
            <dt>{t.keyId}</dt>
            <dd className="mono" aria-label={t.signingKeyId}>
              {s.issuer.keyId}
            </dd>
          </div>
          <div>
            <dt>{t.signature}</dt>
            <dd>
              <span className="certificate__signature">
                <code className="mono break-all">{certificate.signature}</code>
                <CopyButton size="sm" variant="ghost" text={certificate.signature} label={t.copy} />
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
  const t = useMessages(certificateMessages).dialog;
  const certificate = useCertificate(certificateId);
  const data = certificate.data;
  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      title={t.title}
      description={
        data
          ? t.issuedWith(data.statement.organization.name, data.statement.issuer.keyId)
          : t.signedByVigil
      }
    >
      <DialogBody>
        {justIssued ? (
          <Alert tone="success" title={t.justIssuedTitle}>
            {t.justIssuedText}
          </Alert>
        ) : null}
        {certificate.isPending ? (
          <div className="stack stack--tight" role="status" aria-busy="true">
            <span className="visually-hidden">{t.loading}</span>
            <Skeleton variant="title" width="40" />
            <Skeleton variant="block" />
            <Skeleton variant="text" width="80" />
          </div>
        ) : certificate.isError ? (
          <ProblemAlert error={certificate.error} action={t.problemAction} />
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
          {t.downloadJson}
        </Button>
        <a
          className="button button--secondary"
          href={certificateHtmlUrl(certificateId)}
          target="_blank"
          rel="noopener noreferrer"
        >
          {t.openPrintable}
        </a>
        <Button variant="primary" onClick={onClose} data-autofocus>
          {t.close}
        </Button>
      </DialogFooter>
    </Dialog>
  );
};
