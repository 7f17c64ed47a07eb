// Next steps are written as one text ("1. Reply within the SLA. 2. Ask for
// …"); the playbook shows them as a numbered list. Text that does not start
// with "1." is split into lines instead (leading bullets dropped). Pure.
const NUMBER = /(?:^|\s+)\d{1,2}[.)]\s+/;

export function splitSteps(text: string): string[] {
  const t = text.trim();
  if (!t) return [];
  const parts = /^\d{1,2}[.)]\s/.test(t) ? t.split(NUMBER) : t.split(/\n+/).map((s) => s.replace(/^[-•*]\s*/, ''));
  return parts.map((s) => s.trim()).filter(Boolean);
}
