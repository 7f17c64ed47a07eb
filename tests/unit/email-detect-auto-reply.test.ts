import { describe, expect, it } from 'vitest';
import { detectAutoReply } from '@/lib/channels/email/detect-auto-reply';

const h = (pairs: Record<string, string>) => Object.fromEntries(Object.entries(pairs).map(([k, v]) => [k.toLowerCase(), [v]]));

describe('detectAutoReply', () => {
  it('lets a person’s email through', () => {
    expect(detectAutoReply({ headers: h({ Subject: 'My order', From: 'jane@example.com' }), fromAddress: 'jane@example.com' })).toEqual({ autoReply: false, bounce: false, reason: null });
  });

  it('flags RFC 3834 Auto-Submitted values other than "no"', () => {
    for (const v of ['auto-replied', 'auto-generated', 'Auto-Replied; owner-email="x@y.z"', 'auto-notified']) {
      const r = detectAutoReply({ headers: h({ 'Auto-Submitted': v }) });
      expect(r.autoReply, v).toBe(true);
      expect(r.bounce).toBe(false);
      expect(r.reason).toMatch(/^Auto-Submitted/);
    }
    expect(detectAutoReply({ headers: h({ 'Auto-Submitted': 'no' }) }).autoReply).toBe(false);
    expect(detectAutoReply({ headers: h({ 'Auto-Submitted': ' NO ' }) }).autoReply).toBe(false);
  });

  it('flags X-Autoreply, X-Autorespond and Precedence auto_reply/bulk/junk, not list', () => {
    expect(detectAutoReply({ headers: h({ 'X-Autoreply': 'yes' }) })).toMatchObject({ autoReply: true, reason: 'X-Autoreply header' });
    expect(detectAutoReply({ headers: h({ 'X-Autorespond': 'Out of office' }) })).toMatchObject({ autoReply: true, reason: 'X-Autorespond header' });
    for (const p of ['auto_reply', 'bulk', 'junk', 'Bulk']) expect(detectAutoReply({ headers: h({ Precedence: p }) }).autoReply, p).toBe(true);
    expect(detectAutoReply({ headers: h({ Precedence: 'list' }) }).autoReply).toBe(false);
    expect(detectAutoReply({ headers: h({ Precedence: 'first-class' }) }).autoReply).toBe(false);
  });

  it('flags X-Auto-Response-Suppress only when it names All, OOF or AutoReply', () => {
    expect(detectAutoReply({ headers: h({ 'X-Auto-Response-Suppress': 'All' }) }).autoReply).toBe(true);
    expect(detectAutoReply({ headers: h({ 'X-Auto-Response-Suppress': 'DR, OOF, AutoReply' }) }).autoReply).toBe(true);
    expect(detectAutoReply({ headers: h({ 'X-Auto-Response-Suppress': 'DR, RN, NRN' }) }).autoReply).toBe(false);
  });

  it('recognises bounces: delivery-status reports, mailer-daemon/postmaster senders, X-Failed-Recipients', () => {
    const report = detectAutoReply({ headers: h({ 'Content-Type': 'multipart/report; report-type=delivery-status; boundary="x"' }) });
    expect(report).toEqual({ autoReply: true, bounce: true, reason: 'delivery status report (multipart/report)' });
    // The parameter order varies between MTAs, and quotes are optional.
    expect(detectAutoReply({ headers: {}, contentType: 'multipart/report; boundary="b"; report-type="delivery-status"' }).bounce).toBe(true);
    // A read receipt (disposition-notification) is a report too, but not a bounce.
    expect(detectAutoReply({ headers: {}, contentType: 'multipart/report; report-type=disposition-notification' }).bounce).toBe(false);
    expect(detectAutoReply({ headers: {}, fromAddress: 'MAILER-DAEMON@amazonses.com' })).toMatchObject({ bounce: true, reason: 'sent by mailer-daemon' });
    expect(detectAutoReply({ headers: {}, fromAddress: 'postmaster@example.org' }).bounce).toBe(true);
    expect(detectAutoReply({ headers: {}, fromAddress: 'postmaster-team@example.org' }).bounce).toBe(false);
    expect(detectAutoReply({ headers: h({ 'X-Failed-Recipients': 'a@b.c' }) }).bounce).toBe(true);
  });

  it('ignores empty header values', () => {
    expect(detectAutoReply({ headers: { 'auto-submitted': ['  '], precedence: [''] } }).autoReply).toBe(false);
  });
});
