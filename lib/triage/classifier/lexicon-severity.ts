// Phrases that move severity beyond what the tags alone say.
import { phrases } from './match-cues';

// Outages that endanger people: emergency calls, medical equipment, being trapped.
export const CRITICAL_OUTAGE = phrases([
  'emergency (call|services|number)', "can'?t (even )?call (911|999|112|an ambulance)", '\\b(911|999|112)\\b', 'notruf', 'urgencias', 'emergencia', 'urgence', 'urgenta',
  '緊急電話', '紧急电话', '报警', '報警', '緊急通報',
]);

// A large or enterprise deal (in addition to a seat count over 500).
export const ENTERPRISE_DEAL = phrases([
  'enterprise', '\\brfp\\b', 'request for proposal', 'tender', 'procurement', 'commercial banking', 'fleet', 'subsidiaries', 'nationwide', 'group-wide',
  'licitacion', 'licitacao', "appel d'offres", 'ausschreibung', 'konzern', 'licitatie',
  '企業方案', '企业方案', '企業版', '企业版', '私有化', '集團', '集团', '大型企業', '大型企业', '法人契約',
]);

// The customer pays and is blocked, usually against a deadline.
export const PAYING_CUSTOMER = phrases([
  'enterprise (plan|account|customer|tier)', '(business|pro|premium|paid|team) (plan|account|tier|team)', 'paying (customer|pro team|team|member|subscriber)', "we'?re a paying", 'production',
  'planul (business|pro)', 'plano (empresarial|pro)', 'plan (empresarial|business|pro)', 'offre pro', 'geschaftskunde',
  '企業版', '企业版', '企業客戶', '企业客户', '生產環境', '生产环境', '付費', '付费', '法人プラン',
]);
export const BLOCKED_URGENTLY = phrases([
  'deadline', 'tomorrow', 'today', 'tonight', 'by \\d', 'urgent', 'asap', 'closes on', 'month-end', 'auditors', 'escalate', 'blocked', "can'?t (download|export|send|issue|invoice|close)",
  'azi', 'astazi', 'hoy', 'manana', 'hoje', 'amanha', "aujourd'?hui", 'demain', 'heute', 'morgen',
  '盡快', '尽快', '緊急', '紧急', '今天', '明天', '至急', '本日', '明日',
]);

export const DOUBLE_CHARGE = phrases([
  '(charged|billed|debited|taken|took)( me| my \\w+ bill)? .{0,25}(twice|two times|double|three times|x2)', 'double[- ]charged', '(twice|two) (charges|debits)', '\\d+(\\.\\d+)? ?x ?2',
  'cobr(o|aron) (doble|dos veces)', 'cobrad\\w+ (duas vezes|em dobro)', 'debite deux fois', 'doppelt (abgebucht|berechnet)', 'taxat de doua ori', 'retras(i)? de doua ori',
  '重複扣款', '重复扣款', '扣(了)?兩次', '扣(了)?两次', '兩筆', '两笔', '二重(請求|引き落とし)',
]);
export const MONEY_STUCK = phrases([
  'money (left|was taken|has left|has been taken)', "(hasn'?t|has not|never) (got|received) (it|the money|the payment)", 'rent is late', 'salary', 'still (says|shows) .{0,5}processing',
]);
export const DATA_LOSS = phrases([
  '(wiped|deleted|erased|went empty|are gone|is gone|disappeared|vanished|lost)\\b.{0,40}(data|files|board|cards|photos|contacts|history|records|backups?|documents|notes|projects?)',
  '(data|files|board|cards|photos|contacts|history|records|documents|notes|projects?)\\b.{0,30}(wiped|deleted|erased|gone|disappeared|lost|went empty)',
  '(数据|資料|数据库|資料庫|文件|檔案).{0,6}(丢失|遺失|不見|消失|没了|清空)', '(备份|備份).{0,10}(失败|失敗)', 'データが消え',
]);
export const COSMETIC = phrases([
  'small thing', 'not urgent', 'minor', 'cosmetic', 'typo', 'just annoying', 'nitpick', 'tiny (thing|issue|bug)', 'purely visual',
  'no es urgente', 'nao e urgente', 'pas urgent', 'nicht dringend', 'nu e urgent', '不急', '小問題', '小问题', '急ぎません',
]);
