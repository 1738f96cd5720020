import { Module } from '@nestjs/common';
import { RebalanceProcessor } from './rebalance.processor.js';
import { RebalanceModule } from './rebalance.module.js';

/** The rebalance queue's consumer; loaded only by processes that run workers. */
@Module({ imports: [RebalanceModule], providers: [RebalanceProcessor] })
export class RebalanceWorkerModule {}
