// Owns the query keys and loaders of the Arsip module: berkas, the unfiled to-do, the retention
// monitor, the JRA and loans. Every change in the module refreshes all of them (refreshArsip).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract.ts';
import { call } from '../../lib/api.ts';

export type BerkasRingkas = ChannelOutput<'arsip.list'>['items'][number];
export type BerkasDetail = ChannelOutput<'arsip.get'>;
export type ItemArsip = BerkasDetail['items'][number];
export type Salinan = ItemArsip['salinan'][number];
export type BelumDiberkaskan = ChannelOutput<'arsip.unfiled'>[number];
export type JatuhTempo = ChannelOutput<'arsip.due'>['items'][number];
export type Jra = ChannelOutput<'jra.list'>;
export type JraVersi = Jra['versi'][number];
export type JraBaris = Jra['baris'][number];
export type Pinjaman = ChannelOutput<'peminjaman.list'>[number];
export type StatusPinjaman = NonNullable<ChannelInput<'peminjaman.list'>['status']>;
export type FilterBerkas = Omit<ChannelInput<'arsip.list'>, 'halaman' | 'perHalaman'>;

const KEYS = ['arsip', 'jra', 'peminjaman', 'pemindahan', 'penyusutan'] as const;

/** After any change in this module: every list and detail of it loads again. */
export const refreshArsip = (qc: QueryClient) =>
  qc.invalidateQueries({
    predicate: (q) => KEYS.some((k) => q.queryKey[0] === k || String(q.queryKey[0]).startsWith(`${k}.`)),
  });

export const useBerkasList = (f: FilterBerkas, halaman: number, perHalaman: number) =>
  useQuery({
    queryKey: ['arsip.list', f, halaman, perHalaman],
    queryFn: () => call('arsip.list', { ...f, halaman, perHalaman }),
    placeholderData: keepPreviousData,
  });

export const berkasKey = (id: number) => ['arsip.get', id] as const;
export const useBerkas = (id: number, enabled = true) =>
  useQuery({ queryKey: berkasKey(id), queryFn: () => call('arsip.get', { id }), enabled: enabled && id > 0 });

export const useBelumDiberkaskan = (tahun?: number) =>
  useQuery({ queryKey: ['arsip.unfiled', tahun ?? null], queryFn: () => call('arsip.unfiled', { tahun }) });

export const useJatuhTempo = (horizonBulan = 3) =>
  useQuery({ queryKey: ['arsip.due', horizonBulan], queryFn: () => call('arsip.due', { horizonBulan }) });

export const useJra = (versiId: number | null) =>
  useQuery({
    queryKey: ['jra.list', versiId],
    queryFn: () => call('jra.list', versiId === null ? {} : { versiId }),
    placeholderData: keepPreviousData,
  });

export const usePeminjaman = (status: StatusPinjaman) =>
  useQuery({ queryKey: ['peminjaman.list', status], queryFn: () => call('peminjaman.list', { status }) });
