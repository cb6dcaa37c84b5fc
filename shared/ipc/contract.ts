// Owns the one typed contract between the UI and the backend: every channel, declared once.
import type { z } from 'zod';
import './zod-id.ts';
import { appChannels } from './channels/app.ts';
import { authChannels } from './channels/auth.ts';
import { usersChannels } from './channels/users.ts';
import { kantorChannels } from './channels/kantor.ts';
import { sistemChannels } from './channels/sistem.ts';
import { laporanChannels } from './channels/laporan.ts';
import { naskahChannels } from './channels/naskah.ts';
import { naskahKeluarChannels } from './channels/naskah-keluar.ts';
import { arsipChannels } from './channels/arsip.ts';
import { penyusutanChannels } from './channels/penyusutan.ts';

export const contract = {
  ...appChannels,
  ...authChannels,
  ...usersChannels,
  ...kantorChannels,
  ...sistemChannels,
  ...laporanChannels,
  ...naskahChannels,
  ...naskahKeluarChannels,
  ...arsipChannels,
  ...penyusutanChannels,
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
/** What a caller sends (before parsing: defaults may be omitted). */
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

export const channelNames = Object.keys(contract) as ChannelName[];

export const isChannelName = (s: string): s is ChannelName => Object.hasOwn(contract, s);

/** The envelope every transport carries: channel, input and the caller's session token. */
export type Envelope = { channel: string; input: unknown; token: string | null };
