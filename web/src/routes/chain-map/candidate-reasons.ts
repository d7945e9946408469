import type { CandidateReason } from '../../graphql/chain-gaps.ts';
import { formatNumber, formatWanAmount } from '../../lib/format.ts';
import type { MessageParams } from '../../lib/i18n/translate.ts';
import type { MessageKey } from '../../lib/i18n/zh-CN.ts';
import { provinceName } from './province-names.ts';

/** A reason as a message to translate: `t(words.key, words.params)`. */
export interface ReasonWords {
  key: MessageKey;
  params: MessageParams;
}

/**
 * Turns a candidate's reason (a code with string parameters, as the API sends it) into a sentence
 * of the UI: the message key for its code and the parameters formatted for the language. Counts
 * pick the singular or plural message; an unknown code (a newer server) still reads as something.
 *
 * @example
 * const words = describeReason({ code: 'SUPPLIES_LOCAL_ANCHOR', points: 120,
 *   params: [{ name: 'anchorCount', value: '2' }] }, 'zh-CN');
 * t(words.key, words.params); // '为本区 2 家链主企业配套'
 */
export function describeReason(reason: CandidateReason, localeCode: string): ReasonWords {
  const params = new Map(reason.params.map((p) => [p.name, p.value]));
  switch (reason.code) {
    case 'SUPPLIES_LOCAL_ANCHOR':
      return counted('reason.SUPPLIES_LOCAL_ANCHOR', params.get('anchorCount'), localeCode);
    case 'SUPPLIES_LOCAL_FIRM':
      return counted('reason.SUPPLIES_LOCAL_FIRM', params.get('firmCount'), localeCode);
    case 'SUPPLIES_CHAIN_ANCHOR':
      return counted('reason.SUPPLIES_CHAIN_ANCHOR', params.get('anchorCount'), localeCode);
    case 'TAG_LITTLE_GIANT':
    case 'TAG_SPECIALIZED':
    case 'TAG_LISTED':
    case 'TAG_HIGH_TECH':
      return { key: `reason.${reason.code}`, params: {} };
    case 'PROXIMITY_SAME_PROVINCE':
    case 'PROXIMITY_JINGJINJI': {
      const province = params.get('province');
      return {
        key: `reason.${reason.code}`,
        params: province ? { province: provinceName(province, localeCode) } : {},
      };
    }
    case 'SIZE': {
      const revenue = Number(params.get('revenue'));
      if (!params.has('revenue') || !Number.isFinite(revenue)) return { key: 'reason.SIZE', params: {} };
      const { amount } = formatWanAmount(revenue, localeCode);
      return { key: 'reason.SIZE', params: { amount } };
    }
    default:
      return { key: 'reason.unknown', params: { code: String(reason.code) } };
  }
}

type CountedKey =
  | 'reason.SUPPLIES_LOCAL_ANCHOR'
  | 'reason.SUPPLIES_LOCAL_FIRM'
  | 'reason.SUPPLIES_CHAIN_ANCHOR';

/** English says "1 anchor firm" but "2 anchor firms"; the Chinese messages are the same for both. */
function counted(base: CountedKey, value: string | undefined, localeCode: string): ReasonWords {
  const count = Number(value);
  if (value === undefined || !Number.isFinite(count)) return { key: `${base}.other`, params: {} };
  const plural = count === 1 ? 'one' : 'other';
  return { key: `${base}.${plural}`, params: { count: formatNumber(count, localeCode) } };
}
