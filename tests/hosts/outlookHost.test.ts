// The Outlook adapter against office-addin-mock: message read, compose, appointments, item changes.
import { OfficeMockObject } from "office-addin-mock";
import { describe, expect, it } from "vitest";
import type { OfficeApi } from "../../src/hosts/outlook/officeApi";
import { createOutlookHost } from "../../src/hosts/outlook/outlookHost";

/** office-addin-mock's host type, typed by a package it depends on: the string is what it wants. */
const OUTLOOK = "outlook" as ConstructorParameters<typeof OfficeMockObject>[1];

type Callback<T> = (result: { status: string; value: T; error?: { message: string } }) => void;

/** A compose-mode field: Office answers through getAsync callbacks. */
function asyncField<T>(value: T) {
  return { getAsync: (cb: Callback<T>) => cb({ status: "succeeded", value }) };
}

/** Handlers the adapter registered on the mailbox, by Office event type (latest office built). */
let handlers: Record<string, () => void> = {};

function officeWith(item: object, extra: Record<string, unknown> = {}): OfficeApi {
  handlers = {};
  const seed = {
    context: {
      displayLanguage: "fr-FR",
      officeTheme: { bodyBackgroundColor: "#1f1f1f" },
      mailbox: {
        item,
        userProfile: { emailAddress: "avery.chen@northfield.example", displayName: "Avery Chen" },
        addHandlerAsync(type: string, handler: () => void, cb?: Callback<void>) {
          handlers[type] = handler;
          cb?.({ status: "succeeded", value: undefined });
        },
        ...extra,
      },
    },
  };
  return new OfficeMockObject(seed, OUTLOOK) as unknown as OfficeApi;
}

