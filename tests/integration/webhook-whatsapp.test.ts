// WhatsApp Cloud API webhook through the real route: every pywa and Chatwoot
// payload (rows checked), routing by phone_number_id, statuses in real
// fixture order (a late "sent" never overwrites "read"), media fetched on
// demand through the Graph API, bad input and concurrent duplicates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { GET, POST } from '@/app/api/webhooks/whatsapp/[channelId]/route';
import { fetchMessageAttachment } from '@/lib/channels/meta/fetch-message-attachment';
import { createTestWorkspace } from '../helpers/create-test-workspace';
import { startFakeGraphApi, type FakeGraphApi } from '../helpers/fake-graph-api';
import { createMetaChannel, fill, fixtureJson, listFixtures, postSigned, readFixture, rowCounts, userContext } from '../helpers/meta-webhook';

let graph: FakeGraphApi;
beforeAll(async () => {
  graph = await startFakeGraphApi();
  process.env.META_GRAPH_URL = graph.url;
  process.env.PROVIDER_MEDIA_HOSTS = graph.host;
});
afterAll(async () => {
  await graph.close();
  await disconnectDb();
});

const PNID = '1122334455667';
const newChannel = async (workspaceId: string, phoneNumberId = PNID) => createMetaChannel(workspaceId, 'whatsapp', { phoneNumberId, displayPhoneNumber: '+972 12-345-6789', wabaId: '1234567890987654321' });

type Want = { text?: string; attachments?: unknown[]; meta?: Record<string, unknown>; inReplyTo?: string[] } | 'ignored';
const pywaMessages: Record<string, Want> = {
  text: { text: 'Body Text' },
  image: { text: '', attachments: [{ type: 'image', mime: 'image/jpeg' }], meta: { media: [{ index: 0, id: '65463453', sha256: '4654+8g=' }] } },
  media_with_url: { attachments: [{ type: 'image', mime: 'image/jpeg', url: 'https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=65463453&source=webhook&ext=487r9re&hash=heiwchueowbcew-dnedcw' }] },
  video: { text: 'caption', attachments: [{ type: 'video', mime: 'video/mp4' }], meta: { forwarded: true, media: [expect.objectContaining({ id: '765756756' })] } },
  document: { text: 'caption', attachments: [{ type: 'file', name: 'filename.pdf', mime: 'application/pdf' }] },
  audio: { text: '', attachments: [{ type: 'audio', mime: 'audio/ogg; codecs=opus' }] },
  voice: { attachments: [{ type: 'audio', name: 'voice message', mime: 'audio/ogg; codecs=opus' }] },
  static_sticker: { attachments: [{ type: 'sticker', mime: 'image/webp' }] },
  animated_sticker: { attachments: [{ type: 'sticker', mime: 'image/webp' }] },
  reaction: 'ignored',
  unreaction_empty: 'ignored',
  unreaction_no_emoji: 'ignored',
  current_location: { text: 'Location: (12.25089, 43.90539)', attachments: [{ type: 'location', url: 'geo:12.25089,43.90539' }] },
  chosen_location: {
    text: 'Location: Facebook HQ, 1 Hacker Way, Menlo Park, CA 94025 (37.4611978, -122.2164385)',
    attachments: [{ type: 'location', name: 'Facebook HQ, 1 Hacker Way, Menlo Park, CA 94025', url: 'geo:37.4611978,-122.2164385' }],
  },
  contacts: {
    text: 'Shared contacts: Chandler Bing (+1 555-555-5555); Monica (+1 666-666-6666); Rachel Green (+1 777-777-7777)',
    attachments: [{ type: 'contact', name: 'Chandler Bing (+1 555-555-5555)' }, { type: 'contact', name: 'Monica (+1 666-666-6666)' }, { type: 'contact', name: 'Rachel Green (+1 777-777-7777)' }],
  },
  order: { text: 'Order: 3 × HAMBURGER (30 ILS), 2 × FRENCH_FRIES (35 ILS), 2 × SODA (10 ILS)' },
  unsupported: 'ignored',
  unsupported_with_type: 'ignored',
  reply: { text: 'replied text', inReplyTo: ['wamid.xyzxyz=='] },
  forwarded: { text: 'forwarded text', meta: { forwarded: true } },
  forwarded_many_times: { text: 'text forwarded many times', meta: { frequentlyForwarded: true } },
  interactive_message_with_err: 'ignored',
  referral: { text: 'BODY', meta: { referral: { sourceUrl: 'AD_OR_POST_FB_URL', sourceType: 'ad or post', sourceId: 'ADID', headline: 'AD_TITLE' } } },
};
const pywaButtons: Record<string, Want> = {
  button: { text: 'title', meta: { interactiveReplyId: 'callback_data' }, inReplyTo: [] },
  quick_reply: { text: 'title', meta: { buttonPayload: 'callback_data' }, inReplyTo: ['wamid.xyzxyz=='] },
  quick_reply_without_context: { text: 'title' },
};
const pywaSystem: Record<string, Want> = { phone_number_change: 'ignored', identity_change: 'ignored' };

