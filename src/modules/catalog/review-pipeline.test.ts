import { describe, expect, it } from 'vitest';
import { type PastReview, reviewTransition } from './review-pipeline';

describe('catalogue review pipeline', () => {
  it('moves a version from draft to published through the four steps', () => {
    const history: PastReview[] = [];
    const steps = [
      ['draft', 'submit', 'dept'],
      ['submitted', 'first_check', 'reviewer-a'],
      ['first_checked', 'joint_review', 'reviewer-b'],
      ['joint_reviewed', 'confirm', 'dept'],
    ] as const;
    const reached = steps.map(([status, step, actor]) => {
      const result = reviewTransition(status, step, 'pass', actor, history);
      history.push({ step, decision: 'pass', actorId: actor });
      return result.allowed ? result.next : result.message;
    });
    expect(reached).toEqual(['submitted', 'first_checked', 'joint_reviewed', 'published']);
  });

  it('refuses a joint review by the person who made the first check', () => {
    const history: PastReview[] = [
      { step: 'submit', decision: 'pass', actorId: 'dept' },
      { step: 'first_check', decision: 'pass', actorId: 'reviewer-a' },
    ];
    const same = reviewTransition('first_checked', 'joint_review', 'pass', 'reviewer-a', history);
    expect(same).toEqual({ allowed: false, message: expect.stringContaining('双人交叉审核') });
    expect(reviewTransition('first_checked', 'joint_review', 'return', 'reviewer-a', history).allowed).toBe(
      false,
    );
  });

  it('lets the first checker of an earlier round do the joint review after a resubmission', () => {
    const history: PastReview[] = [
      { step: 'submit', decision: 'pass', actorId: 'dept' },
      { step: 'first_check', decision: 'pass', actorId: 'reviewer-a' },
      { step: 'joint_review', decision: 'return', actorId: 'reviewer-b' },
      { step: 'submit', decision: 'pass', actorId: 'dept' },
      { step: 'first_check', decision: 'pass', actorId: 'reviewer-b' },
    ];
    expect(reviewTransition('first_checked', 'joint_review', 'pass', 'reviewer-a', history)).toEqual({
      allowed: true,
      next: 'joint_reviewed',
    });
  });

  it('returns to draft from any check, and refuses steps out of order', () => {
    expect(reviewTransition('submitted', 'first_check', 'return', 'r', [])).toEqual({
      allowed: true,
      next: 'draft',
    });
    expect(reviewTransition('joint_reviewed', 'confirm', 'return', 'd', [])).toEqual({
      allowed: true,
      next: 'draft',
    });
    expect(reviewTransition('draft', 'confirm', 'pass', 'd', []).allowed).toBe(false);
    expect(reviewTransition('published', 'submit', 'pass', 'd', []).allowed).toBe(false);
    expect(reviewTransition('draft', 'submit', 'return', 'd', []).allowed).toBe(false);
  });
});
