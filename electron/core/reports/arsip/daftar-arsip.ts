// Owns the registered definitions of the standing archive lists (F4 landscape): 'daftar-arsip-aktif'
// (optional unitPengolah and tahun), 'daftar-arsip-inaktif' and 'daftar-arsip-vital' (no params).
import { z } from 'zod';
import type { ReportDefinition } from '../engine.ts';
import { DOKUMEN_DAFTAR } from '../../../../shared/domain/arsip/dokumen.ts';
import { daftarAktifModel, daftarInaktifModel, daftarVitalModel } from './daftar-model.ts';
import { renderDaftar } from './daftar.ts';
import type { DaftarModel } from './daftar.ts';

const aktifParams = z
  .object({
    unitPengolah: z.string().trim().min(1).max(200).optional(),
    tahun: z.coerce.number().int().min(1945).max(2100).optional(),
  })
  .strict();
const kosong = z.object({}).strict();

export const daftarArsipAktif: ReportDefinition<z.output<typeof aktifParams>, DaftarModel> = {
  kind: DOKUMEN_DAFTAR.aktif,
  title: 'Daftar Arsip Aktif',
  paper: 'F4',
  orientation: 'landscape',
  params: aktifParams,
  parameter: 'tanpa',
  buildModel: daftarAktifModel,
  render: renderDaftar,
};

export const daftarArsipInaktif: ReportDefinition<z.output<typeof kosong>, DaftarModel> = {
  kind: DOKUMEN_DAFTAR.inaktif,
  title: 'Daftar Arsip Inaktif',
  paper: 'F4',
  orientation: 'landscape',
  params: kosong,
  parameter: 'tanpa',
  buildModel: (env) => daftarInaktifModel(env),
  render: renderDaftar,
};

export const daftarArsipVital: ReportDefinition<z.output<typeof kosong>, DaftarModel> = {
  kind: DOKUMEN_DAFTAR.vital,
  title: 'Daftar Arsip Vital',
  paper: 'F4',
  orientation: 'landscape',
  params: kosong,
  parameter: 'tanpa',
  buildModel: (env) => daftarVitalModel(env),
  render: renderDaftar,
};
