// The benchmark's baseline page: FluentProvider and one Button, nothing of ours.
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Button appearance="primary">Information Interviews</Button>
    </FluentProvider>,
  );
}
