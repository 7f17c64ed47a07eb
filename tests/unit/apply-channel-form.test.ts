import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/errors';
import { applyChannelForm } from '@/lib/channels/apply-channel-form';

const details = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    if (err instanceof ApiError) return (err.details as { path: string }[]).map((d) => d.path);
    throw err;
  }
  throw new Error('expected an error');
};

describe('applyChannelForm', () => {
  it('validates settings per provider, nests dotted keys and derives the external id', () => {
    const r = applyChannelForm('email', { settings: { address: ' Help@Shop.TEST ', 'smtp.host': 'smtp.shop.test', 'smtp.port': '587', 'smtp.secure': false, inboundProvider: 'postmark' }, secrets: { smtpPassword: 'pw-123456789' } }, null);
    expect(r.settings).toEqual({ address: 'help@shop.test', inboundProvider: 'postmark', smtp: { host: 'smtp.shop.test', port: 587, secure: false } });
    expect(r.externalId).toBe('help@shop.test');
    expect(r.secrets).toEqual({ smtpPassword: 'pw-123456789' });
    expect(details(() => applyChannelForm('email', { settings: { address: 'nope', 'smtp.port': '99999' }, secrets: {} }, null))).toEqual(['settings.address', 'settings.smtp.port']);
    expect(details(() => applyChannelForm('sms', { settings: { phoneNumber: '+14155550100', accountSid: 'AC0123456789abcdef0123456789abcdef', unknown: 'x' }, secrets: { authToken: 't' } }, null))).toEqual(['settings.unknown']);
  });

  it('keeps stored secrets for blank fields, generates the ones we choose, and requires the rest', () => {
    const existing = { settings: { pageId: '123', custom: 1 }, secrets: { appSecret: 'old-secret', verifyToken: 'vt', pageAccessToken: 'pat' } };
    const kept = applyChannelForm('messenger', { settings: { pageId: '123' }, secrets: { appSecret: '', pageAccessToken: '  ' } }, existing);
    expect(kept.secrets).toEqual(existing.secrets);
    expect(kept.changedSecrets).toEqual([]);
    expect(kept.settings).toEqual({ pageId: '123', custom: 1 });
    const replaced = applyChannelForm('messenger', { settings: { pageId: '456' }, secrets: { appSecret: 'new-secret' } }, existing);
    expect(replaced.changedSecrets).toEqual(['appSecret']);
    expect(replaced.changedSettings).toEqual(['pageId']);
    const created = applyChannelForm('messenger', { settings: { pageId: '123456' }, secrets: { appSecret: 'a', pageAccessToken: 'b' } }, null);
    expect(created.secrets.verifyToken).toMatch(/^sb-verify-/);
    expect(details(() => applyChannelForm('messenger', { settings: { pageId: '123456' }, secrets: {} }, null))).toEqual(['secrets.appSecret', 'secrets.pageAccessToken']);
    expect(details(() => applyChannelForm('messenger', { settings: { pageId: '123456' }, secrets: { appSecret: 'a', pageAccessToken: 'b', stolen: 'x' } }, null))).toEqual(['secrets.stolen']);
  });

  it('gives a chat channel a widget key and a visitor secret, and normalises its origins', () => {
    const r = applyChannelForm('chat', { settings: { allowedOrigins: 'HTTPS://Shop.example.com/\nhttps://*.example.org, https://shop.example.com' }, secrets: {} }, null);
    expect(r.settings.allowedOrigins).toEqual(['https://shop.example.com', 'https://*.example.org']);
    expect(r.settings.widgetKey).toMatch(/^wk_/);
    expect(r.secrets.visitorSecret).toHaveLength(43);
  });
});
