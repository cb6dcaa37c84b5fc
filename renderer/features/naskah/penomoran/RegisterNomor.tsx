// Owns "Register Nomor" (#/naskah/penomoran/:seriId): every number of a series in a year with its status,
// and the gap report (every missing number explained); "Ambil Nomor", "Nomor Sisipan", "Batalkan Nomor".
import { useState } from 'react';
import { Alert, Button, Card, Empty, Flex, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { call } from '../../../lib/api.ts';
import { TEKS } from '../../../i18n/id.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { BlockLoading } from '../../../ui/Loading.tsx';
import { AlasanModal } from '../AlasanModal.tsx';
import { useHak } from '../peran.ts';
import { refreshNaskah, useRegister, useSeri } from '../queries.ts';
import type { Register } from '../queries.ts';
import { pilihanTahun, tahunIni, tanggal } from '../waktu.ts';
import { CelahCard, StatusNomorTag } from './CelahCard.tsx';
import { NomorModal } from './NomorModal.tsx';
import type { HasilNomor } from './NomorModal.tsx';
import { jenisSeri, naskahTautan } from './seri-teks.ts';

type Nomor = Register['nomor'][number];

export function RegisterNomor() {
  const seriId = Number(useParams().seriId);
  const seri = useSeri();
  const { operator } = useHak();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [tahun, setTahun] = useState(tahunIni());
  const reg = useRegister(seriId, tahun);
  const [dialog, setDialog] = useState<'ambil' | 'sisipan' | Nomor | null>(null);
  const [terakhir, setTerakhir] = useState<string | null>(null);
  const s = seri.data?.find((x) => x.id === seriId);

  if (seri.isPending) return <BlockLoading />;
  if (seri.isError) return <ErrorAlert error={seri.error} onRetry={() => void seri.refetch()} />;
  if (!s) return <Alert type="warning" showIcon title="Seri penomoran tidak ditemukan." />;

  const selesai = (pesan: string) => {
    setDialog(null);
    setTerakhir(pesan);
    void refreshNaskah(qc);
  };
  const columns: TableColumnsType<Nomor> = [
    {
      title: 'Nomor',
      key: 'nomor',
      render: (_, n) => (
        <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
          {n.nomor}
        </Typography.Text>
      ),
    },
    { title: 'Tanggal', key: 'tanggal', width: 160, render: (_, n) => tanggal(n.tanggal) },
    { title: 'Status', key: 'status', width: 110, render: (_, n) => <StatusNomorTag s={n.status} /> },
    {
      title: 'Naskah',
      key: 'naskah',
      render: (_, n) => {
        const t = naskahTautan(n.naskah);
        return t ? t.ke ? <Link to={t.ke}>{t.teks}</Link> : t.teks : TEKS.kosong;
      },
    },
    { title: 'Alasan', key: 'alasan', render: (_, n) => n.alasan ?? TEKS.kosong },
    ...(operator
      ? [
          {
            title: 'Aksi',
            key: 'aksi',
            width: 150,
            // A number carried by a signed naskah stays with it; only booked or manually taken numbers are cancelled here.
            render: (_: unknown, n: Nomor) =>
              n.status === 'batal' || naskahTautan(n.naskah)?.ke ? null : (
                <Button size="small" danger onClick={() => setDialog(n)} aria-label={`Batalkan nomor ${n.nomor}`}>
                  Batalkan Nomor
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={16}>
      <Card title={`Register Nomor: ${s.nama}`}>
        <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/naskah/penomoran')}>
            Seri penomoran
          </Button>
          <Select aria-label="Tahun register" value={tahun} options={pilihanTahun()} onChange={setTahun} style={{ width: 110 }} />
          <div style={{ flex: 1 }} />
          {operator ? (
            <>
              <Button icon={<PlusOutlined />} onClick={() => setDialog('sisipan')}>
                Nomor Sisipan
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('ambil')}>
                Ambil Nomor
              </Button>
            </>
          ) : null}
        </Flex>
        <Typography.Paragraph type="secondary">
          {jenisSeri(s.jenisNaskah)} · pola <Typography.Text code>{s.pola}</Typography.Text> · nomor tidak pernah dipakai ulang; nomor batal
          tetap tercatat dengan alasannya.
        </Typography.Paragraph>
        {terakhir ? (
          <Alert type="success" showIcon closable={{ onClose: () => setTerakhir(null) }} title={terakhir} style={{ marginBottom: 12 }} />
        ) : null}
        {reg.isError ? (
          <ErrorAlert error={reg.error} onRetry={() => void reg.refetch()} />
        ) : (
          <Table<Nomor>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={reg.data?.nomor}
            loading={reg.isFetching}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 900 }}
            locale={{ emptyText: <Empty description={`Belum ada nomor dari seri ini pada tahun ${tahun}.`} /> }}
          />
        )}
      </Card>
      <CelahCard celah={reg.data?.celah} loading={reg.isFetching} />
      {dialog === 'ambil' || dialog === 'sisipan' ? (
        <NomorModal
          seri={s}
          sisipan={dialog === 'sisipan'}
          onClose={() => setDialog(null)}
          onDone={(r: HasilNomor) => selesai(`Nomor ${r.nomor} tercatat di register.`)}
        />
      ) : null}
      {dialog !== null && typeof dialog === 'object' ? (
        <AlasanModal
          judul={`Batalkan Nomor ${dialog.nomor}`}
          label="Alasan pembatalan"
          okText="Batalkan Nomor"
          minimal={10}
          bahaya
          keterangan="Nomor yang dibatalkan tidak dipakai ulang dan tetap tercatat dengan alasannya di laporan celah."
          onClose={() => setDialog(null)}
          onKirim={async (alasan) => {
            await call('penomoran.cancel', { registerId: dialog.id, alasan: alasan ?? '' });
            selesai(`Nomor ${dialog.nomor} dibatalkan.`);
          }}
        />
      ) : null}
    </Flex>
  );
}
