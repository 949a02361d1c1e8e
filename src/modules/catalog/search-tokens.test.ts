import { describe, expect, it } from 'vitest';
import { documentTokens, queryTokens, tsqueryOf } from './search-tokens';

describe('Chinese search tokens', () => {
  it('indexes words and every pair of adjacent characters', () => {
    const tokens = documentTokens('最低生活保障(低保)申请');
    expect(tokens).toEqual(expect.arrayContaining(['最低', '生活', '保障', '低保', '申请', '活保']));
  });

  it('turns a two-character query into that one lexeme', () => {
    expect(queryTokens('老年')).toEqual(['老年']);
    expect(queryTokens('出生')).toEqual(['出生']);
  });

  it('keeps Latin words and drops punctuation and single characters', () => {
    expect(queryTokens('ICP 备案!')).toEqual(['备案', 'icp']);
    expect(queryTokens('证')).toEqual([]);
  });

  it('writes tsquery literals', () => {
    expect(tsqueryOf(['老年', '优待'], '&')).toBe("'老年' & '优待'");
  });
});
