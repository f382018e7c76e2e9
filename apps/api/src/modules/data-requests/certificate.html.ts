import type { DestructionCertificate } from '@vigil/contracts';
import { escapeHtml as escape } from '../../common/printable-page.js';

/** The certificate as a page to print or save as PDF; the JSON (with its signature) is the proof. */
export const renderCertificate = (certificate: DestructionCertificate): string => {
  const s = certificate.statement;
  const rows = (cells: string[][]) =>
    cells.map((c) => `<tr>${c.map((v) => `<td>${v}</td>`).join('')}</tr>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Certificate of destruction — ${escape(s.organization.name)}</title>
<style>
body{font:14px/1.5 system-ui,sans-serif;margin:40px;color:#111;max-width:900px}h1{font-size:22px}h2{font-size:16px;margin-top:24px}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:4px 6px;text-align:left;vertical-align:top}
code{font-size:12px;word-break:break-all}.sig{margin-top:24px;padding:12px;border:1px solid #bbb;background:#fafafa}
</style></head><body>
<h1>Certificate of destruction</h1>
<p>Certificate <code>${escape(s.certificateId)}</code>, issued ${escape(s.issuedAt)} (UTC).</p>
<p>On the request of <strong>${escape(s.organization.name)}</strong> (<code>${escape(s.organization.id)}</code>), made ${escape(s.request.requestedAt)}
(${escape(s.request.reason.replace(/_/g, ' '))}), the data below was destroyed on ${escape(s.request.completedAt)}.</p>
<h2>Destroyed</h2>
<table><thead><tr><th>What</th><th>Count</th><th>From</th><th>To</th><th>Audit chain positions (seq and hash kept)</th></tr></thead><tbody>
${rows(
  s.destroyed.map((d) => [
    escape(d.kind.replace(/_/g, ' ')),
    String(d.count),
    escape(d.from ?? '—'),
    escape(d.to ?? '—'),
    d.tombstones?.length
      ? d.tombstones
          .map(
            (t) =>
              `${escape(t.source)} #${t.fromSeq}–#${t.toSeq}<br><code>${escape(t.firstHash)}</code> … <code>${escape(t.lastHash)}</code>`,
          )
          .join('<br>')
      : '—',
  ]),
)}
</tbody></table>
<h2>Retained, and why</h2>
<table><thead><tr><th>What</th><th>Count</th><th>Why</th></tr></thead><tbody>
${rows(s.retained.map((r) => [escape(r.kind.replace(/_/g, ' ')), String(r.count), escape(r.why)]))}
</tbody></table>
<p>Backups that still contain this data expire on their own cycle by <strong>${escape(s.backupsExpireBy)}</strong>.</p>
<div class="sig"><p>Signed with the instance's Ed25519 key <code>${escape(s.issuer.keyId)}</code> over the canonical JSON of this statement.
Verify the JSON form with <code>npm run cli -- certificate:verify FILE</code>.</p>
<p>Signature: <code>${escape(certificate.signature)}</code></p></div>
</body></html>`;
};
