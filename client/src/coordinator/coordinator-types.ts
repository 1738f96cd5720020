/** The API's answers that the coordinator pages read (docs/api.md). */
export interface Explanation {
  sameRegency?: boolean;
  sameProvince?: boolean;
  categoryMatch?: boolean;
  sharedLanguage?: boolean;
  sameIslandGroup?: boolean;
  kept?: boolean;
  sessionsLogged?: boolean;
  summary?: string;
  [term: string]: unknown;
}

interface Place {
  regencyCode: string;
  regencyName: string;
  provinceCode: string;
  provinceName: string;
}

export interface Tutor extends Place {
  id: string;
  name: string;
  storeName: string;
  phone: string;
  categories: string[];
  languages: string[];
  modes: string[];
  maxSmes: number;
  load: number;
  status: string;
}

export interface FlagReasonDetail {
  code: string;
  values: Record<string, string | number>;
}

export interface Flag {
  id: string;
  smeId: string;
  type: string;
  status: string;
  reasons: string[];
  /** Each reason as a code and its values, for the words of the page's language. */
  reasonDetails?: FlagReasonDetail[];
  note: string | null;
  openedAt: string;
}

export interface CourseProgress {
  courseCode: string;
  title?: string;
  progressPercent: number;
}

export interface Sme extends Place {
  id: string;
  businessName: string;
  ownerName: string;
  category: string;
  segment: string;
  status: string;
  currentTutorId: string | null;
  courseProgress?: CourseProgress[];
  openFlags?: Flag[];
}

export interface Assignment {
  id: string;
  tutorId: string;
  smeId: string;
  startedAt: string;
  startReason: string;
  endedAt: string | null;
  endReason: string | null;
  explanation: Explanation | null;
}

export interface Candidate extends Place {
  tutorId: string;
  name: string;
  storeName: string;
  load: number;
  maxSmes: number;
  freeSeats: number;
  explanation: Explanation;
}

export interface RebalanceSummary {
  kept: number;
  moved: number;
  added: number;
  ended: number;
  unassigned: number;
  objective: number;
}

export interface Rebalance {
  id: string;
  status: 'queued' | 'running' | 'completed' | 'failed';
  progress: number;
  dryRun: boolean;
  applied: boolean;
  provinceCode: string | null;
  provinceName: string | null;
  trigger: string;
  summary: RebalanceSummary | null;
  error: string | null;
  createdAt: string;
}

export interface RebalanceChange {
  id: string;
  seq: number;
  kind: 'moved' | 'added' | 'ended';
  smeId: string;
  fromTutorName: string | null;
  toTutorName: string | null;
  reason: string;
  reasonCode?: string | null;
  explanation?: Explanation | null;
}

export interface Overview {
  tutorsByLoad: Record<string, number>;
  smesByStatus: Record<string, number>;
  smesBySegment: Record<string, number>;
  smesByAssignment: Record<string, number>;
  openFlagsByType: Record<string, number>;
  courseCompletionRate: number;
}

export interface ProvinceCoverage {
  provinceCode: string;
  provinceName: string;
  smes: number;
  assigned: number;
  tutors: number;
  freeCapacity: number;
  coverageShare: number;
}

export interface Province {
  code: string;
  name: string;
  regencies?: { code: string; name: string }[];
}

export interface ImportRowError {
  row: number;
  field: string;
  code: string;
}
