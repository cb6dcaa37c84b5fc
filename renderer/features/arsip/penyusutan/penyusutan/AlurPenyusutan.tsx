// Owns the vertical Steps of a pemusnahan or penyerahan: usul → panitia → pertimbangan → permintaan
// → persetujuan → penetapan → pelaksanaan → Berita Acara and Daftar signed, each with what it
// recorded and the state of its documents.
import type { ReactNode } from 'react';
import { Steps, Typography } from 'antd';
import type { StepsProps } from 'antd';
import { DOKUMEN_PENYUSUTAN } from '../../../../../shared/domain/arsip/dokumen.ts';
import { NAMA_PERSETUJUAN_OLEH } from '../../../../../shared/domain/arsip/nilai.ts';
import { formatAngka } from '../../../../../shared/format/index.ts';
import { NAMA_JENIS_PENYUSUTAN, NAMA_METODE, NAMA_PERAN_PANITIA, nomorTanggal, tanggal } from '../nama.ts';
import type { PenyusutanDetail } from '../queries.ts';
import { URUTAN, belumTertanda, dokumenLangkah, judulLangkah, langkahSekarang, syaratLangkah, tercatat } from './langkah.ts';
import type { NamaLangkah } from './langkah.ts';

type Item = NonNullable<StepsProps['items']>[number];

const Kecil = ({ children }: { children: ReactNode }) => (
  <Typography.Text type="secondary" style={{ display: 'block' }}>
    {children}
  </Typography.Text>
);

function Ringkas({ p, l }: { p: PenyusutanDetail; l: NamaLangkah }) {
  const t = tercatat(p);
  switch (l) {
    case 'panitia':
      return t.panitia ? (
        <>
          <div>Keputusan {nomorTanggal(t.panitia.nomor, t.panitia.tanggal)}</div>
          {t.panitia.anggota.map((a, i) => (
            <Kecil key={i}>
              {NAMA_PERAN_PANITIA[a.peran]}: {a.nama}
            </Kecil>
          ))}
        </>
      ) : null;
    case 'pertimbangan':
      return t.pertimbangan ? (
        <>
          <div>{nomorTanggal(t.pertimbangan.nomor, t.pertimbangan.tanggal)}</div>
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, tooltip: t.pertimbangan.isi }} style={{ margin: 0 }}>
            {t.pertimbangan.isi}
          </Typography.Paragraph>
        </>
      ) : null;
    case 'permintaan':
      return t.permintaan ? (
        <>
          <div>{nomorTanggal(t.permintaan.nomor, t.permintaan.tanggal)}</div>
          <Kecil>Kepada: {NAMA_PERSETUJUAN_OLEH[t.permintaan.kepada]}</Kecil>
        </>
      ) : (
        <Kecil>Ditujukan kepada: {NAMA_PERSETUJUAN_OLEH[p.persetujuanOleh]}</Kecil>
      );
    case 'persetujuan':
      return t.persetujuan ? (
        <>
          <div>{nomorTanggal(t.persetujuan.nomor, t.persetujuan.tanggal)}</div>
          <Kecil>Dari: {NAMA_PERSETUJUAN_OLEH[t.persetujuan.oleh]}</Kecil>
        </>
      ) : (
        <Kecil>Dari: {NAMA_PERSETUJUAN_OLEH[p.persetujuanOleh]}</Kecil>
      );
    case 'penetapan':
      return t.penetapan ? <div>Keputusan {nomorTanggal(t.penetapan.nomor, t.penetapan.tanggal)}</div> : null;
    case 'pelaksanaan':
      return t.pelaksanaan ? (
        <>
          <div>Berita Acara {nomorTanggal(t.pelaksanaan.baNomor, t.pelaksanaan.tanggal)}</div>
          <Kecil>
            {NAMA_METODE[t.pelaksanaan.metode]} di {t.pelaksanaan.tempat}
          </Kecil>
          <Kecil>Saksi: {t.pelaksanaan.saksi.map((s) => s.nama).join(', ')}</Kecil>
        </>
      ) : null;
  }
}

/** "SK Panitia: ditandatangani" lines for the documents a recorded step produced. */
function StatusDokumen({ p, kinds }: { p: PenyusutanDetail; kinds: readonly string[] }) {
  const docs = p.dokumen.filter((d) => kinds.includes(d.kind) && d.siap);
  return docs.map((d) => (
    <Typography.Text key={d.kind} type={d.ditandatangani ? 'success' : 'warning'} style={{ display: 'block', fontSize: 12 }}>
      {d.judul}: {d.ditandatangani ? 'ditandatangani' : 'belum ditandatangani'}
    </Typography.Text>
  ));
}

function langkahItem(p: PenyusutanDetail, l: NamaLangkah, sekarang: NamaLangkah | null): Item {
  const sudah = tercatat(p)[l] !== undefined;
  const kini = l === sekarang;
  const menunggu = kini ? belumTertanda(p, syaratLangkah(p.jenis, l)) : [];
  return {
    title: judulLangkah(l, p.jenis),
    status: sudah ? 'finish' : kini ? 'process' : 'wait',
    content: (
      <>
        <Ringkas p={p} l={l} />
        {sudah ? <StatusDokumen p={p} kinds={dokumenLangkah(p.jenis, l)} /> : null}
        {kini && menunggu.length ? <Kecil>Menunggu tanda tangan: {menunggu.map((d) => d.judul).join(', ')}</Kecil> : null}
        {kini && !menunggu.length ? <Kecil>Siap dicatat.</Kecil> : null}
      </>
    ),
  };
}

export function AlurPenyusutan({ p }: { p: PenyusutanDetail }) {
  const sekarang = langkahSekarang(p.status);
  const d = DOKUMEN_PENYUSUTAN[p.jenis];
  const akhir = p.dokumen.filter((x) => x.kind === d.ba || x.kind === d.daftar);
  const tertanda = akhir.length > 0 && akhir.every((x) => x.ditandatangani);
  const items: Item[] = [
    {
      title: `Usul ${p.jenis === 'musnah' ? 'musnah' : 'serah'}`,
      status: 'finish',
      content: (
        <>
          <div>
            {formatAngka(p.berkas.length)} berkas · {NAMA_JENIS_PENYUSUTAN[p.jenis].toLowerCase()}
          </div>
          <Kecil>Diusulkan {tanggal(p.createdAt)}</Kecil>
          <StatusDokumen p={p} kinds={[d.usul]} />
        </>
      ),
    },
    ...URUTAN.map((l) => langkahItem(p, l, sekarang)),
    {
      title: 'Berita Acara dan Daftar ditandatangani',
      status: tertanda ? 'finish' : p.status === 'dilaksanakan' ? 'process' : 'wait',
      content:
        p.jenis === 'musnah' ? 'Berkas tercatat musnah; metadata dan Berita Acara disimpan permanen.' : 'Berkas tercatat diserahkan.',
    },
  ];
  if (p.status === 'batal') items.push({ title: 'Dibatalkan', status: 'error', content: 'Berkas kembali berstatus inaktif.' });
  const kini = items.findIndex((i) => i.status === 'process' || i.status === 'error');
  return <Steps orientation="vertical" size="small" current={kini < 0 ? items.length - 1 : kini} items={items} />;
}
