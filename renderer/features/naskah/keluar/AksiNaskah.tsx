// Owns the action bar of the naskah editor, by status and person: "Simpan Konsep", "Pratinjau PDF",
// "Ajukan untuk Paraf" (konseptor), "Paraf (Setujui)" / "Kembalikan dengan Catatan" (the verifier whose
// turn it is), "Tanda Tangani" (the named signer), "Unduh PDF" once signed, "Batalkan Naskah".
import { useState } from 'react';
import { Button, Flex } from 'antd';
import {
  CheckOutlined,
  DownloadOutlined,
  EditOutlined,
  EyeOutlined,
  RollbackOutlined,
  SaveOutlined,
  SendOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { NAMA_JENIS_NASKAH } from '../../../../shared/domain/naskah/surat.ts';
import { call } from '../../../lib/api.ts';
import { savePdf } from '../../../lib/download.ts';
import { useNotify } from '../../../lib/use-notify.ts';
import { SignModal } from '../../laporan/SignModal.tsx';
import { AlasanModal } from '../AlasanModal.tsx';
import { useHak } from '../peran.ts';
import type { NaskahDetail } from '../queries.ts';
import { AjukanModal } from './AjukanModal.tsx';

type Dialog = 'ajukan' | 'setuju' | 'kembali' | 'ttd' | 'batal' | null;
type Props = {
  n: NaskahDetail | null;
  editable: boolean;
  penandatanganId: number | undefined;
  simpan: () => Promise<NaskahDetail | null>;
  menyimpan: boolean;
  terima: (d: NaskahDetail, pesan: string) => void;
};

export function AksiNaskah({ n, editable, penandatanganId, simpan, menyimpan, terima }: Props) {
  const hak = useHak();
  const notify = useNotify();
  const [dialog, setDialog] = useState<Dialog>(null);
  const pratinjau = useMutation({
    mutationFn: async () => {
      const d = editable ? await simpan() : n;
      return d ? call('naskahKeluar.preview', { id: d.id }) : null;
    },
    onSuccess: (p) => p && savePdf(p.namaBerkas, p.pdfBase64),
    onError: (e) => notify.error(e),
  });
  const unduh = useMutation({
    mutationFn: (id: number) => call('dokumen.download', { id }),
    onSuccess: (d) => savePdf(d.namaBerkas, d.pdfBase64),
    onError: (e) => notify.error(e),
  });
  const selesai = (d: NaskahDetail, pesan: string) => {
    setDialog(null);
    terima(d, pesan);
  };
  const giliran = n?.status === 'paraf' ? n.paraf.find((p) => p.status === 'menunggu') : undefined;
  const bolehTtd = n?.status === 'siap_ttd' && n.penandatanganId === hak.userId && hak.pimpinan;
  const bolehBatal = n !== null && n.status !== 'ditandatangani' && n.status !== 'batal' && hak.penyusun;

  return (
    <Flex gap={8} wrap>
      {editable ? (
        <Button
          icon={<SaveOutlined />}
          loading={menyimpan}
          onClick={() => void simpan().then((d) => d && notify.success('Konsep disimpan.'))}
        >
          Simpan Konsep
        </Button>
      ) : null}
      {(n === null ? editable : n.status !== 'batal' && n.status !== 'ditandatangani') ? (
        <Button icon={<EyeOutlined />} loading={pratinjau.isPending} onClick={() => pratinjau.mutate()}>
          Pratinjau PDF
        </Button>
      ) : null}
      {editable ? (
        <Button type="primary" icon={<SendOutlined />} onClick={() => setDialog('ajukan')}>
          Ajukan untuk Paraf
        </Button>
      ) : null}
      {giliran?.userId === hak.userId ? (
        <>
          <Button type="primary" icon={<CheckOutlined />} onClick={() => setDialog('setuju')}>
            Paraf (Setujui)
          </Button>
          <Button icon={<RollbackOutlined />} onClick={() => setDialog('kembali')}>
            Kembalikan dengan Catatan
          </Button>
        </>
      ) : null}
      {bolehTtd ? (
        <Button type="primary" icon={<EditOutlined />} onClick={() => setDialog('ttd')}>
          Tanda Tangani
        </Button>
      ) : null}
      {n?.dokumenId ? (
        <Button type="primary" icon={<DownloadOutlined />} loading={unduh.isPending} onClick={() => unduh.mutate(n.dokumenId ?? 0)}>
          Unduh PDF
        </Button>
      ) : null}
      {bolehBatal ? (
        <Button danger icon={<StopOutlined />} onClick={() => setDialog('batal')}>
          Batalkan Naskah
        </Button>
      ) : null}
      {dialog === 'ajukan' ? (
        <AjukanModal
          userId={hak.userId}
          penandatanganId={penandatanganId}
          onClose={() => setDialog(null)}
          onKirim={async (pemaraf) => {
            const d = await simpan();
            if (!d) return setDialog(null);
            const r = await call('naskahKeluar.submit', { id: d.id, pemaraf }).catch((e: unknown) => notify.error(e));
            if (r) selesai(r, pemaraf.length ? 'Naskah diajukan untuk paraf.' : 'Naskah siap ditandatangani.');
          }}
        />
      ) : null}
      {n && (dialog === 'setuju' || dialog === 'kembali') ? (
        <AlasanModal
          judul={dialog === 'setuju' ? 'Paraf (Setujui)' : 'Kembalikan dengan Catatan'}
          label={dialog === 'setuju' ? 'Catatan (boleh dikosongkan)' : 'Catatan perbaikan'}
          okText={dialog === 'setuju' ? 'Paraf' : 'Kembalikan ke Konseptor'}
          minimal={dialog === 'setuju' ? 0 : 3}
          keterangan={
            dialog === 'setuju'
              ? 'Dengan paraf, Anda menyetujui konsep ini untuk diteruskan.'
              : 'Konsep kembali ke konseptor untuk diperbaiki dan diajukan ulang.'
          }
          onClose={() => setDialog(null)}
          onKirim={async (catatan) => {
            const d = await call('naskahKeluar.paraf', { id: n.id, setuju: dialog === 'setuju', catatan });
            selesai(d, dialog === 'setuju' ? 'Naskah diparaf.' : 'Konsep dikembalikan ke konseptor.');
          }}
        />
      ) : null}
      {n && dialog === 'batal' ? (
        <AlasanModal
          judul="Batalkan Naskah"
          label="Alasan pembatalan"
          okText="Batalkan Naskah"
          minimal={10}
          bahaya
          onClose={() => setDialog(null)}
          onKirim={async (alasan) => selesai(await call('naskahKeluar.cancel', { id: n.id, alasan: alasan ?? '' }), 'Naskah dibatalkan.')}
        />
      ) : null}
      {n && dialog === 'ttd' ? (
        <SignModal
          judul="Tanda Tangani Naskah"
          dokumen={{ label: NAMA_JENIS_NASKAH[n.jenis], nama: n.hal }}
          onClose={() => setDialog(null)}
          onSign={async (v) => {
            const d = await call('naskahKeluar.sign', { id: n.id, ...v });
            selesai(d, `Naskah ditandatangani dengan nomor ${d.nomor ?? ''}.`);
          }}
        />
      ) : null}
    </Flex>
  );
}
