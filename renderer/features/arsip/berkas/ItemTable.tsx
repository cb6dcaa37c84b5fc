// Owns the items of a berkas: number, uraian, date, naskah number (linked to the letter it came from),
// tingkat perkembangan, media, condition, class and the digital copies to download (arsip.salinan). An
// item above the user's clearance shows only its masked line; a destroyed one says when.
import { Button, Empty, Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { DownloadOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { NAMA_KONDISI_ARSIP, NAMA_MEDIA_ARSIP, NAMA_TINGKAT_PERKEMBANGAN } from '../../../../shared/domain/arsip/nilai.ts';
import { formatAngka } from '../../../../shared/format/index.ts';
import { call } from '../../../lib/api.ts';
import { base64ToBytes, saveBlob } from '../../../lib/download.ts';
import { formatUkuran } from '../../../lib/read-file.ts';
import { useNotify } from '../../../lib/use-notify.ts';
import { TEKS } from '../../../i18n/id.ts';
import { KeamananTag } from '../../naskah/tanda.tsx';
import type { ItemArsip } from '../queries.ts';
import { tgl } from '../tanda.tsx';

function asal(i: ItemArsip) {
  if (!i.nomorNaskah) return TEKS.kosong;
  if (i.sumber === 'manual' || i.sumberId === null) return i.nomorNaskah;
  const ke = i.sumber === 'surat_masuk' ? `/naskah/masuk/${i.sumberId}` : `/naskah/keluar/${i.sumberId}`;
  return (
    <>
      <Link to={ke}>{i.nomorNaskah}</Link>
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
        {i.sumber === 'surat_masuk' ? 'Surat masuk' : 'Naskah keluar'}
      </Typography.Text>
    </>
  );
}

function Salinan({ i, unduh, memuat }: { i: ItemArsip; unduh: (id: number) => void; memuat: number | null }) {
  if (!i.bolehDibuka) return <Typography.Text type="secondary">Tertutup</Typography.Text>;
  if (i.salinan.length === 0) return <Typography.Text type="secondary">Tidak ada</Typography.Text>;
  return (
    <Flex vertical gap={4} align="flex-start">
      {i.salinan.map((s) =>
        s.dihapus ? (
          <Typography.Text key={s.id} type="secondary" delete>
            <PaperClipOutlined aria-hidden /> {s.nama} (dihapus)
          </Typography.Text>
        ) : (
          <Button
            key={s.id}
            size="small"
            icon={<DownloadOutlined />}
            loading={memuat === s.id}
            onClick={() => unduh(s.id)}
            aria-label={`Unduh ${s.nama}`}
            style={{ maxWidth: 190 }}
          >
            <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
              {s.nama} ({formatUkuran(s.ukuran)})
            </span>
          </Button>
        ),
      )}
    </Flex>
  );
}

export function ItemTable({ items, kosong }: { items: ItemArsip[]; kosong: string }) {
  const notify = useNotify();
  const unduh = useMutation({
    mutationFn: (id: number) => call('arsip.salinan', { id }),
    onSuccess: (b) => saveBlob(b.nama, new Blob([base64ToBytes(b.base64)], { type: b.mime })),
    onError: (e) => notify.error(e),
  });
  const columns: TableColumnsType<ItemArsip> = [
    { title: 'No.', dataIndex: 'nomorItem', key: 'no', width: 56, align: 'right' },
    {
      title: 'Uraian',
      key: 'uraian',
      render: (_, i) => (
        <>
          {i.bolehDibuka ? <div>{i.uraian}</div> : <Typography.Text type="secondary">{i.uraian}</Typography.Text>}
          {i.dimusnahkanPada ? <Tag color="default">Dimusnahkan {tgl(i.dimusnahkanPada)}</Tag> : null}
          {i.keterangan ? (
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
              {i.keterangan}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    { title: 'Tanggal', key: 'tanggal', width: 130, render: (_, i) => tgl(i.tanggal) },
    { title: 'Nomor naskah', key: 'nomor', width: 180, render: (_, i) => asal(i) },
    {
      title: 'Tingkat / media',
      key: 'tingkat',
      width: 110,
      render: (_, i) => (
        <>
          <div>{NAMA_TINGKAT_PERKEMBANGAN[i.tingkatPerkembangan]}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {NAMA_MEDIA_ARSIP[i.media]}
          </Typography.Text>
        </>
      ),
    },
    {
      title: 'Jumlah / kondisi',
      key: 'jumlah',
      width: 100,
      render: (_, i) => (
        <>
          <div>{`${formatAngka(i.jumlah)} ${i.satuan}`}</div>
          {i.kondisi === 'rusak' ? (
            <Tag color="red">Rusak</Tag>
          ) : (
            <Typography.Text type="secondary">{NAMA_KONDISI_ARSIP[i.kondisi]}</Typography.Text>
          )}
        </>
      ),
    },
    { title: 'Keamanan', key: 'keamanan', width: 100, render: (_, i) => <KeamananTag keamanan={i.keamanan} /> },
    {
      title: 'Salinan digital',
      key: 'salinan',
      width: 200,
      render: (_, i) => <Salinan i={i} unduh={(id) => unduh.mutate(id)} memuat={unduh.isPending ? (unduh.variables ?? null) : null} />,
    },
  ];
  return (
    <Table<ItemArsip>
      rowKey="id"
      columns={columns}
      dataSource={items}
      size="middle"
      scroll={{ x: 1000 }}
      pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: <Empty description={kosong} /> }}
    />
  );
}
