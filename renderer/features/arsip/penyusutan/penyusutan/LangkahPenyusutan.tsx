// Owns the card of a penyusutan's current step: which document must be signed first, then the step's
// form for the operators; the outcome once carried out or cancelled. Everyone else reads.
import { Alert, Card, Flex, Typography } from 'antd';
import { NAMA_METODE } from '../nama.ts';
import type { PenyusutanDetail } from '../queries.ts';
import { useHakArsip } from '../queries.ts';
import { belumTertanda, dokumenLangkah, judulLangkah, langkahSekarang, syaratLangkah, tercatat } from './langkah.ts';
import type { NamaLangkah } from './langkah.ts';
import { PanitiaForm } from './PanitiaForm.tsx';
import { PelaksanaanForm, PeringatanPemusnahan } from './PelaksanaanForm.tsx';
import type { LangkahProps } from './rekam.ts';
import { SuratForm } from './SuratForm.tsx';

type Props = { p: PenyusutanDetail; onDone: LangkahProps['onDone'] };

function FormLangkah({ l, ...props }: LangkahProps & { l: NamaLangkah }) {
  switch (l) {
    case 'panitia':
      return <PanitiaForm {...props} />;
    case 'pertimbangan':
    case 'permintaan':
    case 'persetujuan':
    case 'penetapan':
      return <SuratForm langkah={l} {...props} />;
    case 'pelaksanaan':
      return <PelaksanaanForm {...props} />;
  }
}

function Hasil({ p }: { p: PenyusutanDetail }) {
  const hak = useHakArsip();
  if (p.status === 'batal')
    return (
      <Alert type="warning" showIcon title="Usulan dibatalkan; berkas kembali berstatus inaktif." description={p.catatan ?? undefined} />
    );
  const t = tercatat(p).pelaksanaan;
  const belum = belumTertanda(p, dokumenLangkah(p.jenis, 'pelaksanaan'));
  return (
    <Flex vertical gap={12}>
      <Alert
        type="success"
        showIcon
        title={p.jenis === 'musnah' ? 'Arsip telah dimusnahkan.' : 'Arsip statis telah diserahkan.'}
        description={t ? `${NAMA_METODE[t.metode]} di ${t.tempat}, Berita Acara Nomor ${t.baNomor}.` : undefined}
      />
      {belum.length ? (
        <Alert
          type="info"
          showIcon
          title={`Menunggu tanda tangan Pimpinan: ${belum.map((d) => d.judul).join(' dan ')}.`}
          description={
            hak.pimpinan
              ? 'Tanda tangani dari daftar Dokumen agar Berita Acara dan daftarnya sah dan tersimpan di registri dokumen.'
              : 'Pimpinan menandatanganinya dari daftar Dokumen di halaman ini; setelah itu salinan bertanda tangan dapat diunduh.'
          }
        />
      ) : null}
    </Flex>
  );
}

export function LangkahPenyusutan({ p, onDone }: Props) {
  const hak = useHakArsip();
  const l = langkahSekarang(p.status);
  if (!l)
    return (
      <Card title="Hasil" size="small">
        <Hasil p={p} />
      </Card>
    );
  const menunggu = belumTertanda(p, syaratLangkah(p.jenis, l));
  return (
    <Card title={`Langkah sekarang: ${judulLangkah(l, p.jenis).toLowerCase()}`} size="small">
      {menunggu.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${menunggu.map((d) => d.judul).join(' dan ')} belum ditandatangani.`}
          description={
            hak.pimpinan
              ? 'Periksa pratinjaunya, lalu tanda tangani dari daftar Dokumen. Setelah itu langkah ini dapat dicatat.'
              : 'Langkah ini dapat dicatat setelah Pimpinan menandatanganinya dari daftar Dokumen di halaman ini.'
          }
        />
      ) : null}
      {hak.kelola ? (
        <FormLangkah l={l} p={p} terkunci={menunggu.length > 0} onDone={onDone} />
      ) : (
        <>
          {l === 'pelaksanaan' && p.jenis === 'musnah' ? <PeringatanPemusnahan /> : null}
          <Typography.Text type="secondary">Langkah ini dicatat oleh operator persuratan dan arsip atau administrator.</Typography.Text>
        </>
      )}
    </Card>
  );
}
