// Compares sandbox/schema/graphTypes.ts with a local copy of Microsoft Graph's published v1.0 CSDL.
//
//   npx tsx scripts/checkGraphSchema.ts /tmp/cleanMetadata.xml
//
// The CSDL is `clean_v10_metadata/cleanMetadata.xml` in the public repository
// microsoftgraph/msgraph-metadata. It is read from the path given and never committed here (nor is
// anything generated from it). Last checked against commit
// f54f11b60956ea7b185ca0447b2b80805836ec7b of that repository.
//
// Exit code 1 when our module lists a property, navigation property or complex type the CSDL does
// not have; what the CSDL has that we omit is printed for information only.
import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import { GRAPH_ACTIONS, GRAPH_TYPES, graphType } from "../sandbox/schema/graphTypes";

interface CsdlType {
  base?: string;
  properties: Map<string, string>;
  navigation: Map<string, string>;
}

type Xml = Record<string, unknown>;

const asArray = (value: unknown): Xml[] =>
  value === undefined ? [] : Array.isArray(value) ? (value as Xml[]) : [value as Xml];

/**
 * `Collection(graph.x)` → `x`: the CSDL names our namespace `microsoft.graph` or by its alias
 * `graph`; other namespaces and Edm types keep their full name.
 */
function shortType(type: string): string {
  const inner = /^Collection\((.*)\)$/.exec(type)?.[1] ?? type;
  const prefix = ["microsoft.graph.", "graph."].find((p) => inner.startsWith(p));
  return prefix ? inner.slice(prefix.length) : inner;
}

interface Csdl {
  types: Map<string, CsdlType>;
  /** Action name → its overloads: binding type and the other parameters with their types. */
  actions: Map<string, { boundTo: string; parameters: Map<string, string> }[]>;
}

function readCsdl(path: string): Csdl {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });
  const doc = parser.parse(readFileSync(path, "utf8")) as Xml;
  const edmx = doc["edmx:Edmx"] as Xml;
  const services = edmx["edmx:DataServices"] as Xml;
  const schema = asArray(services.Schema).find((s) => s.Namespace === "microsoft.graph");
  if (!schema) throw new Error("no microsoft.graph schema in the CSDL");
  const types = new Map<string, CsdlType>();
  for (const kind of ["EntityType", "ComplexType"]) {
    for (const t of asArray(schema[kind])) {
      const base = typeof t.BaseType === "string" ? shortType(t.BaseType) : undefined;
      types.set(String(t.Name), {
        base,
        properties: new Map(
          asArray(t.Property).map((p) => [String(p.Name), shortType(String(p.Type))]),
        ),
        navigation: new Map(
          asArray(t.NavigationProperty).map((p) => [String(p.Name), shortType(String(p.Type))]),
        ),
      });
    }
  }
  const actions: Csdl["actions"] = new Map();
  for (const a of asArray(schema.Action)) {
    const [binding, ...rest] = asArray(a.Parameter);
    const overload = {
      boundTo: shortType(String(binding?.Type ?? "")),
      // Keyed lower-case: Graph matches action parameters without regard to case.
      parameters: new Map(
        rest.map((p) => [String(p.Name).toLowerCase(), shortType(String(p.Type))]),
      ),
    };
    actions.set(String(a.Name), [...(actions.get(String(a.Name)) ?? []), overload]);
  }
  return { types, actions };
}

/** A CSDL type with everything it inherits. */
function fullCsdlType(types: Map<string, CsdlType>, name: string): CsdlType | undefined {
  const own = types.get(name);
  if (!own) return undefined;
  const base = own.base ? fullCsdlType(types, own.base) : undefined;
  return {
    properties: new Map([...(base?.properties ?? []), ...own.properties]),
    navigation: new Map([...(base?.navigation ?? []), ...own.navigation]),
  };
}

function main(): number {
  const path = process.argv[2];
  if (!path) {
    console.error("usage: tsx scripts/checkGraphSchema.ts <path to cleanMetadata.xml>");
    return 2;
  }
  const { types: csdl, actions } = readCsdl(path);
  const problems: string[] = [];
  const omitted: string[] = [];
  for (const name of Object.keys(GRAPH_TYPES).sort()) {
    const ours = graphType(name);
    const theirs = fullCsdlType(csdl, name);
    if (!theirs) {
      problems.push(`${name}: no such type in the CSDL (${ours.doc})`);
      continue;
    }
    for (const [prop, complex] of ours.properties) {
      const type = theirs.properties.get(prop);
      if (type === undefined) {
        const where = theirs.navigation.has(prop) ? " (a navigation property there)" : "";
        problems.push(`${name}.${prop}: not a property in the CSDL${where} (${ours.doc})`);
      } else if (complex !== "" && complex !== type) {
        problems.push(`${name}.${prop}: we say ${complex}, the CSDL says ${type} (${ours.doc})`);
      }
    }
    for (const nav of ours.navigation) {
      if (!theirs.navigation.has(nav)) {
        problems.push(`${name}.${nav}: not a navigation property in the CSDL (${ours.doc})`);
      }
    }
    for (const prop of theirs.properties.keys()) {
      if (!ours.properties.has(prop)) omitted.push(`${name}.${prop}`);
    }
    for (const nav of theirs.navigation.keys()) {
      if (!ours.navigation.has(nav)) omitted.push(`${name}.${nav} (navigation)`);
    }
  }
  for (const [name, spec] of Object.entries(GRAPH_ACTIONS)) {
    const overload = actions.get(name)?.find((o) => o.boundTo === spec.boundTo);
    if (!overload) {
      problems.push(`action ${name} bound to ${spec.boundTo}: not in the CSDL (${spec.doc})`);
      continue;
    }
    for (const entry of spec.parameters) {
      const [param = "", complex = ""] = entry.split(":");
      const type = overload.parameters.get(param.toLowerCase());
      if (type === undefined) problems.push(`action ${name}: no parameter ${param} (${spec.doc})`);
      else if (complex !== "" && complex !== type) {
        problems.push(`action ${name}.${param}: we say ${complex}, the CSDL says ${type}`);
      }
    }
    const listed = new Set(spec.parameters.map((e) => e.split(":")[0]?.toLowerCase()));
    for (const param of overload.parameters.keys()) {
      if (!listed.has(param)) omitted.push(`action ${name}.${param}`);
    }
  }
  if (omitted.length > 0) {
    console.log(`In the CSDL, not in our module (information only): ${omitted.length}`);
    for (const line of omitted) console.log(`  ${line}`);
  }
  if (problems.length > 0) {
    console.log(`In our module, not in the CSDL: ${problems.length}`);
    for (const line of problems) console.log(`  ${line}`);
    return 1;
  }
  console.log(`All ${Object.keys(GRAPH_TYPES).length} types agree with the CSDL.`);
  return 0;
}

process.exitCode = main();
