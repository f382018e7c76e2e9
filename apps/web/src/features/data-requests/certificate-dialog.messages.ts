import { defineMessages, plural } from '../../i18n';
import { formatCount } from '../../lib/format';

/** The certificate of destruction, as the DPO and an auditor read it. */
export const certificateMessages = defineMessages(
  {
    view: {
      organization: 'Organization',
      request: 'Request',
      asked: ': asked',
      completed: 'Completed',
      issued: 'Issued',
      backupsExpire: 'Backups expire by',
      backupsExpireNote: 'Backups are not edited: the last one holding this data ages out by then.',
      certificateId: 'Certificate id',
      destroyed: (n: number) => `Destroyed: ${formatCount(n)} records`,
      destroyedCaption: 'What was destroyed, with counts and time ranges',
      what: 'What',
      count: 'Count',
      dated: 'Records dated',
      tombstonesIn: (n: number) => `${formatCount(n)} tombstones in`,
      hashes: ', hashes',
      hashesTo: 'to',
      tombstonedNote: (n: number) =>
        `${formatCount(n)} audit events are tombstones now: their sequence numbers and hashes stay, so each source's chain still verifies from end to end. The ranges above may hold other clients' events, left untouched.`,
      retained: 'Retained, and why',
      nothingRetained: 'Nothing of this client was kept.',
      retainedCaption: 'What was kept, and the obligation to keep it',
      why: 'Why',
      signature: 'Signature',
      signatureNote:
        'Ed25519 over the canonical JSON of the statement. Anyone with the public key can check that not a word of it changed.',
      keyId: 'Key id',
      signingKeyId: 'Signing key id',
      copy: 'Copy',
    },
    dialog: {
      title: 'Certificate of destruction',
      issuedWith: (organization: string, keyId: string) =>
        `${organization} · issued with key ${keyId}`,
      signedByVigil: 'Signed by Vigil when the deletion completed.',
      justIssuedTitle: "The client's data is destroyed",
      justIssuedText:
        'The request is completed and this certificate was issued. Send it to the client: the printable page or the signed JSON.',
      loading: 'Loading the certificate…',
      problemAction: 'Certificates',
      downloadJson: 'Download JSON',
      openPrintable: 'Open printable',
      close: 'Close',
    },
  },
  {
    view: {
      organization: 'Organisation',
      request: 'Demande',
      asked: '\u00a0: demandée le',
      completed: 'Terminée le',
      issued: 'Délivré le',
      backupsExpire: 'Expiration des sauvegardes',
      backupsExpireNote:
        'Les sauvegardes ne sont pas modifiées\u00a0: la dernière qui contient ces données expire au plus tard à ce moment.',
      certificateId: 'ID du certificat',
      destroyed: (n: number) =>
        `Données détruites\u00a0: ${formatCount(n)} ${plural('fr-CA', n, { one: 'enregistrement', other: 'enregistrements' })}`,
      destroyedCaption: 'Ce qui a été détruit, avec les nombres et les périodes',
      what: 'Données',
      count: 'Nombre',
      dated: 'Dates des enregistrements',
      tombstonesIn: (n: number) =>
        `${formatCount(n)} ${plural('fr-CA', n, { one: 'marqueur de suppression', other: 'marqueurs de suppression' })} dans`,
      hashes: ', empreintes',
      hashesTo: 'à',
      tombstonedNote: (n: number) =>
        plural('fr-CA', n, {
          one: `${formatCount(n)} événement d’audit est désormais un marqueur de suppression\u00a0: son numéro de séquence et son empreinte demeurent, de sorte que la chaîne de chaque source reste vérifiable d’un bout à l’autre. Les plages ci-dessus peuvent contenir des événements d’autres clients, laissés intacts.`,
          other: `${formatCount(n)} événements d’audit sont désormais des marqueurs de suppression\u00a0: leurs numéros de séquence et leurs empreintes demeurent, de sorte que la chaîne de chaque source reste vérifiable d’un bout à l’autre. Les plages ci-dessus peuvent contenir des événements d’autres clients, laissés intacts.`,
        }),
      retained: 'Conservé, et pourquoi',
      nothingRetained: 'Rien de ce client n’a été conservé.',
      retainedCaption: 'Ce qui a été conservé, et l’obligation de le conserver',
      why: 'Motif',
      signature: 'Signature',
      signatureNote:
        'Ed25519 sur le JSON canonique de la déclaration. Toute personne qui détient la clé publique peut vérifier que pas un mot n’a changé.',
      keyId: 'ID de la clé',
      signingKeyId: 'ID de la clé de signature',
      copy: 'Copier',
    },
    dialog: {
      title: 'Certificat de destruction',
      issuedWith: (organization: string, keyId: string) =>
        `${organization} · délivré avec la clé ${keyId}`,
      signedByVigil: 'Signé par Vigil à la fin de la suppression.',
      justIssuedTitle: 'Les données du client sont détruites',
      justIssuedText:
        'La demande est terminée et ce certificat a été délivré. Transmettez-le au client\u00a0: la page imprimable ou le JSON signé.',
      loading: 'Chargement du certificat…',
      problemAction: 'Certificats',
      downloadJson: 'Télécharger le JSON',
      openPrintable: 'Ouvrir la version imprimable',
      close: 'Fermer',
    },
  },
);
