import { useId, type ComponentType } from 'react';
import { useTheme, type ThemePreference } from '../../app/theme';
import { Card, MonitorIcon, MoonIcon, SunIcon, type IconProps } from '../../components/ui';

const themeOptions: { value: ThemePreference; label: string; icon: ComponentType<IconProps> }[] = [
  { value: 'system', label: 'System', icon: MonitorIcon },
  { value: 'dark', label: 'Dark', icon: MoonIcon },
  { value: 'light', label: 'Light', icon: SunIcon },
];

export const AppearanceTab = () => {
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
