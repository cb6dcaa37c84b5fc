// Owns the query keys and loaders of Naskah Dinas: agenda, letters, dispositions, outgoing naskah,
// numbering, holidays and the people one may address (users.directory, open to every signed-in user).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract.ts';
import { call } from '../../lib/api.ts';

export type SuratRingkas = ChannelOutput<'suratMasuk.list'>['items'][number];
export type SuratDetail = ChannelOutput<'suratMasuk.get'>;
export type Disposisi = SuratDetail['disposisi'][number];
export type Penerima = Disposisi['penerima'][number];
export type BerkasInfo = SuratDetail['berkas'][number];
export type DisposisiSaya = ChannelOutput<'disposisi.mine'>[number];
export type StatusSaya = NonNullable<ChannelInput<'disposisi.mine'>['status']>;
export type Pegawai = ChannelOutput<'users.directory'>[number];
export type NaskahRingkas = ChannelOutput<'naskahKeluar.list'>['items'][number];
export type NaskahDetail = ChannelOutput<'naskahKeluar.get'>;
export type Seri = ChannelOutput<'penomoran.seriList'>[number];
export type Register = ChannelOutput<'penomoran.register'>;

type ListSurat = Omit<ChannelInput<'suratMasuk.list'>, 'limit' | 'offset'> & { halaman: number; ukuran: number };
type ListNaskah = Omit<ChannelInput<'naskahKeluar.list'>, 'limit' | 'offset'> & { halaman: number; ukuran: number };

const KEYS = ['suratMasuk', 'disposisi', 'naskahKeluar', 'penomoran', 'hariLibur'] as const;

/** After any change in this module: every list and detail of it loads again. */
export const refreshNaskah = (qc: QueryClient) =>
  qc.invalidateQueries({ predicate: (q) => KEYS.some((k) => String(q.queryKey[0]).startsWith(`${k}.`)) });

export const useDirektori = () =>
  useQuery({ queryKey: ['users.directory'], queryFn: () => call('users.directory', {}), staleTime: 60_000 });

export const useSuratMasukList = ({ halaman, ukuran, ...f }: ListSurat) =>
  useQuery({
    queryKey: ['suratMasuk.list', f, halaman, ukuran],
    queryFn: () => call('suratMasuk.list', { ...f, limit: ukuran, offset: (halaman - 1) * ukuran }),
    placeholderData: keepPreviousData,
  });

export const suratKey = (id: number) => ['suratMasuk.get', id] as const;
export const useSurat = (id: number) => useQuery({ queryKey: suratKey(id), queryFn: () => call('suratMasuk.get', { id }) });

export const useDisposisiSaya = (status: StatusSaya) =>
  useQuery({ queryKey: ['disposisi.mine', status], queryFn: () => call('disposisi.mine', { status }) });

export const useLewatTenggat = (enabled: boolean) =>
  useQuery({ queryKey: ['disposisi.overdue'], queryFn: () => call('disposisi.overdue', {}), enabled });

export const useNaskahList = ({ halaman, ukuran, ...f }: ListNaskah) =>
  useQuery({
    queryKey: ['naskahKeluar.list', f, halaman, ukuran],
    queryFn: () => call('naskahKeluar.list', { ...f, limit: ukuran, offset: (halaman - 1) * ukuran }),
    placeholderData: keepPreviousData,
  });

export const naskahKey = (id: number) => ['naskahKeluar.get', id] as const;
export const useNaskah = (id: number | null) =>
  useQuery({ queryKey: naskahKey(id ?? 0), queryFn: () => call('naskahKeluar.get', { id: id ?? 0 }), enabled: id !== null });

export const useSeri = () => useQuery({ queryKey: ['penomoran.seriList'], queryFn: () => call('penomoran.seriList', {}) });

export const useRegister = (seriId: number, tahun: number) =>
  useQuery({
    queryKey: ['penomoran.register', seriId, tahun],
    queryFn: () => call('penomoran.register', { seriId, tahun }),
    placeholderData: keepPreviousData,
  });

export const useHariLibur = (tahun: number) =>
  useQuery({ queryKey: ['hariLibur.list', tahun], queryFn: () => call('hariLibur.list', { tahun }) });
