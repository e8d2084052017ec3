// A tiny XML element tree and serializer: enough to write the add-in manifest with correct escaping.

/** An XML element: name, attributes in order, and children (elements or text). */
export interface XmlElement {
  readonly name: string;
  readonly attributes: readonly (readonly [string, string])[];
  readonly children: readonly (XmlElement | string)[];
}

/** Attributes as an ordered record; undefined values are left out. */
export type XmlAttributes = Readonly<Record<string, string | number | boolean | undefined>>;

/** Builds an element. Attribute order follows the record's key order (kept as written). */
export function el(
  name: string,
  attributes: XmlAttributes = {},
  ...children: readonly (XmlElement | string | null | undefined | false)[]
): XmlElement {
  return {
    name,
    attributes: Object.entries(attributes)
      .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
      .map(([key, value]) => [key, String(value)] as const),
    children: children.filter(
      (c): c is XmlElement | string => c !== null && c !== undefined && c !== false,
    ),
  };
}

/** Escapes text content and attribute values (quotes too, so one function serves both). */
export function escapeXml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Serializes a document with an XML declaration, two-space indentation and a final newline. */
export function serializeXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeElement(root, 0)}\n`;
}

function serializeElement(node: XmlElement, depth: number): string {
  const pad = "  ".repeat(depth);
  const attrs = node.attributes.map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join("");
  if (node.children.length === 0) return `${pad}<${node.name}${attrs}/>`;
  const onlyText = node.children.every((c) => typeof c === "string");
  if (onlyText) {
    return `${pad}<${node.name}${attrs}>${node.children.map((c) => escapeXml(c as string)).join("")}</${node.name}>`;
  }
  const inner = node.children
    .map((c) =>
      typeof c === "string"
        ? `${"  ".repeat(depth + 1)}${escapeXml(c)}`
        : serializeElement(c, depth + 1),
    )
    .join("\n");
  return `${pad}<${node.name}${attrs}>\n${inner}\n${pad}</${node.name}>`;
}
