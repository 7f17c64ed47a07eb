// Buying intent and commercial interest, in the nine languages we support.
// Patterns match folded text: lower case, no accents (ă→a, ç→c, ß→ss, ü→u).
// Phrases are about intent (asking a price, a quote, wholesale, a demo), not about
// money in general: "charged twice" or "$48k car" are complaints, not leads.
import { cue } from './match-cues';

const N = { negatable: true };

export const SALES_CUES = [
  cue('asks for a price', 1.1, [
    "how much (is|are|does|do|would|will|for|to|it|would it|should|per|extra|more|'?s)",
    "what('?s| is| are| would be| will be| does) (the |your )?(price|cost|rate|fee|charge)s?",
    'what (would|does|will|did) (it|this|that|they|these|the \\w+) cost', 'what would \\w+( \\w+)?( \\w+)? cost',
    '(price|cost|pricing|rates?) (for|of|on|to add|per)', 'pricing', 'price ?list', 'prices?\\?',
    'cuanto (cuesta|cuestan|sale|salen|vale|valen|cobran|seria|es|me sale|costaria)', 'precios? (especial|mayorista|por|para)', 'tarifas? (para|de)',
    'quanto (custa|custam|sai|fica|cobra|cobram|e o|seria)', 'precos? (especial|para)', 'tabela de precos',
    'combien (coute|coutent|ca coute|pour|pour un|pour une)', 'quel (est le )?(prix|tarif)', 'vos (prix|tarifs)',
    'was kostet', 'wie ?viel kostet', 'was wurde .{0,30}kosten', '\\w*preis(liste|information\\w*|anfrage)', '\\w*konditionen',
    'cat (costa|ar costa|costa un|e pretul|este pretul)', 'pret(ul)? (pentru|de)',
    '多少錢', '多少钱', '怎麼賣', '怎么卖', '採購價', '采购价', 'いくら', '料金(体系|プラン|表)', '見積',
  ], N),
  // A bare price word is weak: "at that price it should be standard" is a complaint.
  cue('mentions prices', 0.6, [
    'prices?', 'precios?', 'precos?', 'tarif(a|as|s|e|ul)?', 'prix', '\\w*preis(e)?', 'pret(ul|uri|urile)?', '價格', '价格', '價錢', '价钱', '價位', '收費', '收费', '費用', '费用', '折扣', '料金', '価格', '値段',
  ], N),
  cue('asks for a quote', 1.3, [
    '(send|give|share|get|need|want|request|provide|prepare)( me| us)? (a |an |your )?(formal )?(quote|quotation|proposal|estimate|offer)',
    'quote (for|on)', 'quotation', 'request for (a )?(quote|proposal)', '\\brfq\\b', 'estimate for',
    'cotizacion', 'cotizar', 'presupuesto', 'orcamento', 'cotacao', 'devis', 'proposition (commerciale|de prix|tarifaire|pour)', 'faire une proposition', 'angebot', 'kostenvoranschlag', 'oferta?( de pret)?', 'ofertă', 'cotatie',
    '報價', '报价', '估價', '估价', '報價單', '报价单', '見積', '見積もり',
  ], N),
  cue('wants to buy in bulk or wholesale', 1.2, [
    'wholesale', 'bulk (order|orders|pricing|purchase|buy|discount|rate)s?', 'in bulk', 'volume (pricing|discount|order)s?', '(large|big|group|corporate|company) order',
    'al por mayor', 'mayoreo', 'mayorista', 'por volumen', 'atacado', 'no atacado', 'grossiste', 'en gros', 'grosshandel', 'sammelbestellung', 'mengenrabatt', 'en-?gros', 'cu ridicata',
    '批發', '批发', '團購', '团购', '大量(訂購|订购|採購|采购|購買|购买)', '企業採購', '企业采购', '採購', '采购', '卸売', '卸販売', '卸(値|取引|先)', 'まとめ買い', '大量注文',
  ], N),
  cue('asks about reselling, partnership or franchising', 1.2, [
    'resell\\w*', 'reseller', 'distribut(or|ors|ion|e your)', 'stockist', 'stock (your|the)', 'carry your', 'franchis\\w*', 'partnership', 'partner (with|program)',
    'become a (partner|seller|vendor|reseller|distributor|stockist|supplier)', '(get|be|getting) listed on', 'sell (our|my) (products|furniture|goods|items) on', 'commission( rate)?',
    'sponsor(ed|ship)?', 'affiliate (program|programme)', 'collab(oration)?( with you)?', 'white[- ]label',
    'revender', 'revendedor', 'revenda', 'distribuidor(a|es)?', 'franquicia', 'franquia', 'parceria', 'socio comercial', 'revendeur', 'distributeur', 'partenariat',
    'wiederverkauf', 'handler(konditionen|programm)?', 'partnerschaft', 'vertriebspartner', 'revanzator', 'distribuitor', 'francize?', 'parteneri(at)?',
    '加盟', '代理(商|權|权)?', '經銷', '经销', '分銷', '分销', '合作(方案|夥伴|伙伴|洽談|洽谈)', '上架合作', '代理店', '取り扱い', '提携', 'フランチャイズ',
  ], N),
  cue('wants to buy', 1.0, [
    '(want|wanting|like|looking|planning|hoping|ready|keen) to (buy|purchase|order|sign up|subscribe|book|switch|upgrade)',
    "(i'?d|we'?d|i would|we would) (like|love) to (buy|purchase|order|book|stock|carry|sell|offer)", '(can|could|where can) (i|we) (buy|purchase|order)',
    '(still )?(available|in stock)\\?', 'do you (guys )?(sell|ship|offer|cater|supply|do (bulk|corporate|group|wholesale|catering|private|discounts?))',
    "(we'?re|we are|i'?m|i am) (interested in|evaluating (you|your|\\w+ (as|for))|considering (buying|switching|moving|your|you|an? (upgrade|plan|subscription|purchase))|thinking of (moving|switching|buying))", '(evaluating|considering) (vendors|suppliers|you|your)',
    '(moving|switching|migrating) (all |our |my )?.{0,25}(to you|over to you|to your)', 'ready to (sign|buy|purchase)', 'would (upgrade|buy|purchase|sign)',
    'group (booking|rate|discount|tickets?|reservation|order)', 'catering', 'corporate (rate|account|plan|package|gift|gifts|event|discount|program|programme|wellness|order|catering|travel)',
    '(quiero|quisiera|queremos|queriamos|necesitamos|me interesa|nos interesa) (comprar|contratar|pedir|adquirir|cotizar)', '(venden|tienen) .{0,30}\\?',
    '(quero|queria|queremos|gostaria de|gostariamos de) (comprar|contratar|adquirir|revender|abrir)', 'voces (vendem|fazem|tem)',
    '(je voudrais|nous voudrions|je souhaite|nous souhaitons|souhaiterais?) (commander|acheter|un devis|equiper|obtenir)', 'vous (vendez|faites|proposez)',
    '(wir|ich) (mochten|mochte|wurden gerne|wollen|suchen|planen) .{0,40}(bestellen|kaufen|buchen|beziehen|erwerben)', 'macht ihr (auch )?', 'bieten sie',
    '(vreau|vrem|dorim|as dori|am dori|ne intereseaza) (sa )?(cumpar|cumparam|achizitionam|comandam|contractam|discutam|vindem)', 'achizition\\w*',
    '想(買|买|訂|订|購買|购买|採購|采购|詢問|询问|諮詢|咨询)', '想了解.{0,10}(方案|價格|价格|產品|产品|服務|服务|費用|费用|合作|部署|條件|条件)', '要訂', '要订', '想要訂', '請問.{0,12}(有賣|有卖|販售|销售)', '有沒有賣', '有没有卖', '怎麼訂', '怎么订',
    '購入したい', '購入を検討', '導入を検討', '導入', '検討しております', '注文したい',
  ], N),
  cue('asks about plans, upgrades or a demo', 1.0, [
    'upgrade (to|our|my|all|the)', '(which|what) plan', 'difference between .{0,30}(plan|tier|pro|business|premium)', '(pro|business|enterprise|premium|family|team|annual) (plan|tier)s?( vs| or|\\?)',
    '(book|schedule|arrange|see|get|request) (a |an )?(demo|walkthrough|call with sales)', '(is there|do you (have|offer)) an? (free )?(trial|demo|discount)', '\\bdemo\\b', 'free trial', 'trial (period|account)', 'nonprofit discount', 'discount for',
    'add (\\d+|a|another|two|three|more) (more )?(lines?|seats?|users?|licen[cs]es?)', 'more (seats|licen[cs]es|lines)',
    '(plan|planes|plano|abonamente?) (empresa|empresas|empresarial|business|corporativo|pentru firme)', 'prueba gratis', 'demostracion', 'teste gratis', 'demonstracao', 'abrir (uma )?conta (pj|empresarial)', 'conta pj',
    'essai gratuit', 'demonstration', 'testversion', 'lizenz(en)?', 'licen[cs]e (for|cost)', 'licen[cs]es', 'licente', 'licen(ta|te) (pentru|de)', 'abonamente (business|pentru|de)',
    '試用', '试用', 'demo', '(企業|企业|商業|商业|團體|团体|企業版|企业版)方案', '方案.{0,4}(價格|价格|報價|报价|費用|费用)', '升(級|级)(到|成|為|为).{0,8}(方案|會員|会员|版)', '私有化部署', '演示',
    'デモ', 'トライアル', '無料体験', '法人(プラン|向け)', 'プラン',
  ], N),
  cue('raises an enterprise or contract deal', 1.2, [
    '\\brfp\\b', 'request for proposal', 'tender (for|process|documents)', 'procurement', 'enterprise[- ](plan|licen[cs]e|lizenz|contract|agreement|pricing|tier|deal|edition|version|package)', '(plan|plano|planul) enterprise',
    'contract (for|terms|pricing|length)', '(\\d+|12|24|36)[- ]month (contract|term)', 'annual (billing|contract|plan)', 'sign (the contract|a contract|before the end|for \\d+)',
    'account (executive|manager)', '(talk|speak) (to|with) (sales|someone (from|in) sales|your sales)', '(sales|commercial|business development) (team|rep|representative|department)',
    'commercial (banking|licen[cs]e|account|terms|team)', '(your|the) (sales) team', 'sales and support',
    'contrato( (anual|de))?', 'licitacion', 'licitacao', 'gerente (de conta|comercial)', "appel d'offres", 'contrat (annuel|de)', 'vertrag', 'ausschreibung', 'rahmenvertrag',
    'contract pe', 'licitatie', 'contractul',
    '合同', '合約', '合约', '招標', '招标', '業務(與我|与我)?聯繫', '业务.{0,3}联系', '銷售.{0,4}聯繫', '销售.{0,4}联系', '請業務', '请销售', '商談', '契約', '営業(担当|の方)',
  ], N),
  cue('asks to be contacted', 0.5, [
    'get in touch', 'reach out to (us|me)', '(contact|call|email) (me|us)', 'who (should|do|can) (i|we|my manager) (contact|email|talk to|speak to)', 'who do i (talk|speak) to',
    'pongan?se en contacto', 'entre(m)? em contato', 'contactez[- ]nous', 'kontaktieren sie', 'melden sie sich', 'contactati-ne', '與我聯繫', '与我联系', '聯絡我', '联系我', 'ご連絡', '連絡ください',
  ], N),
  cue('asks about per-seat terms', 0.5, ['per (user|seat|agent|month|licen[cs]e)', 'prorated', 'annual (plan|billing)']),
];

