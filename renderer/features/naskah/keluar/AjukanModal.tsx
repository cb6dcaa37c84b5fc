// Owns "Ajukan untuk Paraf": the verifiers in the order they paraf (the order picked); none sends the
// konsep straight to "Siap ditandatangani". The konsep on screen is saved first.
import { useState } from 'react';
import { Alert, Form, Modal } from 'antd';
import { PegawaiSelect } from '../PegawaiSelect.tsx';

type Props = { userId: number; penandatanganId: number | undefined; onKirim: (pemaraf: number[]) => Promise<void>; onClose: () => void };

export function AjukanModal({ userId, penandatanganId, onKirim, onClose }: Props) {
  const [pemaraf, setPemaraf] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
  const kirim = async () => {
    setBusy(true);
    try {
      await onKirim(pemaraf);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title="Ajukan untuk Paraf"
      okText={pemaraf.length ? 'Ajukan' : 'Ajukan tanpa Paraf'}
      cancelText="Batal"
      confirmLoading={busy}
      onOk={() => void kirim()}
      onCancel={onClose}
      width={600}
      destroyOnHidden
    >
      <Form layout="vertical" name="ajukan">
        <Form.Item
          label="Pemaraf (verifikator), berurutan"
          htmlFor="pemaraf"
          extra="Urutan paraf mengikuti urutan pilihan: pilih dulu pemaraf pertama (mis. ketua tim), lalu berikutnya (mis. Kepala Bagian)."
        >
          <PegawaiSelect
            id="pemaraf"
            mode="multiple"
            value={pemaraf}
            onChange={setPemaraf}
            boleh={(p) => p.id !== userId && p.id !== penandatanganId}
            placeholder="Ketik nama pemaraf"
          />
        </Form.Item>
      </Form>
      <Alert
        type="info"
        showIcon
        title={
          pemaraf.length
            ? `Naskah diparaf oleh ${pemaraf.length} pemaraf secara berurutan, lalu siap ditandatangani.`
            : 'Tanpa pemaraf, naskah langsung siap ditandatangani oleh penanda tangan.'
        }
      />
    </Modal>
  );
}
