// Owns the naskah editor (#/naskah/keluar/baru, #/naskah/keluar/:id): the konsep form (read-only once
// submitted or for anyone but its konseptor), the workflow actions, and the ekspedisi once signed.
import { useEffect, useState } from 'react';
import { Button, Card, Flex, Form } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiError, call } from '../../../lib/api.ts';
import { showSubmitError } from '../../../lib/form-errors.ts';
import type { NamePath } from '../../../lib/form-errors.ts';
import { useNotify } from '../../../lib/use-notify.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { BlockLoading } from '../../../ui/Loading.tsx';
import { BerkaskanNaskah } from '../../arsip/BerkaskanNaskah.tsx';
import { useHak } from '../peran.ts';
import { naskahKey, refreshNaskah, useDirektori, useNaskah, useSeri } from '../queries.ts';
import type { NaskahDetail, Seri } from '../queries.ts';
import { AksiNaskah } from './AksiNaskah.tsx';
import { EkspedisiCard } from './EkspedisiCard.tsx';
import { IsiFields } from './IsiFields.tsx';
import { KepalaNaskah } from './KepalaNaskah.tsx';
import { KeputusanFields } from './KeputusanFields.tsx';
import { AWAL, keForm, keInput, seriUntuk } from './naskah-form.ts';
import type { NaskahValues } from './naskah-form.ts';
import { TtdFields } from './TtdFields.tsx';
import { TujuanFields } from './TujuanFields.tsx';
import { UmumFields } from './UmumFields.tsx';

const BELUM_LENGKAP = new ApiError({ code: 'VALIDATION', message: 'Lengkapi isian yang ditandai merah, lalu coba lagi.', issues: [] });

/** Backend paths are 'isi.blok…' / 'isi.keputusan…'; the form keeps blok and keputusan at the top. */
const rename = (n: NamePath): NamePath => (n[0] === 'isi' ? n.slice(1) : n);

function EditorForm({ n, seri }: { n: NaskahDetail | null; seri: Seri[] }) {
  const hak = useHak();
  const [form] = Form.useForm<NaskahValues>();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const notify = useNotify();
  const dir = useDirektori();
  const [menyimpan, setMenyimpan] = useState(false);
  const jenis = Form.useWatch('jenis', form);
  const penandatanganId = Form.useWatch('penandatanganId', form);
  const editable = hak.penyusun && (n === null || (n.status === 'konsep' && n.konseptorId === hak.userId));

  const terima = (d: NaskahDetail, pesan?: string) => {
    qc.setQueryData(naskahKey(d.id), d);
    void refreshNaskah(qc);
    if (pesan) notify.success(pesan);
  };
  const simpan = async (): Promise<NaskahDetail | null> => {
    try {
      await form.validateFields();
    } catch (e) {
      const first = (e as { errorFields?: { name: NamePath }[] }).errorFields?.[0];
      if (first) form.scrollToField(first.name, { block: 'center' });
      notify.error(BELUM_LENGKAP);
      return null;
    }
    setMenyimpan(true);
    try {
      const d = await call('naskahKeluar.save', keInput(form.getFieldsValue(true) as NaskahValues, n?.id ?? null));
      terima(d);
      if (!n) navigate(`/naskah/keluar/${d.id}`, { replace: true });
      return d;
    } catch (e) {
      showSubmitError(form, e, notify.error, rename);
      return null;
    } finally {
      setMenyimpan(false);
    }
  };
  const ubah = (c: Partial<NaskahValues>) => {
    if (c.jenis) form.setFieldValue('seriId', seriUntuk(seri, c.jenis));
    if (c.penandatanganId) {
      const jab = dir.data?.find((p) => p.id === c.penandatanganId)?.jabatan;
      if (jab && !form.isFieldTouched('jabatanTtd')) form.setFieldValue('jabatanTtd', jab);
    }
  };
  const awal = n ? keForm(n) : { ...AWAL, seriId: seriUntuk(seri, AWAL.jenis ?? 'nota_dinas') };
  // A new naskah in an office with one Pimpinan starts with that Pimpinan as signer.
  const satuPimpinan = n === null && dir.data?.filter((p) => p.roles.includes('pimpinan')).length === 1;
  useEffect(() => {
    const p = dir.data?.find((x) => x.roles.includes('pimpinan'));
    if (!satuPimpinan || !p || form.getFieldValue('penandatanganId')) return;
    form.setFieldsValue({ penandatanganId: p.id, jabatanTtd: p.jabatan ?? '' });
  }, [satuPimpinan, dir.data, form]);

  return (
    <Flex vertical gap={16}>
      <Card
        title={n ? `Naskah: ${n.hal}` : 'Naskah Baru'}
        extra={
          <Flex gap={8} wrap align="center">
            {n?.status === 'ditandatangani' ? <BerkaskanNaskah sumber="naskah_keluar" id={n.id} tanggal={n.tanggal} /> : null}
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/naskah/keluar')}>
              Daftar naskah
            </Button>
          </Flex>
        }
      >
        <Flex vertical gap={16}>
          {n ? <KepalaNaskah n={n} /> : null}
          <AksiNaskah n={n} editable={editable} penandatanganId={penandatanganId} simpan={simpan} menyimpan={menyimpan} terima={terima} />
        </Flex>
      </Card>
      <Form<NaskahValues> form={form} name="naskahKeluar" layout="vertical" initialValues={awal} disabled={!editable} onValuesChange={ubah}>
        <Flex vertical gap={16}>
          <Card title="Identitas Naskah">
            <UmumFields />
          </Card>
          <Card title="Tujuan dan Tembusan">
            <TujuanFields />
          </Card>
          <Card title={jenis === 'surat_keputusan' ? 'Isi Keputusan' : 'Isi Naskah'}>
            {jenis === 'surat_keputusan' ? <KeputusanFields /> : <IsiFields />}
          </Card>
          <Card title="Penanda Tangan dan Penomoran">
            <TtdFields seri={seri} />
          </Card>
        </Flex>
      </Form>
      {n?.status === 'ditandatangani' ? <EkspedisiCard n={n} bolehCatat={hak.operator} onDone={(d) => terima(d)} /> : null}
    </Flex>
  );
}

export function NaskahEditor() {
  const { id } = useParams();
  const naskahId = id ? Number(id) : null;
  const naskah = useNaskah(naskahId);
  const seri = useSeri();
  if (seri.isError) return <ErrorAlert error={seri.error} onRetry={() => void seri.refetch()} />;
  if (naskah.isError) return <ErrorAlert error={naskah.error} onRetry={() => void naskah.refetch()} />;
  if (seri.isPending || (naskahId !== null && naskah.isPending)) return <BlockLoading />;
  return <EditorForm key={naskahId ?? 'baru'} n={naskahId === null ? null : (naskah.data ?? null)} seri={seri.data} />;
}
