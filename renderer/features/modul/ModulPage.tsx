// Owns the page of a module that is not built yet: its title and the honest empty state.
import { PageHeader } from '../../ui/PageHeader.tsx';
import { EmptyModule } from '../../ui/EmptyModule.tsx';
import { MODUL } from './modules.ts';
import type { ModulKey } from './modules.ts';

export function ModulPage({ modul }: { modul: ModulKey }) {
  const m = MODUL[modul];
  return (
    <>
      <PageHeader title={m.judul} subtitle={m.ringkas} />
      <EmptyModule rencana={m.rencana} />
    </>
  );
}
