// Owns the complete handler map: a channel without a handler is a compile error here.
import type { HandlerMap } from '../context.ts';
import { appHandlers } from './app.ts';
import { authHandlers } from './auth.ts';
import { usersHandlers } from './users.ts';
import { kantorHandlers, organisasiHandlers } from './kantor.ts';
import { sistemHandlers } from './sistem.ts';
import { laporanHandlers } from './laporan.ts';
import { sertifikatHandlers } from './sertifikat.ts';
import { dokumenHandlers } from './dokumen.ts';
import { suratMasukHandlers, disposisiHandlers } from './naskah.ts';
import { penomoranHandlers } from './penomoran.ts';
import { naskahKeluarHandlers } from './naskah-keluar.ts';
import { jraHandlers, arsipHandlers } from './arsip.ts';
import { pemindahanHandlers, penyusutanHandlers, peminjamanHandlers } from './penyusutan.ts';

export const handlers: HandlerMap = {
  ...appHandlers,
  ...authHandlers,
  ...usersHandlers,
  ...kantorHandlers,
  ...organisasiHandlers,
  ...sistemHandlers,
  ...laporanHandlers,
  ...sertifikatHandlers,
  ...dokumenHandlers,
  ...suratMasukHandlers,
  ...disposisiHandlers,
  ...penomoranHandlers,
  ...naskahKeluarHandlers,
  ...jraHandlers,
  ...arsipHandlers,
  ...pemindahanHandlers,
  ...penyusutanHandlers,
  ...peminjamanHandlers,
};
