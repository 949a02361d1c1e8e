/** The jobs' names and purposes in English; the Chinese comes with each job from the server (its definition). */
export const ENGLISH_JOBS: Record<string, { label: string; description: string }> = {
  'cases.terminate-overdue-commitments': {
    label: 'Terminate cases whose promised materials are overdue',
    description:
      'Daily: cases accepted tolerantly whose promised materials were still missing by yesterday are terminated, with a written notice.',
  },
  'cases.deem-overdue-applications-accepted': {
    label: 'Deem undecided applications accepted',
    description:
      'Daily: applications made online, by phone or through an agent that got no intake decision within five working days are accepted as of the day they were submitted, with a notice to the applicant.',
  },
  'supervision.sweep-warnings': {
    label: 'Deadline warnings (yellow and red)',
    description:
      'Every 5 minutes: open steps and cases near their limit get a yellow warning, those past it a red one, each once; the handler and the leader are told, and for red ones the supervisors too.',
  },
  'workflow.discard-unused-attachments': {
    label: 'Drop attachments never submitted',
    description:
      'Daily: attachments staff uploaded but did not submit with any action within 7 days are dropped; a file another material or attachment still uses is kept.',
  },
  'workflow.correct-provisional-deadlines': {
    label: 'Correct provisional deadlines to the published holidays',
    description:
      'After every change to the working-day calendar (a year loaded or a day edited) and daily: deadlines of open cases and steps that run into a year whose holidays were not yet published are counted again; the applicant and the handlers are told of every date that moved.',
  },
};
