// Owns "Belum Diberkaskan" (#/arsip/belum): incoming letters and signed outgoing naskah not filed yet
// (arsip.unfiled). One click files a naskah into the suggested open berkas of its classification and
// year, or one made for it; several can be filed at once, or all into one chosen berkas (arsip.file).
import { useState } from 'react';
import { Alert, Button, Card, Empty, Flex, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { FolderAddOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { formatAngka } from '../../../../shared/format/index.ts';
import { call } from '../../../lib/api.ts';
import { useNotify } from '../../../lib/use-notify.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { KeamananTag } from '../../naskah/tanda.tsx';
import { pilihanTahun } from '../../naskah/waktu.ts';
import { BerkasLink } from '../BerkasLink.tsx';
import { useHakArsip } from '../peran.ts';
import { refreshArsip, useBelumDiberkaskan } from '../queries.ts';
import type { BelumDiberkaskan } from '../queries.ts';
import { tgl } from '../tanda.tsx';
import { PilihBerkasModal } from './PilihBerkasModal.tsx';

type Hasil = { diberkaskan: number; berkasIds: number[] };
const kunci = (n: Pick<BelumDiberkaskan, 'sumber' | 'id'>) => `${n.sumber}-${n.id}`;
const ref = (n: BelumDiberkaskan) => ({ sumber: n.sumber, id: n.id });

function HasilAlert({ hasil, onClose }: { hasil: Hasil; onClose: () => void }) {
  return (
    <Alert
      type="success"
      showIcon
      closable={{ onClose }}
      style={{ marginBottom: 16 }}
      title={`${formatAngka(hasil.diberkaskan)} naskah diberkaskan`}
      description={
        <Flex gap={4} wrap align="center">
          <span>Ke berkas:</span>
          {hasil.berkasIds.map((id, i) => (
            <span key={id}>
              <BerkasLink id={id} />
              {i < hasil.berkasIds.length - 1 ? ';' : ''}
            </span>
          ))}
        </Flex>
      }
    />
  );
}

export function BelumDiberkaskanTab() {
  const qc = useQueryClient();
  const notify = useNotify();
  const { kelola } = useHakArsip();
  const [tahun, setTahun] = useState<number | undefined>();
  const list = useBelumDiberkaskan(tahun);
  const [pilih, setPilih] = useState<string[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [hasil, setHasil] = useState<Hasil | null>(null);
  const [keBerkas, setKeBerkas] = useState<BelumDiberkaskan[] | null>(null);
  const data = list.data ?? [];
  const terpilih = data.filter((n) => pilih.includes(kunci(n)));

  const berkaskan = async (naskah: BelumDiberkaskan[], berkasId: number | null, tanda: string) => {
    setBusy(tanda);
    try {
      const r = await call('arsip.file', { naskah: naskah.map(ref), berkasId });
      setHasil(r);
      setPilih([]);
      notify.success(`${formatAngka(r.diberkaskan)} naskah diberkaskan.`);
      void refreshArsip(qc);
      return true;
    } catch (e) {
      notify.error(e);
      return false;
    } finally {
      setBusy(null);
    }
  };

  const columns: TableColumnsType<BelumDiberkaskan> = [
    {
      title: 'Nomor naskah',
      key: 'nomor',
      width: 200,
      render: (_, n) => (
        <>
          <Link to={n.sumber === 'surat_masuk' ? `/naskah/masuk/${n.id}` : `/naskah/keluar/${n.id}`}>{n.nomor}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
            {n.sumber === 'surat_masuk' ? 'Surat masuk' : 'Naskah keluar'}
          </Typography.Text>
        </>
      ),
    },
    { title: 'Hal', dataIndex: 'hal', key: 'hal', minWidth: 220 },
    { title: 'Tanggal', key: 'tanggal', width: 130, render: (_, n) => tgl(n.tanggal) },
    {
      title: 'Klasifikasi',
      key: 'kode',
      width: 120,
      render: (_, n) => (
        <Flex vertical gap={4} align="flex-start">
          {n.klasifikasiKode ?? <Tag color="orange">Belum ada kode</Tag>}
          <KeamananTag keamanan={n.keamanan} />
        </Flex>
      ),
    },
    {
      title: 'Berkas tujuan',
      key: 'saran',
      width: 220,
      render: (_, n) =>
        n.saranBerkas ? (
          <BerkasLink id={n.saranBerkas.id} label={n.saranBerkas.label} />
        ) : n.klasifikasiKode ? (
          <Typography.Text type="secondary">
            Berkas baru {n.klasifikasiKode} tahun {n.tahun}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">Pilih berkas sendiri</Typography.Text>
        ),
    },
    ...(kelola
      ? [
          {
            title: 'Aksi',
            key: 'aksi',
            width: 130,
            render: (_: unknown, n: BelumDiberkaskan) =>
              n.klasifikasiKode ? (
                <Button
                  size="small"
                  type="primary"
                  icon={<FolderAddOutlined />}
                  loading={busy === kunci(n)}
                  disabled={busy !== null && busy !== kunci(n)}
                  onClick={() => void berkaskan([n], n.saranBerkas?.id ?? null, kunci(n))}
                  aria-label={`Berkaskan ${n.nomor}`}
                >
                  Berkaskan
                </Button>
              ) : (
                <Button size="small" onClick={() => setKeBerkas([n])} aria-label={`Pilih berkas untuk ${n.nomor}`}>
                  Pilih Berkas…
                </Button>
              ),
          },
        ]
      : []),
  ];

  const tanpaKode = terpilih.filter((n) => !n.klasifikasiKode).length;
  return (
    <Card>
      {hasil ? <HasilAlert hasil={hasil} onClose={() => setHasil(null)} /> : null}
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <Select<number | undefined>
          aria-label="Tahun naskah"
          placeholder="Semua tahun"
          allowClear
          value={tahun}
          options={pilihanTahun()}
          style={{ width: 140 }}
          onChange={(v) => {
            setTahun(v);
            setPilih([]);
          }}
        />
        <Typography.Text type="secondary">{list.data ? `${formatAngka(data.length)} naskah belum diberkaskan.` : null}</Typography.Text>
        <div style={{ flex: 1 }} />
        {kelola ? (
          <>
            <Button disabled={terpilih.length === 0 || busy !== null} onClick={() => setKeBerkas(terpilih)}>
              Terpilih ke Berkas…
            </Button>
            <Button
              type="primary"
              icon={<FolderAddOutlined />}
              disabled={terpilih.length === 0 || tanpaKode > 0 || (busy !== null && busy !== 'massal')}
              loading={busy === 'massal'}
              title={tanpaKode > 0 ? 'Ada naskah terpilih tanpa kode klasifikasi; gunakan Terpilih ke Berkas…' : undefined}
              onClick={() => void berkaskan(terpilih, null, 'massal')}
            >
              Berkaskan Terpilih{terpilih.length ? ` (${formatAngka(terpilih.length)})` : ''}
            </Button>
          </>
        ) : null}
      </Flex>
      {list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<BelumDiberkaskan>
          rowKey={kunci}
          columns={columns}
          dataSource={data}
          loading={list.isFetching}
          size="middle"
          scroll={{ x: 1040 }}
          pagination={
            data.length > 50
              ? {
                  pageSize: 50,
                  showSizeChanger: false,
                  showTotal: (t, [a, b]) => `${formatAngka(a)}–${formatAngka(b)} dari ${formatAngka(t)} naskah`,
                }
              : false
          }
          rowSelection={kelola ? { selectedRowKeys: pilih, onChange: (k) => setPilih(k.map(String)) } : undefined}
          locale={{
            emptyText: (
              <Empty
                description={
                  list.isPending
                    ? 'Memuat…'
                    : 'Semua surat masuk dan naskah keluar yang sudah ditandatangani telah diberkaskan. Naskah baru muncul di sini setelah dicatat atau ditandatangani.'
                }
              />
            ),
          }}
        />
      )}
      {keBerkas ? (
        <PilihBerkasModal
          jumlah={keBerkas.length}
          onClose={() => setKeBerkas(null)}
          onPilih={async (berkasId) => {
            if (await berkaskan(keBerkas, berkasId, 'massal')) setKeBerkas(null);
          }}
        />
      ) : null}
    </Card>
  );
}
