/**
 * Offers text as a file to save, through a link the page never shows. CSV gets a byte-order mark,
 * without which Excel reads UTF-8 as Windows-1252 ("£" becomes "Â£").
 */
export function download(name: string, text: string, type: string): void {
  const parts = type === 'text/csv' ? ['\uFEFF', text] : [text];
  const url = URL.createObjectURL(new Blob(parts, { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  // In the document, not a shadow root: some browsers ignore a click on a link outside it.
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has the file by now; a later revoke keeps slow browsers from losing it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
