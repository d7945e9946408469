/**
 * The progress percentage as typed: null when blank, 'invalid' outside 0-100 or not a number.
 *
 * @example
 * parseProgressPercent(' 45.5 '); // 45.5
 * parseProgressPercent('120'); // 'invalid'
 */
export function parseProgressPercent(text: string): number | null | 'invalid' {
  const trimmed = text
    .trim()
    .replace(/[%％]$/, '')
    .trim();
  if (!trimmed) return null;
  const value = Number(trimmed);
  if (!Number.isFinite(value) || value < 0 || value > 100) return 'invalid';
  return value;
}
