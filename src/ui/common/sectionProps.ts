// What every interview section (research, questions, arrange, meeting) is given: its contact.

/** Every section gets the contact (interview) it is about. */
export interface SectionProps {
  contactId: string;
}
