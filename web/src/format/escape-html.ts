/** Escaping text for the few places that build HTML strings (ECharts tooltip formatters). */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** The text with & < > " ' replaced by entities, safe inside HTML content and quoted attributes. */
export function escapeHtml(text: unknown): string {
  return String(text).replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}
