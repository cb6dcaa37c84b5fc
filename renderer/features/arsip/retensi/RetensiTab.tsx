// Owns "Retensi" (#/arsip/retensi): the retention monitor (arsip.due) grouped as overdue, this month and
// the next three months, by the step due: Pindah (active retention ended), Musnah, Serah or Nilai
// kembali (inactive retention ended). Berkas already due can be proposed in bulk: pemindahan.create,
// penyusutan.create {jenis:'musnah'|'serah'}; the proposal's page opens next.
import { useState } from 'react';
import type { Key, ReactNode } from 'react';
import { Alert, Button, Card, Empty, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { formatAngka } from '../../../../shared/format/index.ts';
import { call } from '../../../lib/api.ts';
import { useNotify } from '../../../lib/use-notify.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { BlockLoading } from '../../../ui/Loading.tsx';
import { BerkasLink } from '../BerkasLink.tsx';
import { useHakArsip } from '../peran.ts';
import { refreshArsip, useJatuhTempo } from '../queries.ts';
import type { JatuhTempo } from '../queries.ts';
import { TahapTag, tgl } from '../tanda.tsx';
import type { Tahap } from '../tanda.tsx';

type Kelompok = JatuhTempo['kelompok'];
const KELOMPOK: { key: Kelompok; judul: string; kosong: string }[] = [
  { key: 'lewat', judul: 'Lewat tempo', kosong: 'Tidak ada berkas yang lewat tempo.' },
  { key: 'bulan_ini', judul: 'Bulan ini', kosong: 'Tidak ada berkas yang jatuh tempo bulan ini.' },
  { key: 'akan_datang', judul: 'Akan datang (3 bulan)', kosong: 'Tidak ada berkas yang jatuh tempo dalam tiga bulan ke depan.' },
];

type Usul = { tahap: Exclude<Tahap, 'nilai'>; tombol: string };
const USUL: Usul[] = [
  { tahap: 'pindah', tombol: 'Usulkan Pemindahan' },
  { tahap: 'musnah', tombol: 'Usulkan Pemusnahan' },
  { tahap: 'serah', tombol: 'Usulkan Penyerahan' },
];

/** Why a row cannot be proposed yet; null when it can. */
function alasanTunda(x: JatuhTempo, hariIni: string): string | null {
  if (x.tanggal > hariIni) return `Belum jatuh tempo (${tgl(x.tanggal)}).`;
  if (x.ditahanPerkara && x.tahap !== 'pindah') return 'Ditahan karena terkait perkara.';
  if (x.tahap === 'nilai') return 'Nilai kembali dulu: buka berkasnya dan catat hasil penilaian panitia.';
  return null;
}

export function RetensiTab() {
  const due = useJatuhTempo(3);
  const { kelola } = useHakArsip();
  const qc = useQueryClient();
  const notify = useNotify();
  const navigate = useNavigate();
  const [pilih, setPilih] = useState<number[]>([]);
  const [busy, setBusy] = useState<Tahap | null>(null);

  if (due.isPending) return <BlockLoading />;
  if (due.isError) return <ErrorAlert error={due.error} onRetry={() => void due.refetch()} />;
  const { hariIni, items } = due.data;
  const kunci = (x: JatuhTempo) => x.berkasId * 10 + ['pindah', 'musnah', 'serah', 'nilai'].indexOf(x.tahap);
  const terpilih = items.filter((x) => pilih.includes(kunci(x)));

  const usulkan = async ({ tahap }: Usul) => {
    const ids = terpilih.filter((x) => x.tahap === tahap).map((x) => x.berkasId);
    setBusy(tahap);
    try {
      if (tahap === 'pindah') {
        const p = await call('pemindahan.create', { berkasIds: ids });
        notify.success(`Usul pemindahan ${formatAngka(ids.length)} berkas dibuat.`);
        void refreshArsip(qc);
        navigate(`/arsip/pemindahan/${p.id}`);
      } else {
        const p = await call('penyusutan.create', { jenis: tahap, berkasIds: ids });
        notify.success(`Usul ${tahap === 'musnah' ? 'pemusnahan' : 'penyerahan'} ${formatAngka(ids.length)} berkas dibuat.`);
        void refreshArsip(qc);
        navigate(`/arsip/penyusutan/${p.id}`);
      }
    } catch (e) {
      notify.error(e);
    } finally {
      setBusy(null);
    }
  };

  const columns: TableColumnsType<JatuhTempo> = [
    { title: 'Jatuh tempo', key: 'tanggal', width: 160, render: (_, x) => <strong>{tgl(x.tanggal)}</strong> },
    { title: 'Tahap', key: 'tahap', width: 130, render: (_, x) => <TahapTag tahap={x.tahap} /> },
    { title: 'Berkas', key: 'berkas', width: 300, render: (_, x) => <BerkasLink id={x.berkasId} label={x.label} /> },
    {
      title: 'Uraian',
      key: 'uraian',
      render: (_, x) => (
        <>
          {x.uraian}
          {x.ditahanPerkara ? (
            <Tag color="red" style={{ marginInlineStart: 8 }}>
              Terkait perkara
            </Tag>
          ) : null}
        </>
      ),
    },
  ];

  const seleksi = (rows: JatuhTempo[]) =>
    kelola
      ? {
          selectedRowKeys: pilih.filter((k) => rows.some((x) => kunci(x) === k)),
          onChange: (keys: Key[]) => setPilih((p) => [...p.filter((k) => !rows.some((x) => kunci(x) === k)), ...keys.map(Number)]),
          getCheckboxProps: (x: JatuhTempo) => ({ disabled: alasanTunda(x, hariIni) !== null }),
          renderCell: (_: boolean, x: JatuhTempo, __: number, node: ReactNode) => {
            const alasan = alasanTunda(x, hariIni);
            return alasan ? <Tooltip title={alasan}>{node}</Tooltip> : node;
          },
        }
      : undefined;

  return (
    <Flex vertical gap={16}>
      <Alert
        type="info"
        showIcon
        title={`Pemantauan retensi per ${tgl(hariIni)}`}
        description="Berkas ditutup yang retensi aktifnya habis dipindahkan ke unit kearsipan; berkas inaktif yang retensi inaktifnya habis diusulkan musnah, diserahkan sebagai arsip statis, atau dinilai kembali sesuai nasib akhirnya di JRA."
      />
      {kelola ? (
        <Card size="small">
          <Flex gap={8} wrap align="center">
            <Typography.Text>
              {terpilih.length
                ? `${formatAngka(terpilih.length)} berkas dipilih.`
                : 'Centang berkas yang sudah jatuh tempo untuk diusulkan.'}
            </Typography.Text>
            <div style={{ flex: 1 }} />
            {USUL.map((u) => {
              const n = terpilih.filter((x) => x.tahap === u.tahap).length;
              return (
                <Button
                  key={u.tahap}
                  type={n ? 'primary' : 'default'}
                  disabled={n === 0 || (busy !== null && busy !== u.tahap)}
                  loading={busy === u.tahap}
                  onClick={() => void usulkan(u)}
                >
                  {u.tombol}
                  {n ? ` (${formatAngka(n)})` : ''}
                </Button>
              );
            })}
          </Flex>
        </Card>
      ) : null}
      {KELOMPOK.map((k) => {
        const rows = items.filter((x) => x.kelompok === k.key);
        return (
          <Card
            key={k.key}
            title={
              <Flex gap={8} align="center">
                {k.judul}
                <Tag color={k.key === 'lewat' && rows.length ? 'red' : k.key === 'bulan_ini' && rows.length ? 'orange' : undefined}>
                  {formatAngka(rows.length)}
                </Tag>
              </Flex>
            }
          >
            <Table<JatuhTempo>
              rowKey={kunci}
              columns={columns}
              dataSource={rows}
              size="small"
              pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
              rowSelection={seleksi(rows)}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={k.kosong} /> }}
            />
          </Card>
        );
      })}
    </Flex>
  );
}
