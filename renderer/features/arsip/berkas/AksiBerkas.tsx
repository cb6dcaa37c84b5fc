// Owns the action bar of a berkas, by status (reference E.4 rule 1): Tambah Item and Tutup Berkas while
// open, Buka Kembali once closed, Ubah, the trigger date, the legal hold, the panitia's review of a
// "Dinilai Kembali" berkas, Catat Peminjaman, and printing the unit's Daftar Arsip Aktif.
import { Button, Flex, Popconfirm } from 'antd';
import {
  CalendarOutlined,
  EditOutlined,
  FileDoneOutlined,
  LockOutlined,
  PlusOutlined,
  PrinterOutlined,
  SafetyOutlined,
  UnlockOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { DOKUMEN_DAFTAR } from '../../../../shared/domain/arsip/dokumen.ts';
import { call } from '../../../lib/api.ts';
import { savePdf } from '../../../lib/download.ts';
import { useNotify } from '../../../lib/use-notify.ts';
import { AlasanModal } from '../../naskah/AlasanModal.tsx';
import { BerkasFormModal } from '../daftar/BerkasFormModal.tsx';
import { PinjamModal } from '../pinjam/PinjamModal.tsx';
import { useHakArsip } from '../peran.ts';
import type { BerkasDetail } from '../queries.ts';
import { ItemModal } from './ItemModal.tsx';
import { PenilaianModal } from './PenilaianModal.tsx';
import { TanggalModal } from './TanggalModal.tsx';

export type DialogBerkas = 'ubah' | 'item' | 'tutup' | 'buka' | 'pemicu' | 'tahan' | 'nilai' | 'pinjam' | null;
type Props = {
  b: BerkasDetail;
  dialog: DialogBerkas;
  setDialog: (d: DialogBerkas) => void;
  /** A new state of the berkas from a channel, with the message to show. */
  terima: (d: BerkasDetail, pesan?: string) => void;
  onPinjam: () => void;
};

const FINAL = ['musnah', 'diserahkan'];

export function AksiBerkas({ b, dialog, setDialog, terima, onPinjam }: Props) {
  const { kelola, cetak } = useHakArsip();
  const notify = useNotify();
  const selesai = (d: BerkasDetail, pesan?: string) => {
    setDialog(null);
    terima(d, pesan);
  };
  const lepas = useMutation({
    mutationFn: () => call('arsip.hold', { id: b.id, ditahan: false, alasan: null }),
    onSuccess: (d) => terima(d, 'Berkas dilepas dari penahanan perkara.'),
    onError: (e) => notify.error(e),
  });
  const daftar = useMutation({
    mutationFn: () => call('laporan.generate', { kind: DOKUMEN_DAFTAR.aktif, params: { unitPengolah: b.unitPengolah } }),
    onSuccess: (t) => {
      savePdf(t.namaBerkas, t.pdfBase64);
      notify.success(`Daftar Arsip Aktif ${b.unitPengolah} dibuat (dokumen nomor ${t.dokumenId}) dan diunduh.`);
    },
    onError: (e) => notify.error(e),
  });
  const final = FINAL.includes(b.status);
  const tertutup = b.status === 'ditutup' || b.status === 'inaktif';
  const bolehNilai = b.nasibAkhir === 'dinilai_kembali' && b.status === 'inaktif';

  return (
    <Flex gap={8} wrap>
      {kelola && b.status === 'aktif' ? (
        <>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('item')}>
            Tambah Item
          </Button>
          <Button icon={<LockOutlined />} onClick={() => setDialog('tutup')}>
            Tutup Berkas
          </Button>
        </>
      ) : null}
      {kelola && b.status === 'ditutup' ? (
        <Button icon={<UnlockOutlined />} onClick={() => setDialog('buka')}>
          Buka Kembali
        </Button>
      ) : null}
      {kelola && !final ? (
        <Button icon={<EditOutlined />} onClick={() => setDialog('ubah')}>
          Ubah
        </Button>
      ) : null}
      {kelola && tertutup && b.pemicu ? (
        <Button icon={<CalendarOutlined />} onClick={() => setDialog('pemicu')}>
          {b.tanggalPemicu ? 'Ubah Tanggal Pemicu' : 'Catat Tanggal Pemicu'}
        </Button>
      ) : null}
      {kelola && bolehNilai ? (
        <Button type="primary" icon={<FileDoneOutlined />} onClick={() => setDialog('nilai')}>
          Catat Penilaian Kembali
        </Button>
      ) : null}
      {kelola && !final && !b.ditahanPerkara ? (
        <Button icon={<SafetyOutlined />} onClick={() => setDialog('tahan')}>
          Tandai Terkait Perkara
        </Button>
      ) : null}
      {kelola && !final && b.ditahanPerkara ? (
        <Popconfirm
          title="Lepas dari perkara?"
          description="Berkas kembali dapat diusulkan musnah atau serah bila retensinya habis."
          okText="Lepas"
          cancelText="Batal"
          onConfirm={() => lepas.mutate()}
        >
          <Button icon={<SafetyOutlined />} loading={lepas.isPending}>
            Lepas dari Perkara
          </Button>
        </Popconfirm>
      ) : null}
      {kelola && !final ? (
        <Button icon={<UserSwitchOutlined />} onClick={() => setDialog('pinjam')}>
          Catat Peminjaman
        </Button>
      ) : null}
      {cetak && (b.status === 'aktif' || b.status === 'ditutup') ? (
        <Button icon={<PrinterOutlined />} loading={daftar.isPending} onClick={() => daftar.mutate()}>
          Cetak Daftar Arsip Aktif
        </Button>
      ) : null}

      {dialog === 'ubah' ? <BerkasFormModal berkas={b} onClose={() => setDialog(null)} onDone={(d) => selesai(d)} /> : null}
      {dialog === 'item' ? <ItemModal berkas={b} onClose={() => setDialog(null)} onDone={(d) => selesai(d)} /> : null}
      {dialog === 'nilai' ? <PenilaianModal berkas={b} onClose={() => setDialog(null)} onDone={(d) => selesai(d)} /> : null}
      {dialog === 'pinjam' ? (
        <PinjamModal
          berkas={b}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            onPinjam();
          }}
        />
      ) : null}
      {dialog === 'tutup' ? (
        <TanggalModal
          judul="Tutup Berkas"
          label="Tanggal tutup"
          okText="Tutup Berkas"
          field="tanggalTutup"
          awal={dayjs()}
          keterangan="Setelah ditutup, item tidak dapat ditambahkan. Retensi dan nasib akhir dari JRA yang berlaku ditetapkan pada berkas, dan jatuh tempo dihitung dari tanggal ini."
          onClose={() => setDialog(null)}
          onKirim={async (t) => selesai(await call('arsip.close', { id: b.id, tanggalTutup: t }), 'Berkas ditutup.')}
        />
      ) : null}
      {dialog === 'pemicu' ? (
        <TanggalModal
          judul="Catat Tanggal Pemicu"
          label="Tanggal peristiwa"
          okText="Simpan"
          field="tanggalPemicu"
          awal={b.tanggalPemicu ? dayjs(b.tanggalPemicu) : null}
          keterangan={`Retensi berkas ini berjalan ${b.pemicu ?? ''}. Jatuh tempo dihitung dari tanggal peristiwa itu.`}
          onClose={() => setDialog(null)}
          onKirim={async (t) => selesai(await call('arsip.setPemicu', { id: b.id, tanggalPemicu: t }), 'Tanggal pemicu dicatat.')}
        />
      ) : null}
      {dialog === 'buka' ? (
        <AlasanModal
          judul="Buka Kembali Berkas"
          label="Alasan membuka kembali"
          okText="Buka Kembali"
          minimal={5}
          keterangan="Berkas kembali terbuka untuk ditambah item. Retensi dan jatuh tempo dihapus dan ditetapkan lagi saat berkas ditutup."
          onClose={() => setDialog(null)}
          onKirim={async (alasan) => selesai(await call('arsip.reopen', { id: b.id, alasan: alasan ?? '' }), 'Berkas dibuka kembali.')}
        />
      ) : null}
      {dialog === 'tahan' ? (
        <AlasanModal
          judul="Tandai Terkait Perkara"
          label="Perkara yang terkait"
          okText="Tandai"
          minimal={3}
          keterangan="Arsip yang berkaitan dengan penyelesaian suatu perkara tidak boleh dimusnahkan atau diserahkan sampai perkaranya selesai."
          onClose={() => setDialog(null)}
          onKirim={async (alasan) =>
            selesai(await call('arsip.hold', { id: b.id, ditahan: true, alasan }), 'Berkas ditandai terkait perkara.')
          }
        />
      ) : null}
    </Flex>
  );
}
