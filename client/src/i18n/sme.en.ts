/** The SME's pages: plain words. */
export const smeEn = {
  home: {
    title: 'My mentoring',
    mentor: 'My mentor',
    mentorPlaceholder: 'Your mentor and how to reach them.',
    courses: 'My courses',
    coursesPlaceholder: 'How far you are in each course.',
    sessions: 'My sessions',
    sessionsPlaceholder: 'Your sessions and the next steps.',
  },
};
