// Owns the unit pengolah field: the office's organisation units to pick from (organisasi.list), or any
// name typed freely (a unit not in the list, a former unit); the berkas stores the name.
import { AutoComplete } from 'antd';
import { useUnits } from '../naskah/UnitSelect.tsx';

type Props = { id?: string; value?: string; onChange?: (v: string) => void; placeholder?: string; disabled?: boolean };

export function UnitPengolahInput({ id, value, onChange, placeholder, disabled }: Props) {
  const units = useUnits();
  const cari = (value ?? '').trim().toLowerCase();
  const options = (units.data ?? []).map((u) => ({ value: u.nama })).filter((o) => !cari || o.value.toLowerCase().includes(cari));
  return (
    <AutoComplete
      id={id}
      disabled={disabled}
      value={value}
      onChange={(v: string) => onChange?.(v)}
      options={options}
      placeholder={placeholder ?? 'Pilih unit atau ketik namanya'}
      style={{ width: '100%' }}
      maxLength={200}
      allowClear
    />
  );
}
