// Messages that deserve no tag: spam and scams, auto-replies, job applications,
// opt-outs and bare thanks. And plain service questions (order status, opening hours)
// which get no tag but still belong to Support.
import { phrases } from './match-cues';

export const SPAM = phrases([
  '(dm|message|whatsapp|text) (me|us|her|him)( now| today)?( for| to)', '(100%|totally|fully) (legit|safe|real|guaranteed|free)', 'real (followers|accounts|likes)', '\\d+k? (real )?(followers|likes|views) (in|for)',
  'cheap (gold|followers|likes|coins|views|subscribers|accounts)', '(boost|grow) your (brand|account|followers|page)', 'instant delivery', 'made \\$[\\d,.]+', 'earn \\$[\\d,.]+', '(crypto|bitcoin|forex|nft) (trading|profits?|investment|queen|king|expert)',
  'trading with @', 'investment (opportunity|returns)', '(win|won|claim) (an? |your |a free |free )?(iphone|prize|gift card|voucher|reward)', 'you (have )?won', 'giveaway winner',
  '(click|tap|visit) (here|the link|below|this link|now)', 'bit\\.ly/', 'tinyurl', '\\.(top|xyz|click|shop|buzz|icu)\\b', '(verify|confirm) your (account|identity|details) (within|in) \\d+', 'final notice', 'expires? today', 'renew immediately',
  'domain (will )?expir\\w+', 'account (has been |will be )?(suspended|locked|disabled)\\b.{0,40}(click|link|verify|http)', 'only \\d+ left',
  'ganaste', 'has ganado', 'ganhou', 'voce ganhou', 'castigat', 'ati castigat', 'gewonnen', 'vous avez gagne', 'revendicati',
  '加微信', '加line', '加賴', '好評返現', '好评返现', '刷單', '刷单', '日結', '日结', '免費點數', '免费点数', '點擊以下連結', '点击以下链接', '領取', '领取', '恭喜發財', '專業刷', '专业刷',
  'http\\S*(verify|secure|login|renew|claim|prize|gift)',
]);

export const AUTO_REPLY = phrases([
  '(automatic|auto)[- ]?(reply|response)', 'out of (the )?office', '\\booo\\b', "(i am|i'?m) (currently )?(out of|away|on leave|on vacation|on holiday|travell?ing)", 'limited access to (e-?mail|my email)',
  'will (respond|reply|get back to you) (when|on|upon) (i|my) return', 'respuesta automatica', 'fuera de la oficina', 'resposta automatica', 'fora do escritorio', 'reponse automatique',
  'je suis absente?', "absente? (du bureau|jusqu)", 'abwesenheit', 'automatische antwort', 'bin (bis|vom) .{0,30}(nicht|abwesend|im urlaub)', 'raspuns automat', 'sunt in concediu',
  '自動返信', '不在(通知|にして|のお知らせ)', '夏季休暇', '休暇をいただいて', '自动回复', '自動回覆', '休假中', '不在辦公室', '不在办公室',
]);

export const JOB_APPLICATION = phrases([
  '(apply|application|applying) (for|to) (the |your )?.{0,40}(role|position|job|vacancy|opening|internship)', '(my|attached) (cv|resume|curriculum)', 'cover letter', 'dear (hiring|recruitment) (team|manager)',
  'solicitud de empleo', 'vacante', 'adjunto mi cv', 'candidatura', 'curriculo', 'bewerbung', 'lebenslauf', 'lettre de motivation', 'candidature', 'aplic(atie|are) pentru (postul|jobul)',
  '求職', '應徵', '应聘', '简历', '履歷', '履歴書', '応募',
]);

export const OPT_OUT = /^\s*(stop|stopall|unsubscribe|cancel|end|quit|parar|sair|baja|arret|arreter|stopp|abmelden|dezabonare|退订|退訂|配信停止)\s*[.!]*\s*$/;

// Short acknowledgements: nothing to do but say "you're welcome".
export const THANKS = phrases([
  'thanks?( you)?', 'thx', 'ty\\b', 'cheers', 'ok(ay)?', 'great', 'perfect', 'sorted( now)?', 'got it', 'all good', 'resolved', 'solved', 'works( now)?', 'worked', 'that helped',
  'gracias', 'obrigad[oa]', 'merci', 'danke', 'multumesc', 'mersi', 'resolvido', 'resuelto', 'hat geklappt', 'alles (wieder )?gut', 'bonne journee', 'votre aide', 'pour votre aide',
  '謝謝', '谢谢', '好的', '收到', '了解', 'ありがとう', '解決しました', 'first', '\\+1', '已分享', '抽',
]);

// Plain service questions: where is my order, when do you open, is my booking confirmed.
export const SERVICE_TOPIC = phrases([
  'order', 'delivery', 'deliver', 'parcel', 'package', 'shipping', 'ship', 'shipped', 'tracking', 'booking', 'reservation', 'appointment', 'open', 'close', 'closing', 'opening hours', 'hours', 'store', 'branch', 'arrive',
  'pedido', 'entrega', 'envio', 'horario', 'abre', 'cierra', 'llega', 'encomenda', 'prazo', 'loja', 'funcionamento', 'commande', 'livraison', 'colis', 'horaires', 'ouvert', 'ferme',
  'bestellung', 'lieferung', 'paket', 'offnungszeiten', 'geoffnet', 'comanda', 'livrare', 'colet', 'program', 'deschis', 'magazin', 'ajunge',
  '訂單', '订单', '送到', '到貨', '到货', '快遞', '快递', '配送', '營業', '营业', '開門', '开门', '幾點', '几点', '出貨', '发货', '注文', '営業', '届く',
]);
export const QUESTION = /[?？]|^(when|what|where|is|are|do|does|can|how)\b|\b(what time|when (does|do|is|will)|where is|how long|do you|are you|is my)\b|just (checking|wondering)|\bwondering\b|請問|请问|いつ|ですか/;
