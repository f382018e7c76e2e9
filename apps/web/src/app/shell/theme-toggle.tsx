import { Button, MoonIcon, SunIcon } from '../../components/ui';
import { useTheme } from '../theme';

export const ThemeToggle = () => {
  const { theme, toggleTheme } = useTheme();
  const next = theme === 'dark' ? 'light' : 'dark';
  const label = `Switch to ${next} theme`;
  return (
    <Button variant="ghost" iconOnly onClick={toggleTheme} aria-label={label} title={label}>
      {theme === 'dark' ? <SunIcon /> : <MoonIcon />}
    </Button>
  );
};