async function expectRows(ws: { workspace: { id: string } }, channelId: string, res: { status: number; body: any }, want: Want) {
  expect(res.status).toBe(200);
  if (want === 'ignored') {
    expect(res.body).toMatchObject({ received: 0 });
    expect(res.body.ignored).toBeGreaterThan(0);
    expect(await rowCounts(ws.workspace.id)).toEqual({ messages: 0, conversations: 0, contacts: 0 });
    return;
  }
  expect(res.body).toMatchObject({ received: 1 });
  const m = await db.message.findFirstOrThrow({ where: { channelId }, include: { contact: { include: { identities: true } } } });
  expect(m.direction).toBe('in');
  if (want.text !== undefined) expect(m.text).toBe(want.text);
  if (want.attachments) expect(m.attachments).toEqual(want.attachments);
  if (want.meta) expect(m.meta).toMatchObject(want.meta);
  if (want.inReplyTo) expect((m.meta as any).inReplyTo ?? []).toEqual(want.inReplyTo);
  return m;
}

describe('pywa fixtures (full webhook bodies)', () => {
  const files: [string, Record<string, Want>][] = [['pywa_message.json', pywaMessages], ['pywa_callback_button.json', pywaButtons], ['pywa_system.json', pywaSystem]];
  for (const [file, cases] of files) {
    it(`${file}: every case is covered`, () => {
      expect(Object.keys(fixtureJson(`whatsapp/${file}`)).sort()).toEqual(Object.keys(cases).sort());
    });
    for (const [name, want] of Object.entries(cases)) {
      it(`${file} ${name} → ${want === 'ignored' ? 'ignored' : 'stored'}`, async () => {
        const ws = await createTestWorkspace();
        const ch = await newChannel(ws.workspace.id);
        const res = await postSigned(POST, 'whatsapp', ch, fixtureJson(`whatsapp/${file}`)[name]);
        const m = await expectRows(ws, ch.channel.id, res, want);
        if (m && file !== 'pywa_system.json') {
          expect(m.contact?.name).toBe('Test Name');
          expect(m.contact?.identities[0]).toMatchObject({ provider: 'whatsapp', externalId: '972987654321', phone: '+972987654321' });
        }
      });
    }
  }
});

