import type { InternetAccess, OnlineStage, Segment } from './sme-vocabulary.js';
import { onlineStageRank } from './sme-vocabulary.js';

export interface SegmentThresholds {
  /** Digital literacy (0-100) from which an SME can go on alone. */
  minDigitalLiteracy: number;
  /** The online stage it must have reached. */
  minOnlineStage: OnlineStage;
}

export interface SegmentInputs {
  internetAccess: InternetAccess;
  digitalLiteracy: number;
  onlineStage: OnlineStage;
}

/** Digital-savvy SMEs can go on alone after training; everyone else is traditional and keeps a tutor. */
export function deriveSegment(sme: SegmentInputs, thresholds: SegmentThresholds): Segment {
  const savvy =
    sme.internetAccess !== 'none' &&
    sme.digitalLiteracy >= thresholds.minDigitalLiteracy &&
    onlineStageRank(sme.onlineStage) >= onlineStageRank(thresholds.minOnlineStage);
  return savvy ? 'digital_savvy' : 'traditional';
}
