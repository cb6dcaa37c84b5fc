// Owns "JRA" (#/arsip/jra): the versions of the Jadwal Retensi Arsip (jra.list) and the rows of the one
// chosen. A draft is edited (rows added, changed, removed, imported from Excel) and then made valid from
// a date, which retires the version in force; a valid version is changed through a copy. SATU ships no
// retention values: the office enters the ministry's JRA.
import { useState } from 'react';
import { Alert, Button, Card, Empty, Flex, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import {
  CheckCircleOutlined,
  CopyOutlined,
  DeleteOutlined,
  EditOutlined,
  FileExcelOutlined,
  PlusOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { NAMA_NASIB_AKHIR } from '../../../../shared/domain/arsip/nilai.ts';
import { call } from '../../../lib/api.ts';
import { base64ToBytes, saveBlob } from '../../../lib/download.ts';
import { useNotify } from '../../../lib/use-notify.ts';
import { TEKS } from '../../../i18n/id.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { BlockLoading } from '../../../ui/Loading.tsx';
import { KeamananTag } from '../../naskah/tanda.tsx';
import { TanggalModal } from '../berkas/TanggalModal.tsx';
import { useHakArsip } from '../peran.ts';
import { refreshArsip, useJra } from '../queries.ts';
import type { JraBaris, JraVersi } from '../queries.ts';
import { tgl } from '../tanda.tsx';
import { BarisModal } from './BarisModal.tsx';
import { ImporModal } from './ImporModal.tsx';
import { VersiModal } from './VersiModal.tsx';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type Dialog =
  { kind: 'versi'; salin: JraVersi | null } | { kind: 'baris'; baris: JraBaris | null } | { kind: 'berlaku' } | { kind: 'impor' } | null;

export function StatusVersiTag({ v }: { v: JraVersi }) {
  if (v.status === 'berlaku') return <Tag color="green">Berlaku sejak {tgl(v.berlakuMulai)}</Tag>;
  if (v.status === 'dicabut') return <Tag>Dicabut</Tag>;
  return <Tag color="orange">Draf</Tag>;
}

const BANNER = (
  <Alert
    type="warning"
    showIcon
    title="Isi JRA ini dari JRA yang ditetapkan kementerian; SATU tidak menyertakan nilai retensi bawaan."
    description="Retensi aktif dan inaktif, peristiwa pemicu dan nasib akhir setiap kode klasifikasi disalin dari JRA resmi (fasilitatif dan substantif) yang berlaku bagi kantor ini. Berkas mengambil nilainya dari versi yang berlaku saat berkas ditutup."
  />
);

export function JraTab() {
  const { kelola } = useHakArsip();
  const qc = useQueryClient();
  const notify = useNotify();
  const [versiId, setVersiId] = useState<number | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const jra = useJra(versiId);
  const hapus = useMutation({
    mutationFn: (id: number) => call('jra.remove', { id }),
    onSuccess: () => {
      notify.success('Baris JRA dihapus.');
      void refreshArsip(qc);
    },
    onError: (e) => notify.error(e),
  });
  const ekspor = useMutation({
    mutationFn: (id: number) => call('jra.export', { versiId: id }),
    onSuccess: (x) => saveBlob(x.nama, new Blob([base64ToBytes(x.xlsxBase64)], { type: XLSX })),
    onError: (e) => notify.error(e),
  });

  if (jra.isPending) return <BlockLoading />;
  if (jra.isError) return <ErrorAlert error={jra.error} onRetry={() => void jra.refetch()} />;
  const { versi, dipilih, baris } = jra.data;
  const v = versi.find((x) => x.id === dipilih) ?? null;
  const draf = kelola && v?.status === 'draf';
  const selesai = (pindahKe?: number) => {
    setDialog(null);
    if (pindahKe) setVersiId(pindahKe);
    void refreshArsip(qc);
  };

  const columns: TableColumnsType<JraBaris> = [
    { title: 'Kode', dataIndex: 'klasifikasiKode', key: 'kode', width: 110, render: (k: string) => <strong>{k}</strong> },
    { title: 'Uraian klasifikasi', key: 'nama', render: (_, r) => r.klasifikasiNama ?? TEKS.kosong },
    { title: 'Aktif', key: 'ra', width: 80, align: 'right', render: (_, r) => `${r.retensiAktif} th` },
    { title: 'Inaktif', key: 'ri', width: 80, align: 'right', render: (_, r) => `${r.retensiInaktif} th` },
    {
      title: 'Pemicu',
      key: 'pemicu',
      width: 200,
      render: (_, r) => r.pemicu ?? <Typography.Text type="secondary">Sejak ditutup</Typography.Text>,
    },
    { title: 'Nasib akhir', key: 'nasib', width: 130, render: (_, r) => NAMA_NASIB_AKHIR[r.nasibAkhir] },
    { title: 'Keamanan', key: 'keamanan', width: 120, render: (_, r) => <KeamananTag keamanan={r.keamanan} /> },
    ...(draf
      ? [
          {
            title: 'Aksi',
            key: 'aksi',
            width: 110,
            render: (_: unknown, r: JraBaris) => (
              <Flex gap={4}>
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  aria-label={`Ubah ${r.klasifikasiKode}`}
                  onClick={() => setDialog({ kind: 'baris', baris: r })}
                />
                <Popconfirm
                  title={`Hapus baris ${r.klasifikasiKode}?`}
                  okText="Hapus"
                  cancelText="Batal"
                  onConfirm={() => hapus.mutate(r.id)}
                >
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`Hapus ${r.klasifikasiKode}`}
                    loading={hapus.isPending && hapus.variables === r.id}
                  />
                </Popconfirm>
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={16}>
      {BANNER}
      <Card>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          {versi.length > 0 ? (
            <Select<number>
              aria-label="Versi JRA"
              value={dipilih ?? undefined}
              style={{ minWidth: 360 }}
              onChange={setVersiId}
              options={versi.map((x) => ({ value: x.id, label: x.nama, versi: x }))}
              optionRender={(o) => (
                <Flex justify="space-between" gap={8}>
                  <span>{o.data.versi.nama}</span>
                  <StatusVersiTag v={o.data.versi} />
                </Flex>
              )}
            />
          ) : null}
          {v ? <StatusVersiTag v={v} /> : null}
          {v ? <Typography.Text type="secondary">{`${v.jumlah} baris${v.dasar ? ` · ${v.dasar}` : ''}`}</Typography.Text> : null}
          <div style={{ flex: 1 }} />
          {v ? (
            <Button icon={<FileExcelOutlined />} loading={ekspor.isPending} onClick={() => ekspor.mutate(v.id)}>
              Ekspor Excel
            </Button>
          ) : null}
          {kelola ? (
            <>
              <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'versi', salin: null })}>
                Versi Baru
              </Button>
              {v ? (
                <Button icon={<CopyOutlined />} onClick={() => setDialog({ kind: 'versi', salin: v })}>
                  Versi Baru (salin)
                </Button>
              ) : null}
            </>
          ) : null}
        </Flex>
        {draf ? (
          <Flex gap={8} wrap style={{ marginBottom: 16 }}>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'baris', baris: null })}>
              Tambah Baris
            </Button>
            <Button icon={<UploadOutlined />} onClick={() => setDialog({ kind: 'impor' })}>
              Impor Excel
            </Button>
            <Button icon={<CheckCircleOutlined />} disabled={baris.length === 0} onClick={() => setDialog({ kind: 'berlaku' })}>
              Berlakukan
            </Button>
          </Flex>
        ) : null}
        {v === null ? (
          <Empty
            description={
              kelola
                ? 'Belum ada JRA. Klik Versi Baru, lalu isi barisnya dari JRA yang ditetapkan kementerian atau impor dari Excel.'
                : 'Belum ada JRA. Operator Persuratan atau Administrator mengisinya dari JRA yang ditetapkan kementerian.'
            }
          />
        ) : (
          <Table<JraBaris>
            rowKey="id"
            columns={columns}
            dataSource={baris}
            loading={jra.isFetching}
            size="small"
            scroll={{ x: 1000, y: 600 }}
            virtual
            pagination={false}
            locale={{
              emptyText: (
                <Empty
                  description={draf ? 'Draf ini belum berisi baris. Klik Tambah Baris atau Impor Excel.' : 'Versi ini tidak berisi baris.'}
                />
              ),
            }}
          />
        )}
      </Card>
      {dialog?.kind === 'versi' ? (
        <VersiModal salinDari={dialog.salin} onClose={() => setDialog(null)} onDone={(x) => selesai(x.id)} />
      ) : null}
      {dialog?.kind === 'baris' && v ? (
        <BarisModal versiId={v.id} baris={dialog.baris} onClose={() => setDialog(null)} onDone={() => selesai()} />
      ) : null}
      {dialog?.kind === 'impor' && v ? <ImporModal versi={v} onClose={() => setDialog(null)} onDone={() => selesai()} /> : null}
      {dialog?.kind === 'berlaku' && v ? (
        <TanggalModal
          judul={`Berlakukan “${v.nama}”`}
          label="Berlaku mulai"
          okText="Berlakukan"
          field="berlakuMulai"
          awal={dayjs()}
          keterangan={`${versi.some((x) => x.status === 'berlaku') ? 'Versi yang berlaku sekarang akan dicabut. ' : ''}Setelah berlaku, versi ini tidak dapat diubah lagi. Berkas tertutup yang belum memiliki retensi langsung memakai versi ini.`}
          onClose={() => setDialog(null)}
          onKirim={async (t) => {
            await call('jra.activate', { versiId: v.id, berlakuMulai: t });
            notify.success(`JRA “${v.nama}” berlaku sejak ${tgl(t)}.`);
            selesai();
          }}
        />
      ) : null}
    </Flex>
  );
}
