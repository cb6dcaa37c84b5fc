// Owns "Rincian surat" (#/naskah/masuk/:id): the letter, "Cetak Lembar Disposisi", the disposition tree
// and its actions. A recipient opening the page opens their unread branches once (disposisi.open records
// the read time the Pimpinan sees).
import { useEffect, useRef, useState } from 'react';
import { Button, Card, Empty, Flex } from 'antd';
import { ArrowLeftOutlined, EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { call } from '../../../lib/api.ts';
import { savePdf } from '../../../lib/download.ts';
import { useNotify } from '../../../lib/use-notify.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { BlockLoading } from '../../../ui/Loading.tsx';
import { BerkaskanNaskah } from '../../arsip/BerkaskanNaskah.tsx';
import { useHak } from '../peran.ts';
import { refreshNaskah, suratKey, useSurat } from '../queries.ts';
import type { SuratDetail } from '../queries.ts';
import { DisposisiModal } from './DisposisiModal.tsx';
import type { ModeDisposisi } from './DisposisiModal.tsx';
import { InfoSurat } from './InfoSurat.tsx';
import { LaporModal } from './LaporModal.tsx';
import { PohonDisposisi } from './PohonDisposisi.tsx';
import { belumDibukaSaya, hitungTuntas } from './pohon.ts';

type Dialog = { kind: 'disposisi'; mode: ModeDisposisi } | { kind: 'lapor'; penerimaId: number } | null;

export function RincianSurat() {
  const id = Number(useParams().id);
  const surat = useSurat(id);
  const hak = useHak();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const notify = useNotify();
  const [dialog, setDialog] = useState<Dialog>(null);
  const dibuka = useRef(new Set<number>());

  const terima = (d: SuratDetail) => {
    qc.setQueryData(suratKey(id), d);
    void refreshNaskah(qc);
  };
  const buka = useMutation({ mutationFn: (penerimaId: number) => call('disposisi.open', { penerimaId }), onSuccess: terima });
  const batal = useMutation({
    mutationFn: (disposisiId: number) => call('disposisi.cancel', { disposisiId }),
    onSuccess: (d) => {
      notify.success('Disposisi dibatalkan.');
      terima(d);
    },
    onError: (e) => notify.error(e),
  });
  const cetak = useMutation({
    mutationFn: () => call('laporan.generate', { kind: 'lembar-disposisi', params: { suratMasukId: id } }),
    onSuccess: (t) => {
      savePdf(t.namaBerkas, t.pdfBase64);
      notify.success(`Lembar Disposisi dibuat (dokumen nomor ${t.dokumenId}) dan diunduh.`);
    },
    onError: (e) => notify.error(e),
  });

  // Opening the page is reading: each of the user's unread branches is opened once.
  const { mutate: bukaMutate } = buka;
  useEffect(() => {
    for (const p of belumDibukaSaya(surat.data?.disposisi ?? [], hak.userId))
      if (!dibuka.current.has(p)) {
        dibuka.current.add(p);
        bukaMutate(p);
      }
  }, [surat.data, hak.userId, bukaMutate]);

  if (surat.isPending) return <BlockLoading />;
  if (surat.isError) return <ErrorAlert error={surat.error} onRetry={() => void surat.refetch()} />;
  const s = surat.data;
  const tuntas = hitungTuntas(s.disposisi);
  const selesai = (d: SuratDetail) => {
    setDialog(null);
    terima(d);
  };

  return (
    <Flex vertical gap={16}>
      <Card
        title={`Surat Masuk ${s.nomorAgenda}`}
        extra={
          <Flex gap={8} wrap align="center">
            <BerkaskanNaskah sumber="surat_masuk" id={s.id} tanggal={s.tanggalNaskah} />
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/naskah/masuk')}>
              Agenda
            </Button>
            {hak.penyusun ? (
              <Button icon={<PrinterOutlined />} loading={cetak.isPending} onClick={() => cetak.mutate()}>
                Cetak Lembar Disposisi
              </Button>
            ) : null}
          </Flex>
        }
      >
        <InfoSurat s={s} />
      </Card>
      <Card
        title="Disposisi"
        extra={
          <Flex gap={8} wrap>
            {hak.operatorPersuratan ? (
              <Button icon={<EditOutlined />} onClick={() => setDialog({ kind: 'disposisi', mode: { kind: 'lembar' } })}>
                Catat Disposisi dari Lembar
              </Button>
            ) : null}
            {hak.pimpinan ? (
              <Button type="primary" icon={<EditOutlined />} onClick={() => setDialog({ kind: 'disposisi', mode: { kind: 'buat' } })}>
                Beri Disposisi
              </Button>
            ) : null}
          </Flex>
        }
      >
        {s.disposisi.length === 0 ? (
          <Empty
            description={
              hak.pimpinan
                ? 'Surat ini belum didisposisi. Klik Beri Disposisi.'
                : hak.operatorPersuratan
                  ? 'Surat ini belum didisposisi. Bila Pimpinan sudah menulis disposisi pada lembar, klik Catat Disposisi dari Lembar.'
                  : 'Surat ini belum didisposisi oleh Pimpinan.'
            }
          />
        ) : (
          <PohonDisposisi
            semua={s.disposisi}
            induk={null}
            tuntas={tuntas}
            aksi={{
              userId: hak.userId,
              nama: hak.nama,
              membatalkan: batal.isPending ? (batal.variables ?? null) : null,
              onBatal: (d) => batal.mutate(d),
              onTeruskan: (p) => setDialog({ kind: 'disposisi', mode: { kind: 'teruskan', penerimaId: p } }),
              onLapor: (p) => setDialog({ kind: 'lapor', penerimaId: p }),
            }}
          />
        )}
      </Card>
      {dialog?.kind === 'disposisi' ? (
        <DisposisiModal mode={dialog.mode} surat={s} userId={hak.userId} onClose={() => setDialog(null)} onDone={selesai} />
      ) : null}
      {dialog?.kind === 'lapor' ? <LaporModal penerimaId={dialog.penerimaId} onClose={() => setDialog(null)} onDone={selesai} /> : null}
    </Flex>
  );
}
