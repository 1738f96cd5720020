import { useState } from 'react';
import { useCursorPages } from './use-cursor-pages';

/** A list's filters; changing one goes back to the first page. */
export function useFilters<F extends Record<string, string | boolean>>(initial: F) {
  const [filters, setFilters] = useState(initial);
  const pages = useCursorPages();
  const set = <K extends keyof F>(key: K, value: F[K]) => {
    setFilters((current) => ({ ...current, [key]: value }));
    pages.reset();
  };
  return { filters, set, pages };
}
