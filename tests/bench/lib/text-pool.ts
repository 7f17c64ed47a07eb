// Message texts for the inbox benchmark: customer messages, agent replies and
// internal notes in nine languages (Chinese in both scripts). {p} is a product,
// {o} the conversation's order number: template words ("refund", 退款, 返金) are
// common search terms (tens of thousands of messages), order numbers rare ones.

export type Lang = 'en' | 'ro' | 'es' | 'de' | 'fr' | 'pt' | 'zh-Hans' | 'zh-Hant' | 'ja';

// Share of conversations per language.
export const LANG_WEIGHTS: [Lang, number][] = [
  ['en', 45], ['es', 12], ['pt', 8], ['fr', 7], ['de', 7], ['ro', 5], ['zh-Hans', 6], ['zh-Hant', 3], ['ja', 7],
];

export const PRODUCTS: Record<Lang, string[]> = {
  en: ['rain jacket', 'hiking boots', 'down vest', 'trail backpack', 'wool socks', 'tent', 'sleeping bag', 'headlamp'],
  ro: ['geaca de ploaie', 'bocanci de munte', 'vesta de puf', 'rucsac', 'sosete de lana', 'cort', 'sac de dormit', 'frontala'],
  es: ['chaqueta impermeable', 'botas de montaña', 'chaleco de plumas', 'mochila', 'calcetines de lana', 'tienda de campaña', 'saco de dormir', 'linterna frontal'],
  de: ['Regenjacke', 'Wanderschuhe', 'Daunenweste', 'Rucksack', 'Wollsocken', 'Zelt', 'Schlafsack', 'Stirnlampe'],
  fr: ['veste de pluie', 'chaussures de randonnée', 'doudoune sans manches', 'sac à dos', 'chaussettes en laine', 'tente', 'sac de couchage', 'lampe frontale'],
  pt: ['casaco impermeável', 'botas de caminhada', 'colete de penas', 'mochila', 'meias de lã', 'tenda', 'saco-cama', 'lanterna de cabeça'],
  'zh-Hans': ['冲锋衣', '登山鞋', '羽绒背心', '背包', '羊毛袜', '帐篷', '睡袋', '头灯'],
  'zh-Hant': ['衝鋒衣', '登山鞋', '羽絨背心', '背包', '羊毛襪', '帳篷', '睡袋', '頭燈'],
  ja: ['レインジャケット', '登山靴', 'ダウンベスト', 'バックパック', 'ウールソックス', 'テント', '寝袋', 'ヘッドランプ'],
};

