export const INTERNET_ACCESS = ['good', 'limited', 'none'] as const;
export type InternetAccess = (typeof INTERNET_ACCESS)[number];

/** In the order an SME moves through them. */
export const ONLINE_STAGES = ['offline', 'store_created', 'products_listed', 'first_sale'] as const;
export type OnlineStage = (typeof ONLINE_STAGES)[number];

export const SEGMENTS = ['traditional', 'digital_savvy'] as const;
export type Segment = (typeof SEGMENTS)[number];

export const SME_STATUSES = ['enrolled', 'mentoring', 'graduated', 'withdrawn'] as const;
export type SmeStatus = (typeof SME_STATUSES)[number];

/** Graduated and withdrawn SMEs take no part in matching. */
export const isActiveSmeStatus = (status: SmeStatus): boolean => status === 'enrolled' || status === 'mentoring';

export const onlineStageRank = (stage: OnlineStage): number => ONLINE_STAGES.indexOf(stage);
