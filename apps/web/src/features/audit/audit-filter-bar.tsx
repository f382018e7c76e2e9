import { useEffect, useEffectEvent, useId, useState } from 'react';
import { Button, RefreshIcon, SelectField, TextField } from '../../components/ui';
import { useMessages } from '../../i18n';
import { localTimeZone } from '../../lib/format';
import { useOrganizations } from '../organizations/queries';
import {
  activeFilterCount,
  CATEGORIES,
  localDay,
  OUTCOMES,
  RANGE_PRESETS,
  type AuditFilter,
  type RangePreset,
} from './audit-filter';
import { messages } from './messages';

const TYPING_PAUSE_MS = 400;

/** A text filter that applies itself once typing pauses (or on Enter), not on every key. */
const FilterText = ({
  label,
  value,
  placeholder,
  hint,
  onCommit,
}: {
  label: string;
  value: string | undefined;
  placeholder: string;
  hint?: string;
  onCommit: (value: string | undefined) => void;
}) => {
  const [draft, setDraft] = useState(value ?? '');
  const [shown, setShown] = useState(value);
  // Cleared or changed from outside (Clear filters, back button): show the new value.
  if (shown !== value) {
    setShown(value);
    setDraft(value ?? '');
  }
  const pending = draft.trim() !== (value ?? '');
  const commit = useEffectEvent((text: string) => onCommit(text || undefined));

  useEffect(() => {
    if (!pending) return;
    const id = setTimeout(() => commit(draft.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(id);
  }, [draft, pending]);

  return (
    <TextField
      label={label}
      value={draft}
      placeholder={placeholder}
      title={hint}
      spellCheck={false}
      autoComplete="off"
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          onCommit(draft.trim() || undefined);
        }
      }}
    />
  );
};

export interface AuditFilterBarProps {
  filter: AuditFilter;
  anchor: number;
  /** A client's auditor has one organization: no organization filter. */
  showOrganization: boolean;
  onChange: (patch: Partial<AuditFilter>) => void;
  onClear: () => void;
  onRefresh: () => void;
  refreshing: boolean;
}

export const AuditFilterBar = ({
  filter,
  anchor,
  showOrganization,
  onChange,
  onClear,
  onRefresh,
  refreshing,
}: AuditFilterBarProps) => {
  const t = useMessages(messages);
  const f = t.filters;
  const rangeName = useId();
  const organizations = useOrganizations();
  const active = activeFilterCount(filter);

  const chooseRange = (range: RangePreset) => {
    if (range !== 'custom') return onChange({ range, fromDay: undefined, toDay: undefined });
    onChange({
      range,
      fromDay: filter.fromDay ?? localDay(anchor - 6 * 24 * 3600_000),
      toDay: filter.toDay ?? localDay(anchor),
    });
  };

  return (
    <section className="filter-bar" aria-label={f.label}>
      <div className="filter-bar__row">
        <div className="segmented" role="radiogroup" aria-label={f.timeRange}>
          {[...RANGE_PRESETS.map((p) => p.value), 'custom' as const].map((range) => (
            <div className="segmented__option" key={range}>
              <input
                type="radio"
                id={`${rangeName}-${range}`}
                name={rangeName}
                checked={filter.range === range}
                onChange={() => chooseRange(range)}
              />
              <label htmlFor={`${rangeName}-${range}`}>{f.presets[range]}</label>
            </div>
          ))}
        </div>
        {filter.range === 'custom' ? (
          <div className="filter-bar__dates">
            <TextField
              label={f.from}
              type="date"
              value={filter.fromDay ?? ''}
              max={filter.toDay ?? localDay(anchor)}
              onChange={(e) => onChange({ fromDay: e.target.value || undefined })}
            />
            <TextField
              label={f.to}
              type="date"
              value={filter.toDay ?? ''}
              min={filter.fromDay}
              max={localDay(anchor)}
              onChange={(e) => onChange({ toDay: e.target.value || undefined })}
            />
          </div>
        ) : null}
        <p className="filter-bar__zone">{f.timesIn(localTimeZone())}</p>
        <div className="filter-bar__actions">
          {active > 0 ? (
            <Button variant="ghost" size="sm" onClick={onClear}>
              {f.clear(active)}
            </Button>
          ) : null}
          <Button
            size="sm"
            icon={<RefreshIcon />}
            onClick={onRefresh}
            loading={refreshing}
            title={f.refreshHint}
          >
            {f.refresh}
          </Button>
        </div>
      </div>
      <div className="filter-bar__grid">
        <FilterText
          label={f.actor}
          value={filter.actor}
          placeholder={f.actorPlaceholder}
          onCommit={(actor) => onChange({ actor })}
        />
        <FilterText
          label={f.action}
          value={filter.action}
          placeholder={f.actionPlaceholder}
          hint={f.actionHint}
          onCommit={(action) => onChange({ action })}
        />
        <SelectField
          label={f.outcome}
          value={filter.outcome ?? ''}
          onChange={(e) =>
            onChange({ outcome: OUTCOMES.find((o) => o === e.target.value) ?? undefined })
          }
        >
          <option value="">{f.anyOutcome}</option>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t.outcomes[o]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={f.category}
          value={filter.category ?? ''}
          onChange={(e) =>
            onChange({ category: CATEGORIES.find((c) => c === e.target.value) ?? undefined })
          }
        >
          <option value="">{f.anyCategory}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t.categories[c]}
            </option>
          ))}
        </SelectField>
        {showOrganization ? (
          <SelectField
            label={f.organization}
            value={filter.organizationId ?? ''}
            onChange={(e) => onChange({ organizationId: e.target.value || undefined })}
          >
            <option value="">{f.anyOrganization}</option>
            {/* Kept selectable from the address even before (or without) the list. */}
            {filter.organizationId &&
            !organizations.data?.some((o) => o.id === filter.organizationId) ? (
              <option value={filter.organizationId}>{filter.organizationId}</option>
            ) : null}
            {(organizations.data ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <FilterText
          label={f.ip}
          value={filter.ip}
          placeholder={f.ipPlaceholder}
          onCommit={(ip) => onChange({ ip })}
        />
        <FilterText
          label={f.text}
          value={filter.q}
          placeholder={f.textPlaceholder}
          onCommit={(q) => onChange({ q })}
        />
      </div>
    </section>
  );
};
