// The demo's organisations as reporting trees: Northfield University and the employers that partner
// with its career centre.
import type { DayOfWeek } from "@microsoft/microsoft-graph-types";
import { ATLANTIC_MIX, CANADIAN_MIX, LONDON_MIX, SINGAPORE_MIX, type NameMix } from "./demoNames";

/** Where people work: city, country, mailbox zone (Windows name), names and language. */
export interface WorkSite {
  city: string;
  country: string;
  /** Windows zone name, as Graph mailbox settings hold it. */
  timeZone: string;
  mix: NameMix;
  language: string;
  /** Fictional number range (555-01xx in North America, Ofcom's drama range in London). */
  phonePrefix: string;
}

/** The five places the demo's people work, one per mailbox time zone. */
export const SITES = {
  toronto: {
    city: "Toronto",
    country: "Canada",
    timeZone: "Eastern Standard Time",
    mix: CANADIAN_MIX,
    language: "en-CA",
    phonePrefix: "+1 416 555 01",
  },
  vancouver: {
    city: "Vancouver",
    country: "Canada",
    timeZone: "Pacific Standard Time",
    mix: CANADIAN_MIX,
    language: "en-CA",
    phonePrefix: "+1 604 555 01",
  },
  halifax: {
    city: "Halifax",
    country: "Canada",
    timeZone: "Atlantic Standard Time",
    mix: ATLANTIC_MIX,
    language: "en-CA",
    phonePrefix: "+1 902 555 01",
  },
  london: {
    city: "London",
    country: "United Kingdom",
    timeZone: "GMT Standard Time",
    mix: LONDON_MIX,
    language: "en-GB",
    phonePrefix: "+44 20 7946 0",
  },
  singapore: {
    city: "Singapore",
    country: "Singapore",
    timeZone: "Singapore Standard Time",
    mix: SINGAPORE_MIX,
    language: "en-SG",
    phonePrefix: "+65 6555 0",
  },
} as const satisfies Record<string, WorkSite>;

/** The name of a work site. */
export type SiteKey = keyof typeof SITES;

/** How a role's working day is shaped. */
export type HoursStyle = "office" | "academic" | "shift" | "student";

/** A person the demo needs by name (personas, volunteers, names that test escaping). */
export interface FixedPerson {
  givenName: string;
  surname: string;
  /** Defaults to "Given Surname". */
  displayName?: string;
  /** Local part of the UPN; defaults to given.surname folded to ASCII. */
  alias?: string;
  preferredLanguage?: string;
  /** Fixed working hours (minutes after local midnight) instead of the role's usual pattern. */
  workingDay?: { days: DayOfWeek[]; startMinutes: number; endMinutes: number };
}

/** A role in a reporting tree: `count` people with this title, each reporting to one holder of the parent role. */
export interface RoleSpec {
  title: string;
  department: string;
  count: number;
  office: string;
  /** Where its holders work; the parent role's site (the organisation's for a root) if absent. */
  site?: SiteKey;
  hours?: HoursStyle;
  /** People who fill the first slots of this role. */
  people?: FixedPerson[];
  /** Share of this role who prefer French (on top of French-named people). */
  frenchShare?: number;
  reports?: RoleSpec[];
}

/** One organisation: its name, mail domain, home site and reporting trees (each root has no manager). */
export interface OrganisationSpec {
  companyName: string;
  domain: string;
  site: SiteKey;
  roots: RoleSpec[];
}

const role = (
  title: string,
  department: string,
  count: number,
  office: string,
  more: Partial<RoleSpec> = {},
): RoleSpec => ({ title, department, count, office, ...more });

const UNIVERSITY = "Northfield University";

