// Owns the vertical Steps of a pemindahan (B.6): usul → verifikasi fisik → Berita Acara dan lokasi
// → tanda tangan Pimpinan → selesai, with what each step recorded.
import type { ReactNode } from 'react';
import { Steps, Typography } from 'antd';
import type { StepsProps } from 'antd';
import { formatAngka } from '../../../../../shared/format/index.ts';
import { nomorTanggal, tanggal } from '../nama.ts';
import type { PemindahanDetail } from '../queries.ts';
import { dokumenAkhir, pejabatDari, rentangBoks } from './pejabat.ts';

type Status = NonNullable<NonNullable<StepsProps['items']>[number]['status']>;
const Kecil = ({ children }: { children: ReactNode }) => (
  <Typography.Text type="secondary" style={{ display: 'block' }}>
    {children}
  </Typography.Text>
);

function verifikasi(p: PemindahanDetail): { status: Status; isi: ReactNode } {
  const tidak = p.berkas.filter((b) => b.sesuai === false).length;
  const diperiksa = p.berkas.some((b) => b.sesuai !== null);
  if (p.status === 'usul') return { status: 'process', isi: 'Unit kearsipan memeriksa kelengkapan dan kesesuaian fisik dengan daftar.' };
  if (p.status === 'ditolak')
    return {
      status: 'error',
      isi: (
        <>
          <div>{formatAngka(tidak)} berkas tidak sesuai; usulan ditolak.</div>
          {p.catatanVerifikasi ? <Kecil>“{p.catatanVerifikasi}”</Kecil> : null}
        </>
      ),
    };
  if (!diperiksa) return { status: 'wait', isi: 'Belum diverifikasi.' };
  return {
    status: 'finish',
    isi: (
      <>
        <div>Semua {formatAngka(p.berkas.length)} berkas sesuai.</div>
        {p.catatanVerifikasi && p.status !== 'batal' ? <Kecil>“{p.catatanVerifikasi}”</Kecil> : null}
      </>
    ),
  };
}

function beritaAcara(p: PemindahanDetail): { status: Status; isi: ReactNode } {
  const pj = pejabatDari(p);
  const boks = rentangBoks(p);
  if (p.baNomor)
    return {
      status: 'finish',
      isi: (
        <>
          <div>{nomorTanggal(p.baNomor, p.baTanggal)}</div>
          {pj ? <Kecil>Diserahkan: {pj.unitPengolah.nama}</Kecil> : null}
          {pj ? (
            <Kecil>
              Diterima: {pj.unitKearsipan.nama} ({pj.namaUnitKearsipan})
            </Kecil>
          ) : null}
          {boks ? <Kecil>Nomor definitif: {boks}</Kecil> : null}
        </>
      ),
    };
  if (p.status === 'diverifikasi')
    return { status: 'process', isi: 'Catat nomor dan tanggal Berita Acara, pejabat kedua pihak, dan lokasi simpan.' };
  return { status: 'wait', isi: 'Nomor definitif boks dan folder diberikan di langkah ini.' };
}

export function AlurPemindahan({ p }: { p: PemindahanDetail }) {
  const akhir = dokumenAkhir(p);
  const tertanda = akhir.every((d) => d.ditandatangani);
  const aktif = p.status === 'diverifikasi';
  const v = verifikasi(p);
  const ba = beritaAcara(p);
  const items: StepsProps['items'] = [
    {
      title: 'Usul pindah',
      status: 'finish',
      content: (
        <>
          <div>
            {p.unitPengolah} · {formatAngka(p.berkas.length)} berkas
          </div>
          <Kecil>Diusulkan {tanggal(p.createdAt)}</Kecil>
        </>
      ),
    },
    { title: 'Verifikasi fisik', status: v.status, content: v.isi },
    { title: 'Berita Acara dan lokasi simpan', status: ba.status, content: ba.isi },
    {
      title: 'Tanda tangan Pimpinan',
      status: tertanda ? 'finish' : aktif && p.baNomor ? 'process' : 'wait',
      content: akhir.map((d) => (
        <Kecil key={d.kind}>
          {d.judul}: {d.ditandatangani ? 'ditandatangani' : 'belum'}
        </Kecil>
      )),
    },
    {
      title: 'Selesai',
      status: p.status === 'selesai' ? 'finish' : aktif && tertanda ? 'process' : 'wait',
      content: p.status === 'selesai' ? 'Berkas tercatat sebagai arsip inaktif di unit kearsipan.' : 'Berkas menjadi arsip inaktif.',
    },
  ];
  if (p.status === 'batal')
    items.push({ title: 'Dibatalkan', status: 'error', content: p.catatanVerifikasi ? `Alasan: ${p.catatanVerifikasi}` : null });
  const kini = items.findIndex((i) => i.status === 'process' || i.status === 'error');
  return <Steps orientation="vertical" size="small" current={kini < 0 ? items.length - 1 : kini} items={items} />;
}
