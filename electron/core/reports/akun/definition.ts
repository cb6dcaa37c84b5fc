// Owns the registered definition of the report 'pengguna-hak-akses' (issue #3 §7): F4 portrait, no params.
import { z } from 'zod';
import type { ReportDefinition } from '../engine.ts';
import { buildPenggunaHakAksesModel } from './model.ts';
import type { PenggunaHakAksesModel } from './model.ts';
import { JUDUL, renderPenggunaHakAkses } from './render.ts';

const params = z.object({}).strict();

export const penggunaHakAkses: ReportDefinition<z.output<typeof params>, PenggunaHakAksesModel> = {
  kind: 'pengguna-hak-akses',
  title: JUDUL,
  paper: 'F4',
  orientation: 'portrait',
  params,
  buildModel: (env) => buildPenggunaHakAksesModel(env),
  render: renderPenggunaHakAkses,
};
