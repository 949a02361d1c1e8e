import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGE_PURPOSES } from '../../src/shared/message-purposes';

/** Every `purpose: 'snake_case'` in the platform's code: what its messages are sent for. */
function sentPurposes(): string[] {
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'),
  );
  const found = new Set<string>();
  for (const file of files) {
    const text = readFileSync(path.join('src', file), 'utf8');
    for (const match of text.matchAll(/purpose: '([a-z_]+)'/g)) found.add(match[1] as string);
  }
  return [...found].sort();
}

describe('message purposes in the outbox', () => {
  it('names every purpose the platform sends in Chinese and English, and no purpose nobody sends', () => {
    const sent = sentPurposes();
    expect(sent).toContain('case_status');
    expect(sent).toContain('case_clock');
    expect(Object.keys(MESSAGE_PURPOSES).sort()).toEqual(sent);
    for (const [purpose, [chinese, english]] of Object.entries(MESSAGE_PURPOSES)) {
      expect(chinese, purpose).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(english, purpose).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});
