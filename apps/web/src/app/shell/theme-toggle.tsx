import { Button, MoonIcon, SunIcon } from '../../components/ui';
import { useMessages } from '../../i18n';
import { appMessages } from '../messages';
import { useTheme } from '../theme';

export const ThemeToggle = () => {
  const { theme, toggleTheme } = useTheme();
  const next = theme === 'dark' ? 'light' : 'dark';
  const label = useMessages(appMessages).theme.switchTo(next);
  return (
    <Button variant="ghost" iconOnly onClick={toggleTheme} aria-label={label} title={label}>
      {theme === 'dark' ? <SunIcon /> : <MoonIcon />}
    </Button>
  );
};
