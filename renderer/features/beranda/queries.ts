// Owns the query keys and loaders the Beranda and Pengaturan pages share.
import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/api.ts';

export const useKantor = () => useQuery({ queryKey: ['kantor.get'], queryFn: () => call('kantor.get', {}) });
export const useSatker = () => useQuery({ queryKey: ['satker.list'], queryFn: () => call('satker.list', {}) });
export const useUsers = (enabled = true) => useQuery({ queryKey: ['users.list'], queryFn: () => call('users.list', {}), enabled });
export const useOrganisasi = () => useQuery({ queryKey: ['organisasi.list'], queryFn: () => call('organisasi.list', {}) });