describe('pywa statuses, in the fixtures’ order', () => {
  const statuses = fixtureJson('whatsapp/pywa_message_status.json');
  const withId = (name: string, wamid: string) => JSON.parse(JSON.stringify(statuses[name]).split('wamid.xyzxyz').join(wamid));

  it('sent → delivered → read → a late sent: the message ends read with deliveredAt and readAt; played counts as read; failed after read changes nothing', async () => {
    expect(Object.keys(statuses).sort()).toEqual(['delivered', 'failed', 'group', 'played', 'read', 'sent', 'with_tracker']);
    const ws = await createTestWorkspace();
    const ch = await newChannel(ws.workspace.id);
    const inbound = await postSigned(POST, 'whatsapp', ch, fixtureJson('whatsapp/pywa_message.json').text);
    const conversationId = (await db.message.findUniqueOrThrow({ where: { id: inbound.body.messageIds[0] } })).conversationId;
    const mk = (wamid: string) => db.message.create({ data: { workspaceId: ws.workspace.id, conversationId, channelId: ch.channel.id, direction: 'out', providerMessageId: wamid, text: 'Your order ships today', status: 'sent' } });
    const a = await mk('wamid.OUT_A');

    const steps: [string, number][] = [['sent', 0], ['delivered', 1], ['read', 1], ['sent', 0], ['with_tracker', 0], ['failed', 0]];
    for (const [name, changed] of steps) {
      const res = await postSigned(POST, 'whatsapp', ch, withId(name, 'wamid.OUT_A'));
      expect(res.status, name).toBe(200);
      expect(res.body.statuses, name).toBe(changed);
    }
    const row = await db.message.findUniqueOrThrow({ where: { id: a.id } });
    expect(row.status).toBe('read');
    expect(row.deliveredAt?.toISOString()).toBe(new Date(1698266945 * 1000).toISOString());
    expect(row.readAt?.toISOString()).toBe(new Date(1689380458 * 1000).toISOString());
    expect(row.providerError).toBeNull();

    const b = await mk('wamid.OUT_B');
    expect((await postSigned(POST, 'whatsapp', ch, withId('played', 'wamid.OUT_B'))).body.statuses).toBe(1);
    expect((await db.message.findUniqueOrThrow({ where: { id: b.id } })).status).toBe('read');

    const c = await mk('wamid.OUT_C');
    expect((await postSigned(POST, 'whatsapp', ch, withId('failed', 'wamid.OUT_C'))).body.statuses).toBe(1);
    const failed = await db.message.findUniqueOrThrow({ where: { id: c.id } });
    expect(failed.status).toBe('failed');
    expect(failed.providerError).toContain("User's number is part of an experiment");
    expect(failed.providerError).toContain('130472');

    // The group status uses placeholders: fill them with this channel's ids.
    const d = await mk('wamid.OUT_D');
    const group = fill(JSON.stringify(statuses.group), { '<BUSINESS_PHONE_NUMBER_ID>': PNID, '<WHATSAPP_MESSAGE_ID>': 'wamid.OUT_D' });
    expect((await postSigned(POST, 'whatsapp', ch, group)).body.statuses).toBe(1);
    expect((await db.message.findUniqueOrThrow({ where: { id: d.id } })).status).toBe('read');
    // Statuses never create messages.
    expect(await db.message.count({ where: { channelId: ch.channel.id, direction: 'in' } })).toBe(1);
  });
});

