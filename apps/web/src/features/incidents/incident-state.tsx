import type { IncidentDetail } from '@vigil/contracts';
import { useState } from 'react';
import { Button, Card, Timestamp } from '../../components/ui';
import { useMessages } from '../../i18n';
import { moveOptions, stateSteps, statusLabel } from './incident-lifecycle';
import { messages } from './incident-page.messages';
import { MoveIncidentDialog } from './move-incident-dialog';
import type { IncidentStatus } from './incident-lifecycle';

/** The lifecycle with each state's moment, and the moves allowed from here. */
export const IncidentState = ({
  incident,
  canMove,
  id,
}: {
  incident: IncidentDetail;
  canMove: boolean;
  id: string;
}) => {
  const [moving, setMoving] = useState<IncidentStatus | null>(null);
  const steps = stateSteps(incident);
  const options = moveOptions(incident.status);
  const t = useMessages(messages).state;
  return (
    <Card
      title={t.title}
      description={options.length === 0 ? t.over(statusLabel(incident.status)) : t.description}
      className="incident-section"
      actions={
        canMove && options.length > 0 ? (
          <div className="card__actions">
            {options.map((option) => (
              <Button
                key={option.to}
                size="sm"
                variant={option.to === 'false_positive' ? 'secondary' : 'primary'}
                title={option.description}
                onClick={() => setMoving(option.to)}
              >
                {option.action}
              </Button>
            ))}
          </div>
        ) : undefined
      }
    >
      <span id={id} className="section-anchor" tabIndex={-1} />
      <ol className="lifecycle" aria-label={t.lifecycle}>
        {steps.map((step) => (
          <li
            key={step.state}
            className={[
              'lifecycle__step',
              step.reached ? 'lifecycle__step--reached' : '',
              step.current ? 'lifecycle__step--current' : '',
            ]
              .filter(Boolean)
              .join(' ')}
            aria-current={step.current ? 'step' : undefined}
          >
            <span className="lifecycle__marker" aria-hidden="true" />
            <span className="lifecycle__label">{step.label}</span>
            <span className="lifecycle__time">
              {step.at ? (
                <Timestamp value={step.at} />
              ) : (
                <span className="muted">{step.reached ? t.timeNotRecorded : t.notYet}</span>
              )}
            </span>
          </li>
        ))}
      </ol>
      {!canMove && options.length > 0 ? (
        <p className="form-note incident-state__note">{t.whoMoves}</p>
      ) : null}
      {moving ? (
        <MoveIncidentDialog incident={incident} to={moving} onClose={() => setMoving(null)} />
      ) : null}
    </Card>
  );
};
