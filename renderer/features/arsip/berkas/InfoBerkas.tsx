// Owns the particulars of a berkas (reference A.11–A.13, A.17) as a description list: classification,
// period, unit, category, media, where it is kept (active and, once moved, inactive), the retention
// fixed at closing, final disposition and due dates, or why the due dates are not known yet.
import { Alert, Button, Descriptions, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { Link } from 'react-router-dom';
import { NAMA_KATEGORI_ARSIP, NAMA_MEDIA_ARSIP } from '../../../../shared/domain/arsip/nilai.ts';
import { labelLokasiAktif, labelLokasiInaktif } from '../../../../shared/domain/arsip/nomor.ts';
import { formatAngka } from '../../../../shared/format/index.ts';
import { TEKS } from '../../../i18n/id.ts';
import { NamaKlasifikasi } from '../../naskah/KlasifikasiSelect.tsx';
import { KeamananTag } from '../../naskah/tanda.tsx';
import type { BerkasDetail } from '../queries.ts';
import { kurun, namaNasib, tahun, tgl } from '../tanda.tsx';

type Props = { b: BerkasDetail; onPemicu: (() => void) | null };

/** Why the due dates are empty, with the next step. */
export function MenungguAlert({ b, onPemicu }: Props) {
  if (b.menunggu === 'jra')
    return (
      <Alert
        type="warning"
        showIcon
        title="Jatuh tempo belum dapat dihitung: JRA belum memuat kode ini"
        description={
          <>
            JRA yang berlaku tidak memiliki baris untuk kode {b.klasifikasiKode} maupun induknya. Tambahkan barisnya di tab{' '}
            <Link to="/arsip/jra">JRA</Link>; begitu versi itu diberlakukan, retensi dan jatuh tempo berkas ini terisi sendiri.
          </>
        }
      />
    );
  if (b.menunggu === 'pemicu')
    return (
      <Alert
        type="info"
        showIcon
        title="Retensi dihitung sejak peristiwa pemicu"
        description={`Menurut JRA, retensi berkas ini berjalan ${b.pemicu ?? 'sejak peristiwa tertentu'}. Catat tanggal peristiwa itu bila sudah terjadi.`}
        action={
          onPemicu ? (
            <Button size="small" onClick={onPemicu}>
              Catat Tanggal Pemicu
            </Button>
          ) : undefined
        }
      />
    );
  if (b.menunggu === 'tutup')
    return (
      <Alert
        type="info"
        showIcon
        title="Berkas masih terbuka"
        description="Jatuh tempo retensi ditetapkan saat berkas ditutup, dari baris JRA yang berlaku untuk kodenya."
      />
    );
  return null;
}

function lokasiInaktif(b: BerkasDetail): string | null {
  if (b.nomorBoks === null && !b.lokGedung && !b.lokRak && !b.lokRuangInaktif) return null;
  return labelLokasiInaktif({ gedung: b.lokGedung, ruang: b.lokRuangInaktif, rak: b.lokRak, boks: b.nomorBoks, folder: b.nomorFolder });
}

function nasib(b: BerkasDetail) {
  if (!b.penilaian) return namaNasib(b.nasibAkhir);
  const p = b.penilaian;
  return (
    <>
      {namaNasib(b.nasibAkhir)} → <strong>{p.hasil === 'musnah' ? 'Musnah' : 'Permanen'}</strong>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        Penilaian kembali {p.nomorSk}, {tgl(p.tanggal)}
        {p.catatan ? ` — ${p.catatan}` : ''}
      </Typography.Text>
    </>
  );
}

export function InfoBerkas({ b }: { b: BerkasDetail }) {
  const inaktif = lokasiInaktif(b);
  const items: DescriptionsProps['items'] = [
    { key: 'kode', label: 'Kode klasifikasi', children: <NamaKlasifikasi kode={b.klasifikasiKode} /> },
    { key: 'unit', label: 'Unit pengolah', children: b.unitPengolah },
    { key: 'uraian', label: 'Uraian', children: b.uraian, span: 'filled' },
    { key: 'kurun', label: 'Kurun waktu', children: kurun(b.kurunAwal, b.kurunAkhir) },
    { key: 'jumlah', label: 'Jumlah item', children: formatAngka(b.jumlahItem) },
    { key: 'kategori', label: 'Kategori', children: NAMA_KATEGORI_ARSIP[b.kategori] },
    { key: 'media', label: 'Media', children: NAMA_MEDIA_ARSIP[b.media] },
    { key: 'keamanan', label: 'Klasifikasi keamanan', children: <KeamananTag keamanan={b.keamanan} /> },
    { key: 'tutup', label: 'Tanggal tutup', children: tgl(b.tanggalTutup) },
    {
      key: 'aktif',
      label: 'Lokasi aktif',
      children: labelLokasiAktif({ ruang: b.lokRuang, lemari: b.lokLemari, laci: b.lokLaci, folder: b.lokFolder }),
    },
    { key: 'inaktif', label: 'Lokasi inaktif', children: inaktif ?? 'Belum dipindahkan ke unit kearsipan' },
    { key: 'ra', label: 'Retensi aktif', children: tahun(b.retensiAktif) },
    { key: 'ri', label: 'Retensi inaktif', children: tahun(b.retensiInaktif) },
    ...(b.pemicu
      ? [
          { key: 'pemicu', label: 'Peristiwa pemicu', children: b.pemicu },
          { key: 'tglPemicu', label: 'Tanggal pemicu', children: tgl(b.tanggalPemicu) },
        ]
      : []),
    { key: 'nasib', label: 'Nasib akhir', children: nasib(b) },
    { key: 'jta', label: 'Jatuh tempo aktif', children: <strong>{tgl(b.jatuhTempoAktif)}</strong> },
    { key: 'jti', label: 'Jatuh tempo inaktif', children: <strong>{tgl(b.jatuhTempoInaktif)}</strong> },
    ...(b.vital
      ? [
          { key: 'vjenis', label: 'Jenis arsip vital', children: b.vital.jenis ?? TEKS.kosong },
          { key: 'vlindung', label: 'Perlindungan', children: b.vital.perlindungan ?? TEKS.kosong },
          { key: 'vdup', label: 'Lokasi duplikat', children: b.vital.lokasiDuplikat ?? TEKS.kosong },
        ]
      : []),
    ...(b.baMusnah ? [{ key: 'bam', label: 'Berita acara pemusnahan', children: b.baMusnah }] : []),
    ...(b.baSerah ? [{ key: 'bas', label: 'Berita acara penyerahan', children: b.baSerah }] : []),
    ...(b.keterangan ? [{ key: 'ket', label: 'Keterangan', children: b.keterangan, span: 'filled' as const }] : []),
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, lg: 2 }} styles={{ label: { width: 170 } }} items={items} />;
}
