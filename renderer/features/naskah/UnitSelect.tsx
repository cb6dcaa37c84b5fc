// Owns the picker of organisation units (organisasi.list), labelled with the head who receives for the
// unit (users.directory); a unit without a head cannot be picked as a disposition addressee.
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/api.ts';
import { useDirektori } from './queries.ts';

type Props = {
  id?: string;
  mode?: 'multiple';
  value?: number[] | number | null;
  onChange?: (v: never) => void;
  /** Disposition addressee: only units with a head, not the unit the sender heads. */
  untukDisposisi?: { kecualiUserId: number | null | undefined };
  placeholder?: string;
};

export const useUnits = () => useQuery({ queryKey: ['organisasi.list'], queryFn: () => call('organisasi.list', {}), staleTime: 60_000 });

export function UnitSelect({ id, mode, value, onChange, untukDisposisi, placeholder }: Props) {
  const units = useUnits();
  const dir = useDirektori();
  const kepala = new Map((dir.data ?? []).filter((p) => p.kepalaUnit && p.unitId !== null).map((p) => [p.unitId, p]));
  const options = (units.data ?? []).map((u) => {
    const k = kepala.get(u.id);
    if (!untukDisposisi) return { value: u.id, label: u.nama };
    const milikSendiri = k !== undefined && k.id === untukDisposisi.kecualiUserId;
    return {
      value: u.id,
      label: k ? `${u.nama} — ${k.nama}` : `${u.nama} (belum ada kepala unit)`,
      disabled: !k || milikSendiri,
    };
  });
  return (
    <Select
      id={id}
      mode={mode}
      allowClear
      value={value ?? (mode === 'multiple' ? [] : null)}
      onChange={(v) => (onChange as ((v: unknown) => void) | undefined)?.(v ?? null)}
      options={options}
      loading={units.isPending}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={placeholder ?? 'Ketik nama unit'}
      notFoundContent={units.isPending ? 'Memuat…' : 'Tidak ada unit yang cocok'}
      style={{ width: '100%' }}
    />
  );
}
