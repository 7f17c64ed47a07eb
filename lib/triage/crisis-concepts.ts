// What incident reports are "about", across languages. A crisis is many people
// reporting the same thing in their own words and languages ("checkout payment
// fails", "el pago falla al finalizar la compra", "結帳付款失敗"), so the topic
// signature maps words onto these shared concepts first; words no concept knows
// (product names, hashtags) still count as themselves.
//
// Latin stems match at the start of a folded word (lower case, no accents), so
// "payment" covers "payments"; CJK entries match anywhere (no word boundaries).
// The concept id is always one of its own stems, so a stored signature
// ("checkout|payment|failure|code:502") reads back into the same terms.

export type Concept = {
  id: string;
  // Used in crisis titles ("checkout payment errors").
  label: string;
  // How much sharing it says two reports are about the same thing.
  weight: number;
  latin: string[];
  cjk: string[];
};

export const SYMPTOM = 'failure';

export const CONCEPTS: Concept[] = [
  { id: 'checkout', label: 'checkout', weight: 1, latin: ['checkout', 'check-out', 'finalizar compra', 'finalizar la compra', 'caisse', 'kasse', 'finalizare comanda', 'carrito', 'panier', 'warenkorb', 'carrinho', 'cos de cumparaturi', 'cart '], cjk: ['結帳', '结账', '結賬', '结算', '結算', '購物車', '购物车', 'チェックアウト', 'レジ', 'カート'] },
  { id: 'payment', label: 'payment', weight: 1, latin: ['payment', 'pay ', 'paying', 'pago ', 'pagos', 'pagar', 'paiement', 'payer', 'zahlung', 'bezahl', 'pagamento', 'plata ', 'plati ', 'platesc', 'transaction', 'transaccion', 'transacao', 'tranzacti'], cjk: ['付款', '支付', '付費', '付费', '決済', '支払', '扣款'] },
  { id: 'card', label: 'card', weight: 1, latin: ['card ', 'cards', 'tarjeta', 'carte bancaire', 'carte bleue', 'kreditkarte', 'karte', 'cartao', 'credit card', 'visa ', 'mastercard'], cjk: ['信用卡', '銀行卡', '银行卡', '刷卡', 'カード'] },
  { id: 'login', label: 'login', weight: 1, latin: ['login', 'log in', 'logging in', 'sign in', 'signin', 'iniciar sesion', 'connexion', 'connecter', 'anmeld', 'einlogg', 'fazer login', 'autentific', 'conectare', 'password', 'contrasena', 'mot de passe', 'passwort', 'senha', 'parola', '2fa'], cjk: ['登录', '登入', '登錄', '密碼', '密码', 'ログイン', 'パスワード'] },
  { id: 'app', label: 'app', weight: 1, latin: ['app ', 'apps', 'application', 'aplicacion', 'appli ', 'anwendung', 'aplicativo', 'aplicati'], cjk: ['应用', '應用', 'アプリ'] },
  { id: 'website', label: 'website', weight: 1, latin: ['website', 'site', 'web ', 'webseite', 'pagina web', 'sitio'], cjk: ['网站', '網站', '官网', '官網', '网页', '網頁', 'サイト', 'ウェブ', 'ホームページ'] },
  { id: 'order', label: 'orders', weight: 0.75, latin: ['order', 'pedido', 'commande', 'bestellung', 'encomenda', 'comanda'], cjk: ['订单', '訂單', '下单', '下單', '注文'] },
  { id: 'delivery', label: 'delivery', weight: 1, latin: ['delivery', 'deliveries', 'shipping', 'shipment', 'parcel', 'package', 'courier', 'entrega', 'envio', 'livraison', 'colis', 'lieferung', 'paket', 'versand', 'livrare', 'colet'], cjk: ['快递', '快遞', '配送', '物流', '包裹', '配達', '荷物'] },
  { id: 'account', label: 'accounts', weight: 0.75, latin: ['account', 'cuenta', 'compte', 'konto', 'conta ', 'contul', 'cont '], cjk: ['账户', '帳戶', '账号', '帳號', 'アカウント'] },
  { id: 'breach', label: 'data breach', weight: 1.5, latin: ['breach', 'leak', 'hacked', 'hack ', 'phishing', 'filtracion', 'hackead', 'fuite', 'pirat', 'datenleck', 'gehackt', 'vazamento', 'vazad', 'scurgere', 'spart '], cjk: ['泄露', '洩露', '外洩', '被盗', '被盜', '盗号', '盜號', '漏洩', '流出', '不正アクセス', '乗っ取'] },
  { id: 'battery', label: 'battery overheating', weight: 1.5, latin: ['battery', 'batteries', 'overheat', 'fire ', 'caught fire', 'smoke', 'melted', 'bateria', 'batterie', 'surchauffe', 'akku', 'uberhitz', 'baterie', 'supraincalz', 'incendio', 'incendie', 'fogo'], cjk: ['电池', '電池', '过热', '過熱', '起火', '冒烟', '冒煙', 'バッテリー', '発火', '発熱'] },
  { id: 'allergy', label: 'food safety', weight: 1.5, latin: ['allerg', 'alerg', 'contaminat', 'food poisoning', 'poisoning', 'intoxica', 'vergiftung', 'salmonella', 'listeria'], cjk: ['过敏', '過敏', '食物中毒', '中毒', 'アレルギー', '食中毒'] },
  { id: 'recall', label: 'recall', weight: 1.5, latin: ['recall', 'retirada', 'rappel', 'ruckruf', 'recolha', 'rechemare'], cjk: ['召回', 'リコール'] },
  { id: 'network', label: 'connectivity', weight: 1, latin: ['wifi', 'wi-fi', 'internet', 'network', 'signal', 'conexion', 'reseau', 'netzwerk', 'rede ', 'retea', 'roaming', 'fibra', 'fibre', 'glasfaser'], cjk: ['网络', '網路', '網絡', '断网', '斷網', '信号', '訊號', 'ネット', '回線', '通信'] },
  { id: 'email', label: 'email', weight: 1, latin: ['email', 'e-mail', 'correo', 'courriel', 'mail '], cjk: ['邮件', '郵件', 'メール'] },
  {
    id: SYMPTOM,
    label: 'errors',
    // Every incident report says something failed: sharing only that says little.
    weight: 0.5,
    latin: [
      'failure', 'error', 'fail', 'down ', 'outage', 'broken', 'crash', 'not working', "doesn't work", 'does not work', "won't", 'timeout', 'timed out', 'declin',
      'falla', 'fallo', 'caido', 'caida', 'no funciona', 'erreur', 'panne', 'echec', 'echoue', 'ne marche', 'fehler', 'ausfall', 'funktioniert nicht', 'geht nicht',
      'erro', 'falha', 'fora do ar', 'nao funciona', 'eroare', 'nu merge', 'nu functioneaza', 'picat', 'refuz', 'rechaz', 'refuse', 'abgelehnt', 'recusad',
    ],
    cjk: ['错误', '錯誤', '失败', '失敗', '无法', '無法', '崩溃', '崩潰', '当机', '當機', '挂了', '掛了', '打不开', '打不開', 'エラー', 'できない', '落ち', '障害', '繋がらない', 'つながらない'],
  },
];

export const CONCEPT_BY_ID = new Map(CONCEPTS.map((c) => [c.id, c]));