describe('chatwoot/whatsapp_cloud fixtures', () => {
  // Value-only payloads get the standard envelope, addressed to the channel's number.
  const wrap = (value: object, phoneNumberId = PNID) => ({
    object: 'whatsapp_business_account',
    entry: [{ id: '102290129340398', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '97212345678', phone_number_id: phoneNumberId }, ...value } }] }],
  });
  const placeholders = { '{{channel.provider_config.phone_number_id}}': PNID, '{{channel.phone_number_without_plus}}': '97212345678', '{{channel.phone_number}}': '+97212345678' };
  const cases: Record<string, Want | 'status'> = {
    'cloud_image_media_download_error.json': 'ignored',
    'cloud_image_with_caption.json': 'ignored',
    'cloud_metadata_only_routing.json': 'ignored',
    'cloud_reaction_message.json': 'ignored',
    'cloud_request_welcome.json': 'ignored',
    'value_button.json': { text: 'Yes this is a button' },
    'value_ephemeral_ignored.json': 'ignored',
    'value_image.json': { text: 'Check out my product!', attachments: [{ type: 'image', mime: 'image/jpeg' }], meta: { media: [{ index: 0, id: 'b1c68f38-8734-4ad3-b4a1-ef0c10d683', sha256: '29ed500fa64eb55fc19dc4124acb300e5dcca0f822a301ae99944db' }] } },
    'value_interactive_button_reply.json': { text: 'First Button', meta: { interactiveReplyId: '1' } },
    'value_location.json': { text: 'Location: Bay Bridge, San Francisco, CA, USA (37.7893768, -122.3895553)', attachments: [{ type: 'location', name: 'Bay Bridge, San Francisco, CA, USA', url: 'geo:37.7893768,-122.3895553' }] },
    'value_statuses_failed_with_error.json': 'status',
    'value_statuses_read.json': 'status',
    'value_text_message.json': { text: 'Test' },
    'value_unsupported_with_error.json': 'ignored',
  };

  it('covers every file', () => expect(listFixtures('chatwoot/whatsapp_cloud')).toEqual(Object.keys(cases).sort()));

  for (const [file, want] of Object.entries(cases)) {
    it(`${file} → ${typeof want === 'string' ? want : 'stored'}`, async () => {
      const ws = await createTestWorkspace();
      const ch = await newChannel(ws.workspace.id);
      const raw = fill(readFixture(`chatwoot/whatsapp_cloud/${file}`), placeholders);
      const body = file.startsWith('value_') ? wrap(JSON.parse(raw)) : raw;
      if (want === 'status') {
        const contact = await db.contact.create({ data: { workspaceId: ws.workspace.id, name: 'Sojan Jose' } });
        const conv = await db.conversation.create({ data: { workspaceId: ws.workspace.id, channelId: ch.channel.id, contactId: contact.id } });
        const out = await db.message.create({ data: { workspaceId: ws.workspace.id, conversationId: conv.id, channelId: ch.channel.id, direction: 'out', providerMessageId: '2423423243', text: 'hi', status: 'sent' } });
        const res = await postSigned(POST, 'whatsapp', ch, body);
        expect(res.body).toMatchObject({ statuses: 1, received: 0 });
        const row = await db.message.findUniqueOrThrow({ where: { id: out.id } });
        if (file.includes('failed')) {
          expect(row.status).toBe('failed');
          expect(row.providerError).toMatch(/abc.*code 123/);
        } else {
          expect(row.status).toBe('read');
          expect(row.readAt).toBeInstanceOf(Date);
        }
        return;
      }
      const res = await postSigned(POST, 'whatsapp', ch, body);
      if (file === 'cloud_metadata_only_routing.json') {
        expect(res.body).toMatchObject({ received: 0, statuses: 0, ignored: 0 });
        expect(await rowCounts(ws.workspace.id)).toEqual({ messages: 0, conversations: 0, contacts: 0 });
        return;
      }
      const m = await expectRows(ws, ch.channel.id, res, want);
      if (m) expect(m.contact).toMatchObject({ name: 'Sojan Jose' });
    });
  }

  it('the envelopes without metadata are never stored; with metadata, a message without id or with errors is still ignored with the reason', async () => {
    const ws = await createTestWorkspace();
    const ch = await newChannel(ws.workspace.id);
    const noMeta = await postSigned(POST, 'whatsapp', ch, fill(readFixture('chatwoot/whatsapp_cloud/cloud_image_with_caption.json'), placeholders));
    expect(noMeta.body).toMatchObject({ received: 0, ignored: 1 });
    const withMeta = (file: string) => {
      const b = JSON.parse(fill(readFixture(`chatwoot/whatsapp_cloud/${file}`), placeholders));
      b.entry[0].changes[0].value.metadata = { phone_number_id: PNID };
      return b;
    };
    const noId = await postSigned(POST, 'whatsapp', ch, withMeta('cloud_image_with_caption.json'));
    expect(noId.body).toMatchObject({ received: 0, ignored: 1 });
    const mediaError = await postSigned(POST, 'whatsapp', ch, withMeta('cloud_image_media_download_error.json'));
    expect(mediaError.body).toMatchObject({ received: 0, ignored: 1 });
    expect(await rowCounts(ws.workspace.id)).toEqual({ messages: 0, conversations: 0, contacts: 0 });
  });
});

