// Owns "Daftar Berkas" (#/arsip/berkas): every berkas (arsip.list, paged on the server) with search and
// filters by status, year, classification, category and unit; "Buat Berkas" for those who manage.
import { useState } from 'react';
import type { CSSProperties } from 'react';
import { Button, Card, Empty, Flex, Input, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { KATEGORI_ARSIP, NAMA_KATEGORI_ARSIP, NAMA_STATUS_BERKAS, STATUS_BERKAS } from '../../../../shared/domain/arsip/nilai.ts';
import type { KategoriArsip, StatusBerkas } from '../../../../shared/domain/arsip/nilai.ts';
import { formatAngka } from '../../../../shared/format/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { KeamananTag } from '../../naskah/tanda.tsx';
import { KlasifikasiSelect } from '../../naskah/KlasifikasiSelect.tsx';
import { useUnits } from '../../naskah/UnitSelect.tsx';
import { pilihanTahun } from '../../naskah/waktu.ts';
import { useHakArsip } from '../peran.ts';
import { refreshArsip, useBerkasList } from '../queries.ts';
import type { BerkasRingkas, FilterBerkas } from '../queries.ts';
import { KategoriTag, StatusBerkasTag, kurun, nomorBerkas, tgl } from '../tanda.tsx';
import { BerkasFormModal } from './BerkasFormModal.tsx';

/** Read by screen readers, not drawn: the label of a filter whose placeholder already says what it is. */
const TERSEMBUNYI: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};

const kecil = (teks: string) => (
  <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
    {teks}
  </Typography.Text>
);

const columns: TableColumnsType<BerkasRingkas> = [
  {
    title: 'No. berkas',
    key: 'nomor',
    width: 170,
    render: (_, b) => (
      <>
        <Link to={`/arsip/berkas/${b.id}`} onClick={(e) => e.stopPropagation()}>
          <strong>{nomorBerkas(b)}</strong>
        </Link>
        {kecil(b.unitPengolah)}
      </>
    ),
  },
  {
    title: 'Uraian',
    key: 'uraian',
    minWidth: 180,
    render: (_, b) => (
      <>
        {b.bolehDibuka ? <div>{b.uraian}</div> : <Typography.Text type="secondary">{b.uraian}</Typography.Text>}
        <KategoriTag kategori={b.kategori} />
      </>
    ),
  },
  { title: 'Kurun waktu', key: 'kurun', width: 160, render: (_, b) => kurun(b.kurunAwal, b.kurunAkhir) },
  { title: 'Item', key: 'item', width: 56, align: 'right', render: (_, b) => formatAngka(b.jumlahItem) },
  {
    title: 'Status',
    key: 'status',
    width: 140,
    render: (_, b) => (
      <Flex vertical gap={4} align="flex-start">
        <StatusBerkasTag status={b.status} />
        <KeamananTag keamanan={b.keamanan} />
      </Flex>
    ),
  },
  {
    title: 'Lokasi',
    key: 'lokasi',
    width: 160,
    render: (_, b) => (b.lokasi === '-' ? <Typography.Text type="secondary">Belum dicatat</Typography.Text> : b.lokasi),
  },
  {
    title: 'Jatuh tempo',
    key: 'tempo',
    width: 170,
    render: (_, b) =>
      b.jatuhTempoAktif || b.jatuhTempoInaktif ? (
        <>
          <div>Aktif: {tgl(b.jatuhTempoAktif)}</div>
          {kecil(`Inaktif: ${tgl(b.jatuhTempoInaktif)}`)}
        </>
      ) : (
        <Typography.Text type="secondary">{b.status === 'aktif' ? 'Dihitung saat ditutup' : 'Belum dapat dihitung'}</Typography.Text>
      ),
  },
];

