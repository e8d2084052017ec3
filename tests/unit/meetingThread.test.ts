// The chat thread a Teams join link carries, as the side panel matches it to Teams' chat id.
import { describe, expect, it } from "vitest";
import { sameThread, threadOfJoinUrl } from "../../src/domain/meetingThread";

const THREAD = "19:meeting_NjY4ZTk4ZGMtYzA1OS00@thread.v2";

describe("threadOfJoinUrl", () => {
  it("reads the thread from a Teams join link, encoded once as Graph gives it", () => {
    const link =
      "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjY4ZTk4ZGMtYzA1OS00%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d";
    expect(threadOfJoinUrl(link)).toBe(THREAD);
  });

  it("reads it when a mail client encoded the link twice", () => {
    const link =
      "https://teams.microsoft.com/l/meetup-join/19%253ameeting_NjY4ZTk4ZGMtYzA1OS00%2540thread.v2/0";
    expect(threadOfJoinUrl(link)).toBe(THREAD);
  });

  it("gives null for links that are not Teams meetings, and for garbage", () => {
    expect(threadOfJoinUrl("https://zoom.example/j/123")).toBeNull();
    expect(threadOfJoinUrl("https://teams.microsoft.com/l/meetup-join/not-a-thread/0")).toBeNull();
    expect(threadOfJoinUrl("not a url")).toBeNull();
    expect(threadOfJoinUrl("https://teams.microsoft.com/l/meetup-join/%E0%A4%A/0")).toBeNull();
  });

  it("compares thread ids without regard to case", () => {
    expect(sameThread(THREAD, THREAD.toUpperCase())).toBe(true);
    expect(sameThread(THREAD, "19:meeting_other@thread.v2")).toBe(false);
  });
});
