// Owns the form pieces the steps share: nomor and tanggal of a letter or decision (DatePicker in
// DD/MM/YYYY, sent as 'YYYY-MM-DD'), and one official's nama, jabatan and NIP, fillable from the
// staff directory (users.directory).
import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { aturanNip } from '../../akun/akun-rules.ts';
import { labelPegawai } from '../../naskah/PegawaiSelect.tsx';
import { useDirektori } from '../../naskah/queries.ts';
import type { Pegawai } from '../../naskah/queries.ts';

export type NamePath = (string | number)[];

export const keIso = (d: Dayjs): string => d.format('YYYY-MM-DD');
export const dariIso = (s: string | null | undefined): Dayjs | undefined => (s ? dayjs(s) : undefined);

export const wajib = (label: string): Rule[] => [{ required: true, whitespace: true, message: `${label} wajib diisi.` }];

const aturanNomor = (label: string): Rule[] => [
  ...wajib(label),
  { min: 3, message: 'Nomor minimal 3 karakter.' },
  { max: 120, message: 'Nomor maksimal 120 karakter.' },
];

type NomorProps = { name?: NamePath; label: string; extra?: string };

export function NomorItem({ name = ['nomor'], label, extra }: NomorProps) {
  return (
    <Form.Item label={label} name={name} rules={aturanNomor(label)} extra={extra}>
      <Input maxLength={120} placeholder="mis. W.23-UM.01.01-123" />
    </Form.Item>
  );
}

export function TanggalItem({ name = ['tanggal'], label }: { name?: NamePath; label: string }) {
  return (
    <Form.Item label={label} name={name} rules={[{ required: true, message: `${label} wajib diisi.` }]}>
      <DatePicker format="DD/MM/YYYY" placeholder="HH/BB/TTTT" style={{ width: '100%' }} />
    </Form.Item>
  );
}

/** A nomor and tanggal side by side. */
export function NomorTanggal({ nomor, tanggal }: { nomor: string; tanggal: string }) {
  return (
    <Row gutter={16}>
      <Col xs={24} md={14}>
        <NomorItem label={nomor} />
      </Col>
      <Col xs={24} md={10}>
        <TanggalItem label={tanggal} />
      </Col>
    </Row>
  );
}

/** Picks a staff member and hands them to `onPilih`; it keeps no value of its own. */
function IsiDariPegawai({ onPilih, label }: { onPilih: (p: Pegawai) => void; label: string }) {
  const dir = useDirektori();
  return (
    <Select<number>
      aria-label={`Isi ${label} dari daftar pegawai`}
      size="small"
      value={null}
      placeholder="Isi dari daftar pegawai…"
      loading={dir.isPending}
      showSearch={{ optionFilterProp: 'label' }}
      options={(dir.data ?? []).map((p) => ({ value: p.id, label: labelPegawai(p) }))}
      notFoundContent={dir.isError ? 'Daftar pegawai tidak dapat dimuat' : 'Tidak ada pegawai yang cocok'}
      onChange={(id) => {
        const p = dir.data?.find((x) => x.id === id);
        if (p) onPilih(p);
      }}
      style={{ width: 260 }}
    />
  );
}

type PejabatProps = {
  /** The Form.Item names (relative inside a Form.List). */
  name: NamePath;
  /** The same fields' absolute path in the form, to fill them from the directory. */
  full: NamePath;
  /** Who this is, for labels and messages ("Pejabat unit pengolah", "Saksi 1"). */
  label: string;
};

export function PejabatFields({ name, full, label }: PejabatProps) {
  const form = Form.useFormInstance();
  const isi = (p: Pegawai) =>
    form.setFields([
      { name: [...full, 'nama'], value: p.nama, errors: [] },
      { name: [...full, 'jabatan'], value: p.jabatan ?? '', errors: [] },
      { name: [...full, 'nip'], value: p.nip ?? '', errors: [] },
    ]);
  return (
    <>
      <div style={{ marginBottom: 8 }}>
        <IsiDariPegawai label={label} onPilih={isi} />
      </div>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item label="Nama" name={[...name, 'nama']} rules={wajib(`Nama ${label.toLowerCase()}`)}>
            <Input maxLength={120} aria-label={`Nama ${label}`} />
          </Form.Item>
        </Col>
        <Col xs={24} md={9}>
          <Form.Item label="Jabatan" name={[...name, 'jabatan']} rules={wajib(`Jabatan ${label.toLowerCase()}`)}>
            <Input maxLength={200} aria-label={`Jabatan ${label}`} />
          </Form.Item>
        </Col>
        <Col xs={24} md={7}>
          <Form.Item label="NIP" name={[...name, 'nip']} rules={aturanNip}>
            <Input maxLength={21} placeholder="boleh dikosongkan" aria-label={`NIP ${label}`} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

export type PejabatNilai = { nama: string; jabatan: string; nip?: string | null };

/** The form's official → the contract's (an empty NIP is null). */
export const kePejabat = (p: PejabatNilai) => ({
  nama: p.nama.trim(),
  jabatan: p.jabatan.trim(),
  nip: p.nip?.trim() ? p.nip.trim() : null,
});
