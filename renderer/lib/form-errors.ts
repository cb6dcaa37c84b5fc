// Owns putting the backend's field issues (paths like 'kantor.kodeSatker') onto antd Form fields.
import type { FormInstance } from 'antd';
import type { FieldIssue } from '../../shared/ipc/result.ts';
import { isApiError } from './api.ts';

export type NamePath = (string | number)[];

/** 'kantor.kodeSatker' → ['kantor', 'kodeSatker']; numeric segments become indexes. */
export function issuePath(path: string): NamePath {
  if (path === '') return [];
  return path.split('.').map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
}

const key = (name: NamePath) => JSON.stringify(name);

/**
 * Sets each issue's message on the matching registered field (several issues on one field are joined).
 * `rename` maps an issue path to a different field (e.g. 'password' → 'kataSandiBaru').
 * Returns the issues no field could show, so the caller can put them in an Alert.
 */
export function applyIssues(
  form: FormInstance,
  issues: FieldIssue[],
  rename: (name: NamePath) => NamePath = (n) => n,
): { applied: NamePath[]; unplaced: FieldIssue[] } {
  const registered = new Set(form.getFieldsError().map((f) => key(f.name as NamePath)));
  const grouped = new Map<string, { name: NamePath; errors: string[] }>();
  const unplaced: FieldIssue[] = [];
  for (const issue of issues) {
    const name = rename(issuePath(issue.path));
    if (name.length === 0 || !registered.has(key(name))) {
      unplaced.push(issue);
      continue;
    }
    const g = grouped.get(key(name)) ?? { name, errors: [] };
    if (!g.errors.includes(issue.message)) g.errors.push(issue.message);
    grouped.set(key(name), g);
  }
  const fields = [...grouped.values()];
  form.setFields(fields);
  return { applied: fields.map((f) => f.name), unplaced };
}

/**
 * After a failed submit: the field issues go onto their fields; anything that is not a field
 * error, or an issue no field can show, goes to a notification.
 */
export function showSubmitError(
  form: FormInstance,
  e: unknown,
  notifyError: (e: unknown) => void,
  rename?: (name: NamePath) => NamePath,
): void {
  const placedAll = isApiError(e) && e.issues.length > 0 && applyIssues(form, e.issues, rename).unplaced.length === 0;
  if (!placedAll) notifyError(e);
}
