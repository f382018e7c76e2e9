import { useMessages } from '../../i18n';
import { messages } from './messages';

const verifySnippet = (comments: {
  rawBody: string;
  replay: string;
}) => `import { createHmac, timingSafeEqual } from 'node:crypto';

// ${comments.rawBody}
export const fromVigil = (secret, headers, rawBody) => {
  const timestamp = headers['x-vigil-timestamp'];
  // ${comments.replay}
  if (!(Math.abs(Date.now() / 1000 - Number(timestamp)) <= 300)) return false;
  const expected =
    'v1=' + createHmac('sha256', secret).update(\`\${timestamp}.\${rawBody}\`).digest('hex');
  const given = String(headers['x-vigil-signature'] ?? '');
  return (
    given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected))
  );
};`;

const Chip = ({ children }: { children: string }) => <code className="code-chip">{children}</code>;

/** What a receiver does to know a message came from Vigil, with code it can copy. */
export const SignatureHelp = () => {
  const t = useMessages(messages).signature;
  return (
    <div className="signature-help">
      <p>{t.intro(<Chip>POST</Chip>)}</p>
      <ul>
        <li>{t.timestamp(<Chip>X-Vigil-Timestamp</Chip>)}</li>
        <li>
          {t.signature(
            <Chip>X-Vigil-Signature: v1=&lt;hex&gt;</Chip>,
            <Chip>{t.signedInput}</Chip>,
          )}
        </li>
      </ul>
      <p>{t.verify}</p>
      <pre className="code-block">
        <code>{verifySnippet({ rawBody: t.rawBodyComment, replay: t.replayComment })}</code>
      </pre>
      <p>{t.slack(<Chip>text</Chip>, <Chip>vigil</Chip>)}</p>
    </div>
  );
};
