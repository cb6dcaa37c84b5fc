// Owns the searchable picker of berkas (arsip.list with q), e.g. the open berkas a naskah is filed into
// or the berkas a loan is recorded for; labelled "UM.01.01/3/2026 — uraian".
import { useEffect, useState } from 'react';
import { Select } from 'antd';
import type { StatusBerkas } from '../../../shared/domain/arsip/nilai.ts';
import { useBerkasList } from './queries.ts';
import { nomorBerkas } from './tanda.tsx';

type Props = { id?: string; value?: number | null; onChange?: (v: number | null) => void; status?: StatusBerkas[]; placeholder?: string };

export function BerkasPicker({ id, value, onChange, status, placeholder }: Props) {
  const [ketik, setKetik] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const t = window.setTimeout(() => setQ(ketik.trim()), 250);
    return () => window.clearTimeout(t);
  }, [ketik]);
  const list = useBerkasList({ q: q || undefined, status }, 1, 50);
  const options = (list.data?.items ?? []).map((b) => ({
    value: b.id,
    label: `${nomorBerkas(b)} · ${b.unitPengolah} — ${b.uraian}`,
  }));
  return (
    <Select<number | null>
      id={id}
      allowClear
      value={value ?? null}
      onChange={(v) => onChange?.(v ?? null)}
      options={options}
      loading={list.isFetching}
      showSearch={{ filterOption: false, onSearch: setKetik }}
      placeholder={placeholder ?? 'Ketik kode klasifikasi atau uraian berkas'}
      notFoundContent={list.isError ? 'Daftar berkas tidak dapat dimuat.' : 'Tidak ada berkas yang cocok'}
      style={{ width: '100%' }}
    />
  );
}
