// Owns the small script the bridge serves as /satu-bridge.js: it gives the page the same
// `window.api` that Electron's preload gives, carried over fetch to /rpc.
export const BRIDGE_CLIENT_JS = `'use strict';
(function () {
  async function invoke(envelope) {
    let res;
    try {
      res = await fetch('/rpc', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(envelope),
      });
    } catch (e) {
      return { ok: false, error: { code: 'IO', message: 'Tidak terhubung ke layanan SATU. Pastikan SATU masih berjalan, lalu muat ulang halaman.', issues: [] } };
    }
    if (res.status === 403) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Jembatan lokal menolak permintaan. Buka SATU dari tautan yang dicetak saat SATU dimulai.', issues: [] } };
    }
    return res.json();
  }
  Object.defineProperty(window, 'api', { value: Object.freeze({ invoke: invoke, transport: 'bridge' }), writable: false });
})();
`;
