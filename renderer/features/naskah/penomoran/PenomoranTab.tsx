// Owns "Penomoran" (#/naskah/penomoran): the numbering series (administrators add and change them,
// everyone reads), each with its number register, and the holidays that deadlines skip.
import { useState } from 'react';
import { Button, Card, Empty, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { EditOutlined, OrderedListOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { TEKS } from '../../../i18n/id.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { useHak } from '../peran.ts';
import { refreshNaskah, useSeri } from '../queries.ts';
import type { Seri } from '../queries.ts';
import { HariLiburCard } from './HariLiburCard.tsx';
import { SeriModal } from './SeriModal.tsx';
import { jenisSeri, lingkupTeks } from './seri-teks.ts';

export function PenomoranTab() {
  const { admin } = useHak();
  const seri = useSeri();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [ubah, setUbah] = useState<Seri | 'baru' | null>(null);

  const columns: TableColumnsType<Seri> = [
    {
      title: 'Nama seri',
      key: 'nama',
      width: 190,
      render: (_, s) => (
        <>
          {s.nama} {s.aktif ? null : <Tag>Nonaktif</Tag>}
        </>
      ),
    },
    { title: 'Jenis naskah', key: 'jenis', width: 120, render: (_, s) => jenisSeri(s.jenisNaskah) },
    {
      title: 'Pola',
      key: 'pola',
      render: (_, s) => (
        <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
          {s.pola}
        </Typography.Text>
      ),
    },
    { title: 'Kode unit', key: 'unit', width: 80, render: (_, s) => s.kodeUnit ?? TEKS.kosong },
    { title: 'Lingkup pencacah', key: 'lingkup', width: 130, render: (_, s) => lingkupTeks(s.lingkup) },
    {
      title: 'Aksi',
      key: 'aksi',
      width: admin ? 190 : 160,
      render: (_, s) => (
        <Flex gap={6}>
          <Button
            size="small"
            icon={<OrderedListOutlined />}
            onClick={() => navigate(`/naskah/penomoran/${s.id}`)}
            aria-label={`Register Nomor ${s.nama}`}
          >
            Register Nomor
          </Button>
          {admin ? (
            <Tooltip title="Ubah seri">
              <Button size="small" icon={<EditOutlined />} onClick={() => setUbah(s)} aria-label={`Ubah seri ${s.nama}`} />
            </Tooltip>
          ) : null}
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Card
        title="Seri Penomoran"
        extra={
          admin ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setUbah('baru')}>
              Tambah Seri
            </Button>
          ) : (
            <Typography.Text type="secondary">Seri diatur oleh administrator.</Typography.Text>
          )
        }
      >
        {seri.isError ? (
          <ErrorAlert error={seri.error} onRetry={() => void seri.refetch()} />
        ) : (
          <Table<Seri>
            rowKey="id"
            columns={columns}
            dataSource={seri.data}
            loading={seri.isPending}
            pagination={false}
            size="middle"
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <Empty description="Belum ada seri penomoran. Administrator dapat menambahkannya dengan Tambah Seri." /> }}
          />
        )}
      </Card>
      <HariLiburCard />
      {ubah ? (
        <SeriModal
          seri={ubah === 'baru' ? null : ubah}
          onClose={() => setUbah(null)}
          onDone={() => {
            setUbah(null);
            void refreshNaskah(qc);
          }}
        />
      ) : null}
    </Flex>
  );
}
