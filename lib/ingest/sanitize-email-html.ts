// Untrusted HTML (email bodies) is sanitised with sanitize-html before it is
// stored, and the inbox renders only the stored, sanitised form. Allow-list:
// formatting, links (http, https, mailto only), tables and images by https or
// cid only; no scripts, styles, event handlers, forms, iframes or SVG.
import sanitizeHtml from 'sanitize-html';

const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'div', 'span', 'b', 'strong', 'i', 'em', 'u', 's', 'small', 'sub', 'sup', 'blockquote', 'pre', 'code',
    'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'a', 'img',
    'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'target', 'rel'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https', 'cid'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Links open safely in a new tab without giving the target our window.
  // Relative URLs ("/logout", "/api/...") are dropped: rendered in our app they
  // would call our own site with the agent's cookies.
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...withAbsolute(attribs, 'href', /^(https?:|mailto:)/i), target: '_blank', rel: 'noopener noreferrer nofollow' },
    }),
    img: (tagName, attribs) => ({ tagName, attribs: withAbsolute(attribs, 'src', /^(https:|cid:)/i) }),
  },
};

function withAbsolute(attribs: Record<string, string>, name: string, allowed: RegExp): Record<string, string> {
  const value = attribs[name]?.trim();
  if (value === undefined || allowed.test(value)) return attribs;
  const { [name]: _dropped, ...rest } = attribs;
  return rest;
}

export function sanitizeEmailHtml(html: string): string {
  return sanitizeHtml(html, options).trim();
}
