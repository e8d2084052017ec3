// Test helper: parses XML with fast-xml-parser into a small ordered tree (element order matters in
// manifests).
import { XMLParser, XMLValidator } from "fast-xml-parser";

/** An element with its attributes, children in document order, and concatenated text. */
export interface XmlNode {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  readonly text: string;
}

type Ordered = Record<string, unknown> & { ":@"?: Record<string, string> };

/** Parses a document; throws with the parser's message when it is not well-formed. */
export function parseXml(xml: string): XmlNode {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`Not well-formed: ${valid.err.msg} (line ${valid.err.line})`);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
  });
  const nodes = (parser.parse(xml) as Ordered[])
    .map(toNode)
    .filter((n): n is XmlNode => n !== null);
  const root = nodes.find((n) => n.name !== "?xml");
  if (!root) throw new Error("No root element");
  return root;
}

function toNode(entry: Ordered): XmlNode | null {
  const name = Object.keys(entry).find((k) => k !== ":@");
  if (!name || name === "#text") return null;
  const raw = (entry[name] ?? []) as Ordered[];
  const children = raw.map(toNode).filter((n): n is XmlNode => n !== null);
  const text = raw
    .filter((c) => "#text" in c)
    .map((c) => String(c["#text"]))
    .join("");
  return { name, attributes: entry[":@"] ?? {}, children, text };
}

/** Child elements with the given name. */
export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

/** The single child with the given name (throws when absent or repeated). */
export function child(node: XmlNode, name: string): XmlNode {
  const found = childrenNamed(node, name);
  if (found.length !== 1)
    throw new Error(`Expected one <${name}> in <${node.name}>, found ${found.length}`);
  return found[0] as XmlNode;
}

/** Every element in the subtree, depth first (the node itself included). */
export function descendants(node: XmlNode): XmlNode[] {
  return [node, ...node.children.flatMap(descendants)];
}
