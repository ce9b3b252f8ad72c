// News outlets and agencies whose name alone often heads a pasted article ("Bloomberg").
// Matched case-insensitively against a whole header line.
export const OUTLETS: readonly string[] = [
  "ABC News", "Agence France-Presse", "AFP", "Al Jazeera", "AP", "Associated Press", "Axios", "BBC", "BBC News",
  "Bloomberg", "Bloomberg News", "CBC", "CBS News", "CNBC", "CNN", "Deutsche Welle", "DW", "Financial Times",
  "Fox News", "Los Angeles Times", "NBC News", "NPR", "New York Times", "The New York Times", "PBS", "PBS NewsHour",
  "Politico", "ProPublica", "Reuters", "Sky News", "The Atlantic", "The Economist", "The Guardian", "The Hill",
  "The Washington Post", "Washington Post", "The Wall Street Journal", "Wall Street Journal", "USA Today", "Time",
  "Voice of America", "VOA", "VOA News", "Xinhua", "Yonhap", "Kyodo News", "The Independent", "The Times",
];

/** A last word that marks a line as an outlet's name ("Springfield Gazette"). */
export const OUTLET_SUFFIXES: readonly string[] = [
  "News", "Times", "Post", "Press", "Journal", "Herald", "Tribune", "Gazette", "Chronicle", "Guardian",
  "Telegraph", "Observer", "Review", "Magazine", "Agency", "Wire", "Radio", "Network", "Daily", "Bulletin",
  "Courier", "Dispatch", "Examiner", "Inquirer", "Register", "Sentinel", "Star", "Globe", "Record", "NewsHour",
];

export const MONTHS: readonly string[] = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];
