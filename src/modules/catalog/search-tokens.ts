/**
 * Chinese full-text tokens. Intl.Segmenter gives words (老年|优待证|办理) but
 * splits some two-character terms residents type (低保 → 低|保), so every pair
 * of adjacent Chinese characters is indexed too: any two-character term then
 * matches. Latin words and numbers are lower-cased. Lexemes are built here and
 * stored with array_to_tsvector, so matching does not depend on the database's
 * locale or text-search parser.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN_RUN = /\p{Script=Han}+/gu;
const WORD = /^[\p{L}\p{N}]+$/u;

function hanPairs(text: string): string[] {
  const pairs: string[] = [];
  for (const run of text.match(HAN_RUN) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) pairs.push(`${chars[i]}${chars[i + 1]}`);
  }
  return pairs;
}

function words(text: string): string[] {
  const found: string[] = [];
  for (const part of segmenter.segment(text)) {
    const word = part.segment.toLowerCase();
    if (part.isWordLike && WORD.test(word) && [...word].length > 1) found.push(word);
  }
  return found;
}

/** The lexemes a document is indexed under. */
export function documentTokens(...texts: string[]): string[] {
  const tokens = new Set<string>();
  for (const text of texts) {
    for (const word of words(text)) tokens.add(word);
    for (const pair of hanPairs(text)) tokens.add(pair);
  }
  return [...tokens];
}

/**
 * The lexemes a query must all match: its character pairs for Chinese runs of
 * two or more, its words otherwise. Empty when nothing is searchable (a single
 * character), in which case callers fall back to substring matching.
 */
export function queryTokens(query: string): string[] {
  const tokens = new Set<string>(hanPairs(query));
  const latin = query.replace(HAN_RUN, ' ');
  for (const word of words(latin)) tokens.add(word);
  return [...tokens];
}

/** A tsquery literal joining the tokens with `operator`; tokens hold only letters and digits. */
export function tsqueryOf(tokens: readonly string[], operator: '&' | '|'): string {
  return tokens.map((token) => `'${token}'`).join(` ${operator} `);
}
