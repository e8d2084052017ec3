// The shapes of Graph answers the sandbox tests read: error envelopes, collection pages, links.

/** The error envelope Graph returns. */
export interface GraphErrorBody {
  error: {
    code: string;
    message: string;
    innerError: { date: string; "request-id": string; "client-request-id": string };
  };
}

/** A Graph collection page. */
export interface Page<T = Record<string, unknown>> {
  "@odata.context": string;
  "@odata.nextLink"?: string;
  "@odata.count"?: number;
  value: T[];
}

/** Turns an absolute Graph nextLink into a sandbox path under /v1.0. */
export function sandboxPath(nextLink: string): string {
  const prefix = "https://graph.microsoft.com/v1.0";
  if (!nextLink.startsWith(prefix)) throw new Error(`not a Graph link: ${nextLink}`);
  return nextLink.slice(prefix.length);
}
