import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html';

describe('escapeHtml', () => {
  it('turns markup into text', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('escapes quotes so a value cannot leave its attribute', () => {
    expect(escapeHtml(`a" onclick='x'`)).toBe('a&quot; onclick=&#39;x&#39;');
  });

  it('escapes ampersands once and leaves other text alone', () => {
    expect(escapeHtml('R&D 新能源 &amp;')).toBe('R&amp;D 新能源 &amp;amp;');
  });
});
