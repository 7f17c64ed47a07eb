// One customer's problem using the product or service: errors, crashes, log-in
// failures, settings that do not stick, orders that went wrong, money taken wrongly.
import { cue } from './match-cues';

export const TECHNICAL_CUES = [
  cue('reports an error', 1.2, [
    'error( code| message)?', 'err_\\w+', 'erro(r)?\\b', 'erreur', 'fehler(meldung|code)?', 'eroare(a)?', '[a-z]+_[a-z]+_[a-z_]+', '(code|status) \\d{3,4}\\b',
    'bug(gy|s)?\\b', 'glitch\\w*', 'invalid', 'declined', 'rejected', 'expired', 'not recogni[sz]ed', "says '[^']{3,40}'", 'says "[^"]{3,40}"',
    'invalido', 'cod expirat', 'expirat',
    '錯誤', '错误', '報錯', '报错', '異常', '异常', '故障', 'bug', '驗證碼錯誤', '验证码错误', '顯示「', '显示“', 'エラー', '不具合',
  ]),
  cue('says something does not work', 1.1, [
    'crash(es|ed|ing)?', 'ctds?', 'freez(es|ing)', 'froze', 'hangs', 'out of sync', 'getting (an? )?(error|\\d{3}\\b)', 'not (working|loading|syncing|saving|showing|updating|responding|opening|charging|connecting|turning on|going through)',
    "(doesn'?t|does not|won'?t|will not|didn'?t|wouldn'?t) (work|load|save|open|sync|show|let me|accept|recogni[sz]e|start|turn on|connect|charge|unlock|go through|update|download|play)",
    "(isn'?t|is not|aren'?t) working", 'stopped working',
    "(can'?t|cannot|can not|unable to|couldn'?t) (pay|order|check ?out|top up|book|redeem|use|see|find my|download|upload|cancel|connect|access|open|add|verify|reset|send|print|play)", 'broke(n)? (after|since)', 'keeps? (crashing|resetting|dropping|disconnecting|logging me out|failing|freezing|saying|showing|spinning|loading|reverting|disappearing)',
    'resets? (to|every|itself)', '(fail(s|ed|ing)?|failure)\\b', 'greyed out', 'grayed out', 'spins forever', 'blank (pages?|screens?)', 'stuck (on|at) (the )?(loading|processing|pending|\\d)',
    'still (says|shows|pending|processing|showing)', "(says|shows|showing) ('|\")?(pending|processing|awaiting|label created|in progress)",
    'no (puedo|me deja)', 'no (funciona|carga|abre|sirve|anda)', 'se (cae|cierra|traba|congela|queda cargando)', 'nao (consigo|funciona|abre|carrega|entra|deixa)', 'travando', 'trava',
    'impossible de', 'ne (marche|fonctionne|charge|s.ouvre) (plus|pas)', 'marche pas', 'plante', 'bloque',
    'funktioniert (nicht|nie|nicht mehr)', 'geht nicht', 'klappt nicht', 'absturz', 'sturzt ab', 'abgesturzt', 'hangt sich', 'kann (mich |ich )?(nicht|nicht mehr|nie)', 'nicht (moglich|mehr moglich)', 'bricht .{0,20}ab', 'ladt nicht',
    'nu (pot|merge|functioneaza|se deschide|se incarca|mai accepta|mai merge)', 'se blocheaza', 'crapa',
    '閃退', '闪退', '當機', '卡住', '卡死', '無法', '无法', '不能(用|登|登入|登录|付|支付|下載|下载|使用|打開|打开)', '登不(進|进)', '一直(失敗|失败|顯示|显示|跳出)', '失敗', '失败',
    '重置', '被重置', '沒反應', '没反应', '用不了', 'できない', 'できません', '落ちる', '落ちます', 'フリーズ', '反映されない', '使えない', '表示されない', 'ログインできない',
  ]),
  // Something that should happen does not: the most general way people describe a fault.
  cue('says something expected did not happen', 1.0, [
    "(doesn'?t|does not|didn'?t|did not|won'?t|will not|wouldn'?t|can'?t|cannot|isn'?t|wasn'?t|hasn'?t|haven'?t|never|no longer|not) (even )?(work|load|open|start|turn on|switch on|power on|charge|connect|sync|save|arrive|arrived|come|came|show|update|respond|download|upload|print|play|boot|pair|send|deliver|accept|go through|scan|unlock|appear|display|install|heat|close|lock|ring|refresh|register)\\w*",
    '(does|did|do) nothing', 'nothing (happens|works|loads|shows)', 'no (updates?|response|reply|answer|confirmation|tracking)\\b', 'came without', 'arrived without', 'so slow', 'too slow', 'takes forever',
    'no (funciona|enciende|prende|carga|abre|llega|llego|sirve|arranca|conecta|responde|aparece|me deja|actualiza|recibi)\\w*', 'nao (funciona|liga|carrega|abre|chega|chegou|veio|aparece|conecta|responde|atualiza|deixa|recebi)\\w*',
    "n(e |')(s')?\\w+ (pas|plus|jamais|rien)", 'rien ne (marche|fonctionne|se passe)', '(jamais|pas) (arrive|recu|livre)\\w*',
    '(nicht|nie|kein\\w*) (mehr )?(laden|funktionier\\w*|angekommen|geliefert|starten|verbinden|offnen|reagier\\w*)', 'lasst sich .{0,30}nicht', 'tut (sich )?nichts',
    'nu (se )?(mai )?(porneste|incarca|merge|functioneaza|deschide|conecteaza|primesc|ajunge|apare|accepta|raspunde)\\w*', "n-?a (ajuns|venit|functionat|mers)",
    '(沒有|没有|沒|没|未|不)(更新|收到|到貨|到货|反應|反应|回應|回应|動|动|亮|充電|充电|連上|连上|送達|送达|出貨|发货|開機|开机)', '一直(沒|没)', '洒了', '灑了', '漏了',
    '(届き|動き|つながり|繋がり|開き|でき|表示され|反映され|充電でき|ログインでき|起動し)ません', '(動か|届か|開か|つながら|表示されて|起動し)ない',
  ]),
  cue('cannot log in or access the account', 1.2, [
    "(can'?t|cannot|can not|unable to|couldn'?t) (log ?in|sign ?in|login|access|get into|get in|unlock)", 'locked (me )?out', 'log(ged|s)? me out', '(token|session|code|link) (has )?expired',
    'password reset', 'two[- ]factor', '2fa', 'verification code', 'otp',
    'no puedo (entrar|iniciar sesion|acceder)', 'nao consigo (entrar|acessar|logar)', 'impossible de me connecter', 'kann mich nicht (anmelden|einloggen)', 'nu ma pot (loga|conecta|autentifica)',
    '登不進去', '登不进去', '無法登入', '无法登录', '指紋登入', '指纹登录', 'ログインできない',
  ]),
  cue('reports an order or delivery problem', 1.1, [
    'wrong (item|order|size|colou?r|amount|day|date|address|product|flavou?r|parcel)', 'missing (item|items|parts?|piece|from (my|the) (order|box|bag))', "(wasn'?t|was not|not) in the (box|bag|parcel)",
    '(arrived|came|delivered|showed up|turned up) (damaged|broken|cracked|wet|open|opened|cold|wrong|missing|smashed|crushed|late|torn)', 'damaged', 'broken', 'cracked', 'smashed', 'leak(ed|ing)', 'defective', 'faulty', 'torn',
    "(didn'?t|did not|never|haven'?t|have not|hasn'?t|has not) (arrive|arrived|receive|received|get|got|come|came|turn up|shipped|moved|updated)", 'not (received|arrived|delivered)',
    '(says|marked|shows|showing|listed) (as )?(delivered|signed for|collected)', 'tracking (hasn.?t|has not|not|still|is stuck|stuck|says .{0,20}(delivered|label created|no (update|info)))', 'label created', 'lost (my )?(parcel|package|order)',

    'llego (roto|rota|danad\\w+|mal|incompleto|abierto|equivocado)', 'rot[oa]\\b', 'danad[oa]', 'no (me )?ha llegado', 'no (recibi|llego)',
    'veio (errado|errada|quebrado|quebrada|faltando|sem)', 'nao (veio|chegou|recebi)', 'quebrad[oa]', 'rasgad[oa]',
    'pas (recu|arrive|livre)', 'jamais (recu|arrive)', 'casse\\w*', 'endommag\\w+', 'nicht (angekommen|erhalten|geliefert)', 'beschadigt', 'kaputt', 'defekt', 'fehlt (im|in der)',
    "n-?am primit", 'nu am primit', 'nu mi-?a venit', 'zice ca (s-?a )?livrat', 'defect\\w*', 'stricat\\w*', 'spart\\w*',
    '沒收到', '没收到', '未收到', '沒有收到', '没有收到', '根本沒收到', '已送達', '已送达', '已簽收', '已签收', '破損', '破损', '壞了', '坏了', '刮痕', '少了', '漏寄', '寄錯', '寄错', '送錯', '送错', '不見了', '不见了',
    '届いていない', '届いていません', '届かない', '届いてない', '壊れ', '破損',
  ]),
  cue('reports a wrong charge', 1.2, [
    '(charged|billed|debited|taken|took)( me| my \\w+ bill)? .{0,25}(twice|two times|double|three times)', 'double[- ]charged', 'charged (me )?(for|again)', 'money (left|was taken|has been taken|gone)', "(hasn'?t|has not|never) (got|received) (it|the money)",
    'overcharged', 'wrong(ly)? (charge|charged|bill|billed)', 'charged (me|my card|my account)', '(two|three|four|five|multiple|several|\\d) (charges|debits|payments) (of|for)',
    'me cobraron', 'cobro (doble|indebido)', 'cobrad[oa] (duas vezes|em dobro|indevid\\w+)', 'debite deux fois', 'doppelt (abgebucht|berechnet)', 'taxat .{0,30}de doua ori',
    '扣款', '扣了', '多扣', '重複扣', '重复扣', '兩筆', '两笔', '二重', '引き落とし',
  ]),
  cue('has lost data or progress', 1.2, [
    '(deleted|wiped|disappear\\w*|vanish\\w*|went empty|are gone|is gone|got erased|erased)', 'lost (my |our |all |\\d+ )?(data|progress|stars|points|files|photos|cards|contacts|history|save)',
    'sync conflict', 'desaparec\\w+', 'sumiram', 'disparu\\w*', 'verschwunden', 'geloscht', 'disparut\\w*', '消失', '不見', '不见', '清空', '遺失', '丢失', '消えた',
  ]),
  cue('asks for a refund or replacement', 0.7, [
    'refund', 'return or exchange', 'replacement', 'send (me )?a new one', 'reembolso', 'devolucion', 'estorno', 'rembourse\\w*', 'erstattung', 'rambursare',
    '退款', '退費', '退费', '返金',
  ]),
  cue('asks for a fix', 0.6, ['please fix', 'fix (it|this|that)', 'sort it out', 'can (you|u|someone) (check|look into|help)', 'what (do|can|should) i do', 'o que eu faco', 'was kann ich tun', '怎麼辦', '怎么办', '帮忙查', '幫忙查', 'どうすれば']),
];

// The writer is the one failing (for "incident + technical_issue" on outages).
export const FIRST_PERSON_SINGULAR =
  /(?:^|[^a-z])(?:i|i'?m|i'?ve|me|my|mine|yo|mi|me|eu|meu|minha|je|j'|moi|mon|ma|mes|ich|mich|mein\w*|eu|meu|mea|mele|ma|nu pot)(?![a-z])|我(?![们們])|私|僕|俺/;
