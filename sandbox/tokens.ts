// Sandbox bearer tokens: self-contained (they survive a restart) and checked like Graph checks
// them.
import type { TenantUser } from "./tenant";
import type { Directory } from "./directory";
import { GraphError } from "./http";

const PREFIX = "sandbox.";

/** Graph's answer to a missing, malformed or expired token, with its WWW-Authenticate header. */
function unauthorized(message: string): GraphError {
  return new GraphError(401, "InvalidAuthenticationToken", message, {
    "WWW-Authenticate":
      'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"',
  });
}

/** Which issue a token came from: the sandbox run (`boot`) and its serial number in that run. */
export interface TokenIssue {
  boot: string;
  serial: number;
}

/**
 * What a delegated token grants besides its user: the scopes consented (`scp`, space-separated in
 * Entra's tokens) and the app it was issued to (`appid`). A token without `scp` predates scopes in
 * the sandbox and is refused nothing for want of a scope.
 */
export interface TokenGrant {
  scopes: string[] | null;
  appId: string;
}

/** The app id sandbox tokens name when the caller gives none (the sandbox config's client id). */
export const SANDBOX_APP_ID = "00000000-0000-0000-0000-000000000000";

/** Issues a token for a tenant user, valid `expiresIn` seconds from `now`. */
export function issueToken(
  user: TenantUser,
  now: Date,
  expiresIn: number,
  issue?: TokenIssue,
  grant?: Partial<TokenGrant>,
): string {
  const claims = {
    upn: user.userPrincipalName,
    oid: user.id,
    exp: now.getTime() + expiresIn * 1000,
    ...(issue ? { boot: issue.boot, sn: issue.serial } : {}),
    ...(grant?.scopes ? { scp: grant.scopes.join(" ") } : {}),
    ...(grant?.appId ? { appid: grant.appId } : {}),
  };
  return PREFIX + Buffer.from(JSON.stringify(claims)).toString("base64url");
}

/**
 * Answers true for a token issued before `POST /_sandbox/tokens/expire`: such tokens are refused as
 * expired, as Graph refuses a token whose lifetime ended early.
 */
export type ExpiredEarly = (issue: Partial<TokenIssue>) => boolean;

/**
 * The user an `Authorization` header speaks for.
 * @throws GraphError 401 InvalidAuthenticationToken when missing, malformed, expired or for an unknown user.
 */
export function authenticate(
  authorization: string | undefined,
  directory: Directory,
  now: Date,
  expiredEarly: ExpiredEarly = () => false,
): TenantUser {
  if (!authorization || authorization.trim() === "") throw unauthorized("Access token is empty.");
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw unauthorized("Access token validation failure. Invalid audience.");
  const token = match[1] as string;
  if (!token.startsWith(PREFIX)) {
    throw unauthorized("IDX14100: JWT is not well formed, there are no dots (.).");
  }
  let claims: { upn?: unknown; oid?: unknown; exp?: unknown; boot?: unknown; sn?: unknown };
  try {
    claims = JSON.parse(Buffer.from(token.slice(PREFIX.length), "base64url").toString("utf8"));
  } catch {
    throw unauthorized("IDX14100: JWT is not well formed.");
  }
  const issue = {
    ...(typeof claims.boot === "string" ? { boot: claims.boot } : {}),
    ...(typeof claims.sn === "number" ? { serial: claims.sn } : {}),
  };
  if (typeof claims.exp !== "number" || claims.exp <= now.getTime() || expiredEarly(issue)) {
    throw unauthorized("Lifetime validation failed, the token is expired.");
  }
  const user = typeof claims.oid === "string" ? directory.find(claims.oid) : undefined;
  if (!user) throw unauthorized("Access token validation failure. The user is not in this tenant.");
  return user;
}

/** The scopes and app of an already authenticated `Authorization` header. */
export function tokenGrant(authorization: string | undefined): TokenGrant {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? "")?.[1] ?? "";
  try {
    const claims = JSON.parse(
      Buffer.from(token.slice(PREFIX.length), "base64url").toString("utf8"),
    ) as { scp?: unknown; appid?: unknown };
    return {
      scopes: typeof claims.scp === "string" ? claims.scp.split(" ").filter(Boolean) : null,
      appId: typeof claims.appid === "string" ? claims.appid : SANDBOX_APP_ID,
    };
  } catch {
    return { scopes: null, appId: SANDBOX_APP_ID };
  }
}
