// OData query options as Graph reads them: $filter parsing and evaluation, $select, $expand,
// $orderby, $top.
import { badRequest } from "./http";

/** A parsed `$filter` expression. Property paths use `/` (e.g. `start/dateTime`, `fields/Status`). */
export type FilterNode =
  | { kind: "cmp"; op: "eq" | "ne" | "gt" | "ge" | "lt" | "le"; prop: string; value: Literal }
  | { kind: "in"; prop: string; values: Literal[] }
  | { kind: "fn"; name: "startswith" | "endswith" | "contains"; prop: string; value: Literal }
  | { kind: "any"; prop: string; predicate: FilterNode }
  | { kind: "and" | "or"; left: FilterNode; right: FilterNode }
  | { kind: "not"; expr: FilterNode }
  | { kind: "prop"; prop: string };

type Literal = string | number | boolean | null;

type Token =
  | { t: "str"; v: string }
  | { t: "num"; v: number }
  | { t: "word"; v: string }
  | { t: "("; v: "(" }
  | { t: ")"; v: ")" }
  | { t: ","; v: "," }
  | { t: ":"; v: ":" };

function syntaxError(detail: string): Error {
  return badRequest(`Invalid filter clause: ${detail}`, "BadRequest");
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      let value = "";
      i++;
      for (;;) {
        if (i >= text.length) throw syntaxError("unterminated string literal.");
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i];
        i++;
      }
      tokens.push({ t: "str", v: value });
    } else if (c === "(" || c === ")" || c === "," || c === ":") {
      tokens.push({ t: c, v: c } as Token);
      i++;
    } else {
      const match = /^[^\s(),:']+/.exec(text.slice(i));
      const word = match?.[0] ?? c;
      // Unquoted date-times (2026-01-01T00:00:00Z) contain ':'; keep them whole.
      const dateTime = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})?/.exec(text.slice(i));
      if (dateTime) {
        tokens.push({ t: "str", v: dateTime[0] });
        i += dateTime[0].length;
      } else if (/^-?\d+(\.\d+)?$/.test(word)) {
        tokens.push({ t: "num", v: Number(word) });
        i += word.length;
      } else {
        tokens.push({ t: "word", v: word });
        i += word.length;
      }
    }
  }
  return tokens;
}

/** Parses a `$filter` value into a tree; throws Graph's 400 on a syntax error. */
export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => {
    const tok = tokens[pos++];
    if (!tok) throw syntaxError("unexpected end of expression.");
    return tok;
  };
  const expect = (t: Token["t"]) => {
    const tok = next();
    if (tok.t !== t) throw syntaxError(`expected '${t}' but found '${String(tok.v)}'.`);
    return tok;
  };
  const isWord = (w: string) => {
    const tok = peek();
    return tok?.t === "word" && tok.v.toLowerCase() === w;
  };

  const literal = (): Literal => {
    const tok = next();
    if (tok.t === "str" || tok.t === "num") return tok.v;
    if (tok.t === "word") {
      const w = tok.v.toLowerCase();
      if (w === "true") return true;
      if (w === "false") return false;
      if (w === "null") return null;
    }
    throw syntaxError(`expected a literal but found '${String(tok.v)}'.`);
  };

  const propertyPath = (): string => {
    const tok = next();
    if (tok.t !== "word") throw syntaxError(`expected a property but found '${String(tok.v)}'.`);
    return tok.v;
  };

  const primary = (): FilterNode => {
    const tok = peek();
    if (!tok) throw syntaxError("unexpected end of expression.");
    if (tok.t === "(") {
      next();
      const inner = orExpr();
      expect(")");
      return inner;
    }
    if (isWord("not")) {
      next();
      return { kind: "not", expr: primary() };
    }
    if (tok.t !== "word") throw syntaxError(`unexpected '${String(tok.v)}'.`);
    const lower = tok.v.toLowerCase();
    if (
      (lower === "startswith" || lower === "endswith" || lower === "contains") &&
      tokens[pos + 1]?.t === "("
    ) {
      next();
      expect("(");
      const prop = propertyPath();
      expect(",");
      const value = literal();
      expect(")");
      return { kind: "fn", name: lower, prop, value };
    }
    const prop = propertyPath();
    if (prop.toLowerCase().endsWith("/any") && peek()?.t === "(") {
      next();
      const variable = propertyPath();
      expect(":");
      const predicate = orExpr();
      expect(")");
      return {
        kind: "any",
        prop: prop.slice(0, -4),
        predicate: stripVariable(predicate, variable),
      };
    }
    const opTok = peek();
    if (opTok?.t === "word") {
      const op = opTok.v.toLowerCase();
      if (["eq", "ne", "gt", "ge", "lt", "le"].includes(op)) {
        next();
        return { kind: "cmp", op: op as "eq", prop, value: literal() };
      }
      if (op === "in") {
        next();
        expect("(");
        const values: Literal[] = [literal()];
        while (peek()?.t === ",") {
          next();
          values.push(literal());
        }
        expect(")");
        return { kind: "in", prop, values };
      }
    }
    return { kind: "prop", prop };
  };

  const andExpr = (): FilterNode => {
    let left = primary();
    while (isWord("and")) {
      next();
      left = { kind: "and", left, right: primary() };
    }
    return left;
  };

  const orExpr = (): FilterNode => {
    let left = andExpr();
    while (isWord("or")) {
      next();
      left = { kind: "or", left, right: andExpr() };
    }
    return left;
  };

  const tree = orExpr();
  if (pos < tokens.length) throw syntaxError(`unexpected '${String(tokens[pos]?.v)}'.`);
  return tree;
}

