/** The order targets are listed in everywhere (dashboard, CLI, reports): binding (约束性) targets first, otherwise as given. */

/** A stable reorder putting binding targets ahead of the rest, each group in its given order. */
export function bindingFirst<T extends { attribute?: string | null }>(items: readonly T[]): T[] {
  return [...items.filter((i) => i.attribute === "binding"), ...items.filter((i) => i.attribute !== "binding")];
}
