// Owns the particulars of an incoming letter (A.7.1) as a description list, with its scans.
import { Descriptions, Typography } from 'antd';
import { NAMA_JENIS_NASKAH, NAMA_MEDIA } from '../../../../shared/domain/naskah/surat.ts';
import { TEKS } from '../../../i18n/id.ts';
import { BerkasUnduh } from '../BerkasUnduh.tsx';
import { NamaKlasifikasi } from '../KlasifikasiSelect.tsx';
import type { SuratDetail } from '../queries.ts';
import { KeamananTag, StatusSuratTag, UrgensiTag } from '../tanda.tsx';
import { tanggal, waktu } from '../waktu.ts';

export function InfoSurat({ s }: { s: SuratDetail }) {
  const asal = [s.asalInstansi, s.asalPejabat].filter(Boolean).join(' — ');
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, lg: 2 }}
      styles={{ label: { width: 170 } }}
      items={[
        { key: 'agenda', label: 'Nomor agenda', children: <Typography.Text strong>{s.nomorAgenda}</Typography.Text> },
        { key: 'diterima', label: 'Diterima pada', children: waktu(s.diterimaPada) },
        { key: 'jenis', label: 'Jenis naskah', children: NAMA_JENIS_NASKAH[s.jenisNaskah] },
        { key: 'status', label: 'Status', children: <StatusSuratTag status={s.status} /> },
        { key: 'nomor', label: 'Nomor naskah', children: s.nomorNaskah },
        { key: 'tanggal', label: 'Tanggal naskah', children: tanggal(s.tanggalNaskah) },
        { key: 'asal', label: 'Asal', children: asal, span: 'filled' },
        { key: 'hal', label: 'Hal', children: s.hal, span: 'filled' },
        { key: 'isi', label: 'Isi ringkas', children: <span style={{ whiteSpace: 'pre-wrap' }}>{s.isiRingkas}</span>, span: 'filled' },
        { key: 'urgensi', label: 'Urgensi', children: <UrgensiTag urgensi={s.urgensi} /> },
        { key: 'sifat', label: 'Klasifikasi keamanan', children: <KeamananTag keamanan={s.keamanan} /> },
        {
          key: 'klas',
          label: 'Kode klasifikasi',
          children: s.klasifikasiKode ? <NamaKlasifikasi kode={s.klasifikasiKode} /> : TEKS.kosong,
        },
        { key: 'tujuan', label: 'Tujuan', children: s.tujuan },
        { key: 'lampiran', label: 'Lampiran', children: s.lampiran ?? TEKS.kosong },
        { key: 'media', label: 'Media', children: NAMA_MEDIA[s.media] },
        { key: 'pencatat', label: 'Pencatat', children: s.pencatat ?? TEKS.kosong },
        ...(s.alasanSisipan ? [{ key: 'sisipan', label: 'Alasan sisipan', children: s.alasanSisipan }] : []),
        {
          key: 'berkas',
          label: 'Berkas pindaian',
          span: 'filled' as const,
          children: <BerkasUnduh berkas={s.berkas} kosong="Tidak ada berkas pindaian." />,
        },
      ]}
    />
  );
}
