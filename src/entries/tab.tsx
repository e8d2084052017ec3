// Composition root of the Teams tab and meeting side panel page (tab.html).
import { startPage } from "./startPage";

void startPage();
