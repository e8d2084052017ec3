// jsdom set-up for view tests: IndexedDB and the matchers React Testing Library relies on.
import "fake-indexeddb/auto";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import { loadFeatureMessages } from "../../src/app/i18n/messages";

// Views under test render directly, not through the lazy registries that load the strings.
await loadFeatureMessages();

afterEach(() => cleanup());