/** Northfield University: academic and administrative trees, and students (who report to no one). */
const northfield: OrganisationSpec = {
  companyName: UNIVERSITY,
  domain: "northfield.example",
  site: "toronto",
  roots: [
    role("President and Vice-Chancellor", "Office of the President", 1, "Founders Hall 400", {
      reports: [
        role(
          "Provost and Vice-President, Academic",
          "Office of the Provost",
          1,
          "Founders Hall 410",
          {
            reports: [
              role(
                "Dean, Faculty of Science",
                "Faculty of Science",
                1,
                "Life Sciences Building 500",
                {
                  hours: "academic",
                  reports: [
                    role(
                      "Chair, Department of Biology",
                      "Biology",
                      1,
                      "Life Sciences Building 310",
                      {
                        hours: "academic",
                        people: [{ givenName: "Priya", surname: "Raman" }],
                        reports: [
                          role("Professor", "Biology", 4, "Life Sciences Building 3rd floor", {
                            hours: "academic",
                          }),
                          role(
                            "Associate Professor",
                            "Biology",
                            3,
                            "Life Sciences Building 3rd floor",
                            { hours: "academic" },
                          ),
                          role(
                            "Laboratory Coordinator",
                            "Biology",
                            2,
                            "Life Sciences Building B12",
                          ),
                        ],
                      },
                    ),
                    role(
                      "Chair, Department of Chemistry",
                      "Chemistry",
                      1,
                      "Chemistry Building 210",
                      {
                        hours: "academic",
                        reports: [
                          role("Professor", "Chemistry", 3, "Chemistry Building 2nd floor", {
                            hours: "academic",
                          }),
                          role(
                            "Assistant Professor",
                            "Chemistry",
                            2,
                            "Chemistry Building 2nd floor",
                            { hours: "academic" },
                          ),
                        ],
                      },
                    ),
                    role(
                      "Chair, Department of Computer Science",
                      "Computer Science",
                      1,
                      "Innovation Centre 420",
                      {
                        hours: "academic",
                        reports: [
                          role("Professor", "Computer Science", 3, "Innovation Centre 4th floor", {
                            hours: "academic",
                          }),
                          role(
                            "Assistant Professor",
                            "Computer Science",
                            3,
                            "Innovation Centre 4th floor",
                            { hours: "academic" },
                          ),
                        ],
                      },
                    ),
                  ],
                },
              ),
              role("Dean, Faculty of Arts", "Faculty of Arts", 1, "Humanities Hall 600", {
                hours: "academic",
                reports: [
                  role("Chair, Department of History", "History", 1, "Humanities Hall 512", {
                    hours: "academic",
                    reports: [
                      role("Professor", "History", 3, "Humanities Hall 5th floor", {
                        hours: "academic",
                      }),
                    ],
                  }),
                  role("Chair, Department of Psychology", "Psychology", 1, "Humanities Hall 230", {
                    hours: "academic",
                    reports: [
                      role("Professor", "Psychology", 3, "Humanities Hall 2nd floor", {
                        hours: "academic",
                      }),
                      role("Assistant Professor", "Psychology", 2, "Humanities Hall 2nd floor", {
                        hours: "academic",
                      }),
                    ],
                  }),
                  role(
                    "Directrice, Département d'études françaises",
                    "Études françaises",
                    1,
                    "Humanities Hall 340",
                    {
                      hours: "academic",
                      frenchShare: 1,
                      people: [
                        {
                          givenName: "Renée",
                          surname: "Côté-Lévesque",
                          alias: "renee.cote-levesque",
                        },
                      ],
                      reports: [
                        role("Professeur·e", "Études françaises", 3, "Humanities Hall 3rd floor", {
                          hours: "academic",
                          frenchShare: 1,
                        }),
                      ],
                    },
                  ),
                ],
              }),
              role("Dean, Faculty of Business", "Faculty of Business", 1, "Commerce Building 700", {
                hours: "academic",
                reports: [
                  role("Professor", "Business", 4, "Commerce Building 6th floor", {
                    hours: "academic",
                  }),
                  role("Program Coordinator", "Business", 1, "Commerce Building 610"),
                ],
              }),
              role(
                "Dean, Faculty of Health Sciences",
                "Faculty of Health Sciences",
                1,
                "Health Sciences Centre 800",
                {
                  hours: "academic",
                  reports: [
                    role("Chair, School of Nursing", "Nursing", 1, "Health Sciences Centre 320", {
                      hours: "academic",
                      reports: [
                        role("Professor", "Nursing", 3, "Health Sciences Centre 3rd floor", {
                          hours: "academic",
                        }),
                        role(
                          "Clinical Instructor",
                          "Nursing",
                          3,
                          "Health Sciences Centre 3rd floor",
                        ),
                      ],
                    }),
                  ],
                },
              ),
              role("University Librarian", "Library", 1, "Main Library 100", {
                reports: [
                  role("Librarian", "Library", 4, "Main Library 1st floor"),
                  role("Library Technician", "Library", 2, "Main Library circulation desk"),
                ],
              }),
              role("Registrar", "Office of the Registrar", 1, "Founders Hall 120", {
                reports: [
                  role(
                    "Admissions Officer",
                    "Office of the Registrar",
                    3,
                    "Founders Hall 1st floor",
                  ),
                  role(
                    "Records Coordinator",
                    "Office of the Registrar",
                    2,
                    "Founders Hall 1st floor",
                  ),
                ],
              }),
              role(
                "Director, Vancouver Learning Centre",
                "Vancouver Learning Centre",
                1,
                "Vancouver Learning Centre 200",
                {
                  site: "vancouver",
                  reports: [
                    role(
                      "Program Manager",
                      "Vancouver Learning Centre",
                      2,
                      "Vancouver Learning Centre 2nd floor",
                    ),
                    role(
                      "Sessional Instructor",
                      "Vancouver Learning Centre",
                      3,
                      "Vancouver Learning Centre 2nd floor",
                      {
                        hours: "academic",
                      },
                    ),
                  ],
                },
              ),
            ],
          },
        ),
        role(
          "Vice-President, Students",
          "Office of the Vice-President, Students",
          1,
          "Student Centre 300",
          {
            reports: [
              role("Director, Career Centre", "Career Centre", 1, "Student Centre 210", {
                people: [
                  { givenName: "Jean-François", surname: "Bélanger", preferredLanguage: "fr-CA" },
                ],
                reports: [
                  role(
                    "Associate Director, Career Education",
                    "Career Centre",
                    1,
                    "Student Centre 212",
                    {
                      people: [{ givenName: "Hannah", surname: "Whitfield" }],
                      reports: [
                        role("Career Advisor", "Career Centre", 6, "Student Centre 2nd floor", {
                          people: [
                            { givenName: "Maya", surname: "Okafor" },
                            { givenName: "Tanis", surname: "Cardinal" },
                            {
                              givenName: "Mathieu",
                              surname: "Gauthier",
                              preferredLanguage: "fr-CA",
                            },
                          ],
                        }),
                        role(
                          "Employer Relations Coordinator",
                          "Career Centre",
                          2,
                          "Student Centre 2nd floor",
                        ),
                        role("Program Assistant", "Career Centre", 1, "Student Centre 201"),
                      ],
                    },
                  ),
                  role("Manager, Experiential Learning", "Career Centre", 1, "Student Centre 220", {
                    reports: [
                      role("Co-op Coordinator", "Career Centre", 3, "Student Centre 2nd floor"),
                      role("Peer Career Educator", "Career Centre", 6, "Student Centre 2nd floor", {
                        hours: "student",
                      }),
                    ],
                  }),
                ],
              }),
              role("Director, Student Wellness", "Student Wellness", 1, "Wellness Centre 100", {
                reports: [role("Counsellor", "Student Wellness", 4, "Wellness Centre 1st floor")],
              }),
              role(
                "Director, International Student Services",
                "International Student Services",
                1,
                "Student Centre 150",
                {
                  reports: [
                    role(
                      "International Student Advisor",
                      "International Student Services",
                      3,
                      "Student Centre 1st floor",
                    ),
                  ],
                },
              ),
            ],
          },
        ),
        role(
          "Vice-President, Finance and Operations",
          "Finance and Operations",
          1,
          "Founders Hall 420",
          {
            reports: [
              role("Director, IT Services", "IT Services", 1, "Innovation Centre 110", {
                reports: [
                  role("Systems Analyst", "IT Services", 4, "Innovation Centre 1st floor"),
                  role("Service Desk Analyst", "IT Services", 3, "Innovation Centre 1st floor"),
                  // A test account whose name would break any page that builds HTML from text.
                  role("Test account", "IT Services", 1, "Innovation Centre 1st floor", {
                    people: [
                      {
                        givenName: "Sam",
                        surname: "Lee",
                        displayName: '<b>Sam</b> Lee & "Co"',
                        alias: "test.htmlname",
                      },
                    ],
                  }),
                ],
              }),
            ],
          },
        ),
      ],
    }),
    role("Student", "Biology", 7, "", {
      hours: "student",
      people: [
        { givenName: "Avery", surname: "Chen" },
        { givenName: "Jordan", surname: "Nanibush" },
      ],
    }),
    role("Student", "Computer Science", 5, "", { hours: "student" }),
    role("Student", "Psychology", 4, "", { hours: "student" }),
    role("Student", "Business", 4, "", { hours: "student" }),
    role("Student", "Nursing", 3, "", { hours: "student" }),
    role("Student", "History", 2, "", { hours: "student" }),
  ],
};

