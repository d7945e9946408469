/**
 * Number formatting in a given UI language. Plain functions of their arguments, so they can be
 * tested; components pass `locale.current`.
 */

/** A share 0..1 as a percentage with at most one decimal, e.g. 0.8944 -> '89.4%'. */
export function formatPercent(share: number, localeCode: string): string {
  return new Intl.NumberFormat(localeCode, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/**
 * A number with grouping and at most `maxFractionDigits` decimals.
 *
 * @example
 * formatNumber(7555, 'zh-CN'); // '7,555'
 * formatNumber(129.234, 'en', 1); // '129.2'
 */
export function formatNumber(value: number, localeCode: string, maxFractionDigits = 0): string {
  return new Intl.NumberFormat(localeCode, { maximumFractionDigits: maxFractionDigits }).format(value);
}

/**
 * An amount stored in 万元 (10^4 CNY), in the words each language counts money in: 万元 in Chinese,
 * millions of yuan in English.
 *
 * @example
 * formatWanAmount(7555, 'zh-CN'); // { amount: '7,555', unit: 'wan' }
 * formatWanAmount(7555, 'en'); // { amount: '75.55', unit: 'million' }
 */
export function formatWanAmount(
  wan: number,
  localeCode: string,
): { amount: string; unit: 'wan' | 'million' } {
  if (localeCode.startsWith('zh')) return { amount: formatNumber(wan, localeCode, 2), unit: 'wan' };
  return { amount: formatNumber(wan / 100, localeCode, 2), unit: 'million' };
}

/**
 * The calendar date in Asia/Shanghai (where every zone is), 'YYYY-MM-DD': the API's `Date` format,
 * so such dates compare as strings.
 */
export function shanghaiDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}
