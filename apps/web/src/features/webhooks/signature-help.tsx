const VERIFY_SNIPPET = `import { createHmac, timingSafeEqual } from 'node:crypto';

// rawBody: the request body exactly as received, before any JSON parsing.
export const fromVigil = (secret, headers, rawBody) => {
  const timestamp = headers['x-vigil-timestamp'];
  // Older than 5 minutes (or from the future): could be a replay.
  if (!(Math.abs(Date.now() / 1000 - Number(timestamp)) <= 300)) return false;
  const expected =
    'v1=' + createHmac('sha256', secret).update(\`\${timestamp}.\${rawBody}\`).digest('hex');
  const given = String(headers['x-vigil-signature'] ?? '');
  return (
    given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected))
  );
};`;

/** What a receiver does to know a message came from Vigil, with code it can copy. */
export const SignatureHelp = () => (
  <div className="signature-help">
    <p>
      Each message is a <code className="code-chip">POST</code> with a JSON body and two headers:
    </p>
    <ul>
      <li>
        <code className="code-chip">X-Vigil-Timestamp</code>: when it was sent, in Unix seconds.
      </li>
      <li>
        <code className="code-chip">X-Vigil-Signature: v1=&lt;hex&gt;</code>: the HMAC-SHA256 of{' '}
        <code className="code-chip">&lt;X-Vigil-Timestamp&gt;.&lt;raw body&gt;</code>, keyed with
        the signing secret.
      </li>
    </ul>
    <p>
      The receiver computes the same HMAC over the body exactly as received, compares the two in
      constant time, and rejects a timestamp more than 5 minutes from its own clock: an old message
      sent again is a replay.
    </p>
    <pre className="code-block">
      <code>{VERIFY_SNIPPET}</code>
    </pre>
    <p>
      The body is Slack-compatible: Slack shows its <code className="code-chip">text</code>, so a
      Slack incoming-webhook URL works as is (Slack does not check the signature). Other receivers
      find the incident and the deadline in its <code className="code-chip">vigil</code> object.
    </p>
  </div>
);
