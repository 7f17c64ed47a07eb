// Meta timestamps come as epoch milliseconds (Messenger/Instagram events),
// epoch seconds (WhatsApp, Page feed, some entry.time values), numeric strings
// ("1664799904") or, in some test payloads, ISO strings ("2021-09-08T06:34:04+0000").
// Anything unreadable falls back, so one odd field never loses a message.
export function metaTime(value: unknown, fallback: Date): Date {
  if (value === undefined || value === null || value === '') return fallback;
  if (typeof value === 'number' || (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value))) {
    const n = Number(value);
    // Below 1e11 it can only be seconds (1e11 ms is 1973; 1e11 s is year 5138).
    const ms = n < 1e11 ? n * 1000 : n;
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? fallback : d;
  }
  if (typeof value === 'string') {
    // "+0000" → "+00:00": not every engine reads the short offset.
    const d = new Date(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isNaN(d.getTime()) ? fallback : d;
  }
  return fallback;
}
