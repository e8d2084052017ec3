// A contact as the request, invitation, cancellation and thank-you mails greet them.

/** The name to greet by, with the given name only when the contact has one. */
export function mailContact(contact: { displayName: string; givenName?: string | null }): {
  displayName: string;
  givenName?: string;
} {
  return {
    displayName: contact.displayName,
    ...(contact.givenName ? { givenName: contact.givenName } : {}),
  };
}
