// `duiding redact` as a person runs it: text on standard input, redacted text on standard output.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = path.resolve(import.meta.dirname, '../../bin/duiding.mjs');

describe('duiding redact', () => {
  it('writes the text without personal details, and counts them on request', () => {
    const input = 'Bel 06-12345678 of mail jan@example.nl. BSN 1234.56.782. In 2024 kostte het € 1.250,00 om 14:30.\nTweede regel.\n';
    const result = spawnSync(process.execPath, [bin, 'redact', '--counts'], { input, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('Bel [TELEFOON] of mail [E-MAIL]. BSN [BSN]. In 2024 kostte het € 1.250,00 om 14:30.\nTweede regel.\n');
    expect(result.stderr).toContain('BSN 1, telefoon 1, e-mail 1');
  });
});
