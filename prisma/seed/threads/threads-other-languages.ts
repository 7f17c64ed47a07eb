// German, French, Portuguese and Japanese: fewer of each, but enough that the
// language rules and the agents' languages matter.
import { a, c, img, n, tag, type ThreadScript } from '../thread-script';

const outage = (reason = 'same checkout error as the other reports this morning') => tag('incident', 0.86, reason);

export const otherLanguageThreads: ThreadScript[] = [
  // --- German ---
  {
    ch: 'email', lang: 'de', ago: 5.5, sev: 3,
    who: { name: 'Stefan Huber', email: 'einkauf@bergsport-huber.example' },
    subject: 'Händleranfrage – Bergsport Huber, München',
    tags: [tag('sales_lead', 0.9, 'outdoor shop in Munich wants to stock us')],
    msgs: [c(`Sehr geehrte Damen und Herren,

wir sind ein inhabergeführtes Bergsportgeschäft in München und interessieren uns für Ihre Hardshell-Jacken und Zelte für die Wintersaison. Könnten Sie uns Ihre Händlerkonditionen, Mindestbestellmengen und Lieferzeiten nennen?

Mit freundlichen Grüßen
Stefan Huber
Bergsport Huber GmbH`)],
  },
  {
    ch: 'whatsapp', lang: 'de', ago: 19, sev: 3,
    who: { name: 'Lena Schmidt' },
    tags: [tag('technical_issue', 0.89, 'app crashes when opening the map')],
    msgs: [c('Hallo, die App stürzt jedes Mal ab, wenn ich die Karte öffne. iPhone 14, neueste Version. Neu installiert hilft nicht.')],
  },
  {
    ch: 'instagram', lang: 'de', ago: 25, sev: 4,
    who: { name: 'Felix Wagner', handle: '@felix.am.berg', followers: 22800 },
    tags: [tag('ugc', 0.93, 'summit photo on the Zugspitze in the Summit jacket')],
    msgs: [c('Zugspitze ✅ bei -8 °C, die Summit Jacke hat alles gegeben 💪🏔️ @northwindoutfitters', 0, [img('zugspitze_gipfel.jpg')])],
  },
  {
    ch: 'x', lang: 'de', ago: 0.92, sev: 1, crisis: true, why: 'outage affecting many customers: checkout payments fail',
    who: { name: 'Jonas Becker', handle: '@jonasbecker', followers: 1900 },
    tags: [outage()],
    msgs: [c('@NorthwindHelp Zahlung schlägt dauernd fehl: "Payment could not be processed". Ist euer Checkout kaputt?')],
  },
  {
    ch: 'email', lang: 'de', ago: 43, sev: 3, status: 'pending', to: 'hannah',
    who: { name: 'Petra Schulz', email: 'petra.schulz@example.com' },
    subject: 'Rücksendung und Erstattung – Bestellung NW-480140',
    tags: [tag('refund_request', 0.9, 'asks for a refund after returning boots')],
    msgs: [
      c('Guten Tag, ich habe die Wanderschuhe vor zwei Wochen zurückgeschickt, aber noch keine Erstattung erhalten. Sendungsnummer: DE4471902231. Viele Grüße, Petra Schulz'),
      a('hannah', 'Guten Tag Frau Schulz, vielen Dank für die Sendungsnummer. Das Paket ist am Donnerstag bei uns angekommen; die Erstattung wird bis Dienstag gebucht. Ich melde mich, sobald sie raus ist. Viele Grüße, Hannah', 4 * 60),
    ],
  },
  {
    ch: 'chat', lang: 'de', ago: 65, sev: 4, status: 'resolved', to: 'hannah',
    who: { name: 'Besucher 3381' },
    tags: [],
    msgs: [
      c('Liefert ihr auch nach Österreich?'),
      a('hannah', 'Ja, natürlich! Lieferung nach Österreich dauert 3–5 Werktage und ist ab 100 € kostenlos. 🙂', 2),
      c('Super, danke!', 1),
    ],
  },
  {
    ch: 'messenger', lang: 'de', ago: 11, sev: 3,
    who: { name: 'Thomas Müller' },
    tags: [tag('feature_request', 0.82, 'asks for pay-by-invoice (Klarna)')],
    msgs: [c('Könnt ihr bitte Kauf auf Rechnung bzw. Klarna anbieten? Kreditkarte nutze ich nicht gern online.')],
  },
  {
    ch: 'email', lang: 'de', ago: 0.3, sev: 3,
    who: { name: 'Dr. Katrin Vogel', email: 'k.vogel@example.net' },
    subject: 'Auskunftsersuchen nach Art. 15 DSGVO',
    tags: [],
    msgs: [c(`Sehr geehrte Damen und Herren,

hiermit bitte ich gemäß Art. 15 DSGVO um Auskunft über alle zu meiner Person gespeicherten Daten. Angesichts der aktuellen Berichte über ein mögliches Datenleck bitte ich außerdem um Bestätigung, ob meine Daten betroffen sind.

Mit freundlichen Grüßen
Dr. Katrin Vogel`)],
  },

  // --- French ---
  {
    ch: 'instagram', lang: 'fr', ago: 13, sev: 4,
    who: { name: 'Camille Roux', handle: '@camille.en.montagne', followers: 36400 },
    tags: [tag('ugc', 0.94, 'photo facing Mont Blanc in our jacket')],
    msgs: [c('Le Mont Blanc en face, le café chaud et la Ridgeline sur le dos ☕🏔️ la vie est belle @northwindoutfitters', 0, [img('chamonix_matin.jpg')])],
  },
  {
    ch: 'email', lang: 'fr', ago: 37, sev: 3,
    who: { name: 'Julien Mercier', email: 'cse@atelierslumiere.example' },
    subject: "Demande de devis – comité d'entreprise, 150 polaires",
    tags: [tag('sales_lead', 0.92, "works council wants a quote for 150 fleeces")],
    msgs: [c(`Bonjour,

Je représente le CSE des Ateliers Lumière (Lyon). Nous souhaiterions offrir une polaire Basecamp à nos 150 salariés pour la fin de l'année. Pourriez-vous nous faire un devis, avec broderie de notre logo ?

Cordialement,
Julien Mercier`)],
  },
  {
    ch: 'messenger', lang: 'fr', ago: 7, sev: 3,
    who: { name: 'Sophie Martin' },
    tags: [tag('technical_issue', 0.87, 'app logs them out every time')],
    msgs: [c("Bonjour, l'appli me déconnecte à chaque fois que je la ferme, c'est pénible. Android 14.")],
  },
  {
    ch: 'chat', lang: 'fr', ago: 0.75, sev: 1, crisis: true, why: 'outage affecting many customers: checkout payments fail',
    who: { name: 'Visiteur 7125' },
    tags: [outage(), tag('technical_issue', 0.6, 'their own payment fails')],
    msgs: [c('Bonjour, le paiement ne passe pas, message "Payment could not be processed". Est-ce que c\'est de votre côté ?')],
  },
  {
    ch: 'x', lang: 'fr', ago: 24, sev: 3,
    who: { name: 'Hugo Lefèvre', handle: '@hugolefevre', followers: 780 },
    tags: [tag('shipping_delay', 0.84, 'parcel stuck with Colissimo for a week')],
    msgs: [c("@NorthwindHelp mon colis est bloqué chez Colissimo depuis une semaine, personne ne répond 😒")],
  },
  {
    ch: 'whatsapp', lang: 'fr', ago: 80, sev: 4, status: 'resolved', to: 'andrei',
    who: { name: 'Claire Dubois' },
    tags: [],
    msgs: [
      c('Bonjour, est-ce que la veste Cirrus taille grand ? Je fais du M normalement.'),
      a('andrei', 'Bonjour Claire ! Elle taille normalement, prenez un M. Si besoin, l’échange est gratuit. Bonne journée !', 50),
    ],
  },
  {
    ch: 'email', lang: 'fr', ago: 16, sev: 4, team: 'marketing', to: 'chloe',
    who: { name: 'Élodie Garnier', email: 'e.garnier@montagnes-mag.example' },
    subject: "Demande d'interview – Montagnes Magazine",
    tags: [],
    msgs: [
      c(`Bonjour,

Je prépare un dossier sur les marques outdoor qui proposent la réparation de leurs produits. Serait-il possible d'interviewer une personne de votre équipe cette semaine ?

Bien à vous,
Élodie Garnier, Montagnes Magazine`),
      n('chloe', 'Good press opportunity (repairs story, not the greenwashing thread). @Priya Shah ok if I set this up?', 15 * 60),
    ],
  },
  {
    ch: 'messenger', lang: 'fr', ago: 1.1, sev: 3,
    who: { name: 'Antoine Girard' },
    tags: [tag('feature_request', 0.61, 'suggests rain covers for backpacks')],
    msgs: [c('Vous pourriez proposer des housses de pluie pour vos sacs à dos ? Ce serait top.')],
  },

  // --- Portuguese ---
  {
    ch: 'whatsapp', lang: 'pt', ago: 12, sev: 3,
    who: { name: 'Rafael Souza', phone: '+5511998877665' },
    tags: [tag('technical_issue', 0.88, 'app does not open after the update')],
    msgs: [c('Oi! O app não abre depois da atualização, fica na tela branca. Moto G84')],
  },
  {
    ch: 'instagram', lang: 'pt', ago: 21, sev: 4,
    who: { name: 'Inês Carvalho', handle: '@ines.na.serra', followers: 6900 },
    tags: [tag('ugc', 0.91, 'photo in Serra da Estrela with the Ridgeline')],
    msgs: [c('Serra da Estrela com a minha Ridgeline 😍 nem o nevoeiro me parou @northwindoutfitters', 0, [img('estrela.jpg')])],
  },
  {
    ch: 'email', lang: 'pt', ago: 34, sev: 3,
    who: { name: 'Miguel Costa', email: 'miguel@lisboawalks.example' },
    subject: 'Orçamento para 60 casacos – Lisboa Walks',
    tags: [tag('sales_lead', 0.91, 'tour company wants a quote for 60 jackets')],
    msgs: [c(`Olá,

Somos uma empresa de passeios pedestres em Lisboa e Sintra. Gostaríamos de um orçamento para 60 casacos impermeáveis com o nosso logótipo para os guias.

Obrigado,
Miguel Costa`)],
  },
  {
    ch: 'x', lang: 'pt', ago: 0.83, sev: 1, crisis: true, why: 'outage affecting many customers: checkout payments fail',
    who: { name: 'Bruna Lima', handle: '@brunalima', followers: 3400 },
    tags: [outage()],
    msgs: [c('@NorthwindHelp não consigo pagar, dá erro no pagamento toda hora 😩 o site tá com problema?')],
  },
  {
    ch: 'chat', lang: 'pt', ago: 68, sev: 4, status: 'resolved', to: 'luis',
    who: { name: 'Visitante 2209' },
    tags: [],
    msgs: [
      c('Vocês entregam no Brasil?'),
      a('luis', 'Olá! Ainda não entregamos no Brasil, infelizmente. Por enquanto enviamos para a Europa, EUA, Canadá e Ásia. Sinto muito!', 4),
    ],
  },
  {
    ch: 'messenger', lang: 'pt', ago: 3.3, sev: 3,
    who: { name: 'João Pereira' },
    tags: [tag('refund_request', 0.78, 'wants to return faulty boots')],
    msgs: [c('Bom dia, quero devolver as botas, vieram com a costura solta. Como faço?', 0, [img('botas.jpg')])],
  },

  // --- Japanese ---
  {
    ch: 'email', lang: 'ja', ago: 7, sev: 3, to: 'dana',
    who: { name: '佐藤 健', email: 'k.sato@yamanoie.example' },
    subject: '法人購入のお見積りについて',
    tags: [tag('sales_lead', 0.9, 'mountain hut company asks for a quote on staff jackets')],
    msgs: [c(`Northwind ご担当者様

長野県で山小屋を運営しております山の家の佐藤と申します。スタッフ用のレインジャケットを 35 着ほど購入したく、法人向けのお見積りをお願いできますでしょうか。

よろしくお願いいたします。
佐藤 健`)],
  },
  {
    ch: 'instagram', lang: 'ja', ago: 31, sev: 4,
    who: { name: 'Haruka', handle: '@haruka_yama', followers: 18900 },
    tags: [tag('ugc', 0.92, 'ridge photo in the Northern Alps with the Summit parka')],
    msgs: [c('北アルプスの稜線で。Summitパーカー、風が強くても本当に暖かい 🏔️ @northwindoutfitters', 0, [img('kitaalps.jpg')])],
  },
  {
    ch: 'x', lang: 'ja', ago: 9, sev: 3,
    who: { name: '山田太郎', handle: '@yamada_trail', followers: 540 },
    tags: [tag('technical_issue', 0.86, 'cannot sign in, error 401')],
    msgs: [c('@NorthwindHelp アプリにログインできません。エラーコード 401 と表示されます')],
  },
  {
    ch: 'chat', lang: 'ja', ago: 44, sev: 4,
    who: { name: '訪問者 5120' },
    tags: [],
    msgs: [c('日本への送料はいくらですか？何日くらいで届きますか？')],
  },
  {
    ch: 'messenger', lang: 'ja', ago: 20, sev: 3,
    who: { name: '鈴木 美咲' },
    tags: [tag('feature_request', 0.89, 'asks for a Japanese app interface')],
    msgs: [c('アプリの日本語対応の予定はありますか？とても使いやすいので、ぜひお願いします！')],
  },
  {
    ch: 'email', lang: 'ja', ago: 150, sev: 3, status: 'resolved', to: 'yuki',
    who: { name: '高橋 直子', email: 'naoko.takahashi@example.com' },
    subject: '注文確認メールが届きません',
    tags: [tag('technical_issue', 0.8, 'order confirmation email not received')],
    msgs: [
      c('先日注文しましたが、注文確認メールが届きません。注文は完了しているでしょうか？'),
      a('yuki', '高橋様、お問い合わせありがとうございます。ご注文（NW-475512）は正常に完了しております。確認メールを再送いたしましたので、ご確認ください。Yuki', 10 * 60),
      c('届きました。ありがとうございました！', 2 * 60),
    ],
  },
  {
    ch: 'x', lang: 'ja', ago: 0.72, sev: 1, crisis: true, why: 'outage affecting many customers: checkout payments fail',
    who: { name: 'けんじ', handle: '@kenji_camp', followers: 2600 },
    tags: [outage()],
    msgs: [c('@NorthwindHelp 決済エラーで購入できない…「Payment could not be processed」って出る')],
  },
];
