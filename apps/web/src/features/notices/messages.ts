import type { NoticeDraft, NoticeLanguage } from '@vigil/contracts';
import { defineMessages, plural } from '../../i18n';
import { formatCount } from '../../lib/format';

type NoticeChannel = NoticeDraft['channel'];
type Step = 'prepare' | 'review' | 'send';
type ContentItemState = 'filled' | 'to_complete' | 'check';

/** The notice dialog's words: prepare, review and record a notice, then read what was sent. */
export const messages = defineMessages(
  {
    channels: {
      email: 'Email',
      portal: 'Online portal or form',
      letter: 'Letter',
      phone: 'Phone',
      webhook: 'Webhook',
      other: 'Other',
    } satisfies Record<NoticeChannel, string>,
    /** The language a notice is written in. */
    languages: { en: 'English', fr: 'Français' } satisfies Record<NoticeLanguage, string>,

    /** The mark-as-sent form's checks. */
    validation: {
      sentAtMissing: 'Enter the date and time the notice was sent.',
      sentAtFuture: 'A notice cannot be recorded as sent in the future.',
      recipientMissing: 'Say who it was sent to.',
      subjectMissing: 'The notice has no subject.',
      bodyMissing: 'The notice has no text.',
      delayReasonMissing: 'Sent after the deadline: give the reasons for the delay.',
    },

    /** The header of a sent notice saved as a text file. */
    file: {
      subject: (subject: string) => `Subject: ${subject}`,
      to: (to: string) => `To: ${to}`,
      channel: (channel: string) => `Channel: ${channel}`,
      sentAt: (at: string) => `Sent at: ${at}`,
      sha256: (hash: string) => `SHA-256 of the text below the line: ${hash}`,
    },

    editor: {
      steps: {
        prepare: 'Prepare',
        review: 'Review',
        send: 'Mark as sent',
      } satisfies Record<Step, string>,
      stepsLabel: 'Steps',
      to: 'To',
      under: 'Under',
      deadline: 'Deadline',
      checklist: {
        title: 'Content the law asks for',
        summary: (filled: number, total: number, open: number) =>
          `${filled} of ${total} filled${open ? ` · ${open} to complete` : ''}`,
        states: {
          filled: 'From the record',
          to_complete: 'To complete',
          check: 'Written by hand: check it',
        } satisfies Record<ContentItemState, string>,
      },
      gaps: {
        title: (n: number) =>
          n === 1 ? '1 gap is still in the text' : `${n} gaps are still in the text`,
        unnamed: 'to complete',
        goTo: 'Select one to go to it in the text.',
        inReview: 'They are highlighted below. Go back to the text to complete them.',
        whenSending:
          'It can be recorded with them, but the record must be the text actually sent: go back and complete them if what you sent had them filled in.',
      },
      textLabel: 'Notice text',
      language: 'Language',
      saving: 'Saving…',
      unsaved: 'Unsaved changes',
      draftSaved: 'Draft saved ',
      savedBy: (who: string) => ` by ${who}`,
      freshDraft: 'A fresh draft from the incident’s record: not saved yet',
      channel: 'Channel',
      recipient: 'Recipient',
      recipientHint: 'Addresses, portal or office it goes to.',
      preparing: 'Preparing the notice from the incident…',
      prepareFailed: 'The notice could not be prepared',
      alreadySent: 'Already recorded as sent',
      alreadySentBody: (at: string) =>
        `This notice was recorded as sent ${at}. Close and open it again to see the record.`,
      subject: 'Subject',
      text: 'Text',
      textHint:
        'Blanks look like [[to complete: …]] / [[à compléter : …]]: replace each with the fact.',
      send: {
        introBefore: 'Record the notice as ',
        introState: 'sent',
        introAfter:
          ': the clock stops, the text below is kept with its SHA-256 and can no longer be edited. Send it first, by the channel you choose, then record it here.',
        sentAt: 'Sent at',
        yourTime: (zone: string) => `Your time (${zone}).`,
        recordedAs: (zone: string, utc: string) => `Your time (${zone}). Recorded as ${utc}.`,
        now: 'Set to now',
        delayReason: 'Reasons for the delay',
        delayReasonGdpr:
          'GDPR Art. 33(1): a notification made after 72 hours must be accompanied by the reasons for the delay.',
        delayReasonOther: 'Sent after the deadline: the record must say why.',
        length: (characters: number, language: string) =>
          `${formatCount(characters)} characters, ${language}`,
        savedWhenRecorded: 'Saved as the draft when recorded.',
        computing: 'Computing…',
        computedByServer: 'Computed by the server',
      },
      action: 'Notices',
      cancel: 'Cancel',
      saveDraft: 'Save draft',
      review: 'Review',
      backToText: 'Back to the text',
      continueToSend: 'Continue to mark as sent',
      backToReview: 'Back to review',
      markSent: 'Mark as sent',
      discard: {
        title: 'Discard your changes?',
        confirm: 'Discard changes',
        body: 'The text has edits that are not saved. Save the draft to keep them.',
      },
    },

    record: {
      checkingHash: 'Checking the hash…',
      noWebCrypto: 'This browser cannot compute SHA-256 here.',
      hashMatches: 'The text below matches this hash',
      hashDiffers: 'The text below does not match this hash',
      textSent: 'Text sent',
      textSentIn: (language: string) => `Text sent (${language})`,
      copyText: 'Copy text',
      download: 'Download',
      textLabel: 'Notice text',
      justSent: 'Notice recorded as sent',
      justSentBody:
        "The obligation is met. What was sent, when and to whom is on the incident's timeline, in the register and in the audit log; the text can no longer be edited.",
      status: 'Status',
      sentAt: 'Sent at',
      to: 'To',
      channel: 'Channel',
      subject: 'Subject',
      delayReason: 'Reasons for the delay',
      contentSha256: 'Content SHA-256',
      copy: 'Copy',
      waivedAt: 'Waived at',
      reason: 'Reason',
      notice: 'Notice',
      notSentYet: 'Not recorded as sent yet. The DPO prepares and records it.',
      loadingText: 'Loading the text sent…',
      textAction: 'Notice texts',
      subjectOnly:
        'Only the subject was recorded for this notice: it was marked as sent without its full text. The hash above is of the subject.',
      close: 'Close',
    },
  },
  // Français (Québec)
  {
    channels: {
      email: 'Courriel',
      portal: 'Portail ou formulaire en ligne',
      letter: 'Lettre',
      phone: 'Téléphone',
      webhook: 'Webhook',
      other: 'Autre',
    },
    languages: { en: 'Anglais', fr: 'Français' },

    validation: {
      sentAtMissing: 'Indiquez la date et l’heure d’envoi de l’avis.',
      sentAtFuture: 'Un avis ne peut pas être consigné comme envoyé dans le futur.',
      recipientMissing: 'Indiquez à qui il a été envoyé.',
      subjectMissing: 'L’avis n’a pas d’objet.',
      bodyMissing: 'L’avis n’a pas de texte.',
      delayReasonMissing: 'Envoyé après l’échéance : indiquez les motifs du retard.',
    },

    file: {
      subject: (subject: string) => `Objet\u00a0: ${subject}`,
      to: (to: string) => `Destinataire\u00a0: ${to}`,
      channel: (channel: string) => `Canal\u00a0: ${channel}`,
      sentAt: (at: string) => `Envoyé le\u00a0: ${at}`,
      sha256: (hash: string) => `SHA-256 du texte sous la ligne\u00a0: ${hash}`,
    },

    editor: {
      steps: {
        prepare: 'Préparer',
        review: 'Réviser',
        send: 'Marquer comme envoyé',
      },
      stepsLabel: 'Étapes',
      to: 'Destinataire',
      under: 'En vertu de',
      deadline: 'Échéance',
      checklist: {
        title: 'Contenu exigé par la loi',
        summary: (filled: number, total: number, open: number) =>
          `${filled} sur ${total} ${plural('fr-CA', filled, { one: 'rempli', other: 'remplis' })}${open ? ` · ${open} à compléter` : ''}`,
        states: {
          filled: 'Tiré du dossier',
          to_complete: 'À compléter',
          check: 'Rédigé à la main : à vérifier',
        },
      },
      gaps: {
        title: (n: number) =>
          `Il reste ${n} ${plural('fr-CA', n, { one: 'élément', other: 'éléments' })} à compléter dans le texte`,
        unnamed: 'à compléter',
        goTo: 'Sélectionnez-en un pour y accéder dans le texte.',
        inReview: 'Ils sont surlignés ci-dessous. Revenez au texte pour les compléter.',
        whenSending:
          'L’avis peut être consigné tel quel, mais le dossier doit contenir le texte réellement envoyé : revenez les compléter si ce que vous avez envoyé les contenait.',
      },
      textLabel: 'Texte de l’avis',
      language: 'Langue',
      saving: 'Enregistrement…',
      unsaved: 'Modifications non enregistrées',
      draftSaved: 'Brouillon enregistré ',
      savedBy: (who: string) => ` par ${who}`,
      freshDraft: 'Nouveau brouillon tiré du dossier de l’incident : pas encore enregistré',
      channel: 'Canal',
      recipient: 'Destinataire',
      recipientHint: 'Adresses, portail ou bureau auquel il est destiné.',
      preparing: 'Préparation de l’avis à partir de l’incident…',
      prepareFailed: 'L’avis n’a pas pu être préparé',
      alreadySent: 'Déjà consigné comme envoyé',
      alreadySentBody: (at: string) =>
        `Cet avis a été consigné comme envoyé le ${at}. Fermez-le puis rouvrez-le pour voir ce qui a été consigné.`,
      subject: 'Objet',
      text: 'Texte',
      textHint:
        'Les éléments à compléter ont la forme [[to complete: …]] / [[à compléter : …]] : remplacez chacun par le fait.',
      send: {
        introBefore: 'Consignez l’avis comme ',
        introState: 'envoyé',
        introAfter:
          ' : le délai s’arrête, le texte ci-dessous est conservé avec son SHA-256 et ne peut plus être modifié. Envoyez-le d’abord, par le canal de votre choix, puis consignez-le ici.',
        sentAt: 'Envoyé le',
        yourTime: (zone: string) => `Votre heure (${zone}).`,
        recordedAs: (zone: string, utc: string) =>
          `Votre heure (${zone}). Sera consigné comme ${utc}.`,
        now: 'Mettre l’heure actuelle',
        delayReason: 'Motifs du retard',
        delayReasonGdpr:
          'RGPD, art. 33(1) : lorsque la notification n’a pas lieu dans les 72 heures, elle est accompagnée des motifs du retard.',
        delayReasonOther: 'Envoyé après l’échéance : le dossier doit en indiquer la raison.',
        length: (characters: number, language: string) =>
          `${formatCount(characters)} ${plural('fr-CA', characters, { one: 'caractère', other: 'caractères' })}, en ${language.toLowerCase()}`,
        savedWhenRecorded: 'Enregistré comme brouillon au moment de la consignation.',
        computing: 'Calcul en cours…',
        computedByServer: 'Calculé par le serveur',
      },
      action: 'Avis',
      cancel: 'Annuler',
      saveDraft: 'Enregistrer le brouillon',
      review: 'Réviser',
      backToText: 'Retour au texte',
      continueToSend: 'Continuer vers la consignation',
      backToReview: 'Retour à la révision',
      markSent: 'Marquer comme envoyé',
      discard: {
        title: 'Abandonner vos modifications?',
        confirm: 'Abandonner les modifications',
        body: 'Le texte contient des modifications non enregistrées. Enregistrez le brouillon pour les conserver.',
      },
    },

    record: {
      checkingHash: 'Vérification du hachage…',
      noWebCrypto: 'Ce navigateur ne peut pas calculer le SHA-256 ici.',
      hashMatches: 'Le texte ci-dessous correspond à ce hachage',
      hashDiffers: 'Le texte ci-dessous ne correspond pas à ce hachage',
      textSent: 'Texte envoyé',
      textSentIn: (language: string) => `Texte envoyé (${language.toLowerCase()})`,
      copyText: 'Copier le texte',
      download: 'Télécharger',
      textLabel: 'Texte de l’avis',
      justSent: 'Avis consigné comme envoyé',
      justSentBody:
        'L’obligation est remplie. Ce qui a été envoyé, quand et à qui figure dans la chronologie de l’incident, au registre et au journal d’audit; le texte ne peut plus être modifié.',
      status: 'État',
      sentAt: 'Envoyé le',
      to: 'Destinataire',
      channel: 'Canal',
      subject: 'Objet',
      delayReason: 'Motifs du retard',
      contentSha256: 'SHA-256 du contenu',
      copy: 'Copier',
      waivedAt: 'Levée le',
      reason: 'Motif',
      notice: 'Avis',
      notSentYet: 'Pas encore consigné comme envoyé. Le DPD le prépare et le consigne.',
      loadingText: 'Chargement du texte envoyé…',
      textAction: 'Textes des avis',
      subjectOnly:
        'Seul l’objet a été consigné pour cet avis : il a été marqué comme envoyé sans son texte complet. Le hachage ci-dessus porte sur l’objet.',
      close: 'Fermer',
    },
  },
);
