// Over-long words (issue 17). A PDF line breaker can only cut a word that has no break opportunity by
// measuring it again and again: one unbreakable word of 20,000 characters took 20 s and 1 GB to lay
// out, one of a million characters ran out of memory. The checker refuses such words in the text that
// reaches the document (IG2013); this module measures them, and gives the layout a pure function that
// bounds the work whatever reaches it.

/** Longest word (run of characters without blank space) the document accepts: far above any URL or
 *  reference a contract prints, far below what makes the layout slow. */
export const MAX_WORD_LENGTH = 256;

/** Break opportunities in an over-long word are this many characters apart. */
export const WORD_CHUNK = 64;

/** Zero width space: a line may break there, nothing is printed (the PDF font has the glyph, 0 wide). */
export const BREAK_OPPORTUNITY = '\u200B';

function isBlank(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The first word longer than `max` code units, as `{ start, length }`; undefined when there is none. One pass. */
export function findLongWord(text: string, max: number = MAX_WORD_LENGTH): { start: number; length: number } | undefined {
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || isBlank(text.charCodeAt(i))) {
      if (i - start > max) return { start, length: i - start };
      start = i + 1;
    }
  }
  return undefined;
}

/** True when a break between `i - 1` and `i` would split a character: a surrogate pair or a base and its mark. */
function inside(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 0xdc00 && c <= 0xdfff) || (c >= 0x0300 && c <= 0x036f) || (c >= 0xfe20 && c <= 0xfe2f);
}

/**
 * Inserts a break opportunity every `chunk` characters inside each word longer than `max`, never inside
 * a character; shorter words and the rest of the text are returned unchanged. Linear in the text.
 */
export function breakLongWords(text: string, max: number = MAX_WORD_LENGTH, chunk: number = WORD_CHUNK): string {
  if (findLongWord(text, max) === undefined) return text;
  let out = '';
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isBlank(text.charCodeAt(i))) continue;
    const word = text.slice(start, i);
    if (word.length <= max) out += word;
    else {
      let from = 0;
      while (word.length - from > chunk) {
        let cut = from + chunk;
        while (cut > from + 1 && inside(word, cut)) cut--;
        out += word.slice(from, cut) + BREAK_OPPORTUNITY;
        from = cut;
      }
      out += word.slice(from);
    }
    if (i < text.length) out += text[i];
    start = i + 1;
  }
  return out;
}
