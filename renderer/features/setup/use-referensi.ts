// Owns loading the reference lists (33 Kanwil, known UPT) that the office form offers.
import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/api.ts';
import type { ChannelOutput } from '../../../shared/ipc/contract.ts';

export type Referensi = ChannelOutput<'setup.referensi'>;
export type KanwilRef = Referensi['kanwil'][number];
export type UptRef = Referensi['upt'][number];

export const useReferensi = () =>
  useQuery({ queryKey: ['setup.referensi'], queryFn: () => call('setup.referensi', {}), staleTime: Infinity });
