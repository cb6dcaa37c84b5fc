// Owns the list of the archive module's printed documents (issue #5; reference arsip-naskah.md A.11–A.17,
// B.5–B.8), for the lead to add to reports/registry.ts. Kinds are those of shared/domain/arsip/dokumen.ts.
import type { ReportDefinition } from '../engine.ts';
import { arsipBaMusnah, arsipBaSerah } from './ba-penyusutan.ts';
import { daftarArsipAktif, daftarArsipInaktif, daftarArsipVital } from './daftar-arsip.ts';
import { arsipPenetapan, arsipSkPanitia } from './keputusan.ts';
import { labelBoks } from './label-boks.ts';
import { arsipBaPindah, arsipDaftarPindah, arsipUsulPindah } from './pemindahan.ts';
import { arsipDaftarMusnah, arsipDaftarSerah, arsipUsulMusnah, arsipUsulSerah } from './penyusutan-daftar.ts';
import { arsipPermintaan, arsipPernyataan, arsipPertimbangan } from './surat.ts';

export const arsipReports: ReportDefinition[] = [
  daftarArsipAktif,
  daftarArsipInaktif,
  daftarArsipVital,
  labelBoks,
  arsipUsulPindah,
  arsipBaPindah,
  arsipDaftarPindah,
  arsipUsulMusnah,
  arsipUsulSerah,
  arsipSkPanitia,
  arsipPertimbangan,
  arsipPermintaan,
  arsipPernyataan,
  arsipPenetapan,
  arsipBaMusnah,
  arsipBaSerah,
  arsipDaftarMusnah,
  arsipDaftarSerah,
];
