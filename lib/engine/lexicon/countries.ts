// Countries with the other words that name them: aliases and acronyms, demonyms, and the
// capital cities newsrooms use for their governments ("Moscow said"). Plus well-known
// places that are not countries (US states, big cities, regions). Data only; the rules that
// use it live in analyze/entities. Matching is case-sensitive except where noted there.

export interface CountryEntry {
  /** Canonical name, as a group's `name`. */
  name: string;
  /** Other names and acronyms ("US", "U.S.", "America"). */
  aliases?: readonly string[];
  /** Adjectives and nouns for its people, singular and plural ("Russian", "Russians"). */
  demonyms?: readonly string[];
  /** Capital (or seat of government) used as a metonym for the government. */
  capitals?: readonly string[];
}

// Plural demonyms are generated for words ending in -an/-i (Russian → Russians), so only
// irregular plurals are listed.
export const COUNTRIES: readonly CountryEntry[] = [
  { name: "United States", aliases: ["US", "U.S.", "USA", "U.S.A.", "United States of America", "America"], demonyms: ["American"], capitals: ["Washington"] },
  { name: "Russia", aliases: ["Russian Federation"], demonyms: ["Russian"], capitals: ["Moscow", "Kremlin"] },
  { name: "China", aliases: ["People's Republic of China", "People’s Republic of China", "PRC"], demonyms: ["Chinese"], capitals: ["Beijing"] },
  { name: "North Korea", aliases: ["N. Korea", "DPRK", "Democratic People's Republic of Korea", "Democratic People’s Republic of Korea"], demonyms: ["North Korean", "N. Korean"], capitals: ["Pyongyang"] },
  { name: "South Korea", aliases: ["S. Korea", "Republic of Korea"], demonyms: ["South Korean", "S. Korean"], capitals: ["Seoul"] },
  { name: "Japan", demonyms: ["Japanese"], capitals: ["Tokyo"] },
  { name: "United Kingdom", aliases: ["UK", "U.K.", "Britain", "Great Britain"], demonyms: ["British", "Briton"], capitals: ["London", "Downing Street"] },
  { name: "France", demonyms: ["French", "Frenchman", "Frenchwoman"], capitals: ["Paris", "Elysee", "Élysée"] },
  { name: "Germany", demonyms: ["German"], capitals: ["Berlin"] },
  { name: "Italy", demonyms: ["Italian"], capitals: ["Rome"] },
  { name: "Spain", demonyms: ["Spanish", "Spaniard"], capitals: ["Madrid"] },
  { name: "Portugal", demonyms: ["Portuguese"], capitals: ["Lisbon"] },
  { name: "Netherlands", aliases: ["Holland"], demonyms: ["Dutch"], capitals: ["The Hague"] },
  { name: "Belgium", demonyms: ["Belgian"], capitals: ["Brussels"] },
  { name: "Switzerland", demonyms: ["Swiss"], capitals: ["Bern"] },
  { name: "Austria", demonyms: ["Austrian"], capitals: ["Vienna"] },
  { name: "Sweden", demonyms: ["Swedish", "Swede"], capitals: ["Stockholm"] },
  { name: "Norway", demonyms: ["Norwegian"], capitals: ["Oslo"] },
  { name: "Denmark", demonyms: ["Danish", "Dane"], capitals: ["Copenhagen"] },
  { name: "Finland", demonyms: ["Finnish", "Finn"], capitals: ["Helsinki"] },
  { name: "Poland", demonyms: ["Polish", "Pole"], capitals: ["Warsaw"] },
  { name: "Ukraine", demonyms: ["Ukrainian"], capitals: ["Kyiv", "Kiev"] },
  { name: "Belarus", demonyms: ["Belarusian"], capitals: ["Minsk"] },
  { name: "Greece", demonyms: ["Greek"], capitals: ["Athens"] },
  { name: "Turkey", aliases: ["Türkiye"], demonyms: ["Turkish", "Turk"], capitals: ["Ankara"] },
  { name: "Ireland", demonyms: ["Irish"], capitals: ["Dublin"] },
  { name: "Hungary", demonyms: ["Hungarian"], capitals: ["Budapest"] },
  { name: "Romania", demonyms: ["Romanian"], capitals: ["Bucharest"] },
  { name: "Serbia", demonyms: ["Serbian", "Serb"], capitals: ["Belgrade"] },
  { name: "Czech Republic", aliases: ["Czechia"], demonyms: ["Czech"], capitals: ["Prague"] },
  { name: "Canada", demonyms: ["Canadian"], capitals: ["Ottawa"] },
  { name: "Mexico", demonyms: ["Mexican"], capitals: ["Mexico City"] },
  { name: "Cuba", demonyms: ["Cuban"], capitals: ["Havana"] },
  { name: "Venezuela", demonyms: ["Venezuelan"], capitals: ["Caracas"] },
  { name: "Colombia", demonyms: ["Colombian"], capitals: ["Bogota", "Bogotá"] },
  { name: "Brazil", demonyms: ["Brazilian"], capitals: ["Brasilia", "Brasília"] },
  { name: "Argentina", demonyms: ["Argentine", "Argentinian"], capitals: ["Buenos Aires"] },
  { name: "Chile", demonyms: ["Chilean"], capitals: ["Santiago"] },
  { name: "Peru", demonyms: ["Peruvian"], capitals: ["Lima"] },
  { name: "El Salvador", demonyms: ["Salvadoran", "Salvadorean"], capitals: ["San Salvador"] },
  { name: "Guatemala", demonyms: ["Guatemalan"], capitals: ["Guatemala City"] },
  { name: "Honduras", demonyms: ["Honduran"], capitals: ["Tegucigalpa"] },
  { name: "Nicaragua", demonyms: ["Nicaraguan"], capitals: ["Managua"] },
  { name: "Haiti", demonyms: ["Haitian"] },
  { name: "Iran", aliases: ["Islamic Republic of Iran"], demonyms: ["Iranian"], capitals: ["Tehran"] },
  { name: "Iraq", demonyms: ["Iraqi"], capitals: ["Baghdad"] },
  { name: "Syria", demonyms: ["Syrian"], capitals: ["Damascus"] },
  { name: "Israel", demonyms: ["Israeli"], capitals: ["Jerusalem"] },
  { name: "Palestine", aliases: ["Palestinian Territories"], demonyms: ["Palestinian"] },
  { name: "Lebanon", demonyms: ["Lebanese"], capitals: ["Beirut"] },
  { name: "Jordan", demonyms: ["Jordanian"], capitals: ["Amman"] },
  { name: "Saudi Arabia", demonyms: ["Saudi"], capitals: ["Riyadh"] },
  { name: "Yemen", demonyms: ["Yemeni"], capitals: ["Sanaa"] },
  { name: "Qatar", demonyms: ["Qatari"], capitals: ["Doha"] },
  { name: "United Arab Emirates", aliases: ["UAE", "U.A.E."], demonyms: ["Emirati"], capitals: ["Abu Dhabi"] },
  { name: "Egypt", demonyms: ["Egyptian"], capitals: ["Cairo"] },
  { name: "Libya", demonyms: ["Libyan"], capitals: ["Tripoli"] },
  { name: "Tunisia", demonyms: ["Tunisian"], capitals: ["Tunis"] },
  { name: "Algeria", demonyms: ["Algerian"], capitals: ["Algiers"] },
  { name: "Morocco", demonyms: ["Moroccan"], capitals: ["Rabat"] },
  { name: "Sudan", demonyms: ["Sudanese"], capitals: ["Khartoum"] },
  { name: "South Sudan", demonyms: ["South Sudanese"], capitals: ["Juba"] },
  { name: "Ethiopia", demonyms: ["Ethiopian"], capitals: ["Addis Ababa"] },
  { name: "Somalia", demonyms: ["Somali"], capitals: ["Mogadishu"] },
  { name: "Kenya", demonyms: ["Kenyan"], capitals: ["Nairobi"] },
  { name: "Uganda", demonyms: ["Ugandan"], capitals: ["Kampala"] },
  { name: "Nigeria", demonyms: ["Nigerian"], capitals: ["Abuja"] },
  { name: "Ghana", demonyms: ["Ghanaian"], capitals: ["Accra"] },
  { name: "Chad", demonyms: ["Chadian"], capitals: ["N'Djamena"] },
  { name: "Mali", demonyms: ["Malian"], capitals: ["Bamako"] },
  { name: "Niger", capitals: ["Niamey"] },
  { name: "Democratic Republic of Congo", aliases: ["DRC", "Democratic Republic of the Congo"], demonyms: ["Congolese"], capitals: ["Kinshasa"] },
  { name: "South Africa", demonyms: ["South African"], capitals: ["Pretoria"] },
  { name: "Zimbabwe", demonyms: ["Zimbabwean"], capitals: ["Harare"] },
  { name: "Afghanistan", demonyms: ["Afghan"], capitals: ["Kabul"] },
  { name: "Pakistan", demonyms: ["Pakistani"], capitals: ["Islamabad"] },
  { name: "India", demonyms: ["Indian"], capitals: ["New Delhi"] },
  { name: "Bangladesh", demonyms: ["Bangladeshi"], capitals: ["Dhaka"] },
  { name: "Sri Lanka", demonyms: ["Sri Lankan"], capitals: ["Colombo"] },
  { name: "Nepal", demonyms: ["Nepali", "Nepalese"], capitals: ["Kathmandu"] },
  { name: "Myanmar", aliases: ["Burma"], demonyms: ["Burmese"], capitals: ["Naypyidaw"] },
  { name: "Thailand", demonyms: ["Thai"], capitals: ["Bangkok"] },
  { name: "Vietnam", demonyms: ["Vietnamese"], capitals: ["Hanoi"] },
  { name: "Cambodia", demonyms: ["Cambodian"], capitals: ["Phnom Penh"] },
  { name: "Laos", demonyms: ["Laotian"], capitals: ["Vientiane"] },
  { name: "Malaysia", demonyms: ["Malaysian"], capitals: ["Kuala Lumpur"] },
  { name: "Singapore", demonyms: ["Singaporean"] },
  { name: "Indonesia", demonyms: ["Indonesian"], capitals: ["Jakarta"] },
  { name: "Philippines", demonyms: ["Filipino", "Filipina", "Philippine"], capitals: ["Manila"] },
  { name: "Taiwan", demonyms: ["Taiwanese"], capitals: ["Taipei"] },
  { name: "Mongolia", demonyms: ["Mongolian"], capitals: ["Ulaanbaatar"] },
  { name: "Kazakhstan", demonyms: ["Kazakh"], capitals: ["Astana"] },
  { name: "Australia", demonyms: ["Australian"], capitals: ["Canberra"] },
  { name: "New Zealand", demonyms: ["New Zealander"], capitals: ["Wellington"] },
];

