// Owns "Naskah Keluar" (#/naskah/keluar): outgoing naskah by status (naskahKeluar.list, paged on the
// server), the number once signed; "Buat Naskah" opens the editor.
import { useState } from 'react';
import { Button, Card, Empty, Flex, Input, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { NAMA_JENIS_NASKAH } from '../../../../shared/domain/naskah/surat.ts';
import { NAMA_STATUS_NASKAH, STATUS_NASKAH_KELUAR } from '../../../../shared/domain/naskah/keluar.ts';
import type { StatusNaskahKeluar } from '../../../../shared/domain/naskah/keluar.ts';
import { formatAngka } from '../../../../shared/format/index.ts';
import { TEKS } from '../../../i18n/id.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { useHak } from '../peran.ts';
import { useNaskahList } from '../queries.ts';
import type { NaskahRingkas } from '../queries.ts';
import { StatusNaskahTag } from '../tanda.tsx';
import { tanggal } from '../waktu.ts';

const columns: TableColumnsType<NaskahRingkas> = [
  {
    title: 'Nomor',
    key: 'nomor',
    width: 210,
    render: (_, n) => (
      <Link to={`/naskah/keluar/${n.id}`} onClick={(e) => e.stopPropagation()}>
        {n.nomor ? <strong>{n.nomor}</strong> : TEKS.kosong}
      </Link>
    ),
  },
  {
    title: 'Hal',
    key: 'hal',
    render: (_, n) => (
      <>
        <div>{n.hal}</div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {NAMA_JENIS_NASKAH[n.jenis]}
        </Typography.Text>
      </>
    ),
  },
  { title: 'Status', key: 'status', width: 160, render: (_, n) => <StatusNaskahTag status={n.status} /> },
  {
    title: 'Penanda tangan / konseptor',
    key: 'orang',
    width: 220,
    render: (_, n) => (
      <>
        <div>{n.penandatangan}</div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          Konseptor: {n.konseptor}
        </Typography.Text>
      </>
    ),
  },
  { title: 'Tanggal', key: 'tanggal', width: 140, render: (_, n) => tanggal(n.tanggal) },
];

export function NaskahKeluarList() {
  const navigate = useNavigate();
  const { penyusun } = useHak();
  const [status, setStatus] = useState<StatusNaskahKeluar | undefined>();
  const [hal, setHal] = useState({ current: 1, pageSize: 20 });
  const [q, setQ] = useState<string | undefined>();
  const list = useNaskahList({ status, q, halaman: hal.current, ukuran: hal.pageSize });
  const kosong = status
    ? `Tidak ada naskah berstatus ${NAMA_STATUS_NASKAH[status]}.`
    : `Belum ada naskah keluar.${penyusun ? ' Klik Buat Naskah untuk menyusun konsep.' : ''}`;

  return (
    <Card>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label="Cari naskah keluar"
          placeholder="Cari hal atau nomor…"
          allowClear
          style={{ width: 260 }}
          onSearch={(v) => {
            setQ(v.trim() || undefined);
            setHal((h) => ({ ...h, current: 1 }));
          }}
        />
        <Select<StatusNaskahKeluar | undefined>
          aria-label="Status naskah"
          placeholder="Semua status"
          allowClear
          value={status}
          style={{ width: 220 }}
          options={STATUS_NASKAH_KELUAR.map((s) => ({ value: s, label: NAMA_STATUS_NASKAH[s] }))}
          onChange={(v) => {
            setStatus(v);
            setHal((h) => ({ ...h, current: 1 }));
          }}
        />
        <Typography.Text type="secondary">Nomor naskah diberikan otomatis saat ditandatangani.</Typography.Text>
        <div style={{ flex: 1 }} />
        {penyusun ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/naskah/keluar/baru')}>
            Buat Naskah
          </Button>
        ) : null}
      </Flex>
      {list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<NaskahRingkas>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          size="middle"
          scroll={{ x: 1000 }}
          onRow={(n) => ({ onClick: () => navigate(`/naskah/keluar/${n.id}`), style: { cursor: 'pointer' } })}
          locale={{ emptyText: <Empty description={kosong} /> }}
          pagination={{
            current: hal.current,
            pageSize: hal.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (t, [a, b]) => `${formatAngka(a)}–${formatAngka(b)} dari ${formatAngka(t)} naskah`,
            onChange: (current, pageSize) => setHal({ current: pageSize === hal.pageSize ? current : 1, pageSize }),
          }}
        />
      )}
    </Card>
  );
}
