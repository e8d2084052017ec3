// Hand-typed Graph v1.0 property names of the types the app uses, from Microsoft's resource pages.
//
// Each type cites its page in microsoftgraph/microsoft-graph-docs-contrib; the names were typed from
// those pages (nothing here is copied from Microsoft's CSDL) and `scripts/checkGraphSchema.ts`
// compares them with a local copy of the published CSDL (see sandbox/README.md for the version).
// A property written `name:type` holds that complex type (or a collection of it), so writes can be
// checked one level down and more; a bare name is a primitive, an enum or a type we do not check.

/** One type: its doc page, the type it derives from, structural and navigation properties. */
export interface GraphTypeSpec {
  doc: string;
  base?: string;
  properties: readonly string[];
  navigation?: readonly string[];
  /** Open types take any property in a body (an open extension's custom data). */
  open?: boolean;
}

const R = (name: string) => `api-reference/v1.0/resources/${name}.md`;

export const GRAPH_TYPES: Record<string, GraphTypeSpec> = {
  entity: { doc: R("entity"), properties: ["id"] },
  directoryObject: { doc: R("directoryobject"), base: "entity", properties: ["deletedDateTime"] },
  user: {
    doc: R("user"),
    base: "directoryObject",
    properties: [
      "aboutMe",
      "accountEnabled",
      "ageGroup",
      "assignedLicenses",
      "assignedPlans",
      "authorizationInfo",
      "birthday",
      "businessPhones",
      "city",
      "companyName",
      "consentProvidedForMinor",
      "country",
      "createdDateTime",
      "creationType",
      "customSecurityAttributes",
      "department",
      "deviceEnrollmentLimit",
      "displayName",
      "employeeHireDate",
      "employeeId",
      "employeeLeaveDateTime",
      "employeeOrgData",
      "employeeType",
      "externalUserState",
      "externalUserStateChangeDateTime",
      "faxNumber",
      "givenName",
      "hireDate",
      "identities",
      "identityParentId",
      "imAddresses",
      "interests",
      "isManagementRestricted",
      "isResourceAccount",
      "jobTitle",
      "lastPasswordChangeDateTime",
      "legalAgeGroupClassification",
      "licenseAssignmentStates",
      "mail",
      "mailboxSettings:mailboxSettings",
      "mailNickname",
      "mobilePhone",
      "mySite",
      "officeLocation",
      "onPremisesDistinguishedName",
      "onPremisesDomainName",
      "onPremisesExtensionAttributes",
      "onPremisesImmutableId",
      "onPremisesLastSyncDateTime",
      "onPremisesProvisioningErrors",
      "onPremisesSamAccountName",
      "onPremisesSecurityIdentifier",
      "onPremisesSyncEnabled",
      "onPremisesUserPrincipalName",
      "otherMails",
      "passwordPolicies",
      "passwordProfile",
      "pastProjects",
      "postalCode",
      "preferredDataLocation",
      "preferredLanguage",
      "preferredName",
      "print",
      "provisionedPlans",
      "proxyAddresses",
      "responsibilities",
      "schools",
      "securityIdentifier",
      "serviceProvisioningErrors",
      "showInAddressList",
      "signInActivity",
      "signInSessionsValidFromDateTime",
      "skills",
      "state",
      "streetAddress",
      "surname",
      "usageLocation",
      "userPrincipalName",
      "userType",
    ],
    navigation: [
      "calendar",
      "calendarGroups",
      "calendars",
      "calendarView",
      "contactFolders",
      "contacts",
      "createdObjects",
      "directReports",
      "drive",
      "drives",
      "events",
      "extensions",
      "manager",
      "mailFolders",
      "memberOf",
      "messages",
      "people",
      "photo",
      "photos",
      "transitiveMemberOf",
    ],
  },
  person: {
    doc: R("person"),
    base: "entity",
    properties: [
      "birthday",
      "companyName",
      "department",
      "displayName",
      "givenName",
      "imAddress",
      "isFavorite",
      "jobTitle",
      "officeLocation",
      "personNotes",
      "personType",
      "phones",
      "postalAddresses:location",
      "profession",
      "scoredEmailAddresses",
      "surname",
      "userPrincipalName",
      "websites",
      "yomiCompany",
    ],
  },
  outlookItem: {
    doc: R("outlookitem"),
    base: "entity",
    properties: ["categories", "changeKey", "createdDateTime", "lastModifiedDateTime"],
  },
  contact: {
    doc: R("contact"),
    base: "outlookItem",
    properties: [
      "assistantName",
      "birthday",
      "businessAddress:physicalAddress",
      "businessHomePage",
      "businessPhones",
      "children",
      "companyName",
      "department",
      "displayName",
      "emailAddresses:emailAddress",
      "fileAs",
      "generation",
      "givenName",
      "homeAddress:physicalAddress",
      "homePhones",
      "imAddresses",
      "initials",
      "jobTitle",
      "manager",
      "middleName",
      "mobilePhone",
      "nickName",
      "officeLocation",
      "otherAddress:physicalAddress",
      "parentFolderId",
      "personalNotes",
      "profession",
      "spouseName",
      "surname",
      "title",
      "yomiCompanyName",
      "yomiGivenName",
      "yomiSurname",
      // In the v1.0 CSDL beside emailAddresses (found by scripts/checkGraphSchema.ts).
      "primaryEmailAddress:emailAddress",
      "secondaryEmailAddress:emailAddress",
      "tertiaryEmailAddress:emailAddress",
    ],
    navigation: [
      "extensions",
      "multiValueExtendedProperties",
      "photo",
      "singleValueExtendedProperties",
    ],
  },
  contactFolder: {
    doc: R("contactfolder"),
    base: "entity",
    properties: ["displayName", "parentFolderId"],
    navigation: [
      "childFolders",
      "contacts",
      "multiValueExtendedProperties",
      "singleValueExtendedProperties",
    ],
  },
  event: {
    doc: R("event"),
    base: "outlookItem",
    properties: [
      "allowNewTimeProposals",
      "attendees:attendee",
      "body:itemBody",
      "bodyPreview",
      "cancelledOccurrences",
      "end:dateTimeTimeZone",
      "hasAttachments",
      "hideAttendees",
      "iCalUId",
      "importance",
      "isAllDay",
      "isCancelled",
      "isDraft",
      "isOnlineMeeting",
      "isOrganizer",
      "isReminderOn",
      "location:location",
      "locations:location",
      "onlineMeeting:onlineMeetingInfo",
      "onlineMeetingProvider",
      "onlineMeetingUrl",
      "organizer:recipient",
      "originalEndTimeZone",
      "originalStart",
      "originalStartTimeZone",
      "recurrence:patternedRecurrence",
      "reminderMinutesBeforeStart",
      "responseRequested",
      "responseStatus:responseStatus",
      "sensitivity",
      "seriesMasterId",
      "showAs",
      "start:dateTimeTimeZone",
      "subject",
      "transactionId",
      "type",
      "webLink",
    ],
    navigation: [
      "attachments",
      "calendar",
      "exceptionOccurrences",
      "extensions",
      "instances",
      "multiValueExtendedProperties",
      "singleValueExtendedProperties",
    ],
  },
  message: {
    doc: R("message"),
    base: "outlookItem",
    properties: [
      "bccRecipients:recipient",
      "body:itemBody",
      "bodyPreview",
      "ccRecipients:recipient",
      "conversationId",
      "conversationIndex",
      "flag:followupFlag",
      "from:recipient",
      "hasAttachments",
      "importance",
      "inferenceClassification",
      "internetMessageHeaders:internetMessageHeader",
      "internetMessageId",
      "isDeliveryReceiptRequested",
      "isDraft",
      "isRead",
      "isReadReceiptRequested",
      "parentFolderId",
      "receivedDateTime",
      "replyTo:recipient",
      "sender:recipient",
      "sentDateTime",
      "subject",
      "toRecipients:recipient",
      "uniqueBody:itemBody",
      "webLink",
    ],
    navigation: [
      "attachments",
      "extensions",
      "multiValueExtendedProperties",
      "singleValueExtendedProperties",
    ],
  },
  extension: { doc: R("extension"), base: "entity", properties: [] },
  openTypeExtension: {
    doc: R("opentypeextension"),
    base: "extension",
    properties: ["extensionName"],
    open: true,
  },
  baseItem: {
    doc: R("baseitem"),
    base: "entity",
    properties: [
      "createdBy",
      "createdDateTime",
      "description",
      "eTag",
      "lastModifiedBy",
      "lastModifiedDateTime",
      "name",
      "parentReference",
      "webUrl",
    ],
    navigation: ["createdByUser", "lastModifiedByUser"],
  },
  listItem: {
    doc: R("listitem"),
    base: "baseItem",
    properties: ["contentType", "deleted", "sharepointIds"],
    navigation: ["analytics", "documentSetVersions", "driveItem", "fields", "versions"],
  },
  // The list's own columns: the sandbox checks them against the list, not against this module.
  fieldValueSet: { doc: R("fieldvalueset"), base: "entity", properties: [], open: true },
  mailboxSettings: {
    doc: R("mailboxsettings"),
    properties: [
      "archiveFolder",
      "automaticRepliesSetting",
      "dateFormat",
      "delegateMeetingMessageDeliveryOptions",
      "language",
      "timeFormat",
      "timeZone",
      "userPurpose",
      "workingHours:workingHours",
    ],
  },
  workingHours: {
    doc: R("workinghours"),
    properties: ["daysOfWeek", "endTime", "startTime", "timeZone"],
  },
  scheduleInformation: {
    doc: R("scheduleinformation"),
    properties: [
      "availabilityView",
      "error",
      "scheduleId",
      "scheduleItems:scheduleItem",
      "workingHours:workingHours",
    ],
  },
  scheduleItem: {
    doc: R("scheduleitem"),
    properties: [
      "end:dateTimeTimeZone",
      "isPrivate",
      "location",
      "start:dateTimeTimeZone",
      "status",
      "subject",
    ],
  },
  dateTimeTimeZone: { doc: R("datetimetimezone"), properties: ["dateTime", "timeZone"] },
  emailAddress: { doc: R("emailaddress"), properties: ["address", "name"] },
  recipient: { doc: R("recipient"), properties: ["emailAddress:emailAddress"] },
  attendeeBase: { doc: R("attendeebase"), base: "recipient", properties: ["type"] },
  attendee: {
    doc: R("attendee"),
    base: "attendeeBase",
    properties: ["proposedNewTime:timeSlot", "status:responseStatus"],
  },
  responseStatus: { doc: R("responsestatus"), properties: ["response", "time"] },
  timeSlot: {
    doc: R("timeslot"),
    properties: ["end:dateTimeTimeZone", "start:dateTimeTimeZone"],
  },
  itemBody: { doc: R("itembody"), properties: ["content", "contentType"] },
  location: {
    doc: R("location"),
    properties: [
      "address:physicalAddress",
      "coordinates:outlookGeoCoordinates",
      "displayName",
      "locationEmailAddress",
      "locationType",
      "locationUri",
      "uniqueId",
      "uniqueIdType",
    ],
  },
  physicalAddress: {
    doc: R("physicaladdress"),
    properties: ["city", "countryOrRegion", "postalCode", "state", "street"],
  },
  outlookGeoCoordinates: {
    doc: R("outlookgeocoordinates"),
    properties: ["accuracy", "altitude", "altitudeAccuracy", "latitude", "longitude"],
  },
  onlineMeetingInfo: {
    doc: R("onlinemeetinginfo"),
    properties: ["conferenceId", "joinUrl", "phones", "quickDial", "tollFreeNumbers", "tollNumber"],
  },
  patternedRecurrence: {
    doc: R("patternedrecurrence"),
    properties: ["pattern:recurrencePattern", "range:recurrenceRange"],
  },
  recurrencePattern: {
    doc: R("recurrencepattern"),
    properties: [
      "dayOfMonth",
      "daysOfWeek",
      "firstDayOfWeek",
      "index",
      "interval",
      "month",
      "type",
    ],
  },
  recurrenceRange: {
    doc: R("recurrencerange"),
    properties: ["endDate", "numberOfOccurrences", "recurrenceTimeZone", "startDate", "type"],
  },
  followupFlag: {
    doc: R("followupflag"),
    properties: [
      "completedDateTime:dateTimeTimeZone",
      "dueDateTime:dateTimeTimeZone",
      "flagStatus",
      "startDateTime:dateTimeTimeZone",
    ],
  },
  internetMessageHeader: { doc: R("internetmessageheader"), properties: ["name", "value"] },
  profilePhoto: { doc: R("profilephoto"), base: "entity", properties: ["height", "width"] },
};

