/** Firm names made to fit a label in the supply-network picture. */

const COMPANY_SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '股份公司'];

/**
 * A firm's name shortened for a label: the company-form suffix dropped, then cut to `maxChars`
 * characters with an ellipsis.
 *
 * @example
 * shortFirmName('石家庄示例恒博动力电池有限公司', 20); // '石家庄示例恒博动力电池'
 * shortFirmName('石家庄示例恒博动力电池有限公司', 6); // '石家庄示例…'
 */
export function shortFirmName(name: string, maxChars: number): string {
  let short = name.trim();
  for (const suffix of COMPANY_SUFFIXES) {
    if (short.endsWith(suffix) && short.length > suffix.length) {
      short = short.slice(0, -suffix.length);
      break;
    }
  }
  const chars = Array.from(short);
  const max = Math.max(1, Math.floor(maxChars));
  return chars.length <= max ? short : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Cuts a label into at most `lineCount` lines of `perLine` characters, the last one ending in an
 * ellipsis when the text is longer (CJK names have no spaces to break at).
 *
 * @example
 * wrapLabel('石家庄示例恒博动力电池', 6, 2); // ['石家庄示例恒', '博动力电池']
 */
export function wrapLabel(text: string, perLine: number, lineCount: number): string[] {
  const chars = Array.from(text);
  const size = Math.max(1, Math.floor(perLine));
  const lines: string[] = [];
  for (let start = 0; start < chars.length && lines.length < lineCount; start += size) {
    lines.push(chars.slice(start, start + size).join(''));
  }
  if (chars.length > size * lineCount && lines.length > 0) {
    const last = Array.from(lines[lines.length - 1] ?? '');
    lines[lines.length - 1] = `${last.slice(0, -1).join('')}…`;
  }
  return lines;
}
