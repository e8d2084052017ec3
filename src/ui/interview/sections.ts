// The sections of one interview (research, questions, arrange, meeting, follow-up), each lazy.
import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import type { MessageKey } from "../../app/i18n/messages";
import { withMessages } from "../../app/i18n/withMessages";
import type { SectionProps } from "../common/sectionProps";

export interface SectionDef {
  id: string;
  label: MessageKey;
  Component: LazyExoticComponent<ComponentType<SectionProps>>;
}

export function defineSection(
  id: string,
  label: MessageKey,
  load: () => Promise<{ default: ComponentType<SectionProps> }>,
): SectionDef {
  return { id, label, Component: lazy(withMessages(load)) };
}

/** Sections in the order of the five steps. Each feature adds its own here. */
export const SECTIONS: readonly SectionDef[] = [
  defineSection(
    "research",
    "interview.section.research",
    () => import("../research/ResearchSection"),
  ),
  defineSection("questions", "section.questions", () => import("../questions/QuestionsSection")),
  defineSection("arrange", "section.arrange", () => import("../arrange/ArrangeSection")),
  defineSection("meeting", "section.meeting", () => import("../meeting/MeetingSection")),
];
