import type { MessageKey, Messages } from './zh-CN.ts';

/** Values substituted for `{name}` placeholders in a message. */
export type MessageParams = Record<string, string | number>;

/**
 * Looks a message up and fills in its `{name}` placeholders. A placeholder without a value is left
 * as written, so a missing parameter is visible rather than silently blank.
 *
 * @example
 * translate(en, 'zones.count', { shown: 3, total: 23 }); // 'Showing 3 of 23 zones'
 */
export function translate(messages: Messages, key: MessageKey, params?: MessageParams): string {
  const message = messages[key];
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}
