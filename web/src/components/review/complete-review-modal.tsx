/**
 * The confirmation of 完成审核: says how many statements are still pending; with pending ones it
 * offers to reject them all and complete, without any a plain confirmation. A refusal (409) shows
 * the server's message in the dialog.
 */
import { Alert, Modal, Typography } from "antd";
import { useState } from "react";
import { ApiError } from "../../api/client.ts";
import { useCompleteReview } from "../../api/review.api.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";

type Props = { code: string; open: boolean; pending: number; onClose(): void; onCompleted(): void };

/** The dialog for plan `code` with `pending` statements left. */
export function CompleteReviewModal({ code, open, pending, onClose, onCompleted }: Props) {
  const { lang, t } = useLanguage();
  const complete = useCompleteReview(code);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    setError(null);
    try {
      await complete.mutateAsync(pending > 0 ? { confirm: true, closePending: "reject" } : { confirm: true });
      onCompleted();
      close();
    } catch (e) {
      setError(e instanceof ApiError && e.body ? e.body.error.messages[lang] : t("review.failed"));
    }
  };
  return (
    <Modal
      title={t("review.complete")}
      open={open}
      onCancel={close}
      onOk={() => void confirm()}
      okText={pending > 0 ? t("review.complete.rejectAll", { count: pending }) : t("review.complete.confirm")}
      okButtonProps={{ danger: pending > 0, loading: complete.isPending, "data-testid": "complete-review-confirm" }}
      cancelText={t("form.cancel")}
      destroyOnHidden
      data-testid="complete-review-modal"
    >
      <Typography.Paragraph>{pending > 0 ? t("review.complete.pending", { count: pending }) : t("review.complete.ready")}</Typography.Paragraph>
      {error ? <Alert type="error" showIcon title={error} data-testid="complete-review-error" /> : null}
    </Modal>
  );
}