/** Inside `any(a: a/address eq ...)` property paths are relative to the lambda variable. */
function stripVariable(node: FilterNode, variable: string): FilterNode {
  const strip = (p: string) =>
    p === variable ? "" : p.startsWith(`${variable}/`) ? p.slice(variable.length + 1) : p;
  switch (node.kind) {
    case "and":
    case "or":
      return {
        ...node,
        left: stripVariable(node.left, variable),
        right: stripVariable(node.right, variable),
      };
    case "not":
      return { ...node, expr: stripVariable(node.expr, variable) };
    case "any":
      return { ...node, prop: strip(node.prop) };
    default:
      return { ...node, prop: strip(node.prop) };
  }
}

/** Every (property, operator) the filter uses, so a resource can refuse what Graph refuses. */
export function filterUsage(node: FilterNode, out: { prop: string; op: string }[] = []) {
  switch (node.kind) {
    case "and":
    case "or":
      filterUsage(node.left, out);
      filterUsage(node.right, out);
      break;
    case "not":
      out.push({ prop: "", op: "not" });
      filterUsage(node.expr, out);
      break;
    case "cmp":
      out.push({ prop: node.prop, op: node.value === null ? `${node.op} null` : node.op });
      break;
    case "in":
      out.push({ prop: node.prop, op: "in" });
      break;
    case "fn":
      out.push({ prop: node.prop, op: node.name });
      break;
    case "any":
      out.push({ prop: node.prop, op: "any" });
      break;
    case "prop":
      out.push({ prop: node.prop, op: "prop" });
      break;
  }
  return out;
}

/** Reads `a/b/c` from an object; an empty path is the value itself. */
export function valueAt(item: unknown, path: string): unknown {
  if (path === "") return item;
  if (!path.includes("/") && item !== null && typeof item === "object") {
    const record = item as Record<string, unknown>;
    const direct = record[path];
    if (direct !== undefined || path in record) return direct;
    return caseInsensitiveGet(record, path);
  }
  let current: unknown = item;
  for (const part of path.split("/")) {
    if (current === null || typeof current !== "object") return undefined;
    const record = current as Record<string, unknown>;
    current = part in record ? record[part] : caseInsensitiveGet(record, part);
  }
  return current;
}

function caseInsensitiveGet(record: Record<string, unknown>, key: string): unknown {
  const lower = key.toLowerCase();
  for (const k of Object.keys(record)) if (k.toLowerCase() === lower) return record[k];
  return undefined;
}

/** String comparisons in directory and mailbox filters ignore case, as the service does. */
function norm(v: unknown): unknown {
  return typeof v === "string" ? v.toLowerCase() : v;
}

function compare(a: unknown, b: unknown): number {
  const x = norm(a);
  const y = norm(b);
  if (x === y) return 0;
  if (x === undefined || x === null) return -1;
  if (y === undefined || y === null) return 1;
  return (x as string | number) < (y as string | number) ? -1 : 1;
}

