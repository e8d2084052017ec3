// The Outlook item the pane is on, kept current as the user selects other items.
import { useEffect, useState } from "react";
import type { HostItem } from "../hosts/types";
import { useServices } from "./services";

export type HostItemState =
  { status: "loading" } | { status: "ready"; item: HostItem } | { status: "error" };

export function useHostItem(): HostItemState {
  const { host } = useServices();
  const [state, setState] = useState<HostItemState>({ status: "loading" });
  useEffect(() => {
    let version = 0;
    const read = () => {
      const mine = ++version;
      host.readItem().then(
        // A slower read of an older item must not overwrite the newer one.
        (item) => mine === version && setState({ status: "ready", item }),
        () => mine === version && setState({ status: "error" }),
      );
    };
    read();
    const stop = host.onItemChanged(read);
    return () => {
      version++;
      stop();
    };
  }, [host]);
  return state;
}