describe('routing, media, handshake and bad input', () => {
  it('a change for another phone_number_id is ignored, even when other changes of the batch are stored', async () => {
    const ws = await createTestWorkspace();
    const ch = await newChannel(ws.workspace.id);
    const other = await newChannel(ws.workspace.id, '9999999999');
    const text = fixtureJson('whatsapp/pywa_message.json').text;
    const mixed = JSON.parse(JSON.stringify(text));
    const foreign = JSON.parse(JSON.stringify(text.entry[0].changes[0]));
    foreign.value.metadata.phone_number_id = '9999999999';
    foreign.value.messages[0].id = 'wamid.FOREIGN';
    mixed.entry[0].changes.push(foreign);
    const res = await postSigned(POST, 'whatsapp', ch, mixed);
    expect(res.body).toMatchObject({ received: 1, ignored: 1 });
    expect(await db.message.findMany({ where: { workspaceId: ws.workspace.id }, select: { providerMessageId: true, channelId: true } })).toEqual([{ providerMessageId: 'wamid.xyzxyz', channelId: ch.channel.id }]);
    expect(await db.message.count({ where: { channelId: other.channel.id } })).toBe(0);
  });

  it('media: the id is resolved through GET /{media-id} with the channel token and downloaded from Meta’s host on demand', async () => {
    const ws = await createTestWorkspace();
    const ch = await newChannel(ws.workspace.id);
    const jpeg = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex');
    graph.addMedia('65463453', jpeg, 'image/jpeg');
    const res = await postSigned(POST, 'whatsapp', ch, fixtureJson('whatsapp/pywa_message.json').image);
    graph.reset();
    const file = await fetchMessageAttachment(userContext(ws), res.body.messageIds[0], 0);
    expect(file.headers.get('content-type')).toBe('image/jpeg');
    expect(file.headers.get('content-disposition')).toMatch(/^inline/);
    expect(Buffer.from(await file.arrayBuffer()).equals(jpeg)).toBe(true);
    expect(graph.requests.map((r) => [r.method, r.path, r.headers.authorization])).toEqual([
      ['GET', '/65463453', `Bearer ${ch.secrets.accessToken}`],
      ['GET', '/media-files/65463453', `Bearer ${ch.secrets.accessToken}`],
    ]);
    const other = await createTestWorkspace();
    await expect(fetchMessageAttachment(userContext(other), res.body.messageIds[0], 0)).rejects.toMatchObject({ status: 404 });
  });

  it('GET handshake; a WhatsApp channel on Twilio is not found here', async () => {
    const ws = await createTestWorkspace();
    const ch = await newChannel(ws.workspace.id);
    const get = (id: string, token: string) => GET(new Request(`http://switchboard.test/api/webhooks/whatsapp/${id}?hub.mode=subscribe&hub.verify_token=${token}&hub.challenge=CHALLENGE_ACCEPTED`), { params: Promise.resolve({ channelId: id }) });
    const ok = await get(ch.channel.id, ch.secrets.verifyToken);
    expect([ok.status, await ok.text()]).toEqual([200, 'CHALLENGE_ACCEPTED']);
    expect((await get(ch.channel.id, 'x')).status).toBe(403);
    const twilio = await createMetaChannel(ws.workspace.id, 'whatsapp', { phoneNumberId: PNID, transport: 'twilio' });
    expect((await postSigned(POST, 'whatsapp', twilio, fixtureJson('whatsapp/pywa_message.json').text)).status).toBe(404);
    expect(await rowCounts(ws.workspace.id)).toEqual({ messages: 0, conversations: 0, contacts: 0 });
  });

  it('malformed or wrongly shaped bodies → 400 saying what is wrong, nothing written; 10 concurrent copies → one message', async () => {
    const ws = await createTestWorkspace();
    const ch = await newChannel(ws.workspace.id);
    const bad: [unknown, RegExp][] = [
      ['{', /not valid JSON/],
      [{ object: 'page', entry: [] }, /object must be "whatsapp_business_account"/],
      [{ object: 'whatsapp_business_account', entry: [{ changes: [{ value: { metadata: { phone_number_id: PNID }, messages: [{ id: 'wamid.X', type: 'text' }] } }] }] }, /entry\.0\.changes\.0\.value\.messages\.0\.from/],
      [{ object: 'whatsapp_business_account', entry: [{ changes: [{ value: { statuses: [{ id: 'wamid.X' }] } }] }] }, /statuses\.0\.status/],
    ];
    for (const [body, msg] of bad) {
      const res = await postSigned(POST, 'whatsapp', ch, body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(msg);
    }
    expect(await rowCounts(ws.workspace.id)).toEqual({ messages: 0, conversations: 0, contacts: 0 });
    const raw = JSON.stringify(fixtureJson('whatsapp/pywa_message.json').text);
    const answers = await Promise.all(Array.from({ length: 10 }, () => postSigned(POST, 'whatsapp', ch, raw)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(answers.reduce((n, a) => n + a.body.received, 0)).toBe(1);
    expect(await rowCounts(ws.workspace.id)).toEqual({ messages: 1, conversations: 1, contacts: 1 });
  });
});
