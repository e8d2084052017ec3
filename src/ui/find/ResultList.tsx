// The merged list of people found: each a button (click or Enter opens the card), arrow keys move
// between them.
import { Avatar, Badge } from "@fluentui/react-components";
import {
  forwardRef,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  type FocusEvent,
  type KeyboardEvent,
} from "react";
import { useT } from "../../app/i18n/I18nProvider";
import { initialsOf } from "../../domain/person";
import type { FoundPerson } from "../../domain/search";
import { useFindStyles } from "./FindView.styles";

/** Lets the search box move focus into the list. */
export interface ResultListHandle {
  focusFirst(): void;
  focusKey(key: string): void;
}

function details(person: FoundPerson): string {
  return [person.jobTitle, person.department, person.companyName]
    .filter((v): v is string => Boolean(v))
    .join(" · ");
}

export const ResultList = forwardRef<
  ResultListHandle,
  { people: readonly FoundPerson[]; label: string; onOpen: (person: FoundPerson) => void }
>(function ResultList({ people, label, onOpen }, ref) {
  const t = useT();
  const styles = useFindStyles();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const list = useRef<HTMLUListElement>(null);
  useImperativeHandle(ref, () => ({
    focusFirst: () => list.current?.querySelector("button")?.focus(),
    focusKey: (key) => buttons.current.get(key)?.focus(),
  }));
  // The person focused in the list, while focus is in it. Type-ahead replaces the list as answers
  // arrive; when the focused person is gone with the old answer, focus would drop to the top of the
  // page, so it moves to the same person if still listed, else to the first of the new list.
  const focusedKey = useRef<string | null>(null);
  const onListBlur = (event: FocusEvent<HTMLUListElement>) => {
    const next = event.relatedTarget;
    if (next instanceof Node && !event.currentTarget.contains(next)) focusedKey.current = null;
  };
  useLayoutEffect(() => {
    const key = focusedKey.current;
    const active = document.activeElement;
    if (key === null || (active && active !== document.body)) return;
    (buttons.current.get(key) ?? list.current?.querySelector("button"))?.focus();
  }, [people]);
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const all = [...(list.current?.querySelectorAll("button") ?? [])];
    const to = event.key === "ArrowDown" ? index + 1 : event.key === "ArrowUp" ? index - 1 : null;
    if (to === null) return;
    event.preventDefault();
    all[Math.max(0, Math.min(all.length - 1, to))]?.focus();
  };
  return (
    <ul className={styles.results} aria-label={label} ref={list} onBlur={onListBlur}>
      {people.map((person, index) => {
        const detail = details(person);
        return (
          <li key={person.key}>
            <button
              type="button"
              className={styles.result}
              ref={(el) => {
                if (el) buttons.current.set(person.key, el);
                else buttons.current.delete(person.key);
              }}
              onClick={() => onOpen(person)}
              onFocus={() => {
                focusedKey.current = person.key;
              }}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              <Avatar
                size={32}
                name={person.displayName}
                initials={initialsOf(person.displayName)}
                aria-hidden
              />
              <span className={styles.resultText}>
                <span className={styles.resultName}>{person.displayName}</span>
                {detail ? <span className={styles.resultDetail}>{detail}</span> : null}
                <span className={styles.badges}>
                  {person.volunteer ? (
                    <Badge
                      size="small"
                      appearance="tint"
                      color={person.volunteer.atCapacity ? "warning" : "brand"}
                    >
                      {person.volunteer.atCapacity ? t("find.atCapacity") : t("find.volunteer")}
                    </Badge>
                  ) : null}
                  {person.sources.includes("relevant") ? (
                    <Badge size="small" appearance="outline" color="informative">
                      {t("find.relevant")}
                    </Badge>
                  ) : null}
                </span>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
});
