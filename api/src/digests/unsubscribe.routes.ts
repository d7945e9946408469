import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../http/app-env';
import { escapeHtml } from './escape-html';
import { checkUnsubscribeLink, type UnsubscribeCheck, unsubscribeByLink } from './unsubscribe.service';

/*
 * The digest's one-click unsubscribe (RFC 8058), no sign-in needed: the signed token is the proof.
 * GET only shows a confirmation page (mail scanners follow links; a GET must change nothing);
 * POST unsubscribes, from that page's button or from the mail client's List-Unsubscribe-Post.
 * Not behind the CSRF check of /auth: the one-click POST comes from the mail provider, and the
 * worst a forged POST can do with a stolen link is what the link already allows.
 */

const TEXT = {
  'zh-CN': {
    title: '退订链招周报',
    confirm: (email: string) => `确认不再向 ${email} 发送链招周报？`,
    button: '退订',
    done: (email: string) => `已退订：${email} 将不再收到链招周报。可随时在“设置”中重新订阅。`,
    already: (email: string) => `${email} 已退订链招周报。`,
  },
  en: {
    title: 'Unsubscribe from the Lianzhao digest',
    confirm: (email: string) => `Stop sending the weekly Lianzhao digest to ${email}?`,
    button: 'Unsubscribe',
    done: (email: string) =>
      `Unsubscribed: ${email} will get no more weekly digests. You can subscribe again in Settings.`,
    already: (email: string) => `${email} is already unsubscribed from the weekly digest.`,
  },
};

const INVALID: Record<'EXPIRED' | 'OTHER', [string, string]> = {
  EXPIRED: [
    '此退订链接已过期，请在链招的“设置”中退订。',
    'This unsubscribe link has expired: unsubscribe in Settings instead.',
  ],
  OTHER: ['此退订链接无效，未做任何更改。', 'This unsubscribe link is not valid; nothing was changed.'],
};

function page(title: string, lang: string, body: string, status: 200 | 400 = 200): Response {
  const html = `<!DOCTYPE html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title></head><body style="font-family:sans-serif;max-width:560px;margin:48px auto;padding:0 16px;line-height:1.6;color:#222"><h1 style="font-size:20px">${escapeHtml(title)}</h1>${body}</body></html>`;
  return new Response(html, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
}

function invalidPage(check: Exclude<UnsubscribeCheck, { ok: true }>): Response {
  const [zh, en] = check.reason === 'EXPIRED' ? INVALID.EXPIRED : INVALID.OTHER;
  return page(
    '链接无效 · Invalid link',
    'zh-CN',
    `<p>${escapeHtml(zh)}</p><p lang="en">${escapeHtml(en)}</p>`,
    400,
  );
}

function textFor(locale: string) {
  return locale === 'en' ? TEXT.en : TEXT['zh-CN'];
}

export function unsubscribeRoutes() {
  const routes = new Hono<AppEnv>();

  routes.get('/unsubscribe', async (c) => {
    const token = c.req.query('token') ?? '';
    const check = await checkUnsubscribeLink(c.var.services.db, token, new Date());
    if (!check.ok) return invalidPage(check);
    const t = textFor(check.user.locale);
    if (!check.user.digest_opt_in)
      return page(t.title, check.user.locale, `<p>${escapeHtml(t.already(check.user.email))}</p>`);
    const action = `/digests/unsubscribe?token=${encodeURIComponent(token)}`;
    return page(
      t.title,
      check.user.locale,
      `<p>${escapeHtml(t.confirm(check.user.email))}</p><form method="post" action="${escapeHtml(action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit" style="font-size:16px;padding:6px 18px">${escapeHtml(t.button)}</button></form>`,
    );
  });

  routes.post(
    '/unsubscribe',
    bodyLimit({ maxSize: 4096, onError: (c) => c.text('Too large', 413) }),
    async (c) => {
      const token = c.req.query('token') ?? '';
      const result = await unsubscribeByLink(c.var.services.db, token, new Date());
      if (!result.ok) return invalidPage(result);
      c.var.services.log.info({ userId: result.user.id }, 'unsubscribed from digests by link');
      const t = textFor(result.user.locale);
      return page(t.title, result.user.locale, `<p>${escapeHtml(t.done(result.user.email))}</p>`);
    },
  );

  return routes;
}
