// Owns "Agenda Surat Masuk" (#/naskah/masuk): the year's incoming letters (suratMasuk.list, paged on the
// server) with search, year and status filters; "Catat Surat Masuk" for the operator and administrator.
import { useState } from 'react';
import { Button, Card, Empty, Flex, Input, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { NAMA_JENIS_NASKAH } from '../../../../shared/domain/naskah/surat.ts';
import { formatAngka } from '../../../../shared/format/index.ts';
import { NAMA_STATUS_SURAT } from '../../../i18n/id.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { useHak } from '../peran.ts';
import { useSuratMasukList } from '../queries.ts';
import type { SuratRingkas } from '../queries.ts';
import { KeamananTag, StatusSuratTag, UrgensiTag } from '../tanda.tsx';
import { pilihanTahun, tahunIni, tanggal, waktu } from '../waktu.ts';

type Status = keyof typeof NAMA_STATUS_SURAT;

const dua = (atas: string, bawah: string) => (
  <>
    <div>{atas}</div>
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {bawah}
    </Typography.Text>
  </>
);

const columns: TableColumnsType<SuratRingkas> = [
  {
    title: 'No. agenda',
    key: 'agenda',
    width: 100,
    render: (_, s) => (
      <Link to={`/naskah/masuk/${s.id}`} onClick={(e) => e.stopPropagation()}>
        <strong>{s.nomorAgenda}</strong>
      </Link>
    ),
  },
  { title: 'Diterima', key: 'diterima', width: 120, render: (_, s) => waktu(s.diterimaPada) },
  { title: 'Asal', dataIndex: 'asalInstansi', key: 'asal', width: 170 },
  { title: 'Nomor & tanggal surat', key: 'nomor', width: 180, render: (_, s) => dua(s.nomorNaskah, tanggal(s.tanggalNaskah)) },
  { title: 'Hal', key: 'hal', render: (_, s) => dua(s.hal, NAMA_JENIS_NASKAH[s.jenisNaskah]) },
  {
    title: 'Urgensi / sifat',
    key: 'urgensi',
    width: 130,
    render: (_, s) => (
      <Flex vertical gap={4} align="flex-start">
        <UrgensiTag urgensi={s.urgensi} />
        <KeamananTag keamanan={s.keamanan} />
      </Flex>
    ),
  },
  { title: 'Status', key: 'status', width: 110, render: (_, s) => <StatusSuratTag status={s.status} /> },
];

export function AgendaMasuk() {
  const navigate = useNavigate();
  const { operator } = useHak();
  const [tahun, setTahun] = useState(tahunIni());
  const [status, setStatus] = useState<Status | undefined>();
  const [q, setQ] = useState('');
  const [hal, setHal] = useState({ current: 1, pageSize: 20 });
  const list = useSuratMasukList({ tahun, status, q: q || undefined, halaman: hal.current, ukuran: hal.pageSize });
  const ulang = () => setHal((h) => ({ ...h, current: 1 }));
  const kosong =
    q || status
      ? 'Tidak ada surat masuk yang cocok dengan pencarian atau saringan ini.'
      : `Belum ada surat masuk tahun ${tahun}.${operator ? ' Klik Catat Surat Masuk.' : ''}`;

  return (
    <Card>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label="Cari surat masuk"
          placeholder="Cari hal, asal, nomor surat…"
          allowClear
          maxLength={200}
          style={{ width: 300 }}
          onSearch={(v) => {
            setQ(v.trim());
            ulang();
          }}
        />
        <Select
          aria-label="Tahun agenda"
          value={tahun}
          options={pilihanTahun()}
          style={{ width: 110 }}
          onChange={(v) => {
            setTahun(v);
            ulang();
          }}
        />
        <Select<Status | undefined>
          aria-label="Status surat"
          placeholder="Semua status"
          allowClear
          value={status}
          style={{ width: 160 }}
          options={(Object.keys(NAMA_STATUS_SURAT) as Status[]).map((s) => ({ value: s, label: NAMA_STATUS_SURAT[s] }))}
          onChange={(v) => {
            setStatus(v);
            ulang();
          }}
        />
        <div style={{ flex: 1 }} />
        {operator ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/naskah/masuk/baru')}>
            Catat Surat Masuk
          </Button>
        ) : null}
      </Flex>
      {list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<SuratRingkas>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          size="middle"
          scroll={{ x: 1000 }}
          onRow={(s) => ({ onClick: () => navigate(`/naskah/masuk/${s.id}`), style: { cursor: 'pointer' } })}
          locale={{ emptyText: <Empty description={kosong} /> }}
          pagination={{
            current: hal.current,
            pageSize: hal.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (t, [a, b]) => `${formatAngka(a)}–${formatAngka(b)} dari ${formatAngka(t)} surat`,
            onChange: (current, pageSize) => setHal({ current: pageSize === hal.pageSize ? current : 1, pageSize }),
          }}
        />
      )}
    </Card>
  );
}
