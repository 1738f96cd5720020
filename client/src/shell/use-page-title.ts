import { useEffect } from 'react';

/** The tab's title names the page, so a screen reader hears where a navigation landed. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Kakak Asuh`;
  }, [title]);
}
