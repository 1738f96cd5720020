import { InitialSchema1763770000000 } from './1763770000000-initial-schema.js';
import { Rebalances1763780000000 } from './1763780000000-rebalances.js';
import { AccountLinks1763790000000 } from './1763790000000-account-links.js';
import { TokenVersion1763791000000 } from './1763791000000-token-version.js';
import { JobRequests1764600000000 } from './1764600000000-job-requests.js';
import { Notifications1764700000000 } from './1764700000000-notifications.js';
import { RebalancePhase1764720000000 } from './1764720000000-rebalance-phase.js';
import { ListOrderIndexes1764800000000 } from './1764800000000-list-order-indexes.js';

/** Applied in this order by `npm start` (and by the test harness). */
export const MIGRATIONS = [
  InitialSchema1763770000000,
  Rebalances1763780000000,
  AccountLinks1763790000000,
  TokenVersion1763791000000,
  JobRequests1764600000000,
  Notifications1764700000000,
  RebalancePhase1764720000000,
  ListOrderIndexes1764800000000,
];