describe("Outlook host", () => {
  it("reads a received message's sender, recipients and subject", async () => {
    const office = officeWith({
      itemType: "message",
      itemId: "AAMk-1",
      subject: "Coffee chat?",
      from: { displayName: "Priya Raman", emailAddress: "priya.raman@northfield.example" },
      to: [{ displayName: "Avery Chen", emailAddress: "avery.chen@northfield.example" }],
      cc: [{ displayName: "", emailAddress: "advisor@northfield.example" }],
    });
    const host = createOutlookHost(office);
    expect(host.context).toMatchObject({ kind: "outlook", locale: "fr-CA", theme: "dark" });
    expect(host.context.user?.userPrincipalName).toBe("avery.chen@northfield.example");
    const item = await host.readItem();
    expect(item).toEqual({
      kind: "message-read",
      itemId: "AAMk-1",
      subject: "Coffee chat?",
      from: { displayName: "Priya Raman", emailAddress: "priya.raman@northfield.example" },
      to: [{ displayName: "Avery Chen", emailAddress: "avery.chen@northfield.example" }],
      cc: [
        { displayName: "advisor@northfield.example", emailAddress: "advisor@northfield.example" },
      ],
    });
  });

  it("reads a message being written through getAsync", async () => {
    const office = officeWith({
      itemType: "message",
      subject: asyncField("Informational interview request"),
      to: asyncField([{ displayName: "Jordan Tremblay", emailAddress: "jordan@bank.example" }]),
      cc: asyncField([]),
    });
    const item = await createOutlookHost(office).readItem();
    expect(item).toEqual({
      kind: "message-compose",
      subject: "Informational interview request",
      to: [{ displayName: "Jordan Tremblay", emailAddress: "jordan@bank.example" }],
      cc: [],
    });
  });

  it("reads an appointment as an attendee, with times as UTC instants", async () => {
    const office = officeWith({
      itemType: "appointment",
      itemId: "EV-9",
      subject: "Information interview",
      organizer: { displayName: "Avery Chen", emailAddress: "avery.chen@northfield.example" },
      requiredAttendees: [{ displayName: "Priya Raman", emailAddress: "priya@x.example" }],
      optionalAttendees: [],
      start: new Date("2026-12-01T14:00:00Z"),
      end: new Date("2026-12-01T14:30:00Z"),
    });
    const item = await createOutlookHost(office).readItem();
    expect(item).toMatchObject({
      kind: "appointment",
      role: "attendee",
      itemId: "EV-9",
      organizer: { emailAddress: "avery.chen@northfield.example" },
      attendees: [{ emailAddress: "priya@x.example" }],
      start: "2026-12-01T14:00:00.000Z",
      end: "2026-12-01T14:30:00.000Z",
    });
  });

  it("reads an appointment the user organises and asks Office for its id", async () => {
    const office = officeWith(
      {
        itemType: "appointment",
        subject: asyncField("Chat with Priya"),
        organizer: asyncField({
          displayName: "Avery",
          emailAddress: "avery.chen@northfield.example",
        }),
        requiredAttendees: asyncField([{ displayName: "Priya", emailAddress: "priya@x.example" }]),
        optionalAttendees: asyncField([]),
        start: asyncField(new Date("2026-12-01T14:00:00Z")),
        end: asyncField(new Date("2026-12-01T14:20:00Z")),
        getItemIdAsync: (cb: Callback<string>) => cb({ status: "succeeded", value: "EWS-5" }),
      },
      { convertToRestId: (id: string) => `rest-${id}` },
    );
    const item = await createOutlookHost(office).readItem();
    expect(item).toMatchObject({ kind: "appointment", role: "organizer", itemId: "rest-EWS-5" });
  });

  it("a failing getAsync rejects readItem instead of throwing inside Office's callback", async () => {
    const office = officeWith({
      itemType: "message",
      subject: asyncField("x"),
      to: {
        getAsync: (cb: Callback<never>) =>
          cb({ status: "failed", value: undefined as never, error: { message: "Item is gone" } }),
      },
      cc: asyncField([]),
    });
    await expect(createOutlookHost(office).readItem()).rejects.toThrow("Item is gone");
  });

  it("reports no item when the pane has none, and a problem when there is no mailbox", async () => {
    const noItem: OfficeApi = { context: { mailbox: { item: null } } };
    expect(await createOutlookHost(noItem).readItem()).toEqual({ kind: "none" });
    const bare = createOutlookHost({ context: {} });
    expect(bare.context.problem).toBe("office-unavailable");
  });

  it("follows the selected item when the pane is pinned", async () => {
    const seed = {
      itemType: "message",
      subject: "first",
      from: { displayName: "A", emailAddress: "a@x.example" },
      to: [],
      cc: [],
    };
    const office = officeWith(seed);
    const host = createOutlookHost(office);
    let changes = 0;
    host.onItemChanged(() => changes++);
    const mailbox = office.context.mailbox as unknown as { item: unknown };
    mailbox.item = {
      ...seed,
      subject: "second",
      from: { displayName: "B", emailAddress: "b@x.example" },
    };
    handlers["olkItemSelectedChanged"]?.();
    expect(changes).toBe(1);
    expect(await host.readItem()).toMatchObject({
      subject: "second",
      from: { emailAddress: "b@x.example" },
    });
  });

  it("opens Outlook's compose form with the HTML body, never sending", async () => {
    const opened: unknown[] = [];
    const office = officeWith(
      { itemType: "message", subject: "x", to: [], cc: [] },
      {
        displayNewMessageForm: (p: unknown) => opened.push(p),
      },
    );
    const ok = await createOutlookHost(office).openCompose({
      to: [{ displayName: "Priya", emailAddress: "priya@x.example" }],
      subject: "Thank you",
      htmlBody: "<p>Thank you &amp; goodbye</p>",
    });
    expect(ok).toBe(true);
    expect(opened).toEqual([
      {
        toRecipients: [{ displayName: "Priya", emailAddress: "priya@x.example" }],
        subject: "Thank you",
        htmlBody: "<p>Thank you &amp; goodbye</p>",
      },
    ]);
  });

  it("follows Office's theme (Mailbox 1.14), says whether nested auth is supported, hints the UPN", async () => {
    const registered: Record<
      string,
      (args?: { officeTheme?: { bodyBackgroundColor?: string } }) => void
    > = {};
    const sets = new Set(["Mailbox 1.14", "NestedAppAuth 1.1"]);
    const office: OfficeApi = {
      auth: {
        getAuthContext: async () => ({ userPrincipalName: "avery.chen@northfield.example" }),
      },
      context: {
        displayLanguage: "en-US",
        officeTheme: { bodyBackgroundColor: "#ffffff" },
        requirements: { isSetSupported: (name, version) => sets.has(`${name} ${version}`) },
        mailbox: {
          item: null,
          // The mailbox address is an alias: sign-in must not use it.
          userProfile: { emailAddress: "a.chen@northfield.example" },
          addHandlerAsync(type, handler, cb) {
            registered[type] = handler;
            cb?.({ status: "succeeded", value: undefined });
          },
        },
      },
    };
    const host = createOutlookHost(office);
    expect(host.context.nestedAppAuthSupported).toBe(true);
    expect(await host.signInHint?.()).toBe("avery.chen@northfield.example");
    const seen: string[] = [];
    host.onThemeChanged((theme) => seen.push(theme));
    registered.officeThemeChanged?.({ officeTheme: { bodyBackgroundColor: "#292929" } });
    expect(seen).toEqual(["dark"]);
    expect(host.context.theme).toBe("dark");

    sets.clear();
    const older = createOutlookHost({ ...office, auth: {} });
    expect(older.context.nestedAppAuthSupported).toBe(false);
    expect(await older.signInHint?.()).toBeUndefined();
  });
});
