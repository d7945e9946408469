/**
 * Hands text to the browser as a file download. Browser-only (it touches the DOM); the caller
 * builds the text with plain functions, e.g. `toCsv`.
 *
 * @example
 * downloadText('缺口清单.csv', toCsv(rows), 'text/csv;charset=utf-8');
 */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/**
 * Hands a file's contents to the browser as a download, e.g. one fetched with `fetchAttachment`.
 * Browser-only.
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: some browsers read the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
