/** The coordinator's pages. */
export const coordinatorEn = {
  nav: {
    label: 'Coordinator pages',
    overview: 'Overview',
    tutors: 'Tutors',
    smes: 'SMEs',
    rebalances: 'Rebalances',
    flags: 'Flags',
    imports: 'Imports',
    settings: 'Settings',
  },
  placeholder: {
    overview: 'Charts of the program: tutors by load, SMEs by status and segment, coverage by province, open flags, course completion.',
    tutors: 'The tutors, with search and filters.',
    tutor: 'One tutor: their SMEs, history, flags and sessions.',
    smes: 'The SMEs, with search and filters.',
    sme: 'One SME: its mentor, history, course progress, flags and sessions.',
    rebalances: 'Rebalance runs: preview, progress and apply.',
    rebalance: "One run's summary and changes.",
    flags: 'The flags to act on.',
    imports: 'Import tutors and SMEs from CSV, and export the assignments.',
    settings: 'The program settings.',
  },
  titles: { tutor: 'Tutor', sme: 'SME', rebalance: 'Rebalance run' },
};
