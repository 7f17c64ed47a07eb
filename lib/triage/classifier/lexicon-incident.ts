// Crisis and incident language. Some kinds stand on their own (a breach, an injury,
// a lawyer, a journalist, a boycott); others only make an incident when many people
// are affected (an outage, a double charge, being stranded): one customer's outage is
// a technical issue. CROWD_CUES say "many people are affected".
import { cue } from './match-cues';

export const CROWD_CUES = [
  cue('many customers affected', 1, [
    'for everyone(?! (on|in|at) (our|my))', 'down for (everyone|anyone|all)', 'anyone else', 'is (it|this) (just me|only me)', 'just me or', '\\d+\\+? (of us|others|other (people|customers|users|passengers|families))', '\\d+k\\+? (people|personas|pessoas|personnes|leute|users|customers|passengers|players)', 'everyone (else|here|in|on|is|i know)', 'everybody',
    '(all|most|half) (of )?(my|our|the) (colleagues|coworkers|co-workers|friends|neighbou?rs|team|office|family|street|building|town|customers|users|players)',
    '(the |our |my )?(whole|entire) (office|team|street|block|city|town|area|neighbou?rhood|region|country|village|building|floor|sales floor|company|state|county|estate|east side|west side|north|south)',
    'nobody (in|at|on|can)', 'no one (in|at|on|can)', '(loads|lots|tons|dozens|hundreds|thousands|heaps|bunch) of (people|users|customers|players|companies|us|families|passengers|others|parents|owners|posts)',
    '(at least |over |more than |like |about |around )?(a dozen|dozens of|several|multiple|many|other|\\d+\\+? other) (other )?(people|companies|users|customers|families|players|drivers|owners|passengers|parents|posts|reports|businesses|neighbou?rs|colleagues)',
    'not the only one', '(same|similar) (problem|issue|charge|alert|error|posts?|reports?|complaints?|reaction|experience)', 'same here', 'having the same',
    '(posts|reports|complaints|people|users) .{0,25}(same|reporting|saying|posting|complaining|describing)', 'status page', '#\\w*(down|outage|fail)\\b',
    'neighbou?rs (too|also|as well|are|have|said)', '(my|our) (friends|colleagues|coworkers|neighbou?rs|family|kids|mum|dad) (also|too|as well|have|are|got|all)',
    '(reddit|r/\\w+|twitter|discord|facebook group|slack|forum|community|group chat|subreddit|comments|village group|deals group|whatsapp group|the group|tiktok)\\b.{0,40}(full of|same|reporting|posts|saying|complaining|people|everyone)',
    'todo(s)? (el mundo|los vecinos|la colonia|la ciudad|el barrio|los clientes)', 'toda la (colonia|ciudad|zona)', 'alguien mas', '(varios|muchos|muchas|otros) (clientes|usuarios|personas|vecinos|pasajeros)',
    'mis amigos tambien', 'en el grupo', 'varios casos', 'casos (iguales|similares)', '(otros|muchos) (usuarios|clientes)', 'alguem mais', 'mais alguem', '(amigos|colegas) (tbm|tb|tambem)', 'todo mundo', '(meus )?amigos (tambem|receberam)', '(varios|muitos|muitas) (clientes|usuarios|pessoas|colegas)', 'galera',
    'tout le monde', '(plein|beaucoup|des dizaines) de (gens|monde|clients|personnes|utilisateurs)', 'pas (le|la) seule?', "d'?autres (clients|personnes|enfants|utilisateurs|familles)", '(mes|nos) voisins (aussi|egalement|ont)', 'dans le groupe',
    'ganz(e|en|er)? (stadt|viertel|strasse|ort|region|gegend|landkreis)', 'in ganz [a-z]+-?[a-z]*', 'nachbarn (auch|ebenfalls|haben)', 'alle (kollegen|nachbarn|nutzer|kunden|anderen)', 'bei allen', 'auch andere', '(mehrere|viele) (fahrer|nutzer|kunden|leute|menschen|personen)',
    'tot (cartierul|blocul|orasul|judetul|satul)', 'toti (vecinii|colegii|clientii|prietenii)', '(si |nici )?colegii( (au|mei|de birou))?', 'in tot [a-z]+', 'si altii', 'aceeasi problema', '(multi|multe|mai multi) (clienti|oameni|persoane)', 'nu sunt (singurul|singura)',
    '大家', '很多人', '好多人', '一堆人', '好幾個人', '好几个人', '好幾家', '好几家', '不少人', '其他人', '其他用戶', '其他用户', '身邊(的)?(同事|朋友)', '身边(的)?(同事|朋友)', '(同事|朋友|鄰居|邻居|家人)(也|都)',
    '全部(都)?一樣', '全部(都)?一样', '全區', '全区', '整個', '整个', '一樣的(問題|狀況|情況)', '一样的(问题|状况|情况)', '都(一樣|一样)', '都遇到', '也遇到', '多名', '多位', '多家',
    '有人(說|说|反映)', '也有人', '都在問', '都在问', '越來越多', '越来越多', 'みんな', '全域', '他の人も', '多くの(人|ユーザー)', '私だけ', '自分だけ', '周り(も|の人)',
  ]),
];

