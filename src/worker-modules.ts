import type { Type } from '@nestjs/common';

/** Modules that hold queue processors; filled in as features gain jobs. */
export const WORKER_MODULES: Type[] = [];