// Units that measure the size of a deal; "seat-like" ones count toward "over 500 seats".
export const SEAT_UNITS =
  'seats?|users?|licen[cs]es?|agents?|employees?|staff|people|ppl|persons?|members?|lines?|accounts?|learners?|students?|' +
  'personas|empleados|usuarios|lineas|licencias|miembros|pessoas|funcionarios|usuarios|colaboradores|personnes|salaries|utilisateurs|collaborateurs|' +
  'mitarbeitende\\w*|mitarbeiter\\w*|personen|nutzer\\w*|beschaftigte\\w*|angajati|persoane|utilizatori|abonamente|licente|' +
  '人|名|位|員工|员工|學員|学员|人分|席|ライセンス|アカウント';

export const OTHER_UNITS =
  'vans?|cars?|vehicles?|trucks?|units?|pcs|pieces?|boxes|cases|kg|rooms?|room nights|clinics?|stores?|shops?|locations?|sites?|restaurants?|branches?|' +
  'subsidiaries|sets?|bikes?|e-bikes?|laptops?|phones?|croissants|macarons|bags|cups|chairs|desks|children|kids|guests|passengers|' +
  'cajas|sucursales|tiendas|restaurantes|lojas|unidades|vehiculos|pecas|velos|magasins|filialen|standorte|fahrzeuge|laptopuri|magazine|bucati|' +
  '個|个|間|间|家|台|張|张|套|份|斤|箱|杯|店舗|社';
