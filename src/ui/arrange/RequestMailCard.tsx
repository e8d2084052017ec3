// The request mail for review: editable subject and message, then "Draft request" (user sends).
import {
  Body1,
  Button,
  Field,
  Input,
  Link,
  Spinner,
  Subtitle2,
  Textarea,
} from "@fluentui/react-components";
import { useT } from "../../app/i18n/I18nProvider";
import type { ArrangeModel } from "../../app/arrange/useArrange";
import { FailureNotice } from "../common/FailureNotice";
import { Notice } from "../common/Notice";
import { useArrangeStyles } from "./arrange.styles";
import { httpsLinkOrNull } from "../../domain/mail/escape";

/** The review form and what became of the draft. */
export function RequestMailCard({ model }: { model: ArrangeModel }) {
  const t = useT();
  const styles = useArrangeStyles();
  const { mail, request } = model;
  if (!mail) return null;
  return (
    <section className={styles.group} aria-labelledby="request-heading">
      <Subtitle2 as="h3" id="request-heading">
        {t("arrange.requestHeading")}
      </Subtitle2>
      <Body1>{t("arrange.requestIntro")}</Body1>
      <Field label={t("arrange.subject")}>
        <Input
          value={mail.subject}
          onChange={(_, data) => model.editMail({ subject: data.value })}
        />
      </Field>
      <Field label={t("arrange.message")}>
        <Textarea
          className={styles.message}
          resize="vertical"
          value={mail.text}
          onChange={(_, data) => model.editMail({ text: data.value })}
        />
      </Field>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={request.status === "busy"}
          onClick={() => void model.draftRequest()}
        >
          {t("arrange.draftRequest")}
        </Button>
        {request.status === "busy" ? <Spinner size="tiny" label={t("arrange.drafting")} /> : null}
      </div>
      <div role="status">
        {request.status === "done" ? (
          <Notice intent="success">
            {request.result.kind === "compose"
              ? t("arrange.composeOpened")
              : t("arrange.draftSaved")}{" "}
            {request.result.kind === "draft" && httpsLinkOrNull(request.result.webLink) ? (
              <Link
                href={httpsLinkOrNull(request.result.webLink) ?? undefined}
                target="_blank"
                rel="noreferrer"
              >
                {t("arrange.draftOpenLink")}
              </Link>
            ) : null}
          </Notice>
        ) : null}
      </div>
      {request.status === "error" ? (
        <FailureNotice failure={request.reason} wording="step" />
      ) : null}
    </section>
  );
}
