import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadReferenceCase } from '../../support/reference-case.ts';

describe('reference case loader', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('returns null with a notice when the shared folder is absent', () => {
    vi.stubEnv('DUIDING_REQUIRE_SHARED', '');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(loadReferenceCase('/nonexistent/shared/case')).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
  });

  it('fails instead when DUIDING_REQUIRE_SHARED=1', () => {
    vi.stubEnv('DUIDING_REQUIRE_SHARED', '1');
    expect(() => loadReferenceCase('/nonexistent/shared/case')).toThrow(/DUIDING_REQUIRE_SHARED/);
  });
});
