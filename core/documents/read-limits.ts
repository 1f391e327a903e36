/**
 * Limits the readers apply to a document's content, so that a hostile file is refused with a
 * message rather than by exhausting the stack or passing for text. The server sets them from its
 * configuration; sizes and zip limits are the server's, checked before these readers run.
 */
export interface ReadLimits {
  /** Deepest element nesting accepted in an HTML page (government pages nest 20–40 deep). */
  maxHtmlDepth: number;
  /** Least share of printable characters (letters, digits, punctuation, symbols, spaces, line breaks) in a decoded text. */
  minPrintableShare: number;
}

export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({ maxHtmlDepth: 256, minPrintableShare: 0.95 });
