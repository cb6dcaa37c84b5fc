// Owns the table of the berkas in one pemindahan or penyusutan: label (kode/nomor/tahun) linking to
// the berkas, uraian, kurun waktu, jumlah item, nomor boks and lokasi; callers may add columns.
import { Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { formatAngka } from '../../../../shared/format/index.ts';
import { TEKS } from '../../../i18n/id.ts';
import type { BerkasProses } from './queries.ts';
import { tanggal } from './nama.ts';

export const labelBerkas = (b: Pick<BerkasProses, 'klasifikasiKode' | 'nomorBerkas' | 'tahun'>) =>
  `${b.klasifikasiKode}/${b.nomorBerkas}/${b.tahun}`;

function Kurun({ b }: { b: BerkasProses }) {
  if (!b.kurunAwal) return <>{TEKS.kosong}</>;
  const awal = b.kurunAwal.slice(0, 4);
  const akhir = (b.kurunAkhir ?? b.kurunAwal).slice(0, 4);
  return (
    <Tooltip title={`${tanggal(b.kurunAwal)} – ${tanggal(b.kurunAkhir ?? b.kurunAwal)}`}>
      <span>{awal === akhir ? awal : `${awal}–${akhir}`}</span>
    </Tooltip>
  );
}

export function kolomBerkas<T extends BerkasProses>(tanpaBoks = false): TableColumnsType<T> {
  const kolom: TableColumnsType<T> = [
    {
      title: 'Berkas',
      key: 'label',
      width: 150,
      render: (_, b) => (
        <>
          <Link to={`/arsip/berkas/${b.id}`}>
            <strong>{labelBerkas(b)}</strong>
          </Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {b.unitPengolah}
            </Typography.Text>
          </div>
        </>
      ),
    },
    {
      title: 'Uraian informasi',
      key: 'uraian',
      render: (_, b) => (b.bolehDibuka ? b.uraian : <Typography.Text type="secondary">{b.uraian}</Typography.Text>),
    },
    { title: 'Kurun waktu', key: 'kurun', width: 100, render: (_, b) => <Kurun b={b} /> },
    { title: 'Jumlah item', key: 'jumlah', width: 100, align: 'right', render: (_, b) => formatAngka(b.jumlahItem) },
    { title: 'No. boks', key: 'boks', width: 90, align: 'right', render: (_, b) => b.nomorBoks ?? TEKS.kosong },
    { title: 'Lokasi', key: 'lokasi', width: 200, render: (_, b) => b.lokasi || TEKS.kosong },
  ];
  return tanpaBoks ? kolom.filter((k) => k.key !== 'boks') : kolom;
}

type Props<T extends BerkasProses> = {
  berkas: T[];
  ekstra?: TableColumnsType<T>;
  /** Every row on one page (a form in the rows must see them all). */
  semua?: boolean;
  /** Before the Berita Acara no berkas has a definitive box. */
  tanpaBoks?: boolean;
};

export function BerkasTable<T extends BerkasProses>({ berkas, ekstra = [], semua, tanpaBoks }: Props<T>) {
  return (
    <Table<T>
      rowKey="id"
      columns={[...kolomBerkas<T>(tanpaBoks), ...ekstra]}
      dataSource={berkas}
      size="small"
      scroll={{ x: 900 }}
      pagination={!semua && berkas.length > 20 ? { pageSize: 20, showTotal: (t) => `${formatAngka(t)} berkas` } : false}
    />
  );
}
