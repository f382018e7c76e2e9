import type { DataRequestEvent } from '@vigil/contracts';
import { Timestamp } from '../../components/ui';
import { useMessages } from '../../i18n';
import { clientDataMessages } from './client-data.messages';
import { dataKindLabel } from './data-request-text';

/** Who did what to the request and when, oldest first: the DPO's record of the 30 days. */
export const RequestHistory = ({ events }: { events: readonly DataRequestEvent[] }) => {
  const t = useMessages(clientDataMessages).history;
  const ordered = [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return (
    <details className="data-request__history">
      <summary>{t.summary(ordered.length)}</summary>
      {ordered.length === 0 ? (
        <p className="muted">{t.empty}</p>
      ) : (
        <ol className="timeline">
          {ordered.map((e, index) => (
            <li
              className={`timeline__item data-request__event--${e.kind}`}
              key={`${e.at}-${index}`}
            >
              <span className="timeline__marker" aria-hidden="true" />
              <div>
                <p className="timeline__title">
                  {e.summary || dataKindLabel(e.kind)}{' '}
                  <span className="timeline__actor">· {e.actor}</span>
                </p>
                <p className="timeline__time">
                  <Timestamp value={e.at} layout="inline" />
                </p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
};
