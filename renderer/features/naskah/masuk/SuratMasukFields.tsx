// Owns the fields of an incoming letter (reference arsip-naskah.md A.7.1): receipt, the sender's
// particulars, urgency and security class as separate fields, classification code, scans, sisipan.
import { Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import {
  JENIS_NASKAH,
  KEAMANAN,
  MEDIA_SURAT,
  NAMA_JENIS_NASKAH,
  NAMA_KEAMANAN,
  NAMA_MEDIA,
  NAMA_URGENSI,
} from '../../../../shared/domain/naskah/surat.ts';
import { URGENSI } from '../../../../shared/domain/naskah/tenggat.ts';
import { KlasifikasiSelect } from '../KlasifikasiSelect.tsx';
import { BerkasListField } from '../BerkasListField.tsx';

const wajib = (m: string) => [{ required: true, whitespace: true, message: m }];
const opsi = <K extends string>(keys: readonly K[], nama: Record<K, string>) => keys.map((k) => ({ value: k, label: nama[k] }));
const half = { xs: 24, lg: 12 };
const third = { xs: 24, lg: 8 };

export function SuratMasukFields() {
  const form = Form.useFormInstance();
  const sisipan = Form.useWatch<boolean | undefined>('sisipanAktif', form);
  return (
    <>
      <Row gutter={16}>
        <Col {...third}>
          <Form.Item label="Diterima pada" name="diterimaPada" rules={[{ required: true, message: 'Isi tanggal dan jam terima.' }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="DD/MM/YYYY HH:mm" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item label="Jenis naskah" name="jenisNaskah" rules={[{ required: true, message: 'Pilih jenis naskah.' }]}>
            <Select options={opsi(JENIS_NASKAH, NAMA_JENIS_NASKAH)} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item label="Media" name="media" rules={[{ required: true, message: 'Pilih media.' }]}>
            <Select options={opsi(MEDIA_SURAT, NAMA_MEDIA)} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label="Nomor naskah" name="nomorNaskah" rules={wajib('Isi nomor naskah dari pengirim.')}>
            <Input maxLength={120} placeholder="mis. W.32.UM.01.01-1473" />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label="Tanggal naskah" name="tanggalNaskah" rules={[{ required: true, message: 'Isi tanggal naskah.' }]}>
            <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label="Asal instansi" name="asalInstansi" rules={wajib('Isi instansi pengirim.')}>
            <Input maxLength={200} placeholder="mis. Direktorat Jenderal Pemasyarakatan" />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label="Asal pejabat" name="asalPejabat" extra="Nama atau jabatan penanda tangan surat; boleh dikosongkan.">
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item label="Hal" name="hal" rules={wajib('Isi hal surat.')}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item label="Isi ringkas" name="isiRingkas" rules={wajib('Isi ringkasan isi surat.')}>
            <Input.TextArea rows={3} maxLength={3000} showCount />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item label="Urgensi" name="urgensi" rules={[{ required: true, message: 'Pilih urgensi.' }]}>
            <Select options={opsi(URGENSI, NAMA_URGENSI)} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item label="Klasifikasi keamanan" name="keamanan" rules={[{ required: true, message: 'Pilih klasifikasi keamanan.' }]}>
            <Select options={KEAMANAN.map((k) => ({ value: k, label: `${NAMA_KEAMANAN[k]} (${k})` }))} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item label="Kode klasifikasi" name="klasifikasiKode" extra="Kode klasifikasi arsip untuk pemberkasan.">
            <KlasifikasiSelect />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label="Tujuan" name="tujuan" rules={wajib('Isi jabatan yang dituju.')}>
            <Input maxLength={200} placeholder="mis. Kepala Kantor Wilayah" />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label="Lampiran" name="lampiran" extra="Jumlah dan jenis lampiran; boleh dikosongkan.">
            <Input maxLength={200} placeholder="mis. 1 (satu) berkas" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item label="Berkas pindaian" name="berkas">
            <BerkasListField tombol="Pilih berkas pindaian" />
          </Form.Item>
          <Form.Item name="sisipanAktif" valuePropName="checked" style={{ marginBottom: sisipan ? 8 : 24 }}>
            <Checkbox>Catat dengan nomor sisipan (surat terlambat dicatat, mis. 34a)</Checkbox>
          </Form.Item>
        </Col>
        {sisipan ? (
          <>
            <Col {...third}>
              <Form.Item
                label="Setelah nomor agenda"
                name={['sisipan', 'setelahNoAgenda']}
                rules={[{ required: true, message: 'Isi nomor agenda.' }]}
              >
                <InputNumber min={1} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} lg={16}>
              <Form.Item
                label="Alasan sisipan"
                name={['sisipan', 'alasan']}
                rules={[...wajib('Jelaskan alasan sisipan.'), { min: 10, message: 'Minimal 10 karakter.' }]}
              >
                <Input maxLength={500} placeholder="mis. Surat terselip di Bagian Umum dan baru diserahkan" />
              </Form.Item>
            </Col>
          </>
        ) : null}
      </Row>
    </>
  );
}
