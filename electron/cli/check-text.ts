// Owns the human-readable text of `satu check`.
import type { CheckReport } from '../../shared/ipc/channels/sistem.ts';

export function formatCheck(r: CheckReport): string {
  const lines = [
    `Integritas berkas (integrity_check): ${r.integrity.length === 0 ? 'baik' : r.integrity.join('; ')}`,
    `Kunci asing (foreign_key_check): ${r.foreignKeys.length === 0 ? 'baik' : `${r.foreignKeys.length} masalah`}`,
    `Jejak audit: ${r.chain.entries} entri, ${r.chain.firstBroken ? 'RUSAK' : 'utuh'}`,
  ];
  const b = r.chain.firstBroken;
  if (b) lines.push(`Entri rusak pertama: #${b.id}${b.entity ? ` (${b.entity} ${b.entityId ?? ''})` : ''} — ${b.reason}`);
  if (r.untracked.length)
    lines.push(
      `Baris tanpa jejak audit: ${r.untracked
        .slice(0, 10)
        .map((u) => `${u.entity} #${u.entityId}`)
        .join(', ')}${r.untracked.length > 10 ? ' …' : ''}`,
    );
  lines.push(r.ok ? 'Hasil: BAIK' : 'Hasil: ADA MASALAH');
  return lines.join('\n');
}