export const TEMPLATES: Record<Lang, { in: string[]; out: string[]; note: string[] }> = {
  en: {
    in: [
      'Hi, my order {o} arrived but the {p} is torn. I would like a refund please.',
      'Where is my order {o}? The tracking has not moved for a week and I need the {p} for a trip on Friday.',
      'Do you offer a discount for 40 units of the {p}? We are a school and want a quote for order {o}.',
      'The app crashes every time I try to pay for the {p}. Error code 500 at checkout, order {o}.',
      'Love my new {p}! Posted a photo on Instagram, feel free to share it. Order {o}.',
      'Your website is down, I cannot log in to change the delivery address for order {o}.',
    ],
    out: [
      'Thanks for reaching out! I have issued a refund for order {o}; it should reach your card in 3-5 business days.',
      'Sorry for the wait. Your {p} (order {o}) left our warehouse today, here is the new tracking link.',
      'Happy to help with the {p}. I have sent the quote for order {o} to your email.',
    ],
    note: ['Customer is a repeat buyer, approved the refund for order {o} without the return.'],
  },
  ro: {
    in: [
      'Bună ziua, comanda {o} a ajuns dar {p} este ruptă. Aș dori rambursarea plății.',
      'Unde este comanda {o}? Nu s-a mișcat coletul de o săptămână și am nevoie de {p} vineri.',
      'Oferiți reducere pentru 40 de bucăți de {p}? Suntem o școală și vrem o ofertă pentru comanda {o}.',
      'Aplicația se închide când încerc să plătesc pentru {p}. Eroare la plată, comanda {o}.',
      'Am primit plățile duble pe card pentru comanda {o}, vă rog verificați facturile.',
      'Site-ul nu funcționează, nu pot schimba adresa de livrare pentru comanda {o}.',
    ],
    out: [
      'Vă mulțumim! Am inițiat rambursarea pentru comanda {o}; banii ajung în 3-5 zile lucrătoare.',
      'Ne pare rău pentru întârziere. {p} (comanda {o}) a plecat azi din depozit.',
      'Am trimis oferta pentru comanda {o} pe email. Cu drag!',
    ],
    note: ['Client fidel, am aprobat rambursarea pentru comanda {o} fără retur.'],
  },
  es: {
    in: [
      'Hola, mi pedido {o} llegó pero la {p} está rota. Quiero un reembolso por favor.',
      '¿Dónde está mi pedido {o}? El seguimiento no se mueve desde hace una semana y necesito la {p}.',
      '¿Tienen descuento por 40 unidades de {p}? Somos una escuela, presupuesto para el pedido {o}.',
      'La aplicación se cierra cuando intento pagar la {p}. Error en el pago del pedido {o}.',
      'Me cobraron dos veces el pedido {o}, necesito la devolución del cargo duplicado.',
      'La web no funciona, no puedo cambiar la dirección de entrega del pedido {o}.',
    ],
    out: [
      '¡Gracias por escribirnos! Hemos tramitado el reembolso del pedido {o}; llegará en 3-5 días hábiles.',
      'Perdón por la espera. Tu {p} (pedido {o}) salió hoy del almacén.',
      'Te hemos enviado el presupuesto del pedido {o} por correo.',
    ],
    note: ['Cliente habitual, reembolso del pedido {o} aprobado sin devolución.'],
  },
  de: {
    in: [
      'Hallo, meine Bestellung {o} ist angekommen, aber die {p} ist kaputt. Ich möchte eine Rückerstattung.',
      'Wo ist meine Bestellung {o}? Die Sendungsverfolgung steht seit einer Woche still, ich brauche die {p}.',
      'Gibt es Rabatt für 40 Stück {p}? Wir sind eine Schule und möchten ein Angebot für Bestellung {o}.',
      'Die App stürzt beim Bezahlen der {p} ab. Fehler an der Kasse, Bestellung {o}.',
      'Die Lieferung an die Hauptstraße 5 ist falsch, Bestellung {o} bitte an die neue Adresse.',
      'Ihre Webseite ist nicht erreichbar, ich kann Bestellung {o} nicht ändern.',
    ],
    out: [
      'Danke für Ihre Nachricht! Die Rückerstattung für Bestellung {o} ist veranlasst, 3-5 Werktage.',
      'Entschuldigung für die Wartezeit. Ihre {p} (Bestellung {o}) hat heute unser Lager verlassen.',
      'Das Angebot für Bestellung {o} ist per E-Mail unterwegs.',
    ],
    note: ['Stammkunde, Rückerstattung für Bestellung {o} ohne Rücksendung genehmigt.'],
  },
  fr: {
    in: [
      'Bonjour, ma commande {o} est arrivée mais la {p} est déchirée. Je voudrais être remboursé.',
      'Où est ma commande {o} ? Le suivi ne bouge plus depuis une semaine et il me faut la {p}.',
      'Faites-vous une remise pour 40 {p} ? Nous sommes une école, devis pour la commande {o}.',
      "L'application plante quand je paie la {p}. Erreur au paiement, commande {o}.",
      'J’ai été débité deux fois pour la commande {o}, merci de vérifier la facture.',
      'Le site est en panne, impossible de modifier l’adresse de livraison de la commande {o}.',
    ],
    out: [
      'Merci de nous avoir écrit ! Le remboursement de la commande {o} est en cours, 3 à 5 jours ouvrés.',
      'Désolé pour l’attente. Votre {p} (commande {o}) a quitté l’entrepôt aujourd’hui.',
      'Nous vous avons envoyé le devis de la commande {o} par e-mail.',
    ],
    note: ['Client fidèle, remboursement de la commande {o} accordé sans retour.'],
  },
  pt: {
    in: [
      'Olá, a minha encomenda {o} chegou mas o {p} está rasgado. Quero a devolução do dinheiro.',
      'Onde está a minha encomenda {o}? O rastreio não se mexe há uma semana e preciso do {p}.',
      'Têm desconto para 40 unidades de {p}? Somos uma escola, orçamento para a encomenda {o}.',
      'A aplicação fecha quando tento pagar o {p}. Erro no pagamento, encomenda {o}.',
      'Fui cobrado duas vezes pela encomenda {o}, por favor verifiquem a fatura.',
      'O site está em baixo, não consigo mudar a morada de entrega da encomenda {o}.',
    ],
    out: [
      'Obrigado pelo contacto! O reembolso da encomenda {o} foi emitido, 3 a 5 dias úteis.',
      'Desculpe a demora. O seu {p} (encomenda {o}) saiu hoje do armazém.',
      'Enviámos o orçamento da encomenda {o} por e-mail.',
    ],
    note: ['Cliente habitual, reembolso da encomenda {o} aprovado sem devolução.'],
  },
  'zh-Hans': {
    in: [
      '你好，我的订单{o}到了，但是{p}破了。我想申请退款。',
      '我的订单{o}在哪里？物流一个星期没有更新了，周五要用{p}。',
      '买40个{p}有折扣吗？我们是学校，订单{o}请报价。',
      '付款买{p}的时候应用闪退，订单{o}结账报错。',
      '订单{o}被重复扣款了，请帮我查一下发票。',
      '网站打不开，没法修改订单{o}的收货地址。',
    ],
    out: [
      '感谢联系！订单{o}的退款已经处理，3到5个工作日到账。',
      '抱歉久等了。您的{p}（订单{o}）今天已经从仓库发出。',
      '订单{o}的报价已经发到您的邮箱。',
    ],
    note: ['老客户，订单{o}同意退款，不用退货。'],
  },
  'zh-Hant': {
    in: [
      '您好，我的訂單{o}到了，但是{p}破了。我想申請退款。',
      '我的訂單{o}在哪裡？物流一個星期沒有更新了，週五要用{p}。',
      '買40個{p}有折扣嗎？我們是學校，訂單{o}請報價。',
      '付款買{p}的時候應用程式閃退，訂單{o}結帳出錯。',
      '訂單{o}被重複扣款了，請幫我查一下發票。',
      '網站打不開，沒辦法修改訂單{o}的收件地址。',
    ],
    out: [
      '感謝聯繫！訂單{o}的退款已經處理，3到5個工作天到帳。',
      '抱歉久等了。您的{p}（訂單{o}）今天已經從倉庫寄出。',
      '訂單{o}的報價已經寄到您的信箱。',
    ],
    note: ['老客戶，訂單{o}同意退款，不用退貨。'],
  },
  ja: {
    in: [
      'こんにちは。注文{o}が届きましたが、{p}が破れていました。返金をお願いします。',
      '注文{o}はどこですか？一週間追跡が更新されず、金曜日に{p}が必要です。',
      '{p}を40個購入する場合、割引はありますか？学校です。注文{o}の見積もりをお願いします。',
      '{p}の支払いをしようとするとアプリが落ちます。注文{o}の決済でエラーです。',
      '注文{o}が二重に請求されています。請求書を確認してください。',
      'サイトにつながらず、注文{o}の配送先を変更できません。キャンセルも可能ですか？',
    ],
    out: [
      'お問い合わせありがとうございます。注文{o}の返金手続きをしました。3〜5営業日で反映されます。',
      'お待たせして申し訳ありません。{p}（注文{o}）は本日倉庫から発送しました。',
      '注文{o}のお見積もりをメールでお送りしました。',
    ],
    note: ['リピーターのお客様。注文{o}は返品なしで返金を承認。'],
  },
};

export type PoolRow = { lang: Lang; kind: 'in' | 'out' | 'note'; variant: number; text: string };

// Every template with every product: {o} stays, for the conversation's own
// order number (so an order number is a rare search term: one conversation).
export function buildTextPool(): PoolRow[] {
  const rows: PoolRow[] = [];
  for (const lang of Object.keys(TEMPLATES) as Lang[]) {
    for (const kind of ['in', 'out', 'note'] as const) {
      let variant = 0;
      for (const t of TEMPLATES[lang][kind]) {
        for (const p of PRODUCTS[lang]) rows.push({ lang, kind, variant: variant++, text: t.replaceAll('{p}', p) });
      }
    }
  }
  return rows;
}
