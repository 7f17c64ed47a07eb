// Field looks shared by every settings form (same as the channel form).
// Without a width, for controls sized by the caller (inputBase + 'w-28').
export const inputBase =
  'h-9 rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-600 aria-[invalid=true]:border-red-500';
export const inputClass = `${inputBase} w-full`;
export const textareaClass =
  'w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-600 aria-[invalid=true]:border-red-500';
export const checkboxClass = 'h-4 w-4 rounded border-slate-300 accent-brand-600';
export const fieldsetClass = 'flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm';
export const legendClass = 'px-1 text-sm font-semibold text-slate-900';

// A DOM id for a field path such as "weeklyHours.0.end".
export const fieldId = (path: string) => `f-${path.replace(/[^a-z0-9]/gi, '-')}`;
