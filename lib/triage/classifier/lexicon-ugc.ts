// Content a brand could reuse: a photo, a video or a story told by a customer.
import { cue } from './match-cues';

export const STORY_CUES = [
  cue('tells a shareable story', 0.8, [
    'not sponsored', 'no ad\\b', 'not an ad', 'honest (rec|review|opinion)', '(switched|moved|moving) (my|our) (\\w+ )?(team |studio |business |company )?to', 'went from .{1,30} to', '→', '➡️',
    'life[- ]changing', 'game[- ]changer', 'before (and|&|➡️|->|vs|/) ?after', 'before.{0,4}after', 'side by side', 'same lighting', 'no filter', 'transformation', 'results?\\b.{0,10}(after|in) \\d+',
    'unboxing', '\\bhaul\\b', 'fan ?art', 'cosplay', 'fit check', '\\bootd\\b', 'my setup', 'streak', 'first (half )?marathon', 'finally (hit|done|finished|got)', 'road ?trip', 'album',
    'feel free to (share|use|repost)', "you'?re (very )?welcome to (use|share)", 'happy for you to (share|use)', 'can (use|share) (it|this|the (photo|pic|video))', 'sharing (my|a few|some|this)',

    '\\d+ (days|weeks|months|years|hrs|hours|miles|km) (of|with|after|using|in|streak)', '(\\d+|one|two|three|six) (days|weeks|months|years) (in|on|later|after)', 'a year ago',
    'mi unboxing', 'desempaquetado', 'resenha', 'mon avis', 'erfahrungsbericht', 'am pus (si )?poze', 'mi-?a(u)? (facut|salvat)',
    '開箱', '开箱', '前後對比', '前后对比', '對比圖', '对比图', '同人', '純分享', '纯分享', '分享給大家', '分享给大家', '照片分享', '合照', '全家福', '桌布', '截了', '心得', '連續用了', '连续用了', '第一次',
    'コスプレ', 'ビフォーアフター', '開封', 'レビュー', '一周', '初めて',
  ]),
];

// Life moments and loved ones: part of many shareable stories, weak on their own.
export const MOMENT_CUES = [
  cue('mentions a personal moment', 0.4, [
    '(proposed|engaged|wedding|honeymoon|birthday|anniversary|graduation|first flight|first time|grandma|grandpa|granddaughter|grandson)', '(my|our) (son|daughter|kids|dad|mum|mom|wife|husband|partner|grandma|baby|little one|pup|dog|cat)',
    'boda', 'cumpleanos', 'casamento', 'aniversario', 'mariage', 'anniversaire', 'hochzeit', 'geburtstag', 'nunta', 'ziua (mea|lui|ei) de nastere', '婚禮', '婚礼', '生日', '爸媽', '爸妈', '結婚', '誕生日',
  ]),
];

// The text itself mentions media (a photo or video sent along or posted).
export const MEDIA_MENTION = [
  'pics?( attached| below)?', 'photos?( attached| below| by)?', 'video( attached| below| is (up|above|below))?', 'clip\\b', 'full album', 'posting all the pics', 'screenshot',
  'foto(s)?', 'filmulet\\w*', 'poze', 'fotos', 'bild(er)?', 'photo', 'imagen',
  '照片', '附上', '視頻', '视频', '影片', '截圖', '截图', '拍照', '拍了', '合照', '写真', '動画', '画像', '📸', '📷', '🎥', '👇',
];
