// A municipality's theme tokens (tenants.settings.theme) become CSS custom properties; anything
// that is not a plain colour or font name is dropped, so a setting cannot inject CSS.
import { describe, expect, it } from 'vitest';
import { themeCss } from '../../../src/services/teller-page.ts';

describe('themeCss', () => {
  it('writes the known tokens as custom properties', () => {
    const css = themeCss({ theme: { primaryColor: '#c00', linkColor: '#1A2B3C', fontFamily: "'Fira Sans', Arial, sans-serif" } });
    expect(css).toBe(":root {\n  --teller-primary: #c00;\n  --teller-link: #1A2B3C;\n  --teller-font: 'Fira Sans', Arial, sans-serif;\n}\n");
  });

  it('drops values that could break out of the declaration, and unknown keys', () => {
    const css = themeCss({
      theme: {
        primaryColor: 'red; } body { display: none',
        linkColor: 'url(https://evil.example/x)',
        fontFamily: 'Arial; } *{',
        focusColor: '#ffdd00',
        other: '#000',
      },
    });
    expect(css).toBe(':root {\n  --teller-focus: #ffdd00;\n}\n');
  });

  it('is null without a theme', () => {
    expect(themeCss({})).toBeNull();
    expect(themeCss(null)).toBeNull();
    expect(themeCss({ theme: { primaryColor: 'blue' } })).toBeNull();
  });
});
