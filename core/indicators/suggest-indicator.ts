/**
 * Suggests catalogue indicators for an indicator phrase read from a document ("科技型企业数量",
 * "研发投入强度"), ranked by the Dice coefficient of character bigrams: 2·|A∩B| / (|A|+|B|). Chinese
 * has no spaces, so bigrams of characters are the smallest units that still carry meaning.
 */

/** A catalogue entry as the suggester needs it. */
export type IndicatorName = { code: string; nameZh: string; nameEn?: string; unit?: string };

export type IndicatorSuggestion = { code: string; nameZh: string; score: number };

/** Punctuation, brackets and spaces carry no meaning for matching. */
const NOISE = /[\s()（）【】\[\]“”"'、，,。.：:·\-—]/g;

/** Character bigrams of a phrase (the phrase itself when it is one character), as a multiset. */
export function bigrams(phrase: string): Map<string, number> {
  const chars = [...phrase.replace(NOISE, "").toLowerCase()];
  const grams = new Map<string, number>();
  const add = (g: string) => grams.set(g, (grams.get(g) ?? 0) + 1);
  if (chars.length === 1) add(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i++) add(chars[i]! + chars[i + 1]!);
  return grams;
}

/** Dice similarity of two phrases' bigram multisets, in [0, 1]; 1 for equal phrases. */
export function bigramSimilarity(a: string, b: string): number {
  const ga = bigrams(a);
  const gb = bigrams(b);
  let sizeA = 0;
  let sizeB = 0;
  let shared = 0;
  for (const n of ga.values()) sizeA += n;
  for (const [g, n] of gb) {
    sizeB += n;
    shared += Math.min(n, ga.get(g) ?? 0);
  }
  return sizeA + sizeB === 0 ? 0 : (2 * shared) / (sizeA + sizeB);
}

/**
 * The catalogue indicators closest to `phrase`, best first, at most `limit`, leaving out those below
 * `minScore`. A statement's unit, when given, breaks ties in favour of indicators with the same unit.
 */
export function suggestIndicators(
  phrase: string,
  catalogue: ReadonlyArray<IndicatorName>,
  options: { limit?: number; minScore?: number; unit?: string } = {},
): IndicatorSuggestion[] {
  const { limit = 3, minScore = 0.2, unit } = options;
  return catalogue
    .map((i) => ({ code: i.code, nameZh: i.nameZh, score: bigramSimilarity(phrase, i.nameZh), sameUnit: unit !== undefined && i.unit === unit }))
    .filter((s) => s.score >= minScore)
    .sort((a, b) => b.score - a.score || Number(b.sameUnit) - Number(a.sameUnit) || a.code.localeCompare(b.code))
    .slice(0, limit)
    .map(({ code, nameZh, score }) => ({ code, nameZh, score }));
}

/** The single closest indicator, or null when none is similar enough. */
export function suggestIndicator(phrase: string, catalogue: ReadonlyArray<IndicatorName>, unit?: string): IndicatorSuggestion | null {
  return suggestIndicators(phrase, catalogue, { limit: 1, unit })[0] ?? null;
}
