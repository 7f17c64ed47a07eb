import { describe, expect, it } from 'vitest';
import { oauth1Header, oauth1Params, parseOAuthHeader, percentEncode, signatureBaseString } from '@/lib/channels/x/oauth1';

// X's "Creating a signature" worked example (developer.x.com, OAuth 1.0a).
const example = {
  method: 'POST',
  url: 'https://api.twitter.com/1.1/statuses/update.json?include_entities=true',
  credentials: {
    consumerKey: 'xvz1evFS4wEEPTGEFPHBog',
    consumerSecret: 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw',
    token: '370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb',
    tokenSecret: 'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE',
  },
  formParams: { status: 'Hello Ladies + Gentlemen, a signed OAuth request!' },
  nonce: 'kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg',
  timestamp: '1318622958',
};

describe('OAuth 1.0a signing', () => {
  it('reproduces the signature of X docs example', () => {
    expect(oauth1Params(example).oauth_signature).toBe('hCtSmYh+iHYCEqBWrE7C7hYmtUk=');
  });

  it('builds the documented signature base string', () => {
    const url = new URL(example.url);
    const params: [string, string][] = [
      ...url.searchParams.entries(),
      ['status', example.formParams.status],
      ['oauth_consumer_key', example.credentials.consumerKey],
      ['oauth_nonce', example.nonce],
      ['oauth_signature_method', 'HMAC-SHA1'],
      ['oauth_timestamp', example.timestamp],
      ['oauth_token', example.credentials.token],
      ['oauth_version', '1.0'],
    ];
    expect(signatureBaseString('post', url, params)).toBe(
      'POST&https%3A%2F%2Fapi.twitter.com%2F1.1%2Fstatuses%2Fupdate.json&include_entities%3Dtrue%26oauth_consumer_key%3Dxvz1evFS4wEEPTGEFPHBog%26oauth_nonce%3DkYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1318622958%26oauth_token%3D370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb%26oauth_version%3D1.0%26status%3DHello%2520Ladies%2520%252B%2520Gentlemen%252C%2520a%2520signed%2520OAuth%2520request%2521',
    );
  });

  it('percent-encodes per RFC 3986, including !*\'()', () => {
    expect(percentEncode("Ladies + Gentlemen!*'()~-._")).toBe('Ladies%20%2B%20Gentlemen%21%2A%27%28%29~-._');
    expect(percentEncode('☃')).toBe('%E2%98%83');
  });

  it('a different secret, body or URL changes the signature', () => {
    const base = oauth1Params(example).oauth_signature;
    expect(oauth1Params({ ...example, credentials: { ...example.credentials, tokenSecret: 'other' } }).oauth_signature).not.toBe(base);
    expect(oauth1Params({ ...example, formParams: { status: 'Hello' } }).oauth_signature).not.toBe(base);
    expect(oauth1Params({ ...example, url: 'https://api.twitter.com/1.1/statuses/update.json' }).oauth_signature).not.toBe(base);
  });

  it('writes an Authorization header that parses back to the same parameters', () => {
    const header = oauth1Header(example);
    expect(header).toMatch(/^OAuth oauth_consumer_key="xvz1evFS4wEEPTGEFPHBog", oauth_nonce="[^"]+", oauth_signature_method="HMAC-SHA1", oauth_timestamp="1318622958", oauth_token="[^"]+", oauth_version="1.0", oauth_signature="[^"]+"$/);
    expect(header).toContain('oauth_signature="hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D"');
    expect(parseOAuthHeader(header)).toEqual(oauth1Params(example));
    expect(parseOAuthHeader('Bearer abc')).toBeNull();
  });

  it('uses a fresh nonce and the current time by default', () => {
    const a = oauth1Params({ method: 'POST', url: 'https://api.x.com/2/tweets', credentials: example.credentials });
    const b = oauth1Params({ method: 'POST', url: 'https://api.x.com/2/tweets', credentials: example.credentials });
    expect(a.oauth_nonce).not.toBe(b.oauth_nonce);
    expect(Math.abs(Number(a.oauth_timestamp) - Date.now() / 1000)).toBeLessThan(5);
  });
});
