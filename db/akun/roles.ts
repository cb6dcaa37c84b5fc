// Owns reading one user's roles.
import type { Conn } from '../connection.ts';
import type { Role } from '../../shared/domain/roles.ts';

export async function listRoles(conn: Conn, userId: number): Promise<Role[]> {
  const rows = await conn.selectFrom('user_role').select('role').where('user_id', '=', userId).orderBy('role').execute();
  return rows.map((r) => r.role as Role);
}