/** A teaching hospital where nursing and biology graduates start. */
const hospital: OrganisationSpec = {
  companyName: "Lakeshore General Hospital",
  domain: "lakeshorehealth.example",
  site: "toronto",
  roots: [
    role("President and CEO", "Executive Office", 1, "Administration Wing A400", {
      reports: [
        role("Chief of Staff", "Medical Affairs", 1, "Administration Wing A410", {
          reports: [
            role("Chief, Department of Medicine", "Medicine", 1, "Tower B 5th floor", {
              reports: [role("Physician", "Medicine", 5, "Tower B 5th floor")],
            }),
          ],
        }),
        role("Chief Nursing Executive", "Nursing", 1, "Administration Wing A420", {
          reports: [
            role("Nurse Manager, Emergency", "Emergency", 1, "Emergency Department", {
              reports: [
                role("Registered Nurse", "Emergency", 12, "Emergency Department", {
                  hours: "shift",
                  people: [
                    {
                      givenName: "Zoë",
                      surname: "O'Brien",
                      alias: "zoe.obrien",
                      // Weekday days this term, so students can find a time with her.
                      workingDay: {
                        days: ["monday", "tuesday", "wednesday", "thursday"],
                        startMinutes: 450,
                        endMinutes: 930,
                      },
                    },
                  ],
                }),
              ],
            }),
            role("Nurse Manager, Paediatrics", "Paediatrics", 1, "Tower C 3rd floor", {
              reports: [
                role("Registered Nurse", "Paediatrics", 5, "Tower C 3rd floor", { hours: "shift" }),
              ],
            }),
          ],
        }),
        role("Director, Laboratory Medicine", "Laboratory Medicine", 1, "Tower A lower level", {
          reports: [
            role(
              "Medical Laboratory Technologist",
              "Laboratory Medicine",
              4,
              "Tower A lower level",
            ),
          ],
        }),
        role("Director, Pharmacy", "Pharmacy", 1, "Tower A 1st floor", {
          reports: [role("Pharmacist", "Pharmacy", 3, "Tower A 1st floor")],
        }),
        role("Director, Human Resources", "Human Resources", 1, "Administration Wing A200", {
          reports: [
            role("HR Business Partner", "Human Resources", 2, "Administration Wing A200"),
            role("Talent Acquisition Specialist", "Human Resources", 1, "Administration Wing A200"),
          ],
        }),
      ],
    }),
  ],
};

