// Owns the list of reports SATU can make: every kind here is reachable from the UI and headless from the
// CLI (`satu report list`, `satu report <kind>`), so CI can check each one (issue #3 §6). Add new kinds here.
import type { ParameterLaporan, ReportDefinition } from './engine.ts';
import { arsipReports } from './arsip/index.ts';
import { excelBuilders } from './excel.ts';
import { penggunaHakAkses } from './akun/definition.ts';
import { lembarDisposisi } from './naskah/lembar-disposisi.ts';
import { agendaMasuk, agendaKeluar, rekapDisposisi } from './naskah/register.ts';
import type { Orientation, Paper } from './layout/paper.ts';

const definitions: ReportDefinition[] = [penggunaHakAkses, lembarDisposisi, agendaMasuk, agendaKeluar, rekapDisposisi, ...arsipReports];

export const reportRegistry: ReadonlyMap<string, ReportDefinition> = new Map(definitions.map((d) => [d.kind, d]));

export type ReportInfo = {
  kind: string;
  title: string;
  paper: Paper;
  orientation: Orientation;
  parameter: ParameterLaporan;
  excel: boolean;
};

export function listReports(): ReportInfo[] {
  return definitions.map(({ kind, title, paper, orientation, parameter }) => ({
    kind,
    title,
    paper,
    orientation,
    parameter: parameter ?? 'tanpa',
    excel: Object.hasOwn(excelBuilders, kind),
  }));
}
