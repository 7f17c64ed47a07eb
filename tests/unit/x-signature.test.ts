import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crcResponseToken } from '@/lib/channels/x/crc-response';
import { isValidXSignature, xSignature } from '@/lib/channels/x/verify-signature';
import { fixturesDir } from '../../scripts/lib/shared-dir';

const fixtures = fixturesDir();
const vectors = JSON.parse(fs.readFileSync(path.join(fixtures, 'signature_vectors.json'), 'utf8'));

describe('X webhook signatures', () => {
  it('answers the CRC vector exactly', () => {
    const v = vectors.x_crc;
    expect({ response_token: crcResponseToken(v.consumerSecret, v.crc_token) }).toEqual(v.expected_response);
  });

  it('verifies the fixture raw bytes, and refuses a flipped byte, a re-serialised body and a missing header', () => {
    const v = vectors.x_webhooks_signature_fixture;
    const raw = fs.readFileSync(path.join(fixtures, 'twitter/doc_aaa_direct_message_event.json'));
    expect(xSignature(v.consumerSecret, raw)).toBe(v.expected);
    expect(isValidXSignature(v.consumerSecret, raw.toString('utf8'), v.expected)).toBe(true);

    const flipped = Buffer.from(raw);
    flipped[40] ^= 0x01;
    expect(isValidXSignature(v.consumerSecret, flipped, v.expected)).toBe(false);
    const reserialised = JSON.stringify(JSON.parse(raw.toString('utf8')));
    expect(isValidXSignature(v.consumerSecret, reserialised, v.expected)).toBe(false);
    expect(isValidXSignature(v.consumerSecret, raw, undefined)).toBe(false);
    expect(isValidXSignature(v.consumerSecret, raw, '')).toBe(false);
    expect(isValidXSignature('another secret', raw, v.expected)).toBe(false);
    expect(isValidXSignature(v.consumerSecret, raw, v.expected.replace('sha256=', ''))).toBe(false);
  });
});