/** A bank headquartered in Halifax, with offices in Toronto, London and Singapore. */
const bank: OrganisationSpec = {
  companyName: "Harbour Bank",
  domain: "harbourbank.example",
  site: "halifax",
  roots: [
    role("President and CEO", "Executive Office", 1, "Harbour Tower 30th floor", {
      reports: [
        role("Chief Risk Officer", "Risk Management", 1, "Harbour Tower 28th floor", {
          reports: [role("Risk Analyst", "Risk Management", 4, "Harbour Tower 28th floor")],
        }),
        role("Head of Retail Banking", "Retail Banking", 1, "Harbour Tower 25th floor", {
          reports: [
            role("Branch Manager", "Retail Banking", 3, "Spring Garden Road branch", {
              reports: [
                role("Financial Advisor", "Retail Banking", 6, "Spring Garden Road branch"),
              ],
            }),
          ],
        }),
        role("Managing Director, London", "Capital Markets", 1, "1 Finsbury Square, 9th floor", {
          site: "london",
          reports: [
            role("Investment Analyst", "Capital Markets", 4, "1 Finsbury Square, 9th floor"),
            role("Compliance Officer", "Compliance", 2, "1 Finsbury Square, 8th floor"),
          ],
        }),
        role(
          "Managing Director, Singapore",
          "Asia-Pacific",
          1,
          "Marina Bay Financial Centre, Tower 2",
          {
            site: "singapore",
            reports: [
              role(
                "Relationship Manager",
                "Asia-Pacific",
                4,
                "Marina Bay Financial Centre, Tower 2",
              ),
              role("Operations Analyst", "Asia-Pacific", 3, "Marina Bay Financial Centre, Tower 2"),
            ],
          },
        ),
        role("Chief Technology Officer", "Technology", 1, "King Street West 14th floor", {
          site: "toronto",
          reports: [
            role("Software Developer", "Technology", 5, "King Street West 14th floor"),
            role("Data Scientist", "Technology", 3, "King Street West 14th floor"),
          ],
        }),
        role("Head of Human Resources", "Human Resources", 1, "Harbour Tower 22nd floor", {
          reports: [role("HR Advisor", "Human Resources", 2, "Harbour Tower 22nd floor")],
        }),
      ],
    }),
  ],
};

