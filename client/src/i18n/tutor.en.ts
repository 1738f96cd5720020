/** The tutor's pages. */
export const tutorEn = {
  home: {
    title: 'My SMEs',
    placeholder: 'One card per SME you mentor, with a button to log a session.',
    sessions: 'My sessions',
    sessionsPlaceholder: 'The sessions you logged.',
  },
};
