// Every feature's strings, in one lazily loaded chunk: the shell paints with its own strings first.
import { advisorMessages } from "./advisor";
import { arrangeMessages } from "./arrange";
import { failureMessages } from "./failure";
import { findMessages } from "./find";
import { interviewMessages } from "./interview";
import { learnedMessages } from "./learned";
import { meetingMessages } from "./meeting";
import { organisationMessages } from "./organisation";
import { permissionMessages } from "./permissions";
import { pipelineMessages } from "./pipeline";
import { practiceMessages } from "./practice";
import { questionsMessages } from "./questions";
import { researchMessages } from "./research";
import { resourcesMessages } from "./resources";
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
  practiceMessages,
  learnedMessages,
  resourcesMessages,
  organisationMessages,
] as const;
