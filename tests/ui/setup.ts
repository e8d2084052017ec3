// jsdom set-up for view tests: IndexedDB and the matchers React Testing Library relies on.
import "fake-indexeddb/auto";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

afterEach(() => cleanup());
