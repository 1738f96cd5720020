/** The SME's pages: plain words. */
export const smeEn = {
  home: {
    title: 'My mentoring',
    mentor: 'My mentor',
    courses: 'My courses',
    sessions: 'My sessions',
  },
  mentor: {
    store: 'Online store',
    place: 'Lives in',
    modes: 'Meets you',
    since: 'Your mentor since',
    whatsApp: 'WhatsApp',
    waiting: 'You do not have a mentor yet. Please wait: we will choose a mentor for you soon.',
    graduated: 'You have finished the program. Well done! You do not need a mentor any more.',
    withdrawn: 'You have left the program, so you have no mentor.',
  },
  courses: {
    none: 'There are no courses yet.',
    percent: '{{percent}} done',
    done: 'Finished',
    required: 'Must do',
  },
};
