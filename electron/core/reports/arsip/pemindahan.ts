// Owns the registered definitions of the pemindahan documents (params: pemindahanId): 'arsip-usul-pindah'
// and 'arsip-daftar-pindah' (F4 landscape lists) and 'arsip-ba-pindah' (F4 portrait Berita Acara).
import { z } from 'zod';
import type { ReportDefinition } from '../engine.ts';
import { DOKUMEN_PEMINDAHAN } from '../../../../shared/domain/arsip/dokumen.ts';
import { renderBeritaAcara } from './berita-acara.ts';
import type { BeritaAcaraModel } from './berita-acara.ts';
import { renderDaftar } from './daftar.ts';
import type { DaftarModel } from './daftar.ts';
import { baPindahModel, daftarPindahModel, usulPindahModel } from './pemindahan-model.ts';

const params = z.object({ pemindahanId: z.coerce.number().int().positive() }).strict();
type Params = z.output<typeof params>;

export const arsipUsulPindah: ReportDefinition<Params, DaftarModel> = {
  kind: DOKUMEN_PEMINDAHAN.usul,
  title: 'Daftar Arsip Usul Pindah',
  paper: 'F4',
  orientation: 'landscape',
  parameter: 'pemindahan',
  params,
  buildModel: (env, p) => usulPindahModel(env, p.pemindahanId),
  render: renderDaftar,
};

export const arsipDaftarPindah: ReportDefinition<Params, DaftarModel> = {
  kind: DOKUMEN_PEMINDAHAN.daftar,
  title: 'Daftar Arsip yang Dipindahkan',
  paper: 'F4',
  orientation: 'landscape',
  parameter: 'pemindahan',
  params,
  buildModel: (env, p) => daftarPindahModel(env, p.pemindahanId),
  render: renderDaftar,
};

export const arsipBaPindah: ReportDefinition<Params, BeritaAcaraModel> = {
  kind: DOKUMEN_PEMINDAHAN.ba,
  title: 'Berita Acara Pemindahan Arsip Inaktif',
  paper: 'F4',
  orientation: 'portrait',
  parameter: 'pemindahan',
  params,
  buildModel: (env, p) => baPindahModel(env, p.pemindahanId),
  render: renderBeritaAcara,
};