/** Evaluates a filter tree against one item. `read` lets a resource map paths to its fields. */
export function matchesFilter(
  node: FilterNode,
  item: unknown,
  read: (item: unknown, path: string) => unknown = valueAt,
): boolean {
  switch (node.kind) {
    case "and":
      return matchesFilter(node.left, item, read) && matchesFilter(node.right, item, read);
    case "or":
      return matchesFilter(node.left, item, read) || matchesFilter(node.right, item, read);
    case "not":
      return !matchesFilter(node.expr, item, read);
    case "prop":
      return read(item, node.prop) === true;
    case "in": {
      const v = norm(read(item, node.prop));
      return node.values.some((x) => norm(x) === v);
    }
    case "fn": {
      const v = read(item, node.prop);
      if (typeof v !== "string" || typeof node.value !== "string") return false;
      const s = v.toLowerCase();
      const q = node.value.toLowerCase();
      if (node.name === "startswith") return s.startsWith(q);
      if (node.name === "endswith") return s.endsWith(q);
      return s.includes(q);
    }
    case "any": {
      const list = read(item, node.prop);
      return Array.isArray(list) && list.some((el) => matchesFilter(node.predicate, el, valueAt));
    }
    case "cmp": {
      const v = read(item, node.prop);
      const c = compare(v ?? null, node.value);
      switch (node.op) {
        case "eq":
          return c === 0;
        case "ne":
          return c !== 0;
        case "gt":
          return c > 0;
        case "ge":
          return c >= 0;
        case "lt":
          return c < 0;
        case "le":
          return c <= 0;
      }
    }
  }
  return false;
}

/** `$select=a,b` as a list (undefined when absent). */
export function parseSelect(query: URLSearchParams): string[] | undefined {
  return splitSelect(query.get("$select") ?? undefined);
}

/** A `$select` value (top-level or nested in `$expand`) as property names, blanks dropped. */
export function splitSelect(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  return raw
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** One `$expand` item with its nested options, e.g. `fields($select=Title)`. */
export interface ExpandItem {
  name: string;
  options: Record<string, string>;
}

/** Splits on a separator that is not inside parentheses or quotes. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") quoted = !quoted;
    else if (!quoted && c === "(") depth++;
    else if (!quoted && c === ")") depth--;
    else if (!quoted && depth === 0 && c === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** Parses `$expand`. */
export function parseExpand(query: URLSearchParams): ExpandItem[] {
  const raw = query.get("$expand");
  if (raw === null) return [];
  return splitTopLevel(raw, ",").map((part) => {
    const open = part.indexOf("(");
    if (open < 0) return { name: part, options: {} };
    if (!part.endsWith(")")) throw badRequest(`Invalid $expand item '${part}'.`);
    const options: Record<string, string> = {};
    for (const option of splitTopLevel(part.slice(open + 1, -1), ";")) {
      const eq = option.indexOf("=");
      if (eq < 0) throw badRequest(`Invalid $expand option '${option}'.`);
      options[option.slice(0, eq).trim().toLowerCase()] = option.slice(eq + 1).trim();
    }
    return { name: part.slice(0, open).trim(), options };
  });
}

/** `$orderby=a desc, b` as keys. */
export function parseOrderBy(query: URLSearchParams): { prop: string; desc: boolean }[] {
  const raw = query.get("$orderby");
  if (raw === null) return [];
  return raw
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s) => {
      const [prop = "", dir = "asc"] = s.split(/\s+/);
      const d = dir.toLowerCase();
      if (d !== "asc" && d !== "desc") throw badRequest(`Invalid $orderby direction '${dir}'.`);
      return { prop, desc: d === "desc" };
    });
}

/** Sorts a copy of `items` by the given keys (strings compared case-insensitively). */
export function sortBy<T>(
  items: T[],
  keys: { prop: string; desc: boolean }[],
  read: (item: T, path: string) => unknown,
): T[] {
  if (keys.length === 0) return items;
  return [...items].sort((a, b) => {
    for (const key of keys) {
      const c = compare(read(a, key.prop), read(b, key.prop));
      if (c !== 0) return key.desc ? -c : c;
    }
    return 0;
  });
}

/** Reads a non-negative integer option ($top, $skip); Graph refuses anything else with 400. */
export function integerOption(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  if (!/^\d+$/.test(raw.trim())) {
    throw badRequest(`Invalid value '${raw}' for query option '${name}'.`);
  }
  return Number(raw);
}

/** Projects a record to `$select`ed keys (plus `id` and OData annotations, which Graph always keeps). */
export function project(
  record: Record<string, unknown>,
  select: string[] | undefined,
): Record<string, unknown> {
  if (!select) return record;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    if (key.startsWith("@odata.")) out[key] = record[key];
  }
  if ("id" in record) out.id = record.id;
  for (const key of select) {
    if (key in record) out[key] = record[key];
  }
  return out;
}
