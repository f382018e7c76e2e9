import { defineMessages } from '../../i18n';

/** The words the shared components say on their own. */
export const uiMessages = defineMessages(
  {
    copy: 'Copy',
    copied: 'Copied',
    copiedStatus: 'Copied to the clipboard.',
    copyRefused:
      'This browser did not allow copying. The text is selected: press Ctrl+C (⌘C on a Mac).',
    close: 'Close',
    cancel: 'Cancel',
    tryAgain: 'Try again',
    loadingPage: 'Loading page',
    loading: 'Loading',
  },
  {
    copy: 'Copier',
    copied: 'Copié',
    copiedStatus: 'Copié dans le presse-papiers.',
    copyRefused:
      'Ce navigateur n’a pas permis la copie. Le texte est sélectionné : appuyez sur Ctrl+C (⌘C sur un Mac).',
    close: 'Fermer',
    cancel: 'Annuler',
    tryAgain: 'Réessayer',
    loadingPage: 'Chargement de la page',
    loading: 'Chargement',
  },
);
