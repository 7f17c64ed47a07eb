import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isValidTwilioSignature, twilioSignature } from '@/lib/channels/twilio/verify-signature';
import { fixturesDir } from '../../scripts/lib/shared-dir';

const fixtures = fixturesDir();
const vectors = JSON.parse(fs.readFileSync(path.join(fixtures, 'signature_vectors.json'), 'utf8'));

describe('X-Twilio-Signature', () => {
  it("reproduces twilio-node's vector", () => {
    const v = vectors.twilio_x_twilio_signature;
    expect(twilioSignature(v.authToken, v.url, v.params)).toBe(v.expected);
    expect(isValidTwilioSignature(v.authToken, new URL(v.url), Object.entries(v.params), v.expected)).toBe(true);
  });

  it('verifies the inbound SMS fixture on its public URL, and nothing else', () => {
    const v = vectors.twilio_inbound_fixture;
    const raw = fs.readFileSync(path.join(fixtures, 'twilio/inbound_sms_form.txt'), 'utf8');
    const params = [...new URLSearchParams(raw)];
    expect(twilioSignature(v.authToken, v.url, params)).toBe(v.expected);
    expect(isValidTwilioSignature(v.authToken, new URL(v.url), params, v.expected)).toBe(true);
    // Also when the URL was configured with the default port.
    expect(isValidTwilioSignature(v.authToken, new URL(v.url), params, twilioSignature(v.authToken, 'https://example.com:443/api/webhooks/twilio/sms', params))).toBe(true);

    const changed = params.map(([k, val]): [string, string] => [k, k === 'Body' ? `${val}!` : val]);
    expect(isValidTwilioSignature(v.authToken, new URL(v.url), changed, v.expected)).toBe(false);
    expect(isValidTwilioSignature(v.authToken, new URL(v.url), [...params, ['Extra', '1']], v.expected)).toBe(false);
    expect(isValidTwilioSignature(v.authToken, new URL('https://example.com/api/webhooks/twilio/other'), params, v.expected)).toBe(false);
    expect(isValidTwilioSignature('wrong token', new URL(v.url), params, v.expected)).toBe(false);
    expect(isValidTwilioSignature(v.authToken, new URL(v.url), params, undefined)).toBe(false);
  });
});
