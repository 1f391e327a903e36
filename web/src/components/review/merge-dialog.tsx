/** The dialog that merges a duplicate statement into the one to keep (same type, not itself merged or rejected). */
import { Modal, Select } from "antd";
import { useEffect, useState } from "react";
import type { StatementResponse } from "../../../../contract/review.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";
import { formatStatementFigure } from "./statement-figure.ts";

type Props = { statement: StatementResponse | null; statements: StatementResponse[]; busy: boolean; onClose(): void; onMerge(into: number): Promise<unknown> };

export function MergeDialog({ statement, statements, busy, onClose, onMerge }: Props) {
  const { t } = useLanguage();
  const [into, setInto] = useState<number | undefined>();
  const candidates = statement
    ? statements
        .filter((s) => s.id !== statement.id && s.type === statement.type && s.state !== "merged" && s.state !== "rejected")
        // Likely duplicates first: the same value, then the nearest in the text.
        .sort((a, b) => Number(b.value === statement.value) - Number(a.value === statement.value) || Math.abs(a.start - statement.start) - Math.abs(b.start - statement.start))
    : [];
  useEffect(() => setInto(candidates[0]?.id), [statement?.id]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <Modal title={t("review.mergeTitle")} open={statement !== null} onCancel={onClose} onOk={() => into !== undefined && onMerge(into).then(onClose, () => undefined)} okText={t("review.merge")} confirmLoading={busy} destroyOnHidden>
      <Select
        style={{ width: "100%" }}
        value={into}
        onChange={setInto}
        data-testid="merge-into"
        options={candidates.map((s) => ({ value: s.id, label: `#${s.id} ${s.indicatorText} ${formatStatementFigure(s)} (${s.year ?? "—"}) — ${s.quote.slice(0, 24)}` }))}
      />
    </Modal>
  );
}
