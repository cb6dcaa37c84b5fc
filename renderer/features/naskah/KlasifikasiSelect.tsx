// Owns the searchable picker of archive classification codes (klasifikasi.list with q): "UM.01.01 —
// Persuratan", codes not yet checked against the ministry's list tagged "belum terkonfirmasi".
import { useEffect, useState } from 'react';
import { Flex, Select, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { ChannelOutput } from '../../../shared/ipc/contract.ts';
import { call } from '../../lib/api.ts';

type Kode = ChannelOutput<'klasifikasi.list'>[number];
type Props = { id?: string; value?: string | null; onChange?: (v: string | null) => void; disabled?: boolean };

const useKlasifikasi = (q: string) =>
  useQuery({
    queryKey: ['klasifikasi.list', q],
    queryFn: () => call('klasifikasi.list', { q: q || undefined, limit: 50 }),
    staleTime: 300_000,
  });

function Opsi({ k }: { k: Kode }) {
  return (
    <Flex gap={8} align="center" justify="space-between">
      <Typography.Text ellipsis style={{ paddingInlineStart: (k.tingkat - 1) * 10 }}>
        <strong>{k.kode}</strong> — {k.nama}
      </Typography.Text>
      {k.terkonfirmasi ? null : (
        <Tag color="orange" style={{ marginInlineEnd: 0, flex: 'none' }}>
          belum terkonfirmasi
        </Tag>
      )}
    </Flex>
  );
}

/** A stored code with its name: "UM.01.01 — Persuratan" (the code alone while loading or if unknown). */
export function NamaKlasifikasi({ kode }: { kode: string }) {
  const k = useKlasifikasi(kode).data?.find((x) => x.kode === kode);
  return <>{k ? `${k.kode} — ${k.nama}` : kode}</>;
}

export function KlasifikasiSelect({ id, value, onChange, disabled }: Props) {
  const [ketik, setKetik] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const t = window.setTimeout(() => setQ(ketik.trim()), 250);
    return () => window.clearTimeout(t);
  }, [ketik]);
  const list = useKlasifikasi(q);
  const kodeIni = useKlasifikasi(value ?? '');
  const seen = new Set<string>();
  const semua = [...(list.data ?? []), ...(value ? (kodeIni.data ?? []).filter((k) => k.kode === value) : [])].filter((k) =>
    seen.has(k.kode) ? false : (seen.add(k.kode), true),
  );
  return (
    <Select<string | null>
      id={id}
      disabled={disabled}
      allowClear
      value={value ?? null}
      onChange={(v) => onChange?.(v ?? null)}
      placeholder="Ketik kode atau nama, mis. UM.01 atau persuratan"
      showSearch={{ filterOption: false, onSearch: setKetik }}
      loading={list.isFetching}
      notFoundContent={list.isError ? 'Daftar klasifikasi tidak dapat dimuat.' : 'Kode tidak ditemukan'}
      options={semua.map((k) => ({ value: k.kode, label: `${k.kode} — ${k.nama}`, kode: k }))}
      optionRender={(o) => <Opsi k={o.data.kode} />}
      onOpenChange={(open) => (open ? undefined : setKetik(''))}
      style={{ width: '100%' }}
    />
  );
}
