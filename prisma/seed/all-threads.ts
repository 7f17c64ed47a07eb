// Every scripted demo conversation, oldest first (the order the router sees them).
import { esThreads } from './threads/threads-es';
import { incidentThreads } from './threads/threads-incidents';
import { lastWeekThreads } from './threads/threads-last-week';
import { otherLanguageThreads } from './threads/threads-other-languages';
import { roThreads } from './threads/threads-ro';
import { salesThreads } from './threads/threads-sales';
import { smsApiThreads } from './threads/threads-sms-api-en';
import { socialThreads } from './threads/threads-social-en';
import { supportThreads } from './threads/threads-support-en';
import { zhThreads } from './threads/threads-zh';
import type { ThreadScript } from './thread-script';

export const ALL_THREADS: ThreadScript[] = [
  ...incidentThreads,
  ...salesThreads,
  ...supportThreads,
  ...socialThreads,
  ...smsApiThreads,
  ...lastWeekThreads,
  ...zhThreads,
  ...roThreads,
  ...esThreads,
  ...otherLanguageThreads,
].sort((a, b) => b.ago - a.ago);
