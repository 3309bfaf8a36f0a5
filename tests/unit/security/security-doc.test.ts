// docs/security.md shows the role table of src/services/auth/policy.ts; this keeps the two equal.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../src/db/schema/index.ts';
import { PERMISSIONS } from '../../../src/services/auth/policy.ts';

const doc = fs.readFileSync(new URL('../../../docs/security.md', import.meta.url), 'utf8');

function tableInDoc(): { roles: string[]; rows: Map<string, string[]> } {
  const all = doc.split('\n');
  const start = all.findIndex((line) => line.startsWith('| permission |'));
  const end = all.findIndex((line, i) => i > start && !line.startsWith('|'));
  const lines = all.slice(start, end);
  const cells = (line: string) =>
    line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
  const header = cells(lines[0]!);
  expect(header[0]).toBe('permission');
  const roles = header.slice(1);
  const rows = new Map<string, string[]>();
  for (const line of lines.slice(2)) {
    const [name, ...marks] = cells(line);
    rows.set(
      name!.replace(/`/g, ''),
      roles.filter((_, i) => marks[i] === '✔'),
    );
  }
  return { roles, rows };
}

describe('docs/security.md role table', () => {
  it('has a column for every role', () => {
    expect(tableInDoc().roles).toEqual([...ROLES]);
  });

  it('lists every permission with exactly the roles in code, and nothing else', () => {
    const { rows } = tableInDoc();
    expect([...rows.keys()].sort()).toEqual(Object.keys(PERMISSIONS).sort());
    for (const [permission, roles] of Object.entries(PERMISSIONS)) expect(rows.get(permission), permission).toEqual([...roles]);
  });
});
