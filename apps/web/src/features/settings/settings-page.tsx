import { useId } from 'react';
import { useTheme, type ThemePreference } from '../../app/theme';
import {
  Card,
  EmptyState,
  MonitorIcon,
  MoonIcon,
  PageHeader,
  PlugIcon,
  SettingsIcon,
  SunIcon,
  UsersIcon,
  type IconProps,
} from '../../components/ui';
import type { ComponentType } from 'react';

const themeOptions: { value: ThemePreference; label: string; icon: ComponentType<IconProps> }[] = [
  { value: 'system', label: 'System', icon: MonitorIcon },
  { value: 'dark', label: 'Dark', icon: MoonIcon },
  { value: 'light', label: 'Light', icon: SunIcon },
];

const AppearanceSetting = () => {
  const { preference, setPreference } = useTheme();
  const name = useId();
  return (
    <Card title="Appearance" description="Stored in this browser only.">
      <div className="setting-row">
        <div>
          <p className="setting-row__label" id={`${name}-label`}>
            Theme
          </p>
          <p className="setting-row__hint">
            System follows your operating system's light or dark mode.
          </p>
        </div>
        <div className="segmented" role="radiogroup" aria-labelledby={`${name}-label`}>
          {themeOptions.map(({ value, label, icon: Icon }) => (
            <div className="segmented__option" key={value}>
              <input
                type="radio"
                id={`${name}-${value}`}
                name={name}
                value={value}
                checked={preference === value}
                onChange={() => setPreference(value)}
              />
              <label htmlFor={`${name}-${value}`}>
                <Icon />
                {label}
              </label>
            </div>
          ))}
        </div>
      </div>
    </Card>
  );
};

export const SettingsPage = () => (
  <>
    <PageHeader
      title="Settings"
      description="Your organization, its people and roles, and the integrations that feed Vigil."
    />
    <div className="stack">
      <AppearanceSetting />
      <Card>
        <EmptyState
          icon={<SettingsIcon size="lg" />}
          title="Organization settings"
          description="Users and roles, client organizations with their jurisdictions and contacts, ingest keys and API tokens will be managed here."
          items={[
            {
              icon: <UsersIcon />,
              title: 'Users and roles',
              description: 'Admin, security lead, responder, DPO and auditors.',
            },
            {
              icon: <PlugIcon />,
              title: 'Integrations',
              description: 'SNS topics, CloudTrail, EventBridge and webhooks.',
            },
          ]}
        />
      </Card>
    </div>
  </>
);
