// Asking for a capability the product lacks, or suggesting an improvement.
// The tricky neighbours are "please fix" (a bug), "would love to stock it" (a lead)
// and "can you add them back" (restore points: a bug), handled in NOT_A_REQUEST.
import { cue } from './match-cues';

export const FEATURE_CUES = [
  cue('asks to add a capability', 1.2, [
    '(please|pls|plz|pleaseee*) (just )?(add|make|let|allow|bring|support|include|implement|consider|introduce|give us|offer|create|build|enable|extend|stock|sell|launch|release)',
    '(can|could|would|will) (you|u|ya|y\'?all)( guys| please| pls| all)? (please |pls )?(add|make|introduce|implement|support|allow|let (me|us)|bring|offer|include|consider|create|build|enable|do a|stock|sell|launch|put)',
    'add (a|an|the|support|options?|features?|ability|ways?|modes?|buttons?|filters?|settings?|toggles?|integrations?|widgets?|more|subtitles|captions)\\b',
    "(would|it'?d|it would|that would|this would) (be|love)( (so|really|super|very|much|a lot|sooo*))? (great|nice|useful|helpful|amazing|awesome|cool|handy|good|brilliant|lovely|ideal|perfect)",
    "(i|we)( would|'d| really| really would)? love (to see|if|it if|a |an |the ability|support|to be able|to have|some|more|bulk|dark|an option)", "(would|'d) love (it )?(if|a |an |the |some |more |bulk |to (see|have|be able))", 'would be (\\d stars?|perfect|complete|even better|ideal) (with|if)',
    '(i|we) (really )?wish (i|we|you|there|it)', '\\bwish (i|we|you|there|it) (could|was|were|had|would|did)', 'i wish', '(only|one|my) wish', 'wish ?list',
    'any plans (to|for|on)', '(are|is) (there|you) .{0,25}plans? (to|for)', 'plans? to (add|support|bring|offer|launch|make)', '(on|in) (the|your) roadmap', 'roadmap\\?', 'any eta',
    'feature (request|idea|suggestion)', 'suggestion:', 'idea:', 'request:', '\\+1 (to|for|this|on)', '^\\+1', 'upvote', '\\+1 this',
    'let (me|us|users|people|customers|admins|families|parents) (sync|export|import|choose|pick|set|save|schedule|sort|filter|see|split|add|change|turn|use|pay|tip|edit|customi[sz]e|create|select|book|track|download|share)',
    'ability to', '(add|adding|any|is there|no|native|full|better|get) support for', 'integrat(e|ion) with', 'bring (back|it back|them back)', 'bring .{1,30} back',
    'need (a|an) (option|way|feature|setting|button|mode)', 'why (is there no|isn\'?t there|no) ',
    '(more|deeper|darker|lighter|bigger|larger|smaller|other) (shades|sizes|size options|options|flavou?rs|colou?rs|portions)', '(in|for) (the )?year of our lord',
    '(gluten|dairy|lactose|sugar|meat)[- ]free (options?|version|menu)', 'vegan options?', 'in (all|every|more) (stores|branches|shops|locations)',
    '(agreguen|anadan|pongan|incluyan|saquen|habiliten|implementen|traigan)', 'por favor (agreguen|anadan|pongan|incluyan|saquen|hagan)',
    '(seria|estaria) (genial|bueno|buenisimo|util|increible|ideal|estupendo|top|padre|padrisimo|bien|chido|excelente|maravilloso)( que| si| poder| tener)?',
    'ojala (pudieran|pusieran|agreguen|tuvieran|hubiera|se pudiera)', 'para cuando', 'podrian (agregar|anadir|poner|incluir|hacer|tener|sacar)', 'me gustaria (que|poder)', 'deberian (tener|agregar|poner|incluir)',
    '(adicionem|coloquem|incluam|lancem|tragam)', 'seria (otimo|bom|legal|incrivel|util|top|perfeito|maravilhoso|show)( se| poder| ter)?', 'queria (muito )?(poder|que)', 'gostaria (de poder|que)',
    'poderiam (adicionar|colocar|ter|incluir|lancar|criar|fazer)', 'deveria(m)? ter', 'quando (vai|vao) (ter|lancar|chegar)',
    'ajoutez', '(pourriez|pouvez)[- ]vous (ajouter|proposer|mettre|integrer|creer|permettre|ajouter)', '(ce|ca) serait (bien|top|genial|super|pratique|utile|cool|chouette|parfait)',
    'serait[- ]il possible', "(c'?est|est[- ]ce) prevu", 'prevu quand', "j'aimerais (que|pouvoir|bien|beaucoup)", 'il manque', '(vous )?comptez (proposer|ajouter|sortir|integrer)', 'ajouter (un|une|des|la|le)',
    '(bitte|bitte endlich).{0,60}(einbauen|hinzufugen|anbieten|einfuhren|erganzen|ermoglichen|integrieren|unterstutzen|machen|bringen)',
    'ware (toll|schon|super|klasse|praktisch|hilfreich|cool|gut|genial|nett|super hilfreich|wunderbar|prima)', 'ware es moglich', 'wunsche mir', 'wunsch:', 'vorschlag', 'verbesserungsvorschlag',
    '(konnt(et|en)|konnen) (ihr|sie) .{0,40}(einbauen|hinzufugen|integrieren|erganzen)', 'es fehlt', 'fehlt (leider )?(ein|eine|die|der|noch)', '(ist|gibt es) .{0,25}geplant',
    'ar fi (super|util|bine|grozav|minunat|frumos|ideal|foarte util|de ajutor|misto|excelent|genial)', '(va rog|va rugam|te rog) (sa )?(adaugati|introduceti|puneti|faceti|aduceti|oferiti)',
    'adaugati', 'sa adaugati', 'propunere', 'sugestie', 'ar trebui sa (aveti|existe|puteti|adaugati|arate|afiseze|permita|includa|ofere)', 'imi doresc', "mi-?as dori", 'ne-?am dori',
    '希望(能|可以|有|加|增加|推出|出|支持|支援|提供|開放|开放|新增|可|你們|你们|app|官方|未來|未来|以後|以后|下次|更多)', '建議', '建议', '拜託出', '拜托出', '求出',
    '(能不能|可不可以|可以|能否|能)(再)?(加|增加|出(?![來来面])|支持|支援|推出|開放|开放|新增)', '增加.{0,8}(功能|選項|选项|模式|通知|語音|语音|菜單|菜单|按鈕|按钮)', '新增', '加入.{0,8}(功能|選項|选项|模式|通知|語音|语音)',
    '什麼時候(出|推出|有|支援)', '什么时候(出|推出|有|支持)', '有沒有計畫', '有没有计划',
    '(して|にして|作って|追加して|対応して|出して|できるようにして|付けて|増やして)(ほしい|欲しい|ください|下さい)', '(が|も)(ほしい|欲しい)', '追加(希望|を希望|してほしい)', '対応(希望|予定は)', '要望', '(あったら|あれば)(もっと)?(いい|嬉しい|うれしい|助かる|便利)', '機能が(ほしい|欲しい|あれば|あったら)', '実装(してほしい|予定|希望)',
  ]),
  cue('says a capability is missing', 1.0, [
    "why (can'?t|cannot|can not|won'?t|doesn'?t) (i|we|you|it|the app) (?!log|sign|access|connect|open|pay|get in|load|download|reset|use|see my|find my|unlock|redeem|cancel my)",
    "(doesn'?t|does not|won'?t) (support|have an option)", 'there(\'?s| is) no (way|option|setting|button)', 'no (option|way|setting) to',
    'no (dark mode|export|offline|widget|sync|integration|support for)', '(an|the) option (to|for)',
    'por que no (puedo|hay|tienen)', 'por que nao (tem|posso|da)', 'pourquoi (je ne peux pas|il n\'y a pas|pas de)', 'warum (kann ich nicht|gibt es kein)', 'de ce nu (pot|puteti|exista|aveti)',
    '為什麼(不能|沒有)', '为什么(不能|没有)', 'なんで(できない|ない)',
  ]),
  cue('hints at a missing capability', 0.6, [
    "(doesn'?t|does not|won'?t) let (me|you|us)", 'not (available|supported) (in|on|for) (my|our|the)', 'should (have|add|offer|let|allow|support) (a|an|the option|more|dark|support|an option)',
  ]),
];

// Phrases that look like a request but are not one: bug fixes, restoring something
// that went missing, commercial intent, hoping for a fast answer.
export const NOT_A_REQUEST = [
  'please (fix|refund|help|check|contact|call|send|resolve|sort|respond|reply|escalate|look|investigate|advise|confirm|stop|put a warning|pull|cancel|remove my|explain)',
  '(add|put|give) (them|it|those|these|my \\w+) back', 'put (a|out a) warning',
  '(great|nice|helpful|appreciated|good) if (you|someone|somebody|anyone) (could|can|would) (look|check|fix|help|sort|respond|get back|call|refund|send|escalate|confirm|let me know|investigate)',
  'para cuando (llega|llegara|esta|estara|me llega) (mi|el|la)', "(would|i'?d|we'?d) love to (stock|carry|sell|do|partner|work|order|buy|see (it|this|my|our|them|you))",
  '希望(盡快|尽快|儘速|早日|能盡快|能尽快|可以盡快|可以尽快|處理|处理|回覆|回复|退款|說明|说明|給|给)', '建議(你們|你们)?(不要|別|别)',
];
