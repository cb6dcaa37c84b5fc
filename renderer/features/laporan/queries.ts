// Owns the query keys and loaders of reports and the document registry.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ChannelOutput } from '../../../shared/ipc/contract.ts';
import { call } from '../../lib/api.ts';

export type JenisLaporan = ChannelOutput<'laporan.list'>[number];
export type Dokumen = ChannelOutput<'dokumen.list'>['items'][number];

export const DOKUMEN_KEY = ['dokumen.list'] as const;

export const useJenisLaporan = () => useQuery({ queryKey: ['laporan.list'], queryFn: () => call('laporan.list', {}) });

export const useDokumen = (halaman: number, ukuran: number) =>
  useQuery({
    queryKey: [...DOKUMEN_KEY, halaman, ukuran],
    queryFn: () => call('dokumen.list', { limit: ukuran, offset: (halaman - 1) * ukuran }),
    placeholderData: keepPreviousData,
  });

/** "F4, tegak" / "A4, mendatar" */
export const kertasLaporan = (j: JenisLaporan) => `${j.paper}, ${j.orientation === 'portrait' ? 'tegak' : 'mendatar'}`;
