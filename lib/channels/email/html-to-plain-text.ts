// Plain text for an email that only came with HTML (Postmark, SendGrid and
// Mailgun fields). It goes through mailparser, so the result is the very same
// html-to-text conversion, with the same depth and size guards, as a raw
// message with only an HTML part.
import { simpleParser } from 'mailparser';

export async function htmlToPlainText(html: string): Promise<string> {
  if (!html.trim()) return '';
  const mime = `Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${html}`;
  const mail = await simpleParser(Buffer.from(mime, 'utf8'), { skipImageLinks: true, skipTextToHtml: true });
  return (mail.text ?? '').replace(/\r\n/g, '\n').trim();
}
