/** One thing wrong with a catalogue item version; path is dotted from the content root (workflow.2.actor). */
export type ContentProblem = { path: string; message: string };
