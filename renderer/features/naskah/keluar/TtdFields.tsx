// Owns the signer block and numbering of an outgoing naskah: the signer (a Pimpinan), signing mode with
// a.n./u.b./Plt./Plh. (TND Kemenkumham, reference A.3.3), the printed jabatan lines, the jabatan code
// for decree numbers ({jab}) and the numbering series (the number itself is given at signing).
import { Col, Form, Input, Row, Select, Typography } from 'antd';
import { MODE_TTD } from '../../../../shared/domain/naskah/keluar.ts';
import type { ModeTtd } from '../../../../shared/domain/naskah/keluar.ts';
import { NAMA_JENIS_NASKAH } from '../../../../shared/domain/naskah/surat.ts';
import type { JenisNaskah } from '../../../../shared/domain/naskah/surat.ts';
import { NAMA_MODE_TTD } from '../../../i18n/id.ts';
import { PegawaiSelect } from '../PegawaiSelect.tsx';
import type { Seri } from '../queries.ts';

const half = { xs: 24, lg: 12 };
const wajib = (m: string) => [{ required: true, whitespace: true, message: m }];
const jenisSeri = (j: string) => (j === '*' ? 'semua jenis' : (NAMA_JENIS_NASKAH[j as JenisNaskah] ?? j));

export function TtdFields({ seri }: { seri: readonly Seri[] }) {
  const form = Form.useFormInstance();
  const mode = Form.useWatch<ModeTtd | undefined>('modeTtd', form);
  const seriId = Form.useWatch<number | undefined>('seriId', form);
  const pola = seri.find((s) => s.id === seriId)?.pola ?? '';
  const perluJab = pola.includes('{jab}');
  return (
    <Row gutter={16}>
      <Col {...half}>
        <Form.Item label="Penanda tangan" name="penandatanganId" rules={[{ required: true, message: 'Pilih penanda tangan (Pimpinan).' }]}>
          <PegawaiSelect boleh={(p) => p.roles.includes('pimpinan')} placeholder="Pilih pimpinan" />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item label="Mode tanda tangan" name="modeTtd">
          <Select options={MODE_TTD.map((m) => ({ value: m, label: NAMA_MODE_TTD[m] }))} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          label="Jabatan penanda tangan"
          name="jabatanTtd"
          rules={wajib('Isi jabatan penanda tangan.')}
          extra="Jabatan yang tercetak di atas tanda tangan, mis. Kepala Kantor Wilayah."
        >
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      {mode === 'an' || mode === 'ub' ? (
        <Col {...half}>
          <Form.Item label="Atas nama" name="atasNama" rules={wajib('Isi jabatan yang diwakili (a.n.).')} extra="Tercetak “a.n. …”.">
            <Input maxLength={200} placeholder="mis. Kepala Kantor Wilayah" />
          </Form.Item>
        </Col>
      ) : null}
      {mode === 'ub' ? (
        <Col {...half}>
          <Form.Item
            label="Untuk beliau"
            name="untukBeliau"
            rules={wajib('Isi jabatan perantara (u.b.).')}
            extra="Jabatan di antara “a.n.” dan “u.b.”."
          >
            <Input maxLength={200} placeholder="mis. Kepala Bagian Tata Usaha dan Umum" />
          </Form.Item>
        </Col>
      ) : null}
      <Col {...half}>
        <Form.Item
          label="Seri penomoran"
          name="seriId"
          rules={[{ required: true, message: 'Pilih seri penomoran.' }]}
          extra={
            pola ? (
              <>
                Pola nomor: <Typography.Text code>{pola}</Typography.Text> · nomor diberikan saat ditandatangani.
              </>
            ) : undefined
          }
        >
          <Select
            options={seri
              .filter((s) => s.aktif || s.id === seriId)
              .map((s) => ({ value: s.id, label: `${s.nama} (${jenisSeri(s.jenisNaskah)})` }))}
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          label="Kode jabatan"
          name="kodeJabatan"
          rules={perluJab ? wajib('Seri ini memakai {jab}: isi kode jabatan penanda tangan.') : undefined}
          extra={
            perluJab
              ? 'Dipakai pola nomor seri ini ({jab}), mis. W13.PAS.PAS.49.'
              : 'Untuk pola nomor keputusan ({jab}); boleh dikosongkan.'
          }
        >
          <Input maxLength={60} />
        </Form.Item>
      </Col>
    </Row>
  );
}
