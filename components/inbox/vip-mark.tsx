// Marks a VIP contact (big following, key account) wherever their name shows.
export function VipMark() {
  return (
    <span title="VIP contact" className="shrink-0 rounded bg-amber-100 px-1 text-[10px] leading-4 font-bold tracking-wide text-amber-800 ring-1 ring-amber-300 ring-inset">
      VIP
    </span>
  );
}