export function DaftarBerkas() {
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { kelola } = useHakArsip();
  const units = useUnits();
  const [f, setF] = useState<FilterBerkas>({});
  const [hal, setHal] = useState({ current: 1, pageSize: 50 });
  const [buat, setBuat] = useState(false);
  const list = useBerkasList(f, hal.current, hal.pageSize);
  const saring = (ubah: Partial<FilterBerkas>) => {
    setF((x) => ({ ...x, ...ubah }));
    setHal((h) => ({ ...h, current: 1 }));
  };
  const tersaring = Object.values(f).some((v) => v !== undefined && !(Array.isArray(v) && v.length === 0));
  const kosong = tersaring
    ? 'Tidak ada berkas yang cocok dengan pencarian atau saringan ini.'
    : kelola
      ? 'Belum ada berkas. Klik Buat Berkas, atau berkaskan naskah dari tab Belum Diberkaskan.'
      : 'Belum ada berkas arsip.';

  return (
    <Card>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label="Cari berkas"
          placeholder="Cari uraian atau kode…"
          allowClear
          maxLength={200}
          style={{ width: 240 }}
          onSearch={(v) => saring({ q: v.trim() || undefined })}
        />
        <Select<StatusBerkas[]>
          aria-label="Status berkas"
          mode="multiple"
          placeholder="Semua status"
          allowClear
          maxTagCount="responsive"
          value={f.status ?? []}
          style={{ width: 220 }}
          options={STATUS_BERKAS.map((s) => ({ value: s, label: NAMA_STATUS_BERKAS[s] }))}
          onChange={(v) => saring({ status: v.length ? v : undefined })}
        />
        <Select<number | undefined>
          aria-label="Tahun berkas"
          placeholder="Semua tahun"
          allowClear
          value={f.tahun}
          options={pilihanTahun()}
          style={{ width: 130 }}
          onChange={(v) => saring({ tahun: v })}
        />
        <Select<KategoriArsip | undefined>
          aria-label="Kategori arsip"
          placeholder="Semua kategori"
          allowClear
          value={f.kategori}
          style={{ width: 150 }}
          options={KATEGORI_ARSIP.map((k) => ({ value: k, label: NAMA_KATEGORI_ARSIP[k] }))}
          onChange={(v) => saring({ kategori: v })}
        />
        <div style={{ width: 280 }}>
          <label htmlFor="saringKlasifikasi" style={TERSEMBUNYI}>
            Saring kode klasifikasi
          </label>
          <KlasifikasiSelect
            id="saringKlasifikasi"
            value={f.klasifikasiKode ?? null}
            onChange={(v) => saring({ klasifikasiKode: v ?? undefined })}
          />
        </div>
        <Select<string | undefined>
          aria-label="Saring unit pengolah"
          placeholder="Semua unit pengolah"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={f.unitPengolah}
          style={{ width: 230 }}
          options={(units.data ?? []).map((u) => ({ value: u.nama, label: u.nama }))}
          onChange={(v) => saring({ unitPengolah: v })}
        />
        <div style={{ flex: 1 }} />
        {kelola ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setBuat(true)}>
            Buat Berkas
          </Button>
        ) : null}
      </Flex>
      {list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<BerkasRingkas>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          size="middle"
          scroll={{ x: 1040 }}
          onRow={(b) => ({ onClick: () => navigate(`/arsip/berkas/${b.id}`), style: { cursor: 'pointer' } })}
          locale={{ emptyText: <Empty description={kosong} /> }}
          pagination={{
            current: hal.current,
            pageSize: hal.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (t, [a, b]) => `${formatAngka(a)}–${formatAngka(b)} dari ${formatAngka(t)} berkas`,
            onChange: (current, pageSize) => setHal({ current: pageSize === hal.pageSize ? current : 1, pageSize }),
          }}
        />
      )}
      {buat ? (
        <BerkasFormModal
          berkas={null}
          onClose={() => setBuat(false)}
          onDone={(b) => {
            setBuat(false);
            void refreshArsip(qc);
            navigate(`/arsip/berkas/${b.id}`);
          }}
        />
      ) : null}
    </Card>
  );
}
