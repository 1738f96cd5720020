/** SQL fragments shared by the read models: a tutor's active load and an SME's current tutor. */
export const activeLoadOf = (tutorAlias: string): string =>
  `(SELECT COUNT(*) FROM assignment a WHERE a."tutorId" = ${tutorAlias}.id AND a."endedAt" IS NULL)`;

export const currentTutorOf = (smeAlias: string): string =>
  `(SELECT a."tutorId" FROM assignment a WHERE a."smeId" = ${smeAlias}.id AND a."endedAt" IS NULL)`;
