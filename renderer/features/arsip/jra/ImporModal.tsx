// Owns "Impor Excel" of a draft JRA (jra.import): the workbook is checked first (uji: true) and every
// problem listed by row and column; only a clean workbook is imported (uji: false), all or nothing.
import { useState } from 'react';
import { Alert, Button, Flex, Modal, Table, Typography, Upload } from 'antd';
import { FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import type { ChannelOutput } from '../../../../shared/ipc/contract.ts';
import { formatAngka } from '../../../../shared/format/index.ts';
import { call } from '../../../lib/api.ts';
import { formatBatas, readBerkas } from '../../../lib/read-file.ts';
import { useNotify } from '../../../lib/use-notify.ts';
import type { JraVersi } from '../queries.ts';

type Hasil = ChannelOutput<'jra.import'>;
type Kesalahan = Hasil['kesalahan'][number];
type Props = { versi: JraVersi; onClose: () => void; onDone: () => void };

const MAKS = 20_000_000;

export function ImporModal({ versi, onClose, onDone }: Props) {
  const notify = useNotify();
  const [berkas, setBerkas] = useState<{ nama: string; base64: string } | null>(null);
  const [hasil, setHasil] = useState<Hasil | null>(null);
  const [masalah, setMasalah] = useState<string | null>(null);
  const [busy, setBusy] = useState<'uji' | 'impor' | null>(null);

  const uji = async (file: File) => {
    setHasil(null);
    const r = await readBerkas(file, 'base64', MAKS);
    if (!r.ok) return setMasalah(`${file.name}: ${r.message}`);
    setMasalah(null);
    setBerkas({ nama: r.berkas.nama, base64: r.berkas.isi });
    setBusy('uji');
    try {
      setHasil(await call('jra.import', { versiId: versi.id, xlsxBase64: r.berkas.isi, uji: true }));
    } catch (e) {
      setBerkas(null);
      notify.error(e);
    } finally {
      setBusy(null);
    }
  };
  const impor = async () => {
    if (!berkas) return;
    setBusy('impor');
    try {
      const r = await call('jra.import', { versiId: versi.id, xlsxBase64: berkas.base64, uji: false });
      if (r.kesalahan.length > 0) return setHasil(r);
      notify.success(`${formatAngka(r.diimpor)} baris JRA diimpor ke “${versi.nama}”.`);
      onDone();
    } catch (e) {
      notify.error(e);
    } finally {
      setBusy(null);
    }
  };
  const bersih = hasil !== null && hasil.kesalahan.length === 0;

  return (
    <Modal
      open
      title={`Impor JRA dari Excel ke “${versi.nama}”`}
      width={760}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="batal" onClick={onClose}>
          Batal
        </Button>,
        <Button key="impor" type="primary" disabled={!bersih || hasil.jumlah === 0} loading={busy === 'impor'} onClick={() => void impor()}>
          {bersih ? `Impor ${formatAngka(hasil.jumlah)} Baris` : 'Impor'}
        </Button>,
      ]}
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          Lembar pertama, baris pertama judul. Kolom berurutan: Kode Klasifikasi, Retensi Aktif (tahun), Retensi Inaktif (tahun), Pemicu,
          Nasib Akhir (Musnah, Permanen atau Dinilai Kembali), Keamanan (B, T, R atau SR), Keterangan. Ekspor sebuah versi untuk mendapat
          contoh. Baris dengan kode yang sudah ada diganti. Berkas diperiksa dulu; tidak ada yang disimpan sebelum Anda menekan Impor.
        </Typography.Paragraph>
        <Upload
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          showUploadList={false}
          beforeUpload={(file) => {
            void uji(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy === 'uji'}>
            {berkas ? 'Pilih Berkas Lain' : 'Pilih Berkas Excel'}
          </Button>
        </Upload>
        {berkas ? (
          <Typography.Text>
            <FileExcelOutlined aria-hidden /> {berkas.nama}
          </Typography.Text>
        ) : null}
        <Typography.Text type={masalah ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
          {masalah ?? `Berkas .xlsx, maksimal ${formatBatas(MAKS)}.`}
        </Typography.Text>
        {hasil && hasil.kesalahan.length > 0 ? (
          <>
            <Alert
              type="error"
              showIcon
              title={`${formatAngka(hasil.kesalahan.length)} kesalahan pada ${formatAngka(hasil.jumlah)} baris`}
              description="Tidak ada yang diimpor. Perbaiki berkas Excel sesuai daftar di bawah, simpan, lalu pilih berkasnya lagi."
            />
            <Table<Kesalahan>
              rowKey={(k) => `${k.baris}-${k.kolom}-${k.pesan}`}
              size="small"
              dataSource={hasil.kesalahan}
              pagination={hasil.kesalahan.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
              columns={[
                { title: 'Baris', dataIndex: 'baris', key: 'baris', width: 70, align: 'right' },
                { title: 'Kolom', dataIndex: 'kolom', key: 'kolom', width: 200 },
                { title: 'Pesan', dataIndex: 'pesan', key: 'pesan' },
              ]}
            />
          </>
        ) : null}
        {bersih ? (
          hasil.jumlah === 0 ? (
            <Alert
              type="warning"
              showIcon
              title="Berkas tidak berisi baris JRA"
              description="Isi baris mulai baris kedua lembar pertama."
            />
          ) : (
            <Alert
              type="success"
              showIcon
              title={`${formatAngka(hasil.jumlah)} baris siap diimpor`}
              description="Pemeriksaan tidak menemukan kesalahan. Tekan Impor untuk menyimpannya ke draf ini."
            />
          )
        ) : null}
      </Flex>
    </Modal>
  );
}
