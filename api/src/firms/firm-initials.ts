import { pinyin } from 'pinyin-pro';

/**
 * The pinyin initials of a firm's name, for search: `比亚迪股份有限公司` → `bydgfyxgs`, so that typing `byd`
 * finds it. Latin letters and digits in the name are kept as they are (lower-cased); everything else is
 * dropped. pinyin-pro picks the reading of polyphonic characters from the words around them (长城 → cc).
 *
 * @example firmNameInitials('示例BYD科技(河北)有限公司'); // 'slbydkjhbyxgs'
 */
export function firmNameInitials(name: string): string {
  const initials = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' });
  return initials
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
