// How the user wants to meet: length, Teams or in person (and where), and consent to be named to
// the career centre.
import { Checkbox, Field, Input, Radio, RadioGroup } from "@fluentui/react-components";
import { useT } from "../../app/i18n/I18nProvider";
import type { ArrangeSettings } from "../../app/arrange/settings";
import type { MeetingLength } from "../../domain/slots";
import { useArrangeStyles } from "./arrange.styles";

const LENGTHS: readonly MeetingLength[] = [20, 30, 45];

/** The preferences, saved as they change. */
export function MeetingPreferences({
  settings,
  change,
  volunteer,
}: {
  settings: ArrangeSettings;
  change: (changes: Partial<ArrangeSettings>) => void;
  /** The contact is a career-centre volunteer (the consent box only matters then). */
  volunteer: boolean;
}) {
  const t = useT();
  const styles = useArrangeStyles();
  return (
    <div className={styles.group}>
      <Field label={t("arrange.length")}>
        <RadioGroup
          layout="horizontal"
          value={String(settings.durationMinutes)}
          onChange={(_, data) => change({ durationMinutes: Number(data.value) as MeetingLength })}
        >
          {LENGTHS.map((minutes) => (
            <Radio
              key={minutes}
              value={String(minutes)}
              label={t("arrange.lengthOption", { minutes })}
            />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t("arrange.format")}>
        <RadioGroup
          value={settings.format}
          onChange={(_, data) =>
            change({ format: data.value === "in-person" ? "in-person" : "teams" })
          }
        >
          <Radio value="teams" label={t("arrange.formatTeams")} />
          <Radio value="in-person" label={t("arrange.formatInPerson")} />
        </RadioGroup>
      </Field>
      {settings.format === "in-person" ? (
        <Field label={t("arrange.place")} hint={t("arrange.placeHint")}>
          <Input
            value={settings.location}
            onChange={(_, data) => change({ location: data.value })}
          />
        </Field>
      ) : null}
      {volunteer ? (
        <Checkbox
          checked={settings.shareNameWithCareerCentre}
          onChange={(_, data) => change({ shareNameWithCareerCentre: data.checked === true })}
          label={t("arrange.consent")}
        />
      ) : null}
    </div>
  );
}
