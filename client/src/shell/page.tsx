import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { usePageTitle } from './use-page-title';

let aPageWasShown = false;

/** A page's main landmark with its one main heading, which also names the tab. */
export function Page({ title, children, narrow = false }: { title: string; children?: ReactNode; narrow?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  usePageTitle(title);
  useEffect(() => {
    // After a navigation inside the app, keyboard and screen reader users start at the new page's heading.
    if (aPageWasShown) heading.current?.focus();
    aPageWasShown = true;
  }, [pathname]);
  return (
    <main id="main" className={narrow ? 'page page-narrow' : 'page'}>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </main>
  );
}
