// Every feature's strings, in one lazily loaded chunk: the shell paints with its own strings first.
import { advisorMessages } from "./advisor";
import { arrangeMessages } from "./arrange";
import { failureMessages } from "./failure";
import { findMessages } from "./find";
import { interviewMessages } from "./interview";
import { meetingMessages } from "./meeting";
import { organisationMessages } from "./organisation";
import { permissionMessages } from "./permissions";
import { pipelineMessages } from "./pipeline";
import { questionsMessages } from "./questions";
import { researchMessages } from "./research";
import { tabConfigMessages } from "./tabConfig";

/** Add a feature's catalogue here. */
export const featureCatalogs = [
  questionsMessages,
  arrangeMessages,
  findMessages,
  interviewMessages,
  researchMessages,
  pipelineMessages,
  meetingMessages,
  advisorMessages,
  permissionMessages,
  failureMessages,
  tabConfigMessages,
  organisationMessages,
] as const;