export const INCIDENT_CUES = [
  // Needs a crowd to be an incident.
  cue('reports an outage', 1.0, [
    'down\\b(?! to| \\d)', 'is (\\w+ )?down', 'outage', 'not loading for', 'out of sync', '(lost|losing|lose) (power|signal|connection|internet|service|electricity|water|network)', 'no (signal|service|network|internet|power|electricity|bars|coverage|water|hot water|heating|data)\\b', 'zero bars',
    'without (power|signal|internet|service|electricity|water|heating)', '(power|internet|network|service|signal|electricity) (cut|outage|is out|went out|is down)', 'blackout', 'timing out', 'timed out', '(?<![-\\w])50[234]s?\\b',
    "servers? (are |is )?down", "can'?t (connect|get through)", "(site|app|website|platform|service) (is |was |has been |went )?(down|unavailable|offline)", 'unavailable for', 'crashes every time',
    '(sin|no hay) (senal|servicio|internet|luz|datos|red|agua)', 'se cayo', 'caid[oa]', 'fora do ar', 'sem (sinal|internet|luz|servico|rede|agua)', 'caiu', 'nao (abre|sai|funciona)',
    'en panne', 'panne', "plus de (reseau|connexion|courant|internet|signal)", 'hors service', 'impossible de (me connecter|se connecter|payer|acceder)',
    '(kein|keine|keinen) (netz|empfang|strom|internet|verbindung|signal)', 'storung', 'ausfall', 'stromausfall', 'netzausfall',
    'nu (merge|functioneaza) (netul|internetul|aplicatia|site-?ul|reteaua|semnalul|nimic)', 'iar nu merge', '(nu avem|nu am|n-am|no tenemos|nao temos|wir haben kein\\w*) (apa|curent|internet|semnal|luz|agua|senal|sinal|strom|wasser|netz)', "on n'?a plus (d'?eau|de courant|d'?electricite|internet|de reseau)", 'fara (semnal|internet|curent|apa|retea)', 'pana de (curent|retea)', 'a picat',
    '掛了', '挂了', '當機', '宕機', '宕机', '崩了', '崩潰', '崩溃', '沒訊號', '没信号', '沒有訊號', '没有信号', '斷網', '断网', '停電', '停电', '登不進去', '登不进去', '連不上', '连不上',
    '打不開', '打不开', '系統忙碌', '系统繁忙', '服務中斷', '服务中断', '障害', '繋がらない', 'つながらない', 'ダウン', '落ちてる', '圏外',
  ], { kind: 'outage' }),
  cue('reports people stranded', 1.0, [
    'stranded', 'stuck (at|in|on) (the )?(airport|terminal|tarmac|station|gate|counter|plane)', 'sitting on the tarmac', 'cancel(l)?ed (the |our |my )?flight', 'left overnight',
    'sleeping on the floor', 'durmiendo en el piso', 'nadie (nos )?da informacion', 'cancelaron el vuelo', 'nunca llego', 'esperando en la terminal', 'voo cancelado', 'vol annule',
    '滯留', '滞留', '延誤', '延误', '取消航班', '欠航',
  ], { kind: 'outage' }),
  cue('reports wrong charges', 1.0, [
    'charged (me )?(\\$|£|€)?[\\d.,]* ?(twice|three times|double|triple|again)', '(double|triple)[- ]charged?', 'charged .{0,40}(never signed up|didn\'?t sign up|never ordered)', 'unexpected charges?',
    '(same|triple|double) charge', 'renewal .{0,30}never signed up', 'cobr(o|aron) (doble|dos veces)', 'cobrad\\w+ (duas vezes|em dobro)', 'debite deux fois', 'doppelt abgebucht', 'taxat de doua ori',
    '重複扣款', '重复扣款', '多扣', '二重(請求|引き落とし)',
  ], { kind: 'billing' }),
  cue('suggests accounts are being hacked', 0.8, [
    'hacked', 'hijacked', 'compromised', 'taken over', 'accounts? (stolen|hacked)', 'hackead[oa]s?', 'pirate', 'gehackt', 'sparte', 'piratat',
    '被盜', '被盗', '盜號', '盗号', '乗っ取', '不正アクセス',
  ], { kind: 'breach-suspected' }),
  // Stand on their own.
  cue('reports exposed customer data', 1.6, [
    'hack(ing|ers?) forum', 'dump of', 'malicious (script|code|software|redirect)', 'malware', 'ransomware', 'for sale (on|in)', "(someone|somebody) else'?s (personal|details|data|info|appt|appointment|order|account|name|booking|full name)", "another (guest|customer|patient|company|user|person)'?s",
    "(different|another) (company|business|customer)('s)?", "(other|another) (guests?|customers?|patients?|users?)'? (full |personal )?(names?|details|data|info|address)",
    '(personal|private|medical|health|customer) (data|info|information|details) .{0,50}(exposed|leaked|visible|published|sent|for sale|offered)',
    'unauthori[sz]ed (logins?|access|sign-?ins?|transactions?|payments?)', 'private medical info', 'date(le)? personale .{0,40}publicat\\w*', '(published|posted|offered) .{0,30}(forum|online|dark web)',
    '(收到|看到|显示|顯示)(了)?(別人|别人|其他人|陌生人)的', '他人の(個人情報|情報)',
  ], { kind: 'breach' }),
  cue('reports a data leak or scam', 1.3, [
    'data (breach|leak|leaked)', 'breach(ed)?', 'leak(ed|ing)? (our|my|customer|personal|user)', 'you have a (data )?leak', 'privacy (breach|violation)', '\\bgdpr\\b',
    'phishing (texts?|emails?|campaign|sms|messages?|site)', '(scam|fake|fraudulent) (texts?|sms|emails?|calls?|messages?|links?) .{0,30}(saying|from|pretending|using|with)', 'impersonat\\w+',
    '(texts?|sms|emails?|messages?) (saying|claiming|telling) .{0,80}(pay|fee|click|link|verify|suspended|locked)',
    'filtracion', 'fuga de datos', 'datos personales', 'vazaram', 'vazamento', 'vazou', 'dados pessoais', 'fuite de donnees', 'faux sms', 'donnees personnelles',
    'datenleck', 'datenpanne', 'gesundheitsdaten', 'date(le)? personale', 'scurgere de date', 'datele clientilor',
    '洩漏', '泄漏', '泄露', '外洩', '外泄', '駭客', '黑客', '個資', '个资', '個人資料', '个人信息', '詐騙電話', '诈骗电话', '釣魚', '钓鱼', '冒充', '冒用', '情報漏洩', '漏洩', '流出', '個人情報',
  ], { kind: 'breach-leak' }),
  cue('reports someone was hurt', 1.6, [
    '(ended up|went|taken|rushed|landed) (in|to) (the )?(hospital|er|a&e|emergency room|emergency)', 'hospitali[sz]ed', 'on a drip', 'stitches', 'fractur\\w+',
    'broken (arm|leg|wrist|bone|collarbone|nose|ribs?)', 'injur(ed|y|ies)', 'hurt (himself|herself|themselves|myself|my|his|her)', 'chok(ed|ing)', 'fainted', 'passed out', 'unconscious',
    'swell(ed|ing) shut', '(anaphylactic|allergic) (shock|reaction)', 'hives', 'food poisoning', 'poison(ed|ing)', '(violently|very) (sick|ill)', 'burn(ed|t) (my|his|her|their) (hand|skin|arm|face|fingers?)',
    'urgencias', 'fractura', 'herid[oa]s?', 'se desmay\\w+', 'intoxicacion', 'pronto[- ]socorro', 'desmai\\w+', 'hopital', 'urgences', 'blesse\\w*', "s'?est evanoui\\w*", 'intoxication',
    'notaufnahme', 'verletz\\w+', 'gebrochen', 'ohnmacht\\w*', 'vergiftung', 'ranit\\w*', 'lesin\\w+', 'intoxica\\w+',
    '劃傷', '划伤', '流血', '(去|送)(了)?(醫院|医院)', '急診', '急诊', '受傷', '受伤', '縫了', '缝了', '划破', '骨折', '昏倒', '暈倒', '晕倒', '食物中毒', '中毒', '救急', '怪我', 'けが', '食中毒', '倒れ',
  ], { kind: 'safety' }),
  cue('reports a fire, smoke or other safety hazard', 1.5, [
    'caught fire', 'burst into flames', 'flames', '(started|was|is|began|were) smoking', 'smoke (all through|everywhere|coming|pouring|came|in the|alarm|detector)', 'smoking (hot )?(charger|battery|inverter|outlet|plug|port)',
    'melt(ed|ing)', 'explod(ed|ing)', 'electric(al)? shock', 'short circuit', 'fire hazard',
    'before someone (gets hurt|ends up|dies|is hurt)', '(someone|somebody|a child) (is going to|will|could|is gonna) (get )?(seriously )?(hurt|injured|killed|die)', '(brakes?|steering|airbag|seatbelt)s? (failed|fail|failure|stopped)', 'phantom brak\\w*', 'carbon monoxide', 'gas leak',
    'incendi\\w+', 'se incendio', 'humo', 'quemadura', 'pegou fogo', 'fumaca', 'queimou', 'incendie', 'pris feu', 'fumee', 'brulure', 'vollbremsung', 'feuer', 'rauch', 'qualm', 'verbrann\\w+',
    'incendiu', 'a luat foc', 'arsuri', 'derreti\\w*', 'se (me )?quem\\w*', 'pego fuego',
    '起火', '著火', '着火', '冒煙', '冒烟', '燒焦', '烧焦', '爆炸', '觸電', '触电', '発火', '火事', '燃え', '焦げ', '煙', '爆発', '感電',
  ], { kind: 'safety' }),
  cue('raises a health or safety concern', 1.1, [
    '(allergic|skin) reaction', 'rash', 'itch(y|ing)', 'sick (after|from|within)', 'vomit\\w*', 'diarrh\\w*', 'stomach (ache|pain|cramps)', '(is|was) (this|it) (even )?safe', 'unsafe', 'dangerous',
    'overheat\\w*', 'burning (smell|plastic)', 'smell(s|ed)? (like|of) burning', 'sparks?', '(rat|mouse|mice|cockroach|roach|maggots?|mould|mold)s?\\b.{0,40}(in|on|crawling|strolling|running|found)',
    '(metal|glass|plastic|wire|bone|hair)( piece| shard| wire)? .{0,20}(in|baked into|inside) (the|my|our|a)', '(morceau|bout|pedazo|trozo|pedaco|stuck) de (metal|verre|plastique|vidrio|plastico|vidro)', '玻璃(碎片|渣)', '異物', '异物', '金屬絲', '金属丝', '蟑螂', '老鼠', '發霉', '发霉', '霉斑', 'カビ',
    'safety (issue|hazard|concern|risk|problem)', 'hazard\\w*', 'contaminat\\w+', '(so|too|very) hot (i|that|to)', 'fainting', 'no (water|ac|air conditioning)\\b.{0,40}(hours|heat|degrees|°)',
    'reaccion alergica', 'reacao alergica', 'reaction allergique', 'allergische reaktion', 'reactie alergica', 'peligro\\w*', 'contaminad[oa]s?', 'perigos[oa]', 'dangereu\\w+', 'contamin\\w+',
    'gefahr\\w*', 'gefahrlich\\w*', 'kontaminiert', 'periculos',
    '過敏', '过敏', '拉肚子', '腹瀉', '腹泻', '嘔吐', '呕吐', '一直吐', '危險', '危险', '安全問題', '安全问题', '泛紅', '泛红', '刺痛', '刺刺', 'アレルギー反応', '腹痛', '嘔吐', '危険', '危ない',
  ], { kind: 'safety-risk' }),
  cue('mentions a product recall', 1.1, [
    'recall(ed|s)?\\b', 'retiro del mercado', 'recall', 'rappel(e|ee|ees)?\\b', 'rappelconso', 'produktruckruf', 'ruckrufaktion', 'rechemare', '召回', '回收', '下架', 'リコール', '回収',
  ], { kind: 'recall' }),
  cue('threatens legal action', 1.6, [
    'lawyers?', 'attorneys?', 'solicitors?', 'our counsel', 'legal (action|proceedings|department|team|notice|steps)', '\\bsue\\b', 'suing', 'lawsuit', 'small claims', '(pursue|pursuing|claim|claiming|seek|seeking) damages',
    'formal (notice|complaint)', 'copyright infringement', 'cease and desist', 'trading standards', 'ombudsman', 'class action', 'in court', 'take (you|this) to court',
    'report(ed|ing)? (you |this |it )?to (the )?(health department|fda|ftc|cma|ico|authorities|police|regulator|trading standards|bbb|consumer)',
    'abogad\\w+', 'demandar', 'via legal', 'acciones legales', 'profeco', 'indemnizacion', 'advogad\\w+', 'processar', 'procon', 'acao judicial', 'avocat', 'poursuites', 'mise en demeure', 'tribunal',
    'anwalt', 'anwaltin', 'rechtsanwalt', 'klage', 'verklagen', 'rechtliche schritte', 'abmahnung', 'verbraucherzentrale', 'avocat\\w*', 'instanta', 'in judecata', 'anpc', 'protectia consumatorului',
    '律師', '律师', '起訴', '起诉', '訴諸法律', '诉诸法律', '告你們', '告你们', '法院', '消保官', '消基會', '市場監管局', '市场监管局', '12315', '法律途徑', '法律途径', '弁護士', '訴訟', '訴え', '法的措置', '違反', '消費者センター', '景表法',
  ], { kind: 'legal' }),
  cue('a journalist asks for comment', 1.6, [
    'journalist', '\\breporter\\b', 'press (inquiry|enquiry|office|team|request)', 'request for comment', 'for comment', '(our|a|the) (story|article|piece|report) (on|about)',
    'publish(ing)? (on|a story|this)', 'newsroom', 'media (inquiry|enquiry|request)', '(editor|correspondent) (at|for|with)',
    'periodista', 'reportero', 'nota periodistica', 'jornalista', 'imprensa', 'journaliste', 'presseanfrage', 'ich recherchiere', 'redaktion', 'jurnalist\\w*', 'punct de vedere', 'redactia',
    '記者', '记者', '採訪', '采访', '媒體', '媒体', '週刊', '周刊', '出刊', '日報', '日报', '取材', '編集部',
  ], { kind: 'press' }),
  cue('public backlash is spreading', 1.2, [
    'boycott\\w*', '#boycott\\w*', 'going viral', 'gone viral', 'viral', '\\d+k? (views|likes|retweets|shares)', 'thread 🧵', '🧵', '\\b1/\\d\\b', 'on tiktok',
    '(fired|sacked) (a|an|her|him|the|this)', 'discriminat\\w+', 'racis\\w+', 'homophob\\w+', 'accessibility is not',
    'boicot\\w*', '#\\w*nuncamas', 'boicote', 'boykott', 'shitstorm', '#boicot\\w*',
    '抵制', '拒買', '拒买', '罷買', '公審', '炎上', '熱搜', '热搜', '上新聞', '上新闻', '拡散希望', '不買運動', 'バズ',
  ], { kind: 'pr' }),
  // Public anger that becomes a crisis only with reach or a crowd.
  cue('public anger may spread', 0.7, [
    'rt if', 'retweet if', 'spread the word', 'please share', 'share this', 'shame on', 'disgrace(ful)?', 'cancell?ing too', 'on the news', 'never (ordering|buying|flying|shopping|booking) (here|from|with)',
    'verguenza', 'difundan', 'compartan', 'vergonha', 'compartilhem', 'honte', 'honteux', 'partagez', 'scandale', 'skandal', 'teilt das', 'rusinos', 'dati share', 'dati mai departe',
    '擴散', '扩散', '爆料', '轉發', '转发', '拡散',
  ], { kind: 'pr-weak' }),
];

// Things that look like hazards but are slang or praise ("this sourdough is FIRE 🔥").
export const NOT_A_HAZARD = [
  '(straight|pure|absolute|literally|so|is|was|looks?|be) fire', 'fire (emoji|🔥)', 'firefighters?', 'fire (sale|deal)', 'sick (beat|trick|clip|run|play|drop)', 'killer', 'une tuerie', 'c.est une bombe',
  'to die for', 'dangerously (good|delicious)', 'sla breach', 'rappel de (mon|votre) rendez', 'recall (my|the) (password|order number)',
];
