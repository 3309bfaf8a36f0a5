// Edge #7 of issue 17: the audit log speaks plain Dutch and English. Every action code the code
// writes has a description (found by reading the sources, so a new code without one fails here),
// and details read as text, not JSON.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, auditDetailText, describeAuditAction } from '../../../src/domain/audit-actions.ts';
import { AuditLogPage } from '../../../src/web/pages/admin/audit-log.tsx';
import { textOf, viewIn } from './render.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Codes in recordAudit({ … action: 'x' … }) calls and in the curation's audit(ctx, 'x', …) helper. */
function writtenCodes(): Set<string> {
  const codes = new Set<string>();
  for (const file of sourceFiles('src')) {
    const source = readFileSync(file, 'utf8');
    for (const call of source.matchAll(/recordAudit\(([\s\S]{0,600}?)\);/g)) {
      const action = /action:\s*'([^']+)'/.exec(call[1]);
      if (action) codes.add(action[1]);
    }
    for (const call of source.matchAll(/\baudit\(ctx, '([^']+)'/g)) codes.add(call[1]);
  }
  return codes;
}

describe('the audit log in plain words', () => {
  it('describes every action code the code writes, and no code that is never written', () => {
    const written = writtenCodes();
    expect(written.size).toBeGreaterThan(15);
    expect([...written].filter((code) => !(code in AUDIT_ACTIONS))).toEqual([]);
    expect(Object.keys(AUDIT_ACTIONS).filter((code) => !written.has(code))).toEqual([]);
    for (const code of written) {
      expect(describeAuditAction(code, 'nl')).not.toBe(code);
      expect(describeAuditAction(code, 'en')).not.toBe(code);
    }
  });

  it('reads details as text', () => {
    expect(auditDetailText({ stories: 1200, replaced: 0, collectionsCreated: ['Demo'] }, 'nl')).toBe(
      'verhalen: 1.200; vervangen: 0; nieuwe verzamelingen: Demo',
    );
    expect(auditDetailText({ change: 'add', role: 'beheerder', by: 'cli' }, 'en')).toBe('change: added; role: beheerder; by: the command line');
    expect(auditDetailText({ consentAsked: true, rows: { stories: 3 } }, 'nl')).toBe('toestemming gevraagd: ja; rijen: verhalen: 3');
  });

  it('shows descriptions, never codes or JSON, in the table and the filter', async () => {
    const page = {
      entries: [
        {
          id: 2,
          at: new Date('2027-01-13T09:30:00Z'),
          actor: 'analist@voorbeeld.example',
          action: 'story.enter',
          subject: 'demo-000009',
          detail: { story: 'abc', mode: 'interview', consentAsked: true },
        },
        { id: 1, at: new Date('2027-01-12T09:30:00Z'), actor: null, action: 'stories.import', subject: 'demo', detail: { stories: 40, replaced: 0 } },
      ],
      actions: ['stories.import', 'story.enter'],
      nextBefore: null,
    };
    const text = await textOf(AuditLogPage({ view: viewIn('nl'), page }));
    expect(text).toContain('Verhaal ingevoerd na een gesprek');
    expect(text).toContain('Verhalen geïmporteerd');
    expect(text).toContain('toestemming gevraagd: ja');
    expect(text).not.toMatch(/story\.enter|stories\.import|\{"/);
  });
});
