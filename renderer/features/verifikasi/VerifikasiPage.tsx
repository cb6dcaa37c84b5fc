// Owns "Verifikasi Dokumen" (#/verifikasi): drop a PDF, SATU checks its signatures against the trusted
// authorities and the office registry (dokumen.verify), and says the result in plain Indonesian.
import { useState } from 'react';
import { Alert, Card, Flex, Spin, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../lib/api.ts';
import { formatBatas, readBerkas } from '../../lib/read-file.ts';
import type { Berkas } from '../../lib/read-file.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { HasilVerifikasi } from './HasilVerifikasi.tsx';

/** The contract takes at most 40 000 000 base64 characters: 30 000 000 bytes. */
const MAKS_PDF = 30_000_000;

export function VerifikasiPage() {
  const [problem, setProblem] = useState<string | null>(null);
  const periksa = useMutation({
    mutationFn: async (b: Berkas) => ({ berkas: b, hasil: await call('dokumen.verify', { pdfBase64: b.isi }) }),
  });

  const pick = async (file: File) => {
    periksa.reset();
    const r = await readBerkas(file, 'base64', MAKS_PDF);
    if (!r.ok) return setProblem(`${file.name}: ${r.message}`);
    setProblem(null);
    periksa.mutate(r.berkas);
  };

  return (
    <>
      <PageHeader
        title="Verifikasi Dokumen"
        subtitle="Periksa keaslian PDF bertanda tangan elektronik dan apakah berkasnya sama dengan yang tercatat di registri kantor ini."
      />
      <Flex vertical gap={16} style={{ maxWidth: 1040 }}>
        <Card>
          <Upload.Dragger
            accept=".pdf,application/pdf"
            multiple={false}
            showUploadList={false}
            disabled={periksa.isPending}
            beforeUpload={(file) => {
              void pick(file);
              return Upload.LIST_IGNORE;
            }}
          >
            <Spin spinning={periksa.isPending} description="Memeriksa dokumen…">
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">Tarik berkas PDF ke sini atau klik untuk memilih</p>
              <p className="ant-upload-hint">Satu berkas PDF, maksimal {formatBatas(MAKS_PDF)}.</p>
            </Spin>
          </Upload.Dragger>
          <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
            Pemeriksaan dilakukan oleh SATU di komputer ini tanpa internet; berkas tidak disimpan. Tanda tangan dianggap dipercaya bila
            sertifikatnya diterbitkan Otoritas Sertifikat Kantor atau otoritas yang diimpor di Pengaturan › Sertifikat.
          </Typography.Paragraph>
        </Card>
        {problem ? <Alert type="error" showIcon title="Berkas tidak dapat diperiksa" description={problem} /> : null}
        {periksa.isError ? <ErrorAlert error={periksa.error} /> : null}
        {periksa.data ? <HasilVerifikasi berkas={periksa.data.berkas} hasil={periksa.data.hasil} /> : null}
      </Flex>
    </>
  );
}
