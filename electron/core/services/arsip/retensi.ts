// Owns the retention monitor (issue #5 §4): what is due this month, overdue and coming, for
// pemindahan (active retention ended) and for the final disposition (inactive retention ended).
import type { Ctx } from '../../context.ts';
import { berkasBerjalan } from '../../../../db/arsip/berkas.ts';
import { kelompokJatuhTempo, nasibEfektif } from '../../../../shared/domain/arsip/retensi.ts';
import { labelBerkas, retensiOf, hariIni, izinPemanggil, ringkasBerkas } from './umum.ts';

type Tahap = 'pindah' | 'musnah' | 'serah' | 'nilai';

export async function jatuhTempo(ctx: Ctx, horizonBulan: number) {
  const hari = await hariIni(ctx);
  const izin = await izinPemanggil(ctx);
  const items = [];
  for (const b of await berkasBerjalan(ctx.db)) {
    let tahap: Tahap | null = null;
    let tanggal: string | null = null;
    if (b.status === 'ditutup') {
      tahap = 'pindah';
      tanggal = b.jatuh_tempo_aktif;
    } else {
      const nasib = nasibEfektif(retensiOf(b));
      tahap = nasib === 'musnah' ? 'musnah' : nasib === 'permanen' ? 'serah' : nasib === 'dinilai_kembali' ? 'nilai' : null;
      tanggal = b.jatuh_tempo_inaktif;
    }
    if (!tahap || !tanggal) continue;
    const kelompok = kelompokJatuhTempo(tanggal, hari, horizonBulan);
    if (kelompok === 'nanti') continue;
    items.push({
      berkasId: b.id,
      label: labelBerkas(b),
      uraian: ringkasBerkas(b, izin).uraian,
      tahap,
      tanggal,
      kelompok,
      ditahanPerkara: b.ditahan_perkara === 1,
    });
  }
  items.sort((a, b) => a.tanggal.localeCompare(b.tanggal));
  return { hariIni: hari, items };
}