/**
 * One action the app calls: its doc page and its body parameters (names and complex types), spelt
 * as the doc's request body spells them; the CSDL capitalises some (`Schedules`), and Graph matches
 * action parameters without regard to case, so the sandbox and the script compare them that way.
 */
export interface GraphActionSpec {
  doc: string;
  /** The type the action is bound to (CSDL's binding parameter). */
  boundTo: string;
  parameters: readonly string[];
}

const A = (name: string) => `api-reference/v1.0/api/${name}.md`;

export const GRAPH_ACTIONS: Record<string, GraphActionSpec> = {
  getSchedule: {
    doc: A("calendar-getschedule"),
    boundTo: "calendar",
    parameters: [
      "availabilityViewInterval",
      "endTime:dateTimeTimeZone",
      "schedules",
      "startTime:dateTimeTimeZone",
    ],
  },
  cancel: { doc: A("event-cancel"), boundTo: "event", parameters: ["comment"] },
  sendMail: {
    doc: A("user-sendmail"),
    boundTo: "user",
    parameters: ["message:message", "saveToSentItems"],
  },
  findMeetingTimes: {
    doc: A("user-findmeetingtimes"),
    boundTo: "user",
    parameters: [
      "attendees",
      "isOrganizerOptional",
      "locationConstraint",
      "maxCandidates",
      "meetingDuration",
      "minimumAttendeePercentage",
      "returnSuggestionReasons",
      "timeConstraint",
    ],
  },
};

/** A type's property and navigation names, its own and inherited, with their complex types. */
export interface ResolvedType {
  name: string;
  doc: string;
  open: boolean;
  /** Structural properties → their checked complex type ("" when not checked further). */
  properties: Map<string, string>;
  navigation: Set<string>;
}

const resolved = new Map<string, ResolvedType>();

/** The full property set of a type (base types included); throws for a type we never typed. */
export function graphType(name: string): ResolvedType {
  const cached = resolved.get(name);
  if (cached) return cached;
  const spec = GRAPH_TYPES[name];
  if (!spec) throw new Error(`graphTypes: no type '${name}'`);
  const base = spec.base ? graphType(spec.base) : undefined;
  const properties = new Map(base?.properties);
  for (const entry of spec.properties) {
    const [prop = "", type = ""] = entry.split(":");
    properties.set(prop, type);
  }
  const out: ResolvedType = {
    name,
    doc: spec.doc,
    open: spec.open === true || base?.open === true,
    properties,
    navigation: new Set([...(base?.navigation ?? []), ...(spec.navigation ?? [])]),
  };
  resolved.set(name, out);
  return out;
}
