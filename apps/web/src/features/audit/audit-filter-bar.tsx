import { useEffect, useEffectEvent, useId, useState } from 'react';
import { Button, RefreshIcon, SelectField, TextField } from '../../components/ui';
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
    <section className="filter-bar" aria-label="Filters">
      <div className="filter-bar__row">
        <div className="segmented" role="radiogroup" aria-label="Time range">
          {[...RANGE_PRESETS, { value: 'custom' as const, label: 'Custom' }].map((option) => (
            <div className="segmented__option" key={option.value}>
              <input
                type="radio"
                id={`${rangeName}-${option.value}`}
                name={rangeName}
                checked={filter.range === option.value}
                onChange={() => chooseRange(option.value)}
              />
              <label htmlFor={`${rangeName}-${option.value}`}>{option.label}</label>
            </div>
          ))}
        </div>
        {filter.range === 'custom' ? (
          <div className="filter-bar__dates">
            <TextField
              label="From"
              type="date"
              value={filter.fromDay ?? ''}
              max={filter.toDay ?? localDay(anchor)}
              onChange={(e) => onChange({ fromDay: e.target.value || undefined })}
            />
            <TextField
              label="To"
              type="date"
              value={filter.toDay ?? ''}
              min={filter.fromDay}
              max={localDay(anchor)}
              onChange={(e) => onChange({ toDay: e.target.value || undefined })}
            />
          </div>
        ) : null}
        <p className="filter-bar__zone">Times in {localTimeZone()}</p>
        <div className="filter-bar__actions">
          {active > 0 ? (
            <Button variant="ghost" size="sm" onClick={onClear}>
              Clear {active} {active === 1 ? 'filter' : 'filters'}
            </Button>
          ) : null}
          <Button
            size="sm"
            icon={<RefreshIcon />}
            onClick={onRefresh}
            loading={refreshing}
            title="Load what arrived since the page opened"
          >
            Refresh
          </Button>
        </div>
      </div>
      <div className="filter-bar__grid">
        <FilterText
          label="Actor"
          value={filter.actor}
          placeholder="Email or id"
          onCommit={(actor) => onChange({ actor })}
        />
        <FilterText
          label="Action"
          value={filter.action}
          placeholder="auth.login or auth.*"
          hint="An exact action, or a prefix ending in .* (auth.* matches auth.login and auth.otp.failed)"
          onCommit={(action) => onChange({ action })}
        />
        <SelectField
          label="Outcome"
          value={filter.outcome ?? ''}
          onChange={(e) =>
            onChange({ outcome: OUTCOMES.find((o) => o === e.target.value) ?? undefined })
          }
        >
          <option value="">Any outcome</option>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {o.charAt(0).toUpperCase() + o.slice(1)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Category"
          value={filter.category ?? ''}
          onChange={(e) =>
            onChange({ category: CATEGORIES.find((c) => c === e.target.value) ?? undefined })
          }
        >
          <option value="">Any category</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {c.charAt(0).toUpperCase() + c.slice(1)}
            </option>
          ))}
        </SelectField>
        {showOrganization ? (
          <SelectField
            label="Organization"
            value={filter.organizationId ?? ''}
            onChange={(e) => onChange({ organizationId: e.target.value || undefined })}
          >
            <option value="">Any organization</option>
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
          label="IP or CIDR"
          value={filter.ip}
          placeholder="203.0.113.9 or 10.0.0.0/8"
          onCommit={(ip) => onChange({ ip })}
        />
        <FilterText
          label="Text"
          value={filter.q}
          placeholder="In target name or metadata"
          onCommit={(q) => onChange({ q })}
        />
      </div>
    </section>
  );
};
