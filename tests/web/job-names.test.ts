import { describe, expect, it } from 'vitest';
import { PLATFORM_JOBS } from '../../src/server/platform-jobs';
import { ENGLISH_JOBS } from '../../web/staff/src/pages/system/englishJobs';

describe('background jobs in the UI languages', () => {
  it('names every platform job in English, and no job that is gone', () => {
    expect(Object.keys(ENGLISH_JOBS).sort()).toEqual(PLATFORM_JOBS.map((job) => job.name).sort());
    for (const job of PLATFORM_JOBS) {
      const english = ENGLISH_JOBS[job.name];
      expect(english?.label, job.name).toMatch(/^[\x20-\x7e]+$/);
      expect(english?.description, job.name).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});
