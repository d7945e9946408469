import type { DigestSectionKey } from './digest-messages';

/** One line of a digest: something to look at, linked to its page in the web app. */
export interface DigestItem {
  title: string;
  url: string;
  /** A coloured label before the title (a RAG status). */
  badge?: { text: string; tone: 'RED' | 'YELLOW' | 'GREEN' };
  /** Facts under the title, one per line. */
  lines: string[];
}

export interface DigestSection {
  key: DigestSectionKey;
  heading: string;
  items: DigestItem[];
}

/** Everything a digest says, already in the recipient's language; rendering only lays it out. */
export interface DigestContent {
  userId: number;
  role: string;
  locale: 'zh-CN' | 'en';
  isoWeek: string;
  subject: string;
  greeting: string;
  intro: string;
  /** Only sections with items; empty when the week is quiet. */
  sections: DigestSection[];
  /** The one line a quiet week gets instead of sections. */
  quietLine: string | null;
  footer: string;
  links: { settings: string; settingsText: string; unsubscribe: string | null; unsubscribeText: string };
}

/** Roles that get a digest (DESIGN.md §7); analysts and administrators have none defined. */
export const DIGEST_ROLES = ['OFFICER', 'ZONE_MANAGER', 'LEADER'] as const;

export function hasDigest(role: string): boolean {
  return (DIGEST_ROLES as readonly string[]).includes(role);
}
