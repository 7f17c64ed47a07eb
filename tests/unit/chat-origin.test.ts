import { describe, expect, it } from 'vitest';
import { allowedOriginsOf, checkChatOrigin, frameAncestors, normaliseOrigin, originMatches } from '@/lib/channels/chat/chat-origin';

describe('chat origins', () => {
  it('normalises origins and refuses anything with a path, query or other scheme', () => {
    expect(normaliseOrigin('HTTPS://Shop.Example.com/')).toBe('https://shop.example.com');
    expect(normaliseOrigin('http://localhost:3000')).toBe('http://localhost:3000');
    expect(normaliseOrigin('https://*.example.com')).toBe('https://*.example.com');
    for (const bad of ['https://shop.example.com/path', 'ftp://x.com', 'javascript:alert(1)', 'https://a.com?x=1', '*', '']) expect(normaliseOrigin(bad)).toBeNull();
  });

  it('matches exact origins and subdomain wildcards, never a look-alike', () => {
    expect(originMatches('https://shop.example.com', 'https://shop.example.com')).toBe(true);
    expect(originMatches('http://shop.example.com', 'https://shop.example.com')).toBe(false);
    expect(originMatches('https://shop.example.com:8443', 'https://shop.example.com')).toBe(false);
    expect(originMatches('https://a.b.example.com', 'https://*.example.com')).toBe(true);
    expect(originMatches('https://example.com', 'https://*.example.com')).toBe(false);
    expect(originMatches('https://evilexample.com', 'https://*.example.com')).toBe(false);
    expect(originMatches('https://example.com.evil.net', 'https://*.example.com')).toBe(false);
  });

  it('decides per request: no Origin, our own origin, a listed origin, or refused', () => {
    const allowed = allowedOriginsOf({ allowedOrigins: ['https://shop.example.com', 'not an origin', 42] });
    expect(allowed).toEqual(['https://shop.example.com']);
    const self = ['https://inbox.example.net'];
    expect(checkChatOrigin(null, allowed, self)).toBe('no-origin');
    expect(checkChatOrigin('https://inbox.example.net', allowed, self)).toBe('same-origin');
    expect(checkChatOrigin('https://shop.example.com', allowed, self)).toBe('allowed');
    expect(checkChatOrigin('https://evil.example.org', allowed, self)).toBe('refused');
    expect(checkChatOrigin('null', allowed, self)).toBe('refused');
    expect(frameAncestors(allowed)).toBe("'self' https://shop.example.com");
  });
});
