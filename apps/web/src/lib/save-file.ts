/** Hands a downloaded Blob to the browser's "save" flow through a temporary object URL. */
export const saveFile = (blob: Blob, filename: string): void => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; a minute leaves slow disks room anyway.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};
