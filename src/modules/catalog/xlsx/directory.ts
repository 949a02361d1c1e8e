import type { Db } from '../../../db/database';
import { bad, type Codec, ok } from './cells';

/**
 * Departments and staff as a workbook names them: by full name or unified
 * social credit code, and by user name, never by internal id.
 */
export interface DirectoryDepartment {
  id: string;
  name: string;
  creditCode: string | null;
}

export interface Directory {
  departments: readonly DirectoryDepartment[];
  users: readonly { id: string; username: string }[];
}

export async function loadDirectory(db: Db): Promise<Directory> {
  const [departments, users] = await Promise.all([
    db
      .selectFrom('departments')
      .select(['id', 'name', 'credit_code as creditCode'])
      .orderBy('name')
      .execute(),
    db.selectFrom('staff_users').select(['id', 'username']).execute(),
  ]);
  return { departments, users };
}

export function directoryCodecs(directory: Directory) {
  const byId = new Map(directory.departments.map((department) => [department.id, department]));
  const byCode = new Map(
    directory.departments.flatMap((department) =>
      department.creditCode ? [[department.creditCode.toUpperCase(), department] as const] : [],
    ),
  );
  const usersById = new Map(directory.users.map((user) => [user.id, user.username]));
  const usersByName = new Map(directory.users.map((user) => [user.username.toLowerCase(), user.id]));

  const findDepartment = (reference: string): DirectoryDepartment | string => {
    const byCredit = byCode.get(reference.toUpperCase());
    if (byCredit) return byCredit;
    const named = directory.departments.filter((department) => department.name === reference);
    if (named.length === 1 && named[0]) return named[0];
    if (named.length > 1) return `有${named.length}个部门名为“${reference}”，请改填其统一社会信用代码`;
    return `找不到部门“${reference}”；请填写部门全称或统一社会信用代码`;
  };

  const nameCounts = new Map<string, number>();
  for (const { name } of directory.departments) nameCounts.set(name, (nameCounts.get(name) ?? 0) + 1);

  /** A department by full name or credit code; written as its name, or its code where the name is shared. */
  const department: Codec<string> = {
    write: (id) => {
      const found = byId.get(id);
      if (!found) return id;
      return (nameCounts.get(found.name) ?? 0) > 1 && found.creditCode ? found.creditCode : found.name;
    },
    read: (cell) => {
      const found = findDepartment(String(cell));
      return typeof found === 'string' ? bad(found) : ok(found.id);
    },
  };

  /** The implementing body from its name cell and its credit-code cell, either or both filled. */
  const implementingBody = (
    name: string | null,
    creditCode: string | null,
  ): { ok: true; value: string } | { ok: false; problem: string; inCodeCell: boolean } => {
    if (creditCode !== null) {
      const found = byCode.get(creditCode.toUpperCase());
      if (!found)
        return { ok: false, problem: `没有统一社会信用代码为 ${creditCode} 的部门`, inCodeCell: true };
      if (name !== null && name !== found.name) {
        return {
          ok: false,
          problem: `“${name}”与统一社会信用代码 ${creditCode} 不符（该代码属于“${found.name}”）`,
          inCodeCell: false,
        };
      }
      return { ok: true, value: found.id };
    }
    const found = findDepartment(name ?? '');
    return typeof found === 'string'
      ? { ok: false, problem: found, inCodeCell: false }
      : { ok: true, value: found.id };
  };

  const user: Codec<string> = {
    write: (id) => usersById.get(id) ?? id,
    read: (cell) => {
      const id = usersByName.get(String(cell).toLowerCase());
      return id ? ok(id) : bad(`找不到用户名为“${cell}”的工作人员`);
    },
  };

  return {
    department,
    implementingBody,
    user,
    creditCodeOf: (id: string) => byId.get(id)?.creditCode ?? null,
  };
}
export type DirectoryCodecs = ReturnType<typeof directoryCodecs>;
