import type { ApiLocale } from '../graphql/enums.ts';
import { en } from './i18n/en.ts';
import { type MessageParams, translate } from './i18n/translate.ts';
import { type MessageKey, type Messages, zhCN } from './i18n/zh-CN.ts';

/** The UI locales, as BCP 47 tags (also used for `<html lang>` and `Intl`). */
export type LocaleCode = 'zh-CN' | 'en';
export const LOCALES: readonly LocaleCode[] = ['zh-CN', 'en'];

const CATALOGUES: Record<LocaleCode, Messages> = { 'zh-CN': zhCN, en };
const STORAGE_KEY = 'lianzhao.locale';

/** The API spells locales as enum values (`ZH_CN`, `EN`). */
export function fromApiLocale(value: ApiLocale): LocaleCode {
  return value === 'EN' ? 'en' : 'zh-CN';
}

export function toApiLocale(code: LocaleCode): ApiLocale {
  return code === 'en' ? 'EN' : 'ZH_CN';
}

function isLocaleCode(value: unknown): value is LocaleCode {
  return value === 'zh-CN' || value === 'en';
}

function readStoredLocale(): LocaleCode | undefined {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLocaleCode(stored) ? stored : undefined;
  } catch {
    // Storage can be unavailable (private mode, disabled cookies): fall back to the default.
    return undefined;
  }
}

/**
 * The current UI language. Starts from localStorage (else zh-CN); after sign-in the user's saved
 * preference replaces it (see session). Reading `current` inside `t()` makes every translated
 * string in a template re-render when the language changes.
 */
class LocaleState {
  current = $state<LocaleCode>(readStoredLocale() ?? 'zh-CN');

  constructor() {
    document.documentElement.lang = this.current;
  }

  /** Switches the language, remembers it on this device and updates `<html lang>`. */
  set(code: LocaleCode): void {
    this.current = code;
    document.documentElement.lang = code;
    try {
      localStorage.setItem(STORAGE_KEY, code);
    } catch {
      // Not remembered on this device; the choice still applies to this page.
    }
  }
}

export const locale = new LocaleState();

/**
 * Translates a message key in the current language.
 *
 * @example
 * t('zones.count', { shown: 3, total: 23 });
 * t(`role.${user.role}`);
 */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(CATALOGUES[locale.current], key, params);
}

/** The name to show for reference data that carries an optional English name. */
export function localName(item: { name: string; nameEn?: string | null }): string {
  return locale.current === 'en' && item.nameEn ? item.nameEn : item.name;
}

/** Formats an ISO instant as a date in the current language, e.g. 2026年11月27日 / Nov 27, 2026. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale.current, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'Asia/Shanghai',
  }).format(date);
}

export type { MessageKey };
