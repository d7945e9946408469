/** Roles of DESIGN.md §2, declared once: the GraphQL enum and the database check list the same values. */
export const ROLES = ['OFFICER', 'ZONE_MANAGER', 'LEADER', 'ANALYST', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Locales as stored ('zh-CN') and as exposed in GraphQL (ZH_CN). */
export const LOCALES = { ZH_CN: 'zh-CN', EN: 'en' } as const;
export type LocaleKey = keyof typeof LOCALES;
export type LocaleTag = (typeof LOCALES)[LocaleKey];

export function localeKeyOf(tag: string): LocaleKey {
  return tag === 'en' ? 'EN' : 'ZH_CN';
}
