// Lists and working hours as each language writes them: Intl decides the words, commas and clock.
import { describe, expect, it } from "vitest";
import { formatList } from "../../src/ui/common/formatList";
import { describeWorkingHours } from "../../src/ui/contact/workingHoursText";

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday"];

/** Intl may put no-break and thin spaces in times and lists; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u2009\u202f]/gu, " ");

describe("formatList", () => {
  it("joins with the language's own 'and'", () => {
    expect(formatList("en", ["design", "research", "writing"])).toBe(
      "design, research and writing",
    );
    expect(formatList("fr-CA", ["design", "recherche", "rédaction"])).toBe(
      "design, recherche et rédaction",
    );
  });

  it("writes two items without a comma and one item alone, skipping blanks", () => {
    expect(formatList("fr-CA", ["anglais", "français"])).toBe("anglais et français");
    expect(formatList("en", ["English", " ", ""])).toBe("English");
    expect(formatList("en", [])).toBe("");
  });
});

describe("describeWorkingHours", () => {
  it("writes a weekday run as a range and the clock as each language does", () => {
    const hours = { daysOfWeek: WEEKDAYS, startTime: "09:00:00.0000000", endTime: "17:30:00" };
    expect(plain(describeWorkingHours(hours, "en"))).toBe("Mon–Fri, 9:00 a.m.–5:30 p.m.");
    expect(plain(describeWorkingHours(hours, "fr-CA"))).toBe("lun.–ven., 9 h 00 – 17 h 30");
  });

  it("lists scattered days with the language's 'and'", () => {
    const hours = {
      daysOfWeek: ["friday", "monday", "wednesday"],
      startTime: "10:00",
      endTime: "14:00",
    };
    expect(plain(describeWorkingHours(hours, "en"))).toBe("Mon, Wed and Fri, 10:00 a.m.–2:00 p.m.");
    expect(plain(describeWorkingHours(hours, "fr-CA"))).toBe(
      "lun., mer. et ven., 10 h 00 – 14 h 00",
    );
  });

  it("writes a night shift as two clocks, never as two dates", () => {
    const hours = { daysOfWeek: ["saturday", "sunday"], startTime: "22:00", endTime: "06:00" };
    expect(plain(describeWorkingHours(hours, "en"))).toBe("Sat and Sun, 10:00 p.m. – 6:00 a.m.");
    expect(plain(describeWorkingHours(hours, "fr-CA"))).toBe("sam. et dim., 22 h 00 – 6 h 00");
  });
});
