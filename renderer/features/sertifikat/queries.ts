// Owns the query keys and loaders of certificates and certificate authorities, shared by Pengaturan,
// Laporan (signing) and Beranda (the expiry warning).
import { useQuery } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ChannelOutput } from '../../../shared/ipc/contract.ts';
import { call } from '../../lib/api.ts';

export type Sertifikat = ChannelOutput<'sertifikat.list'>[number];
export type Otoritas = ChannelOutput<'sertifikat.caCreate'>;

export const SERTIFIKAT_KEY = ['sertifikat.list'] as const;
export const CA_KEY = ['sertifikat.caStatus'] as const;

export const useSertifikat = () => useQuery({ queryKey: SERTIFIKAT_KEY, queryFn: () => call('sertifikat.list', {}) });
export const useCaStatus = () => useQuery({ queryKey: CA_KEY, queryFn: () => call('sertifikat.caStatus', {}) });

const KEYS: readonly unknown[] = [SERTIFIKAT_KEY[0], CA_KEY[0]];
export const refreshSertifikat = (qc: QueryClient) => qc.invalidateQueries({ predicate: (q) => KEYS.includes(q.queryKey[0]) });

/** A certificate one may sign with now: active and within its validity (possibly ending soon). */
export const bisaDipakai = (s: Sertifikat) => s.status === 'berlaku' || s.status === 'segera-berakhir';
