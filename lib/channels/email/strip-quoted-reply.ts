// Cuts the quoted history off a plain-text reply, where it is easy to be sure:
// at an attribution line ("On <date>, <someone> wrote:", possibly wrapped over
// two lines), an Outlook "-----Original Message-----" or "From: … / Sent: …"
// block, or a trailing block of "> " lines. Pure. The HTML is kept whole, so
// nothing is lost to the agent; when the cut would leave nothing (a reply
// that is only a forward or a quote) the text is kept as it was.
const ATTRIBUTION = /^(On\s[\s\S]{1,300}?\bwrote:|Le\s[\s\S]{1,300}?\ba écrit\s?:|Am\s[\s\S]{1,300}?\bschrieb\b[^\n]*:|El\s[\s\S]{1,300}?\bescribió:)[ \t]*$/m;
const OUTLOOK = /^(-{2,}\s*Original Message\s*-{2,}|_{20,})[ \t]*$/im;
const OUTLOOK_HEADERS = /^From:[^\n]+\n(?:[^\n]+\n){0,3}?(Sent|Date):[^\n]+$/m;

export function stripQuotedReply(text: string): { text: string; stripped: boolean } {
  const cuts = [ATTRIBUTION, OUTLOOK, OUTLOOK_HEADERS]
    .map((re) => re.exec(text)?.index)
    .filter((i): i is number => i !== undefined && i > 0);
  let end = cuts.length ? Math.min(...cuts) : text.length;

  // A run of quoted lines at the very end (after the cut, or with no attribution).
  const lines = text.slice(0, end).replace(/\s+$/, '').split('\n');
  let i = lines.length;
  while (i > 0 && (/^\s*>/.test(lines[i - 1]) || (!lines[i - 1].trim() && i < lines.length))) i--;
  if (i < lines.length && lines.slice(i).some((l) => /^\s*>/.test(l))) end = Math.min(end, lines.slice(0, i).join('\n').length);

  const kept = text.slice(0, end).replace(/\s+$/, '');
  if (!kept.trim() || kept.length === text.replace(/\s+$/, '').length) return { text, stripped: false };
  return { text: kept, stripped: true };
}
