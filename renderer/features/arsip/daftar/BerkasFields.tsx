// Owns the fields of a berkas (reference arsip-naskah.md A.11, A.13, A.17): classification, unit
// pengolah and year (fixed once closed), uraian, category (vital asks how it is protected), security
// class, media and where it is kept while active (ruang · filing cabinet · laci · folder).
import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { KATEGORI_ARSIP, MEDIA_ARSIP, NAMA_KATEGORI_ARSIP, NAMA_MEDIA_ARSIP } from '../../../../shared/domain/arsip/nilai.ts';
import { KEAMANAN, NAMA_KEAMANAN } from '../../../../shared/domain/naskah/surat.ts';
import { KlasifikasiSelect } from '../../naskah/KlasifikasiSelect.tsx';
import { UnitPengolahInput } from '../UnitPengolahInput.tsx';

const opsi = <K extends string>(keys: readonly K[], nama: Record<K, string>) => keys.map((k) => ({ value: k, label: nama[k] }));
const half = { xs: 24, md: 12 };
const quarter = { xs: 12, md: 6 };

export function BerkasFields({ identitasTetap }: { identitasTetap: boolean }) {
  const kategori = Form.useWatch('kategori');
  const tetap = identitasTetap ? 'Hanya dapat diubah selama berkas terbuka.' : undefined;
  return (
    <Row gutter={16}>
      <Col {...half}>
        <Form.Item
          label="Kode klasifikasi"
          name="klasifikasiKode"
          rules={[{ required: true, message: 'Pilih kode klasifikasi.' }]}
          extra={tetap ?? 'Retensi dan nasib akhir diambil dari baris JRA kode ini saat berkas ditutup.'}
        >
          <KlasifikasiSelect disabled={identitasTetap} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label="Unit pengolah" name="unitPengolah" rules={[{ required: true, whitespace: true, message: 'Isi unit pengolah.' }]}>
          <UnitPengolahInput disabled={identitasTetap} />
        </Form.Item>
      </Col>
      <Col xs={24} md={4}>
        <Form.Item label="Tahun" name="tahun" rules={[{ required: true, message: 'Isi tahun.' }]}>
          <InputNumber min={1945} max={2100} precision={0} disabled={identitasTetap} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item
          label="Uraian berkas"
          name="uraian"
          rules={[
            { required: true, whitespace: true, message: 'Isi uraian berkas.' },
            { min: 3, message: 'Minimal 3 karakter.' },
          ]}
          extra="Masalah yang dihimpun berkas ini, mis. “Laporan bulanan kegiatan pembinaan narapidana”."
        >
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label="Kategori" name="kategori">
          <Select options={opsi(KATEGORI_ARSIP, NAMA_KATEGORI_ARSIP)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label="Klasifikasi keamanan" name="keamanan" extra="Kosongkan untuk mengikuti JRA kode ini (Biasa bila tidak ada).">
          <Select allowClear placeholder="Ikuti JRA" options={KEAMANAN.map((k) => ({ value: k, label: NAMA_KEAMANAN[k] }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label="Media" name="media">
          <Select options={opsi(MEDIA_ARSIP, NAMA_MEDIA_ARSIP)} />
        </Form.Item>
      </Col>
      {kategori === 'vital' ? (
        <>
          <Col xs={24} md={8}>
            <Form.Item label="Jenis arsip vital" name={['vital', 'jenis']}>
              <Input maxLength={200} placeholder="mis. Sertifikat tanah" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="Cara perlindungan" name={['vital', 'perlindungan']}>
              <Input maxLength={200} placeholder="mis. Duplikasi, lemari tahan api" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="Lokasi duplikat" name={['vital', 'lokasiDuplikat']}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </>
      ) : null}
      <Col span={24}>
        <div style={{ fontWeight: 600, margin: '4px 0 8px' }}>Lokasi simpan (aktif)</div>
      </Col>
      <Col {...quarter}>
        <Form.Item label="Ruang" name="lokRuang">
          <Input maxLength={80} placeholder="mis. Ruang TU" />
        </Form.Item>
      </Col>
      <Col {...quarter}>
        <Form.Item label="Filing cabinet / lemari" name="lokLemari">
          <Input maxLength={80} placeholder="mis. 2" />
        </Form.Item>
      </Col>
      <Col {...quarter}>
        <Form.Item label="Laci" name="lokLaci">
          <Input maxLength={80} placeholder="mis. 1" />
        </Form.Item>
      </Col>
      <Col {...quarter}>
        <Form.Item label="Folder / guide" name="lokFolder">
          <Input maxLength={80} placeholder="mis. UM.01" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item label="Keterangan" name="keterangan">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Col>
    </Row>
  );
}