/** A software company in Vancouver with an office in Singapore. */
const software: OrganisationSpec = {
  companyName: "Cedarline Software",
  domain: "cedarline.example",
  site: "vancouver",
  roots: [
    role("Chief Executive Officer", "Executive", 1, "Gastown office, 4th floor", {
      reports: [
        role("Vice-President, Engineering", "Engineering", 1, "Gastown office, 3rd floor", {
          reports: [
            role("Engineering Manager", "Engineering", 3, "Gastown office, 3rd floor", {
              reports: [
                role("Software Engineer", "Engineering", 12, "Gastown office, 3rd floor"),
                role("Quality Assurance Analyst", "Engineering", 3, "Gastown office, 3rd floor"),
              ],
            }),
          ],
        }),
        role("Vice-President, Product", "Product", 1, "Gastown office, 4th floor", {
          reports: [
            role("Product Manager", "Product", 3, "Gastown office, 4th floor"),
            role("UX Designer", "Design", 3, "Gastown office, 4th floor"),
          ],
        }),
        role("Director, Asia-Pacific", "Asia-Pacific", 1, "One-North, Singapore", {
          site: "singapore",
          reports: [
            role("Solutions Engineer", "Asia-Pacific", 3, "One-North, Singapore"),
            role("Customer Success Manager", "Asia-Pacific", 2, "One-North, Singapore"),
          ],
        }),
        role("Head of People", "People", 1, "Gastown office, 4th floor", {
          reports: [role("Technical Recruiter", "People", 2, "Gastown office, 4th floor")],
        }),
      ],
    }),
  ],
};

/** A city government near campus. */
const city: OrganisationSpec = {
  companyName: "City of Fairhaven",
  domain: "fairhaven.example",
  site: "toronto",
  roots: [
    role("City Manager", "Office of the City Manager", 1, "City Hall, 5th floor", {
      reports: [
        role("Director, Planning", "Planning", 1, "City Hall, 3rd floor", {
          reports: [role("Urban Planner", "Planning", 4, "City Hall, 3rd floor")],
        }),
        role("Director, Public Works", "Public Works", 1, "Operations Centre", {
          reports: [
            role("Civil Engineer", "Public Works", 3, "Operations Centre"),
            role("Project Coordinator", "Public Works", 2, "Operations Centre"),
          ],
        }),
        role("Director, Community Services", "Community Services", 1, "City Hall, 2nd floor", {
          reports: [
            role("Recreation Coordinator", "Community Services", 3, "Fairhaven Community Centre"),
            role("Community Development Officer", "Community Services", 2, "City Hall, 2nd floor"),
          ],
        }),
        role("City Clerk", "Clerk's Office", 1, "City Hall, 1st floor", {
          reports: [
            role("Deputy Clerk", "Clerk's Office", 1, "City Hall, 1st floor"),
            role("Policy Analyst", "Clerk's Office", 3, "City Hall, 1st floor"),
          ],
        }),
        role("Director, Human Resources", "Human Resources", 1, "City Hall, 4th floor", {
          reports: [role("HR Generalist", "Human Resources", 2, "City Hall, 4th floor")],
        }),
      ],
    }),
  ],
};

/** A community non-profit in Halifax. */
const nonProfit: OrganisationSpec = {
  companyName: "Open Doors Community Services",
  domain: "opendoors.example",
  site: "halifax",
  roots: [
    role("Executive Director", "Leadership", 1, "Gottingen Street office", {
      reports: [
        role("Program Director", "Programs", 1, "Gottingen Street office", {
          reports: [
            role("Case Worker", "Programs", 4, "Gottingen Street office"),
            role("Youth Worker", "Programs", 3, "North End youth hub"),
          ],
        }),
        role("Volunteer Coordinator", "Programs", 1, "Gottingen Street office"),
        role("Development Manager", "Fund Development", 1, "Gottingen Street office", {
          reports: [
            role("Grant Writer", "Fund Development", 1, "Gottingen Street office"),
            role("Communications Officer", "Fund Development", 1, "Gottingen Street office"),
          ],
        }),
        role("Finance Manager", "Finance", 1, "Gottingen Street office"),
      ],
    }),
  ],
};

/** Every organisation of the demo tenant, the university first. */
export const ORGANISATIONS: readonly OrganisationSpec[] = [
  northfield,
  hospital,
  bank,
  software,
  city,
  nonProfit,
];
