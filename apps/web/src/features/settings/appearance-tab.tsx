import { useId, type ComponentType } from 'react';
import { useTheme, type ThemePreference } from '../../app/theme';
import { Card, MonitorIcon, MoonIcon, SunIcon, type IconProps } from '../../components/ui';
import { useMessages } from '../../i18n';
import { messages } from './messages';

const themeOptions: { value: ThemePreference; icon: ComponentType<IconProps> }[] = [
  { value: 'system', icon: MonitorIcon },
  { value: 'dark', icon: MoonIcon },
  { value: 'light', icon: SunIcon },
];

export const AppearanceTab = () => {
  const { preference, setPreference } = useTheme();
  const name = useId();
  const t = useMessages(messages).appearance;
  return (
    <Card title={t.title} description={t.description}>
      <div className="setting-row">
        <div>
          <p className="setting-row__label" id={`${name}-label`}>
            {t.theme}
          </p>
          <p className="setting-row__hint">{t.themeHint}</p>
        </div>
        <div className="segmented" role="radiogroup" aria-labelledby={`${name}-label`}>
          {themeOptions.map(({ value, icon: Icon }) => (
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
                {t.themes[value]}
              </label>
            </div>
          ))}
        </div>
      </div>
    </Card>
  );
};
