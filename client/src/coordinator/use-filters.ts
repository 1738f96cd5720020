import { useState } from 'react';
import { useCursorPages } from './use-cursor-pages';

/** A list's filters; changing one goes back to the first page. */
export function useFilters<F extends Record<string, string | boolean>>(initial: F) {
  const [filters, setFilters] = useState(initial);
  const pages = useCursorPages();
  const change = (values: Partial<F>) => {
    setFilters((current) => ({ ...current, ...values }));
    pages.reset();
  };
  const set = <K extends keyof F>(key: K, value: F[K]) => change({ [key]: value } as unknown as Partial<F>);
  return { filters, set, change, pages };
}
