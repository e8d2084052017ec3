// The main flow in Canadian French (a browser whose language is fr-CA): search, add, research
// notes,
// questions, find times, book — every control named in French, dates and times written the French way.
import { PRIYA, interviewContacts } from "./a11yHelpers";
import { expect, test } from "./fixtures";
import { graph, STUDENT } from "./graphAsUser";

test.use({ locale: "fr-CA", timezoneId: "America/Toronto" });

test("chercher, ajouter, noter, poser ses questions, trouver un moment et réserver", async ({
  page,
  request,
  watch,
}) => {
  test.setTimeout(120_000);
  await page.goto(`/tab.html?as=${encodeURIComponent(STUDENT)}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");
  await expect(page.getByRole("heading", { name: "Entrevues d'information" })).toBeVisible();
  await expect(page.getByText("Connecté·e en tant que Avery Chen")).toBeVisible();
  const nav = page.getByRole("tablist", { name: "Sections" });
  await expect(nav.getByRole("tab", { name: "Trouver" })).toBeVisible();
  await expect(nav.getByRole("tab", { name: "Mes entrevues" })).toBeVisible();

  // Trouver : la recherche, la fiche, « Ajouter à mes entrevues ».
  const search = page.getByRole("searchbox", { name: "Rechercher des personnes" });
  await search.pressSequentially("Priya Raman", { delay: 20 });
  await page
    .getByRole("button", { name: /Priya Raman/u })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: PRIYA.name, exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Retour aux résultats" })).toBeVisible();
  await expect(page.getByText("Relève de", { exact: true })).toBeVisible();
  // Working hours: French day names and the 24-hour clock ("lun.–ven., 9 h 00 – 17 h 00").
  const hours = page
    .locator("dt", { hasText: "Heures de travail" })
    .locator("xpath=following-sibling::dd[1]");
  if ((await hours.count()) > 0) {
    await expect(hours).toHaveText(/^(lun|mar|mer|jeu|ven|sam|dim)\..*\d{1,2}\sh\s\d\d/u);
  }
  await page.getByRole("button", { name: "Ajouter à mes entrevues" }).click();

  // Recherche : les notes se sauvegardent.
  const sections = page.getByRole("tablist", { name: "Sections de l'entrevue" });
  await expect(sections.getByRole("tab", { name: "Recherche" })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  const notes = page.getByRole("textbox", { name: "Notes de recherche" });
  await expect(notes).toBeVisible();
  await notes.press("Control+End");
  await notes.pressSequentially("\nDemander comment se passe un quart de nuit.", { delay: 5 });

  // Questions : en ajouter deux, dans l'ordre.
  await sections.getByRole("tab", { name: "Questions" }).click();
  const box = page.getByRole("textbox", { name: "Nouvelle question" });
  await box.fill("Qu'est-ce qui vous a attirée vers les soins infirmiers?");
  await page.getByRole("button", { name: "Ajouter la question" }).click();
  await box.fill("À quoi ressemble une semaine typique pour vous?");
  await page.getByRole("button", { name: "Ajouter la question" }).click();
  const list = page.getByRole("list", { name: "Vos questions, dans l'ordre où vous les poserez" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(page.getByText("Enregistré", { exact: true })).toBeVisible();

  // Organiser : trouver des moments, en choisir un, réserver.
  await sections.getByRole("tab", { name: "Organiser" }).click();
  await page.getByRole("button", { name: "Trouver des moments" }).click();
  const times = page.getByRole("radiogroup", {
    name: "Moments qui vous conviennent à tous les deux",
  });
  const first = times.getByRole("radio").first();
  await expect(first).toBeVisible();
  // "Vous : jeudi 3 décembre, 9 h 30 – 10 h 00 HNE": French weekday and month, 24-hour "9 h 30"
  // (\s also matches the no-break spaces French typography puts before the colon).
  await expect(first).toHaveAccessibleName(
    /^Vous\s:\s(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s\d{1,2}\s(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre),\s\d{1,2}\sh\s\d\d/u,
  );
  const start = await first.getAttribute("value");
  await first.check();
  await page.getByRole("button", { name: "Réserver l'entrevue" }).click();
  await expect(
    page.getByText(
      /^Réservée pour le (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s\d{1,2}\s\p{L}+.*\d{1,2}\sh\s\d\d/u,
    ),
  ).toBeVisible();

  // The mailbox has what the French flow did: one event at that time, the notes and the questions.
  const events = (await graph(request, "GET", "/me/events?$select=subject,start&$top=50")) as {
    value: Array<{ subject: string; start: { dateTime: string } }>;
  };
  const booked = events.value.filter((e) => /Priya Raman/u.test(e.subject));
  expect(booked).toHaveLength(1);
  expect(new Date(`${booked[0]!.start.dateTime.replace(/Z$/u, "")}Z`).getTime()).toBe(
    new Date(start!).getTime(),
  );
  const priya = (await interviewContacts(request)).find((c) => c.displayName === PRIYA.name);
  expect(priya?.personalNotes).toContain("Demander comment se passe un quart de nuit.");
  expect(priya?.questions).toEqual([
    "Qu'est-ce qui vous a attirée vers les soins infirmiers?",
    "À quoi ressemble une semaine typique pour vous?",
  ]);
  expect(watch.errors).toEqual([]);
});
