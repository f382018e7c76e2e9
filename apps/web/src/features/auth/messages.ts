import { defineMessages } from '../../i18n';

export const authMessages = defineMessages(
  {
    pageTitle: 'Sign in · Vigil',
    checkingSession: 'Checking your session',
    or: 'or',
    ssoButton: 'Sign in with SSO',
    ssoThrough: (host: string) => `Through ${host}`,
    ssoFailed: 'Single sign-on did not work',
    continueTitle: 'Sign in to continue',
    continueBefore: 'You will be taken back to',
    recorded: 'Every sign-in is recorded in the audit log.',
    emailAction: 'Email sign-in',
    title: 'Sign in to Vigil',
    lead: 'We will email you a 6‑digit code. It works once, for 10 minutes.',
    email: 'Work email',
    emailInvalid: 'Enter the email address you use for Vigil, like name@company.com.',
    sendCode: 'Send code',
    checkEmail: 'Check your email',
    codeOnItsWayBefore: 'If',
    codeOnItsWayAfter: 'has a Vigil account, a 6‑digit code is on its way.',
    code: 'Sign-in code',
    codeInvalid: 'The code is the 6 digits from the email.',
    codeWrong: 'That code is wrong or has expired. Check the latest email, or send a new code.',
    newCodeSent: 'A new code is on its way.',
    oldCodesVoid: 'Codes sent earlier no longer work.',
    verify: 'Verify and sign in',
    otherEmail: 'Use a different email',
    resend: 'Send a new code',
    resendIn: (seconds: number) =>
      `You can ask for a new code in ${seconds} s, if this one does not arrive.`,
    tooMany: (wait: string) => `Too many attempts: try again in ${wait}`,
    canRetry: 'You can try again now',
    paused: 'Sign-in is paused for this address for a while, to stop code guessing.',
    sso: {
      state_invalid:
        'The single sign-on attempt expired or was started in another tab. Start it again from this page.',
      provider_error: 'Your identity provider refused or cancelled the sign-in.',
      provider_unavailable:
        'Your identity provider could not be reached. Try again in a moment, or sign in with an email code.',
      token_exchange_failed:
        'Vigil could not complete the sign-in with your identity provider. Try again; if it keeps failing, tell an administrator.',
      id_token_invalid:
        "Your identity provider's answer could not be verified, so Vigil did not sign you in. Tell an administrator.",
      email_unverified:
        'Your identity provider has not verified your email address, so Vigil cannot match it to an account.',
      unknown_user:
        'No Vigil account uses the email address your identity provider gave. Ask an administrator to add you.',
      user_inactive: 'Your Vigil account is deactivated. Ask an administrator to reactivate it.',
      other: 'Single sign-on did not complete. Try again, or sign in with an email code.',
    } as Record<string, string>,
  },
  {
    pageTitle: 'Connexion · Vigil',
    checkingSession: 'Vérification de votre session',
    or: 'ou',
    ssoButton: 'Se connecter par authentification unique',
    ssoThrough: (host: string) => `Par ${host}`,
    ssoFailed: 'L’authentification unique n’a pas fonctionné',
    continueTitle: 'Connectez-vous pour continuer',
    continueBefore: 'Vous serez ramené à',
    recorded: 'Chaque connexion est consignée dans le journal d’audit.',
    emailAction: 'La connexion par courriel',
    title: 'Connexion à Vigil',
    lead: 'Nous vous enverrons par courriel un code à 6 chiffres, valide une seule fois pendant 10 minutes.',
    email: 'Courriel professionnel',
    emailInvalid:
      'Entrez l’adresse courriel que vous utilisez pour Vigil, par exemple nom@entreprise.com.',
    sendCode: 'Envoyer le code',
    checkEmail: 'Consultez vos courriels',
    codeOnItsWayBefore: 'Si',
    codeOnItsWayAfter: 'a un compte Vigil, un code à 6 chiffres est en route.',
    code: 'Code de connexion',
    codeInvalid: 'Le code comporte les 6 chiffres reçus par courriel.',
    codeWrong:
      'Ce code est erroné ou expiré. Consultez le courriel le plus récent ou demandez un nouveau code.',
    newCodeSent: 'Un nouveau code est en route.',
    oldCodesVoid: 'Les codes envoyés auparavant ne fonctionnent plus.',
    verify: 'Vérifier et se connecter',
    otherEmail: 'Utiliser une autre adresse',
    resend: 'Envoyer un nouveau code',
    resendIn: (seconds: number) =>
      `Vous pourrez demander un nouveau code dans ${seconds} s si celui-ci n’arrive pas.`,
    tooMany: (wait: string) => `Trop de tentatives : réessayez dans ${wait}`,
    canRetry: 'Vous pouvez réessayer maintenant',
    paused:
      'La connexion est suspendue pour cette adresse pendant un moment, afin d’empêcher qu’on devine le code.',
    sso: {
      state_invalid:
        'La tentative d’authentification unique a expiré ou a été lancée dans un autre onglet. Recommencez à partir de cette page.',
      provider_error: 'Votre fournisseur d’identité a refusé ou annulé la connexion.',
      provider_unavailable:
        'Votre fournisseur d’identité est injoignable. Réessayez dans un moment ou connectez-vous avec un code par courriel.',
      token_exchange_failed:
        'Vigil n’a pas pu terminer la connexion avec votre fournisseur d’identité. Réessayez; si l’échec persiste, avisez un administrateur.',
      id_token_invalid:
        'La réponse de votre fournisseur d’identité n’a pas pu être vérifiée; Vigil ne vous a donc pas connecté. Avisez un administrateur.',
      email_unverified:
        'Votre fournisseur d’identité n’a pas vérifié votre adresse courriel; Vigil ne peut donc pas l’associer à un compte.',
      unknown_user:
        'Aucun compte Vigil n’utilise l’adresse courriel transmise par votre fournisseur d’identité. Demandez à un administrateur de vous ajouter.',
      user_inactive:
        'Votre compte Vigil est désactivé. Demandez à un administrateur de le réactiver.',
      other:
        'L’authentification unique n’a pas abouti. Réessayez ou connectez-vous avec un code par courriel.',
    },
  },
);
