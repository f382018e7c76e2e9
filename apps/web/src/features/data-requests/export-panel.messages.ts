import { defineMessages, plural } from '../../i18n';
import { formatCount } from '../../lib/format';

/** A request's export: the download as it streams, then the manifest of what it holds. */
export const exportMessages = defineMessages(
  {
    status: {
      exporting: (percent: number | null) =>
        `Exporting the client's data${percent === null ? '…' : `: ${percent} %`}`,
      progress: 'Export progress',
      cancel: 'Cancel export',
      problemAction: 'The export',
      dismiss: 'Dismiss',
      cancelled: (rows: string) => `Export cancelled after ${rows}`,
      nothingSaved: 'Nothing was saved.',
      saved: (rows: number, size: string) =>
        `Export saved: ${formatCount(rows)} ${rows === 1 ? 'row' : 'rows'} · ${size}`,
      savedFile: ' is in your downloads: one NDJSON file per kind of data and a ',
      savedRecorded: ". The export is recorded in the request's history and the audit log.",
    },
    manifest: {
      title: 'Export manifest',
      copy: 'Copy manifest',
      generated: 'generated',
      fromArchive: ' · read from the archive saved',
      caption: 'Files of the export, with their SHA-256',
      file: 'File',
      rows: 'Rows',
      size: 'Size',
      otherHash: 'The file saved has another hash',
      missing: 'Not in the file saved',
    },
  },
  {
    status: {
      exporting: (percent: number | null) =>
        `Exportation des données du client${percent === null ? '…' : `\u00a0: ${percent}\u00a0%`}`,
      progress: 'Progression de l’exportation',
      cancel: 'Annuler l’exportation',
      problemAction: 'L’exportation',
      dismiss: 'Fermer',
      cancelled: (rows: string) => `Exportation annulée après ${rows}`,
      nothingSaved: 'Rien n’a été enregistré.',
      saved: (rows: number, size: string) =>
        `Exportation enregistrée\u00a0: ${formatCount(rows)} ${plural('fr-CA', rows, { one: 'ligne', other: 'lignes' })} · ${size}`,
      savedFile:
        ' se trouve dans vos téléchargements\u00a0: un fichier NDJSON par type de données et un ',
      savedRecorded:
        '. L’exportation est consignée dans l’historique de la demande et dans le journal d’audit.',
    },
    manifest: {
      title: 'Manifeste de l’exportation',
      copy: 'Copier le manifeste',
      generated: 'généré le',
      fromArchive: ' · lu dans l’archive enregistrée',
      caption: 'Fichiers de l’exportation, avec leur SHA-256',
      file: 'Fichier',
      rows: 'Lignes',
      size: 'Taille',
      otherHash: 'Le fichier enregistré a une autre empreinte',
      missing: 'Absent du fichier enregistré',
    },
  },
);
