// Owns recording one step of a penyusutan (penyusutan.record): the call, its field errors on the
// form (the backend's paths start with 'data.'), and handing the new detail back.
import { useState } from 'react';
import type { FormInstance } from 'antd';
import { call } from '../../../../lib/api.ts';
import { showSubmitError } from '../../../../lib/form-errors.ts';
import type { NamePath } from '../../../../lib/form-errors.ts';
import { useNotify } from '../../../../lib/use-notify.ts';
import type { PenyusutanDetail } from '../queries.ts';
import type { DataLangkah } from './langkah.ts';

export type LangkahProps = {
  p: PenyusutanDetail;
  /** The previous step's document is not signed yet: the form is shown but cannot be sent. */
  terkunci: boolean;
  onDone: (p: PenyusutanDetail, pesan: string) => void;
};

const rename = (n: NamePath): NamePath => (n[0] === 'data' ? n.slice(1) : n);

export function useRekam(p: PenyusutanDetail, onDone: LangkahProps['onDone']) {
  const [busy, setBusy] = useState(false);
  const notify = useNotify();
  const rekam = async (form: FormInstance, data: DataLangkah, pesan: string) => {
    setBusy(true);
    try {
      onDone(await call('penyusutan.record', { id: p.id, data }), pesan);
    } catch (e) {
      showSubmitError(form, e, notify.error, rename);
    } finally {
      setBusy(false);
    }
  };
  return { busy, rekam };
}
