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

/** The units amounts are shown in: 万元 or 亿元 to a Chinese reader, millions of yuan in English. */
export type AmountUnit = 'wan' | 'yi' | 'million';

/** 1 亿元 = 10,000 万元; 1 million yuan = 100 万元. */
const WAN_PER_UNIT: Record<AmountUnit, number> = { wan: 1, yi: 10_000, million: 100 };

/**
 * The unit to show amounts up to `largestWan` (万元) in: 亿元 from one 亿 up and 万元 below in Chinese,
 * CNY millions in English. A chart or a table picks one unit for all its numbers from the largest.
 *
 * @example
 * amountUnitFor(385_000, 'zh-CN'); // 'yi'
 * amountUnitFor(7_555, 'zh-CN'); // 'wan'
 */
export function amountUnitFor(largestWan: number, localeCode: string): AmountUnit {
  if (!localeCode.startsWith('zh')) return 'million';
  return Math.abs(largestWan) >= WAN_PER_UNIT.yi ? 'yi' : 'wan';
}

/** An amount stored in 万元, expressed in `unit` (a number, for charts and CSV cells). */
export function inAmountUnit(wan: number, unit: AmountUnit): number {
  return wan / WAN_PER_UNIT[unit];
}

/** The unit's name as the locale writes it after a number. */
export function amountUnitLabel(unit: AmountUnit): string {
  switch (unit) {
    case 'wan':
      return '万元';
    case 'yi':
      return '亿元';
    case 'million':
      return 'CNY million';
  }
}

/**
 * An amount stored in 万元 as a reader of the locale writes it, in the unit that fits its size.
 *
 * @example
 * formatAmount(385_000, 'zh-CN'); // '38.5 亿元'
 * formatAmount(7_555, 'zh-CN'); // '7,555 万元'
 * formatAmount(7_555, 'en'); // 'CNY 75.55 million'
 */
export function formatAmount(wan: number, localeCode: string): string {
  const unit = amountUnitFor(wan, localeCode);
  const number = formatNumber(inAmountUnit(wan, unit), localeCode, 2);
  return unit === 'million' ? `CNY ${number} million` : `${number} ${amountUnitLabel(unit)}`;
}

/**
 * Investment per mu (亩均投资), stored as 万元 per 亩: 万元/亩 in Chinese, CNY millions per mu in English.
 *
 * @example
 * formatAmountPerMu(533.3, 'zh-CN'); // '533.3 万元/亩'
 * formatAmountPerMu(533.3, 'en'); // 'CNY 5.33 million/mu'
 */
export function formatAmountPerMu(wanPerMu: number, localeCode: string): string {
  if (localeCode.startsWith('zh')) return `${formatNumber(wanPerMu, localeCode, 1)} 万元/亩`;
  return `CNY ${formatNumber(inAmountUnit(wanPerMu, 'million'), localeCode, 2)} million/mu`;
}

/**
 * The calendar date in Asia/Shanghai (where every zone is), 'YYYY-MM-DD': the API's `Date` format,
 * so such dates compare as strings.
 */
export function shanghaiDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}
