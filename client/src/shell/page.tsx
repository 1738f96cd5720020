import type { ReactNode } from 'react';
import { usePageTitle } from './use-page-title';

/** A page's main landmark with its one main heading, which also names the tab. */
export function Page({ title, children, narrow = false }: { title: string; children?: ReactNode; narrow?: boolean }) {
  usePageTitle(title);
  return (
    <main id="main" className={narrow ? 'page page-narrow' : 'page'}>
      <h1>{title}</h1>
      {children}
    </main>
  );
}
