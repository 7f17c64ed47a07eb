// Tone: praise, anger and sarcasm. Praise feeds the UGC decision; anger feeds severity;
// sarcasm ("great job, app down again 🙃") turns praise words into a complaint.
import { cue } from './match-cues';

export const PRAISE_CUES = [
  cue('praises the product', 1, [
    'love (it|this|them|my|the|how it|you)', 'loving', 'obsessed', 'amazing', 'awesome', 'perfect(ly)?', 'beautiful', 'gorgeous', 'stunning', 'prettier', 'pretty', 'lovely', 'delicious', 'yummy', 'tasty',
    'best (\\w+ )?(ever|in town|of the season)', 'easy to use', 'so easy', 'muito (bom|boa|pratico|facil)', 'pratic[oa]', 'the best', 'worth (every|the|it)', 'never (gets old|misses|disappoints)', 'highly recommend', 'recommend', 'honest rec', 'thank you', 'thanks (so much|again|to)', 'huge thank',
    'shout ?out', 'hit of the', 'straight fire', 'so good', 'too good', 'incredible', 'fantastic', 'brilliant', 'wonderful', 'happy tears', 'made my (day|week)', 'life[- ]changing', 'game[- ]changer', 'chef\'?s kiss',
    'above and beyond', 'kindness', 'spotless', 'favou?rite', 'great (service|experience|product|app|team)', 'zero drama', 'no complaints', 'relieved', 'happy', 'proud', 'excellent', '5 stars', '10/10',
    'me encanta', 'encantad[oa]', 'preciosa?', 'riquisim[oa]', 'delicios[oa]', 'el mejor', 'la mejor', 'lo mejor', 'perfecto', 'increible', 'gracias', 'sin duda', 'lo mas fresco',
    'amei', 'amo', 'linda', 'lindo', 'maravilhos[oa]', 'perfeit[oa]', 'delicia', 'melhor', 'obrigad[oa]', 'quentinho', 'top demais',
    "j'?adore", 'une tuerie', 'parfait', 'magnifique', 'delicieux', 'prefere', 'meilleur', 'merci', 'genial', 'conquise?', 'trop bon',
    'perfekt', 'einfach perfekt', 'toll', 'super', 'lecker', 'wunderbar', 'bestes?', 'danke', 'genial', 'begeistert', 'empfehlen',
    'cea mai buna', 'cel mai bun', 'minunat', 'perfect', 'multumesc', 'mersi', 'super de treaba', 'recomand', 'bravo',
    '超愛', '超爱', '好喝', '好吃', '最好', '推薦', '推荐', '太美', '驚艷', '惊艳', '治癒', '治愈', '溫馨', '温馨', '感謝', '感谢', '謝謝', '谢谢', '好看', '太新鮮', '太新鲜', '真的(很|超|太)', '喜歡', '喜欢', '開心', '开心', '讚', '赞', '美味', '親媽', '亲妈',
    '最高', '美味しい', 'おいしい', 'ありがとう', '映え', '好き', '素敵', 'すごい', '感動', '嬉しい',
    '😍', '🥰', '❤️', '❤', '💚', '💕', '💛', '🤍', '🧡', '💜', '✨', '🙌', '👏', '😋', '🤩', '🥹', '💯', '⭐',
  ]),
];

export const ANGER_CUES = [
  cue('is angry', 1, [
    'ridiculous', 'pathetic', 'disgusting', 'disgrace\\w*', 'unacceptable', 'outrageous', 'absurd', '(this|what) a joke', 'is a joke', 'furious', 'angry', 'livid', 'worst', 'terrible', 'awful', 'useless', 'incompetent',
    'sort it out', 'fix it', 'wtf', 'what the (hell|fuck|heck)', 'never again', 'shame on', 'like an idiot', 'fed up', 'sick of', 'sick and tired', 'do something', 'are you kidding', 'how (dare|is this)',
    'verguenza', 'inaceptable', 'pesimo', 'horrible', 'indignante', 'ridiculo', 'harto', 'absurdo', 'vergonha', 'pessimo', 'palhacada', 'revoltante', 'descaso',
    'honteux', 'scandaleux', 'inadmissible', 'nul\\b', 'ridicule', 'inacceptable', "(j'?en ai|ras le bol|marre)", 'unverschamt', 'frechheit', 'skandal', 'unglaublich', 'katastrophe', 'lacherlich', 'unzumutbar',
    'rusinos', 'bataie de joc', 'inadmisibil', 'penibil', 'jalnic', 'revoltator', 'nesimtire',
    '垃圾', '爛透', '烂透', '離譜', '离谱', '氣死', '气死', '太扯', '到底(是)?怎樣', '到底(是)?怎么', '搞什麼', '搞什么', '無言', '无语', '過分', '过分', '很煩', '很烦',
    'ひどい', '最悪', 'ふざけ', 'ありえない', '許せない',
    '😡', '🤬', '😤', '🙄', '🙃', '💢',
  ]),
];

// Praise words that are being used ironically, or a complaint wearing a smile.
export const SARCASM = [
  '(great|nice|good|amazing|awesome|brilliant|fantastic|excellent) (job|work|stuff|one)', 'thanks (a lot|for nothing)', 'love (how|that) (your|you|the|it)', 'love that for me',
  'truly living', 'so much for', 'bravo', 'well done', 'sympa', 'frumos', 'genial(, | )', 'que bonito', 'muito obrigado por nada', 'danke auch', 'ganz toll', 'super gemacht', '真棒', '好棒喔', 'さすが',
];
export const SARCASM_MARKERS = /🙃|🙄|😒|🤡|\blol ok\b|\bok lol\b|\/s\b/u;
