// Composition root of the Outlook task pane page (taskpane.html).
import { startPage } from "./startPage";

void startPage();
