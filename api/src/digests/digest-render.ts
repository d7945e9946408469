import type { DigestContent, DigestItem } from './digest-content';
import { escapeHtml } from './escape-html';

const TONES = { RED: '#c62828', YELLOW: '#b26a00', GREEN: '#2e7d32' } as const;
const FONT = "font-family:-apple-system,'PingFang SC','Microsoft YaHei',Helvetica,Arial,sans-serif";

/**
 * The HTML part: one column at most 600px wide (reads on phones and desktops), every style
 * inline (mail clients drop <style> blocks), no images or scripts, and every piece of text
 * escaped: the content holds user data (firm and project names, reports).
 */
export function renderDigestHtml(content: DigestContent): string {
  const e = escapeHtml;
  const body: string[] = [];
  body.push(`<p style="margin:0 0 8px;font-size:16px">${e(content.greeting)}</p>`);
  body.push(`<p style="margin:0 0 20px;color:#555">${e(content.intro)}</p>`);
  if (content.quietLine) body.push(`<p style="margin:0 0 20px;font-size:16px">${e(content.quietLine)}</p>`);
  for (const section of content.sections) {
    body.push(
      `<h2 style="margin:24px 0 8px;font-size:17px;border-bottom:1px solid #ddd;padding-bottom:4px">${e(section.heading)}</h2>`,
    );
    for (const item of section.items) body.push(itemHtml(item));
  }
  const links = [
    `<a href="${e(content.links.settings)}" style="color:#555">${e(content.links.settingsText)}</a>`,
  ];
  if (content.links.unsubscribe) {
    links.push(
      `<a href="${e(content.links.unsubscribe)}" style="color:#555">${e(content.links.unsubscribeText)}</a>`,
    );
  }
  body.push(
    `<p style="margin:32px 0 0;font-size:12px;color:#777;border-top:1px solid #eee;padding-top:12px">${e(content.footer)}<br>${links.join(' · ')}</p>`,
  );
  return [
    '<!DOCTYPE html>',
    `<html lang="${e(content.locale)}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${e(content.subject)}</title></head>`,
    `<body style="margin:0;padding:0;background:#f4f5f7">`,
    `<div style="max-width:600px;margin:0 auto;padding:24px 16px;background:#ffffff;color:#222;line-height:1.5;font-size:14px;${FONT}">`,
    ...body,
    '</div></body></html>',
  ].join('\n');
}

function itemHtml(item: DigestItem): string {
  const e = escapeHtml;
  const badge = item.badge
    ? `<span style="display:inline-block;padding:0 6px;margin-right:6px;border-radius:3px;color:#fff;font-size:12px;background:${TONES[item.badge.tone]}">${e(item.badge.text)}</span>`
    : '';
  const lines = item.lines.map((l) => `<div style="color:#555">${e(l)}</div>`).join('');
  return `<div style="margin:0 0 12px">${badge}<a href="${e(item.url)}" style="color:#1a56db;font-weight:600;text-decoration:none">${e(item.title)}</a>${lines}</div>`;
}

/** The plain-text part: the same content, headings underlined, links on their own lines. */
export function renderDigestText(content: DigestContent): string {
  const out: string[] = [content.greeting, '', content.intro, ''];
  if (content.quietLine) out.push(content.quietLine, '');
  for (const section of content.sections) {
    out.push(section.heading, '='.repeat(Math.min(40, displayWidth(section.heading))));
    for (const item of section.items) {
      out.push(`- ${item.badge ? `[${item.badge.text}] ` : ''}${item.title}`);
      for (const line of item.lines) out.push(`  ${line}`);
      out.push(`  ${item.url}`);
    }
    out.push('');
  }
  out.push('--', content.footer, `${content.links.settingsText} ${content.links.settings}`);
  if (content.links.unsubscribe) out.push(`${content.links.unsubscribeText} ${content.links.unsubscribe}`);
  return `${out.join('\n')}\n`;
}

/** Columns a heading takes in a monospace font: CJK characters are two wide. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return width;
}
