/**
 * Cell values as teams write them in their ledgers: amounts with thousands separators or 万/亿 units,
 * dates as Excel serials, `2026/3/1`, `2026-03-01` or `2026年3月1日`. Each parser returns the value or
 * a reason in words (shown with the row and column in the dry run).
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

/**
 * An amount in 万元. Plain numbers are taken as 万元 (the unit of every amount column); `亿` multiplies
 * by 10,000; `元` divides by 10,000; `万`/`万元` is the unit itself. Separators `,` `，` and spaces go.
 *
 * @example parseAmount('1,200.5') // 1200.5 ; parseAmount('3.5亿') // 35000 ; parseAmount('800万元') // 800
 */
export function parseAmount(text: string): Parsed<number> {
  const cleaned = text.replace(/[,，\s]/g, '').replace(/^(人民币|RMB|¥|￥)/i, '');
  const match = /^(-?\d+(?:\.\d+)?)(亿元|亿|万元|万|元)?$/.exec(cleaned);
  if (!match) return fail(`"${text}" is not an amount (write 1200, 1,200.5, 800万 or 3.5亿)`);
  const number = Number(match[1]);
  const unit = match[2] ?? '';
  const value = unit.startsWith('亿') ? number * 10_000 : unit === '元' ? number / 10_000 : number;
  if (value < 0) return fail(`"${text}" is negative`);
  if (value >= 1e12) return fail(`"${text}" is too large`);
  return ok(Math.round(value * 100) / 100);
}

/** A whole number such as a head count: `1,200` or `1200人`. */
export function parseInteger(text: string): Parsed<number> {
  const cleaned = text.replace(/[,，\s]/g, '').replace(/[人名个]$/, '');
  if (!/^\d{1,9}$/.test(cleaned)) return fail(`"${text}" is not a whole number`);
  return ok(Number(cleaned));
}

/** A share between 0 and 1, written `0.8` or `80%`. */
export function parseShare(text: string): Parsed<number> {
  const percent = /^(\d+(?:\.\d+)?)\s*[%％]$/.exec(text);
  const value = percent ? Number(percent[1]) / 100 : Number(text);
  if (!Number.isFinite(value) || value < 0 || value > 1 || text === '') {
    return fail(`"${text}" is not a share between 0 and 1 (or 0% to 100%)`);
  }
  return ok(Math.round(value * 100) / 100);
}

// Excel's day 0 is 1899-12-30 (it counts the non-existent 1900-02-29); serials of 1950..2100 only,
// so that an amount in a date column is not read as a date.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;
const SERIAL_MIN = 18_264; // 1950-01-01
const SERIAL_MAX = 73_415; // 2100-12-31

/**
 * A calendar date as `YYYY-MM-DD`.
 *
 * @example parseDate('2026年3月1日') // '2026-03-01' ; parseDate('46082') // '2026-03-01'
 */
export function parseDate(text: string): Parsed<string> {
  const trimmed = text.trim();
  if (/^\d{5}(\.\d+)?$/.test(trimmed)) {
    const serial = Math.floor(Number(trimmed));
    if (serial < SERIAL_MIN || serial > SERIAL_MAX) return fail(`"${text}" is not a date`);
    return ok(new Date(EXCEL_EPOCH + serial * DAY).toISOString().slice(0, 10));
  }
  const match =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(trimmed) ??
    /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/.exec(trimmed);
  if (!match) return fail(`"${text}" is not a date (write 2026-03-01, 2026/3/1 or 2026年3月1日)`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1900 || year > 2100) {
    return fail(`"${text}" is not a real date`);
  }
  return ok(date.toISOString().slice(0, 10));
}

/** A list in one cell: `a、b；c,d` or one per line. Empty parts dropped, duplicates removed. */
export function parseList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[、，,；;|\n/]/)
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ];
}

/** Picks a value of an enum from its code or any of its labels (Chinese or English, any case). */
export function parseChoice<T extends string>(
  text: string,
  labels: Record<T, readonly string[]>,
  what: string,
): Parsed<T> {
  const wanted = text.trim().toLowerCase();
  for (const [code, names] of Object.entries(labels) as [T, readonly string[]][]) {
    if (code.toLowerCase() === wanted || names.some((name) => name.toLowerCase() === wanted)) return ok(code);
  }
  const known = Object.values<readonly string[]>(labels)
    .map((names) => names[0])
    .join('、');
  return fail(`"${text}" is not a known ${what} (use one of ${known})`);
}
