// Owns saving what the backend hands over as a file: a Blob, an object URL and a clicked <a download>.
// Nothing is fetched (the CSP's connect-src stays 'self'); the browser or Electron saves the bytes.

/** Decodes base64 (whitespace allowed) into bytes. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(base64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** Offers `blob` for saving under `namaBerkas`. */
export function saveBlob(namaBerkas: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = namaBerkas;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the save in Chromium; a minute later the browser holds its own copy.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function savePdf(namaBerkas: string, pdfBase64: string): void {
  saveBlob(namaBerkas, new Blob([base64ToBytes(pdfBase64)], { type: 'application/pdf' }));
}

export function saveText(namaBerkas: string, text: string, type = 'text/plain'): void {
  saveBlob(namaBerkas, new Blob([text], { type: `${type};charset=utf-8` }));
}
