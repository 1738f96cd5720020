import 'i18next';
import type { AREAS } from './areas';

/** Keys passed to `t()` are checked against the English words: a misspelt key fails the build. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { [Area in keyof typeof AREAS]: (typeof AREAS)[Area]['en'] };
  }
}
