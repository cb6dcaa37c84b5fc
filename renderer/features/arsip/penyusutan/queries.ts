// Owns the query keys and loaders of pemindahan and penyusutan (pemusnahan, penyerahan), and what
// the signed-in user may do there (mirroring the channels' access lists; the backend decides).
import { useQuery } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ChannelOutput } from '../../../../shared/ipc/contract.ts';
import { call } from '../../../lib/api.ts';
import { useSession } from '../../../app/session.ts';
import { refreshArsip } from '../queries.ts';

export type PemindahanRingkas = ChannelOutput<'pemindahan.list'>[number];
export type PemindahanDetail = ChannelOutput<'pemindahan.get'>;
export type PenyusutanRingkas = ChannelOutput<'penyusutan.list'>[number];
export type PenyusutanDetail = ChannelOutput<'penyusutan.get'>;
export type DokumenLangkah = PemindahanDetail['dokumen'][number];
export type BerkasProses = PenyusutanDetail['berkas'][number];
export type BerkasPindah = PemindahanDetail['berkas'][number];

export const PEMINDAHAN_KEY = ['pemindahan'] as const;
export const PENYUSUTAN_KEY = ['penyusutan'] as const;
export const pemindahanKey = (id: number) => [...PEMINDAHAN_KEY, 'get', id] as const;
export const penyusutanKey = (id: number) => [...PENYUSUTAN_KEY, 'get', id] as const;

export const usePemindahanList = () => useQuery({ queryKey: [...PEMINDAHAN_KEY, 'list'], queryFn: () => call('pemindahan.list', {}) });
export const usePenyusutanList = () => useQuery({ queryKey: [...PENYUSUTAN_KEY, 'list'], queryFn: () => call('penyusutan.list', {}) });

export const usePemindahan = (id: number) =>
  useQuery({ queryKey: pemindahanKey(id), queryFn: () => call('pemindahan.get', { id }), enabled: Number.isInteger(id) && id > 0 });

export const usePenyusutan = (id: number) =>
  useQuery({ queryKey: penyusutanKey(id), queryFn: () => call('penyusutan.get', { id }), enabled: Number.isInteger(id) && id > 0 });

/** After a change: the detail the backend returned, then every Arsip list and detail (berkas moved too). */
export function terimaPemindahan(qc: QueryClient, p: PemindahanDetail): void {
  qc.setQueryData(pemindahanKey(p.id), p);
  void refreshArsip(qc);
}

export function terimaPenyusutan(qc: QueryClient, p: PenyusutanDetail): void {
  qc.setQueryData(penyusutanKey(p.id), p);
  void refreshArsip(qc);
}

export function useHakArsip() {
  const { roles } = useSession().session.user;
  return {
    /** pemindahan.* and penyusutan.* writes: administrator and operator persuratan dan arsip. */
    kelola: roles.includes('administrator') || roles.includes('operator_persuratan'),
    /** laporan.sign. */
    pimpinan: roles.includes('pimpinan'),
    /** laporan.generate: everyone but the read-only Pembaca. */
    bolehPratinjau: roles.some((r) => r !== 'pembaca'),
  };
}
