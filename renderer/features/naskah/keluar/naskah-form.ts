// Owns the editor's form shape and its mapping to and from naskahKeluar.save / naskahKeluar.get: body
// blocks keep every field while edited and are narrowed to their kind on saving; a Surat Keputusan
// sends its decree parts instead of blocks.
import type { ChannelInput } from '../../../../shared/ipc/contract.ts';
import type { JenisNaskah, Keamanan } from '../../../../shared/domain/naskah/surat.ts';
import type { ModeTtd } from '../../../../shared/domain/naskah/keluar.ts';
import type { Urgensi } from '../../../../shared/domain/naskah/tenggat.ts';
import type { NaskahDetail, Seri } from '../queries.ts';

export type JenisBlok = 'paragraf' | 'daftar' | 'tabel';
export type BlokForm = { jenis: JenisBlok; teks?: string; bernomor?: boolean; butir?: string[]; kolom?: string[]; baris?: string[][] };
export type KeputusanForm = {
  jabatanPenetap?: string;
  tentang?: string;
  menimbang?: string[];
  mengingat?: string[];
  memperhatikan?: string[];
  menetapkan?: string;
  diktum?: string[];
};

export type NaskahValues = {
  jenis: JenisNaskah;
  hal: string;
  keamanan: Keamanan;
  urgensi: Urgensi;
  lampiran?: string | null;
  klasifikasiKode: string;
  kertas: 'F4' | 'A4';
  tujuan?: { yth: string; alamat?: string | null }[];
  tembusan?: string[];
  blok?: BlokForm[];
  keputusan?: KeputusanForm;
  penandatanganId: number;
  modeTtd: ModeTtd;
  jabatanTtd: string;
  atasNama?: string | null;
  untukBeliau?: string | null;
  kodeJabatan?: string | null;
  seriId: number;
};

type SaveInput = ChannelInput<'naskahKeluar.save'>;
type Blok = SaveInput['isi']['blok'] extends (infer B)[] | undefined ? B : never;

export const AWAL: Partial<NaskahValues> = {
  jenis: 'nota_dinas',
  keamanan: 'B',
  urgensi: 'biasa',
  kertas: 'F4',
  modeTtd: 'langsung',
  tujuan: [{ yth: '' }],
  tembusan: [],
  blok: [{ jenis: 'paragraf', teks: '' }],
  keputusan: { menimbang: [''], mengingat: [''], memperhatikan: [], diktum: [''] },
};

/** The series of a kind: the one made for it, else the catch-all '*', else the first active one. */
export function seriUntuk(seri: readonly Seri[], jenis: JenisNaskah): number | undefined {
  const aktif = seri.filter((s) => s.aktif);
  return (aktif.find((s) => s.jenisNaskah === jenis) ?? aktif.find((s) => s.jenisNaskah === '*') ?? aktif[0])?.id;
}

const bersih = (xs: readonly string[] | undefined) => (xs ?? []).map((x) => x.trim()).filter(Boolean);

function blokKeInput(b: BlokForm): Blok | null {
  switch (b.jenis) {
    case 'paragraf':
      return b.teks?.trim() ? { jenis: 'paragraf', teks: b.teks } : null;
    case 'daftar':
      return bersih(b.butir).length ? { jenis: 'daftar', bernomor: b.bernomor ?? true, butir: bersih(b.butir) } : null;
    case 'tabel': {
      const kolom = bersih(b.kolom);
      const baris = (b.baris ?? []).map((r) => kolom.map((_, i) => r[i] ?? '')).filter((r) => r.some((c) => c.trim()));
      return kolom.length ? { jenis: 'tabel', kolom, baris } : null;
    }
  }
}

export function keInput(v: NaskahValues, id: number | null): SaveInput {
  const k = v.keputusan ?? {};
  const keputusan =
    v.jenis === 'surat_keputusan'
      ? {
          jabatanPenetap: k.jabatanPenetap ?? '',
          tentang: k.tentang ?? '',
          menimbang: bersih(k.menimbang),
          mengingat: bersih(k.mengingat),
          memperhatikan: bersih(k.memperhatikan),
          menetapkan: k.menetapkan ?? '',
          diktum: bersih(k.diktum),
        }
      : null;
  return {
    id,
    jenis: v.jenis,
    hal: v.hal,
    keamanan: v.keamanan,
    urgensi: v.urgensi,
    lampiran: v.lampiran ?? null,
    klasifikasiKode: v.klasifikasiKode,
    kertas: v.kertas,
    tujuan: (v.tujuan ?? []).filter((t) => t.yth?.trim()).map((t) => ({ yth: t.yth, alamat: t.alamat ?? null })),
    tembusan: bersih(v.tembusan),
    isi: { blok: keputusan ? [] : (v.blok ?? []).map(blokKeInput).filter((b): b is Blok => b !== null), keputusan },
    penandatanganId: v.penandatanganId,
    modeTtd: v.modeTtd,
    jabatanTtd: v.jabatanTtd,
    atasNama: v.modeTtd === 'an' || v.modeTtd === 'ub' ? (v.atasNama ?? null) : null,
    untukBeliau: v.modeTtd === 'ub' ? (v.untukBeliau ?? null) : null,
    kodeJabatan: v.kodeJabatan ?? null,
    seriId: v.seriId,
  };
}

export function keForm(d: NaskahDetail): NaskahValues {
  const k = d.isi.keputusan;
  return {
    ...d,
    tujuan: d.tujuan.length ? d.tujuan : [{ yth: '' }],
    blok: d.isi.blok.map((b) => ({ ...b })),
    keputusan: k ? { ...k } : AWAL.keputusan,
  };
}
