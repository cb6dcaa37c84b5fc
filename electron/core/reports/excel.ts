// Owns which reports also export as Excel, each from the model its PDF draws (reports are data first):
// the correspondence registers of a period and the archive lists (aktif, inaktif, vital, usul pindah,
// usul musnah/serah, dipindahkan, dimusnahkan/diserahkan).
import type { ReportEnv } from './engine.ts';
import type { RegisterModel } from './naskah/register-model.ts';
import { registerBuilders } from './naskah/register.ts';
import type { DaftarModel } from './arsip/daftar.ts';
import { daftarAktifModel, daftarInaktifModel, daftarVitalModel } from './arsip/daftar-model.ts';
import type { FilterAktif } from './arsip/daftar-model.ts';
import { usulPindahModel, daftarPindahModel } from './arsip/pemindahan-model.ts';
import { usulModel, daftarModel } from './arsip/penyusutan-daftar.ts';

/** A sectioned archive list as one sheet: each section's heading lines become a row above its rows. */
export function registerDariDaftar(m: DaftarModel): RegisterModel {
  const baris: string[][] = [];
  for (const b of m.bagian) {
    if (m.bagian.length > 1 || b.kepala.length) baris.push([b.kepala.map(([k, v]) => `${k}: ${v}`).join(' · ')]);
    baris.push(...b.baris);
    if (b.ringkasan) baris.push([b.ringkasan]);
  }
  return { judul: m.judul, periode: m.subjudul.join(' · '), kolom: m.kolom, baris, ringkasan: m.ringkasan.join(' ') || m.kosong };
}

type Builder = (env: ReportEnv, params: never) => Promise<RegisterModel>;
const dari =
  <P>(f: (env: ReportEnv, p: P) => Promise<DaftarModel>): Builder =>
  async (env, p: P) =>
    registerDariDaftar(await f(env, p));

export const excelBuilders: Readonly<Record<string, Builder>> = {
  ...(registerBuilders as Record<string, Builder>),
  'daftar-arsip-aktif': dari((env, p: FilterAktif) => daftarAktifModel(env, p)),
  'daftar-arsip-inaktif': dari((env) => daftarInaktifModel(env)),
  'daftar-arsip-vital': dari((env) => daftarVitalModel(env)),
  'arsip-usul-pindah': dari((env, p: { pemindahanId: number }) => usulPindahModel(env, p.pemindahanId)),
  'arsip-daftar-pindah': dari((env, p: { pemindahanId: number }) => daftarPindahModel(env, p.pemindahanId)),
  'arsip-usul-musnah': dari((env, p: { penyusutanId: number }) => usulModel(env, p.penyusutanId, 'musnah')),
  'arsip-usul-serah': dari((env, p: { penyusutanId: number }) => usulModel(env, p.penyusutanId, 'serah')),
  'arsip-daftar-musnah': dari((env, p: { penyusutanId: number }) => daftarModel(env, p.penyusutanId, 'musnah')),
  'arsip-daftar-serah': dari((env, p: { penyusutanId: number }) => daftarModel(env, p.penyusutanId, 'serah')),
};
