// Owns "Pemusnahan dan Penyerahan" (#/arsip/penyusutan): every proposal to destroy inactive berkas or
// hand static ones to the lembaga kearsipan (penyusutan.list), its kind, step, approver and dates.
import { useState } from 'react';
import { Button, Card, Empty, Flex, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { JENIS_PENYUSUTAN, NAMA_PERSETUJUAN_OLEH, STATUS_PENYUSUTAN } from '../../../../shared/domain/arsip/nilai.ts';
import type { JenisPenyusutan, StatusPenyusutan } from '../../../../shared/domain/arsip/nilai.ts';
import { formatAngka } from '../../../../shared/format/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { NAMA_JENIS_PENYUSUTAN, NAMA_STATUS_PENYUSUTAN, tanggal } from './nama.ts';
import { usePenyusutanList } from './queries.ts';
import type { PenyusutanRingkas } from './queries.ts';
import { JenisPenyusutanTag, StatusPenyusutanTag } from './tanda.tsx';

const columns: TableColumnsType<PenyusutanRingkas> = [
  {
    title: 'Nomor usul',
    key: 'id',
    width: 110,
    render: (_, p) => (
      <Link to={`/arsip/penyusutan/${p.id}`} onClick={(e) => e.stopPropagation()}>
        <strong>#{p.id}</strong>
      </Link>
    ),
  },
  { title: 'Jenis', key: 'jenis', width: 200, render: (_, p) => <JenisPenyusutanTag jenis={p.jenis} /> },
  { title: 'Status', key: 'status', width: 170, render: (_, p) => <StatusPenyusutanTag status={p.status} /> },
  { title: 'Jumlah berkas', key: 'jumlah', width: 130, align: 'right', render: (_, p) => formatAngka(p.jumlahBerkas) },
  { title: 'Persetujuan oleh', key: 'oleh', render: (_, p) => NAMA_PERSETUJUAN_OLEH[p.persetujuanOleh] },
  { title: 'Diusulkan', key: 'tgl', width: 170, render: (_, p) => tanggal(p.createdAt) },
];

export function PenyusutanPage() {
  const navigate = useNavigate();
  const list = usePenyusutanList();
  const [jenis, setJenis] = useState<JenisPenyusutan | undefined>();
  const [status, setStatus] = useState<StatusPenyusutan | undefined>();
  const data = (list.data ?? []).filter((p) => (!jenis || p.jenis === jenis) && (!status || p.status === status));
  const kosong =
    jenis || status
      ? 'Tidak ada usulan yang cocok dengan saringan.'
      : 'Belum ada usulan pemusnahan atau penyerahan. Usulkan dari tab Retensi: berkas inaktif yang retensi inaktifnya telah habis, bernasib akhir musnah untuk pemusnahan atau permanen untuk penyerahan.';
  return (
    <Card>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <Select<JenisPenyusutan | undefined>
          aria-label="Jenis usulan"
          placeholder="Semua jenis"
          allowClear
          value={jenis}
          style={{ width: 220 }}
          options={JENIS_PENYUSUTAN.map((j) => ({ value: j, label: NAMA_JENIS_PENYUSUTAN[j] }))}
          onChange={setJenis}
        />
        <Select<StatusPenyusutan | undefined>
          aria-label="Status usulan"
          placeholder="Semua status"
          allowClear
          value={status}
          style={{ width: 200 }}
          options={STATUS_PENYUSUTAN.map((s) => ({ value: s, label: NAMA_STATUS_PENYUSUTAN[s] }))}
          onChange={setStatus}
        />
        <Typography.Text type="secondary">Setiap langkah menunggu dokumen langkah sebelumnya ditandatangani Pimpinan.</Typography.Text>
      </Flex>
      {list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<PenyusutanRingkas>
          rowKey="id"
          columns={columns}
          dataSource={data}
          loading={list.isFetching}
          size="middle"
          scroll={{ x: 900 }}
          onRow={(p) => ({ onClick: () => navigate(`/arsip/penyusutan/${p.id}`), style: { cursor: 'pointer' } })}
          locale={{
            emptyText: (
              <Empty description={kosong}>
                {jenis || status ? null : <Button onClick={() => navigate('/arsip/retensi')}>Buka Retensi</Button>}
              </Empty>
            ),
          }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (t) => `${formatAngka(t)} usulan` }}
        />
      )}
    </Card>
  );
}