/** Demonyms shared by several countries: never mapped to one ("Korean"). */
export const AMBIGUOUS_DEMONYMS: readonly string[] = ["Korean", "Koreans", "Arab", "Arabs", "Latino", "Latina", "Hispanic"];

/** US states: places, never countries. Georgia and Washington are left to context elsewhere. */
export const US_STATES: readonly string[] = [
  "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
  "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
  "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
  "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
  "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
  "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming", "Puerto Rico", "Guam",
];

/** Cities, regions and landmarks often in the news that are not capitals listed above. */
export const WELL_KNOWN_PLACES: readonly string[] = [
  "New York City", "Los Angeles", "Chicago", "Houston", "Phoenix", "Philadelphia", "San Antonio", "San Diego",
  "Dallas", "San Francisco", "Seattle", "Boston", "Atlanta", "Miami", "Detroit", "Denver", "Baltimore",
  "Las Vegas", "Silicon Valley", "Wall Street", "Capitol Hill", "Manhattan", "Brooklyn", "Hong Kong", "Shanghai",
  "Osaka", "Busan", "St. Petersburg", "Geneva", "Davos", "Munich", "Frankfurt", "Barcelona", "Milan", "Istanbul",
  "Dubai", "Mumbai", "Sydney", "Melbourne", "Toronto", "Vancouver", "Montreal", "Gaza", "West Bank", "Crimea",
  "Donbas", "Kashmir", "Tibet", "Xinjiang", "Europe", "Asia", "Africa", "Latin America", "South America",
  "North America", "Central America", "Middle East", "Korean Peninsula", "Korean peninsula", "Persian Gulf",
  "Gulf of Mexico", "Pacific", "Atlantic", "Arctic", "Antarctica", "Caribbean", "Balkans", "Scandinavia",
  "Southeast Asia", "East Asia", "South China Sea", "Taiwan Strait", "Mediterranean", "Sahel", "Horn of Africa",
];
