// Organizations: a modest list of well-known bodies with their other names, and the head
// words that give an unknown name the shape of an organization ("Brookings Institution")
// or a place ("Arlington National Cemetery"). Data only; rules live in analyze/entities.

export interface OrganizationEntry {
  /** Canonical name, as a group's `name`. */
  name: string;
  /** Other names; all-capital entries are acronyms and match case-sensitively. */
  aliases?: readonly string[];
}

export const ORGANIZATIONS: readonly OrganizationEntry[] = [
  { name: "United Nations", aliases: ["UN", "U.N."] },
  { name: "United Nations Security Council", aliases: ["UN Security Council", "U.N. Security Council", "Security Council", "UNSC"] },
  { name: "United Nations General Assembly", aliases: ["UN General Assembly", "U.N. General Assembly", "General Assembly"] },
  { name: "NATO", aliases: ["North Atlantic Treaty Organization"] },
  { name: "European Union", aliases: ["EU", "E.U."] },
  { name: "European Commission" },
  { name: "World Health Organization", aliases: ["WHO"] },
  { name: "World Trade Organization", aliases: ["WTO"] },
  { name: "International Monetary Fund", aliases: ["IMF"] },
  { name: "World Bank" },
  { name: "International Atomic Energy Agency", aliases: ["IAEA"] },
  { name: "International Criminal Court", aliases: ["ICC"] },
  { name: "Red Cross", aliases: ["International Committee of the Red Cross", "ICRC"] },
  { name: "Amnesty International" },
  { name: "Human Rights Watch" },
  { name: "OPEC" },
  { name: "African Union" },
  { name: "Group of Seven", aliases: ["G7", "G-7"] },
  { name: "Group of 20", aliases: ["G20", "G-20"] },
  { name: "Islamic State", aliases: ["ISIS", "ISIL"] },
  { name: "Taliban" },
  { name: "Hamas" },
  { name: "Hezbollah" },
  { name: "al-Qaida", aliases: ["al-Qaeda", "al Qaeda"] },
  // United States government.
  { name: "White House" },
  { name: "Pentagon", aliases: ["Defense Department", "Department of Defense"] },
  { name: "State Department", aliases: ["Department of State"] },
  { name: "Justice Department", aliases: ["Department of Justice", "DOJ", "DoJ"] },
  { name: "Department of Homeland Security", aliases: ["Homeland Security Department", "DHS"] },
  { name: "Treasury Department", aliases: ["Treasury", "Department of the Treasury"] },
  { name: "Congress" },
  { name: "Senate" },
  { name: "House of Representatives", aliases: ["House"] },
  { name: "Supreme Court" },
  { name: "FBI", aliases: ["Federal Bureau of Investigation"] },
  { name: "CIA", aliases: ["Central Intelligence Agency"] },
  { name: "NSA", aliases: ["National Security Agency"] },
  { name: "Environmental Protection Agency", aliases: ["EPA"] },
  { name: "Federal Reserve", aliases: ["Fed"] },
  { name: "NASA" },
  { name: "Republican Party", aliases: ["Republicans", "GOP"] },
  { name: "Democratic Party", aliases: ["Democrats"] },
  // Media often quoted or credited.
  { name: "Associated Press", aliases: ["AP"] },
  { name: "Reuters" },
  { name: "Bloomberg", aliases: ["Bloomberg News"] },
  { name: "Voice of America", aliases: ["VOA", "VOA News"] },
  { name: "BBC" },
  { name: "CNN" },
  { name: "Fox News", aliases: ["Fox News Channel"] },
  { name: "Xinhua" },
  { name: "Twitter" },
  { name: "Facebook" },
];

/** Last words that make a capitalized name an organization ("Brookings Institution"). */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set(
  (
    "Institution Institute Center Centre Foundation Department Ministry Agency Council Committee Commission " +
    "Court Courts University College School Academy Association Union Party Bank Fund Organization Organisation " +
    "Corporation Company Co Inc Corp Ltd LLC Group Caucus Office Division Bureau Service Services Board Authority " +
    "Army Navy Corps Force Forces Police Guard Church Hospital Times News Post Channel Network Press Journal " +
    "Society Federation Alliance League Coalition Front Movement Assembly Parliament Congress Senate Cabinet " +
    "Administration Program Programme Project Trust Club Team Airlines Airways Motors Industries Holdings Partners " +
    "Laboratory Laboratories Lab Labs Museum Library Observatory Secretariat Tribunal Chamber Federation Cakeshop"
  ).split(" "),
);

/** Last words that make a capitalized name a place ("Arlington National Cemetery"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set(
  (
    "Airport Station Bridge Park Square Street Avenue Road Boulevard Highway Cemetery Stadium Arena Hall " +
    "Building Tower Plaza Palace Castle Island Islands River Lake Mountain Mountains Valley Bay Sea Ocean Gulf " +
    "Strait Peninsula Desert Coast Beach Harbor Port County Province Region District State City Town Village " +
    "Base Camp Prison Border"
  ).split(" "),
);

/**
 * Last words of names that are neither people nor groups (laws, events, documents):
 * "First Amendment", "Affordable Care Act", "Memorial Day". They must never become people.
 */
export const THING_HEADS: ReadonlySet<string> = new Set(
  (
    "Act Acts Amendment Constitution Bill Law Code Treaty Accord Accords Agreement Pact Convention Charter " +
    "Declaration Doctrine Resolution Report Plan Policy Initiative Day Week Month Year Revolution War Wars " +
    "Summit Conference Games Olympics Cup Prize Award Awards Festival Show Series Tour Election Elections " +
    "Crisis Deal Rule Rules Tolerance Ban Order Protocol Strategy Budget Index Survey Award Era Age Spring"
  ).split(" "),
);

/**
 * Capitalized words that never start or belong to a personal name although they are
 * capitalized inside longer names ("National", "Federal", "First").
 */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    "National International Federal Central United New North South East West Northern Southern Eastern " +
    "Western Great Grand Royal Islamic Supreme High First Second Third Fourth Fifth Sixth Seventh Eighth " +
    "Ninth Tenth Civil Human Rights Public General Global World Foreign Homeland Security Affairs Justice " +
    "State States Republic Kingdom Democratic People Peoples American Social Economic Political Military " +
    "Air Free Freedom Press Tax Zero Deputy Chief Majority Minority Affordable Care Internet Online"
  ).split(" "),
);
