/**
 * English messages for the public guide (/guide) and the checklist PDF (a section of the
 * catalogue in ../en.ts). The guide's own content (comparison, contacts, checklists, scripts,
 * action plans, glossary) lives in src/domain/guide; these are the words around it.
 */
export const guideEn = {
  nav: 'Guide',
  home: {
    title: 'A free guide for school meetings',
    intro:
      'You can read it without an account. It shows the ways to settle a disagreement, who to call, what to say, and checklists to print.',
    link: 'Open the guide',
  },
  index: {
    title: 'A guide for parents',
    intro:
      'Help to get ready for school meetings and to settle a disagreement with the school. Anyone can read it. You do not need an account.',
    pagesHeading: 'What is in the guide',
    startHeading: 'Not sure where to start?',
    startText:
      'Answer a few questions to see which next step fits you. Or print the checklist for your next meeting.',
  },
  pages: {
    paths: {
      title: 'Mediation, state complaint or due process',
      summary: 'The three ways to settle a disagreement, side by side, and when each one fits.',
    },
    contacts: {
      title: 'Who to call in Alabama',
      summary: 'The state office and free help for parents, with phone numbers.',
    },
    scripts: {
      title: 'What to say in a meeting',
      summary: 'Short things to say when a meeting gets hard. You can read them from your phone.',
    },
    actionPlans: {
      title: 'If this happens, do this',
      summary: 'Steps to take when something goes wrong at school.',
    },
    checklists: {
      title: 'Meeting checklists',
      summary: 'What to do before, during and after each kind of meeting. Print it or get a PDF.',
    },
    glossary: {
      title: 'Words to know',
      summary: 'The legal words in this guide, said in plain words.',
    },
  },
  more: {
    heading: 'More help',
    chooser: 'Find your next step with a few questions',
    checklist: 'Checklist for a yearly IEP meeting',
    allChecklists: 'All meeting checklists',
    guide: 'Back to the guide',
  },
  links: {
    label: 'Tools for this',
    letter: 'Write {letter}',
    letterAccount: 'Write {letter} (free account)',
    deadline: 'See this date on your timeline: {deadline}',
    deadlineAccount: 'Keep track of this date (free account): {deadline}',
    chooser: 'Find your next step',
    concernsStatement: 'Write your concerns statement',
    concernsStatementAccount: 'Write your concerns statement (free account)',
    meetingNotes: 'Take notes at the meeting',
    meetingNotesAccount: 'Take notes at the meeting (free account)',
    checklist: 'Checklist: {meeting}',
    contact: 'How to reach {name}',
    script: 'What to say: {title}',
  },
  terms: {
    heading: 'Words to know',
    intro: 'What the legal words on this page mean.',
  },
  paths: {
    title: 'Mediation, state complaint or due process',
    intro:
      'There are three main ways to settle a special education disagreement in Alabama. Here they are side by side. Each answer shows the law it comes from.',
    caption: 'The three ways, side by side',
    question: 'Question',
    unverifiedNote: 'Part of the law behind this has not been checked yet.',
    fitsHeading: 'When each one fits',
    fitsExamples: 'It may fit, for example, when:',
    otherExamples: 'Another way may fit better when:',
    betterFit: 'Better fit: {path}.',
    shortTable: 'See the short table in the path chooser',
    fullGuide: 'Read more: what each way can lead to, how to ask for it, and examples',
  },
  contacts: {
    title: 'Who to call in Alabama',
    intro: 'These offices can answer questions, take a complaint or give free help.',
    unverifiedIntro:
      'Some details say “Not confirmed”. They come from old or second-hand lists. Check them before you count on them.',
    lastChecked: 'Last checked: {date}',
    notConfirmed: 'Not confirmed',
    source: 'Source',
    sourceFor: 'for {detail}',
    details: {
      phone: 'Phone',
      tollFree: 'Free phone line',
      tty: 'TTY',
      fax: 'Fax',
      email: 'Email',
      mail: 'Mail',
      street: 'Street address',
      website: 'Website',
    },
  },
  scripts: {
    title: 'What to say in a meeting',
    intro:
      'Short things you can say when a meeting gets hard. Keep this page open on your phone. Each card is for one moment.',
    showIn: 'See these cards in English',
    when: 'When',
    say: 'You can say',
    tip: 'Good to know',
  },
  actionPlans: {
    title: 'If this happens, do this',
    intro:
      'Pick what happened. Each plan lists the steps to take, in order, with the law behind them.',
    steps: 'What to do',
    all: 'All action plans',
  },
  checklists: {
    title: 'Meeting checklists',
    intro:
      'Pick your meeting. Each checklist says what to do before, during and after it. You can print it or get a PDF.',
    pageTitle: 'Checklist: {meeting}',
    pageIntro: 'Tick each box when it is done. Print this page, or get the PDF to print later.',
    notSaved:
      'Ticks on this page are not saved. To save them, make a free account and add your child’s case.',
    downloads: 'Get the PDF',
    pdfEnglish: 'PDF in English',
    pdfSpanish: 'PDF in Spanish',
    print: 'To print this page, use Print in your browser’s menu.',
    all: 'All meeting checklists',
  },
  glossary: {
    title: 'Words to know',
    intro: 'The legal words used in this guide, said in plain words, with the law behind each one.',
  },
  pdf: {
    title: 'Checklist: {meeting}',
    child: 'Child',
    school: 'School',
    district: 'School district',
    meetingDate: 'Meeting date',
    intro: 'Tick each box when it is done.',
    progress: '{done} of {total} done.',
    done: 'Done',
    law: 'The law:',
    notChecked: 'not yet checked',
    page: 'Page {page} of {pages}',
    notAdvice: 'This list is not legal advice. To get legal advice, talk to a lawyer.',
  },
} as const;
