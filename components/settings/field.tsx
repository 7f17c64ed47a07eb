// A labelled form field with its help text and its error underneath, wired
// for screen readers (aria-invalid, aria-describedby on the control).
import { cloneElement, isValidElement } from 'react';
import { fieldId } from './form-styles';

type Props = {
  path: string;
  label: React.ReactNode;
  help?: React.ReactNode;
  error?: string;
  required?: boolean;
  className?: string;
  children: React.ReactElement<Record<string, unknown>>;
};

export function Field({ path, label, help, error, required, className, children }: Props) {
  const id = fieldId(path);
  const described = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const control = isValidElement(children)
    ? cloneElement(children, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described, ...(required ? { 'aria-required': true } : {}) })
    : children;
  return (
    <div className={className}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
        {/* The star is for the eye; aria-required says it to screen readers. */}
        {required && (
          <span aria-hidden="true" className="text-red-700">
            {' '}
            *
          </span>
        )}
      </label>
      <div className="mt-1">{control}</div>
      {help && (
        <p id={`${id}-help`} className="mt-1 text-xs text-slate-500">
          {help}
        </p>
      )}
      <FieldError path={path} error={error} />
    </div>
  );
}

export function FieldError({ path, error }: { path: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${fieldId(path)}-error`} className="mt-1 text-xs font-medium text-red-700">
      {error}
    </p>
  );
}
