// Button looks shared by <button> and <Link> so both read as one product.
import { cx } from '@/components/ui/cx';

const base =
  'inline-flex shrink-0 items-center justify-center gap-1.5 rounded-md whitespace-nowrap text-sm font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60';
const variants = {
  primary: 'bg-brand-600 text-white shadow-sm hover:bg-brand-700',
  secondary: 'bg-white text-slate-800 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50',
  ghost: 'text-slate-600 hover:bg-slate-100 hover:text-slate-900',
} as const;
const sizes = { sm: 'h-8 px-3', md: 'h-10 px-4' } as const;

export function buttonClass(variant: keyof typeof variants = 'secondary', size: keyof typeof sizes = 'sm', extra?: string) {
  return cx(base, variants[variant], sizes[size], extra);
}
