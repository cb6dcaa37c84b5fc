// Owns the picker of people (users.directory: active users with name and jabatan, open to everyone):
// recipients of a disposition, verifiers, the signer, the Pimpinan of a paper disposition.
import { Select } from 'antd';
import { useDirektori } from './queries.ts';
import type { Pegawai } from './queries.ts';

type Single = { mode?: undefined; value?: number | null; onChange?: (v: number | null) => void };
type Multi = { mode: 'multiple'; value?: number[]; onChange?: (v: number[]) => void };
type Props = (Single | Multi) & {
  id?: string;
  /** Who may be picked (e.g. only Pimpinan, not oneself). */
  boleh?: (p: Pegawai) => boolean;
  placeholder?: string;
  disabled?: boolean;
};

export const labelPegawai = (p: Pick<Pegawai, 'nama' | 'jabatan'>) => (p.jabatan ? `${p.nama} — ${p.jabatan}` : p.nama);

export function PegawaiSelect(props: Props) {
  const { id, boleh, placeholder, disabled } = props;
  const dir = useDirektori();
  const options = (dir.data ?? []).filter((p) => !boleh || boleh(p)).map((p) => ({ value: p.id, label: labelPegawai(p) }));
  const common = {
    id,
    disabled,
    options,
    loading: dir.isPending,
    status: dir.isError ? ('error' as const) : undefined,
    placeholder: dir.isError ? 'Daftar pegawai tidak dapat dimuat' : (placeholder ?? 'Ketik nama untuk mencari'),
    showSearch: { optionFilterProp: 'label' },
    notFoundContent: dir.isPending ? 'Memuat…' : 'Tidak ada pegawai yang cocok',
    style: { width: '100%' },
  };
  if (props.mode === 'multiple')
    return <Select<number[]> {...common} mode="multiple" value={props.value} onChange={(v) => props.onChange?.(v)} />;
  return <Select<number | null> {...common} allowClear value={props.value ?? null} onChange={(v) => props.onChange?.(v ?? null)} />;
}
