import type { Schemas } from '../api/types';

/** The API's answers that the coordinator pages read, as the OpenAPI document describes them (client/src/api/schema.ts). */
/** A pair's terms: a free-form object in the API, read by the flags the pages know (`sameRegency`, `kept`, ...). */
export type Explanation = NonNullable<Schemas['AssignmentView']['explanation']>;
export type Tutor = Schemas['TutorView'];
export type FlagReasonDetail = Schemas['FlagReasonDetailView'];
export type Flag = Schemas['FlagView'];
export type CourseProgress = Schemas['CourseProgressView'];
export type Sme = Schemas['SmeView'];
/** `GET /api/smes/:id`: the SME with its course progress and open flags. */
export type SmeDetails = Schemas['SmeDetailsView'];
export type Assignment = Schemas['AssignmentView'];
export type Candidate = Schemas['CandidateView'];
export type RebalanceSummary = Schemas['RebalanceSummaryView'];
export type Rebalance = Schemas['RebalanceView'];
export type RebalanceChange = Schemas['ChangeView'];
export type Overview = Schemas['OverviewView'];
export type ProvinceCoverage = Schemas['ProvinceCoverageView'];
export type Province = Schemas['ProvinceView'];

/** One refused row of a CSV import, from the error body's details. */
export interface ImportRowError {
  row: number;
  field: string;
  code: string;
}
