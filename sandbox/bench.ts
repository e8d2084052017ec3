// A large deterministic tenant for the benchmark (50,000 users and more).
import type { TenantFile, TenantUser } from "./tenant";
import { mulberry32 } from "./tenants/random";

const GIVEN = [
  "Avery",
  "Sam",
  "Noor",
  "Jules",
  "Mateo",
  "Aïcha",
  "Chloé",
  "Liam",
  "Priya",
  "Hiroshi",
  "Fatima",
  "Olivia",
  "Noah",
  "Émile",
  "Zoë",
  "Kwame",
  "Ingrid",
  "Luca",
  "Mei",
  "Santiago",
  "Amara",
  "Théo",
  "Sofia",
  "Arjun",
  "Nadia",
  "Oscar",
  "Leïla",
  "Dmitri",
  "Hana",
  "Gabriel",
];
const FAMILY = [
  "Chen",
  "Lee",
  "Haddad",
  "Tremblay",
  "Gagnon",
  "Roy",
  "Côté",
  "Singh",
  "Nguyen",
  "Okafor",
  "Martin",
  "Bouchard",
  "García",
  "Kowalski",
  "Yamamoto",
  "Dubois",
  "O'Brien",
  "Müller",
  "Rossi",
  "Ali",
  "Pelletier",
  "Fortin",
  "Kim",
  "Patel",
  "Lavoie",
  "Morin",
  "Silva",
  "Larsen",
  "Ahmed",
  "Bergeron",
];
const DEPARTMENTS = [
  "Biology",
  "Chemistry",
  "Computer Science",
  "Economics",
  "History",
  "Mathematics",
  "Nursing",
  "Physics",
  "Psychology",
  "Career Centre",
  "Engineering",
  "Fine Arts",
];
const TITLES = [
  "Student",
  "Research Scientist",
  "Professor",
  "Lab Technician",
  "Data Analyst",
  "Software Engineer",
  "Career Advisor",
  "Nurse Practitioner",
  "Project Manager",
  "Designer",
];
const COMPANIES = ["Northfield University", "Contoso Labs", "Fabrikam Health", "Tailspin Studios"];
const OFFICES = ["Science Hall", "Student Union", "Lab 4", "Library", "Innovation Hub", "Remote"];

function pick<T>(list: readonly T[], next: () => number): T {
  return list[Math.floor(next() * list.length)] as T;
}

function ascii(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^A-Za-z]/g, "")
    .toLowerCase();
}

/**
 * A tenant with `count` users (names, departments, titles, managers) and nothing else; deterministic
 * for a given count. The first user is `user0@large.example`.
 */
export function generateLargeTenant(count: number): TenantFile {
  // Seeded by the count, so the same count always yields the same tenant.
  const next = mulberry32(count);
  const users: TenantUser[] = [];
  for (let i = 0; i < count; i++) {
    const givenName = pick(GIVEN, next);
    const surname = pick(FAMILY, next);
    const upn =
      i === 0 ? "user0@large.example" : `${ascii(givenName)}.${ascii(surname)}${i}@large.example`;
    const hex = i.toString(16).padStart(12, "0");
    users.push({
      id: `00000000-0000-4000-8000-${hex}`,
      userPrincipalName: upn,
      mail: upn,
      displayName: `${givenName} ${surname}`,
      givenName,
      surname,
      jobTitle: pick(TITLES, next),
      department: pick(DEPARTMENTS, next),
      companyName: pick(COMPANIES, next),
      officeLocation: pick(OFFICES, next),
      businessPhones: [],
      managerId:
        i > 0
          ? `00000000-0000-4000-8000-${Math.floor(next() * Math.min(i, 500))
              .toString(16)
              .padStart(12, "0")}`
          : null,
    });
  }
  return {
    organization: {
      id: "00000000-0000-4000-8000-ffffffffffff",
      displayName: "Large Example University",
    },
    users,
  };
}
