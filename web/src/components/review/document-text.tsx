/**
 * The document's text with every statement highlighted in its state's colour; clicking a highlight
 * selects its statement, and selecting a statement elsewhere scrolls its highlight into view.
 */
import { useEffect, useMemo, useRef } from "react";
import type { StatementResponse } from "../../../../contract/review.ts";
import { highlightSegments } from "./highlight-segments.ts";
import { STATE_COLORS } from "./state-colors.ts";

type Props = {
  text: string;
  statements: StatementResponse[];
  selected: number | null;
  onSelect(id: number): void;
  /** Heading offsets one can jump to, and the one to show (a new object each time, so the same heading can be shown again). */
  anchors?: number[];
  jump?: { offset: number } | null;
};

export function DocumentText({ text, statements, selected, onSelect, anchors = [], jump = null }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const byId = useMemo(() => new Map(statements.map((s) => [s.id, s])), [statements]);
  const segments = useMemo(() => highlightSegments(text.length, statements, anchors), [text.length, statements, anchors]);

  useEffect(() => {
    if (selected === null || !container.current) return;
    const mark = container.current.querySelector<HTMLElement>(`mark[data-statement="${selected}"]`);
    if (!mark) return;
    const box = container.current;
    // Scroll the text pane only, never the page around it.
    box.scrollTo({ top: mark.offsetTop - box.offsetTop - box.clientHeight / 3, behavior: "smooth" });
  }, [selected]);

  useEffect(() => {
    const box = container.current;
    const target = jump ? box?.querySelector<HTMLElement>(`[data-offset="${jump.offset}"]`) : null;
    if (box && target) box.scrollTo({ top: target.offsetTop - box.offsetTop, behavior: "smooth" });
  }, [jump]);

  return (
    <div ref={container} data-testid="document-text" style={{ whiteSpace: "pre-wrap", lineHeight: 1.8, height: "calc(100vh - 260px)", minHeight: 400, overflowY: "auto", padding: "4px 8px", fontSize: 14, position: "relative" }}>
      {segments.map((seg) => {
        const piece = text.slice(seg.start, seg.end);
        if (seg.ids.length === 0) return <span key={seg.start} data-offset={seg.start}>{piece}</span>;
        const id = selected !== null && seg.ids.includes(selected) ? selected : seg.ids[0]!;
        const statement = byId.get(id)!;
        const isSelected = id === selected;
        return (
          <mark
            key={seg.start}
            data-statement={id}
            data-offset={seg.start}
            data-state={statement.state}
            onClick={() => onSelect(id)}
            title={`${statement.indicatorText} ${statement.value}${statement.unit}`}
            style={{ background: STATE_COLORS[statement.state].mark, cursor: "pointer", padding: 0, outline: isSelected ? "2px solid #1677ff" : "none", borderRadius: 2, textDecoration: statement.state === "rejected" ? "line-through" : "none" }}
          >
            {piece}
          </mark>
        );
      })}
    </div>
  );
}
