// Due times as a student reads them. Formatted on the server, in the server's time zone
// (a school's server runs where the school is).
const FORMAT = new Intl.DateTimeFormat("en", { weekday: "short", month: "short", day: "numeric", hour: "numeric", minute: "2-digit" });

export function formatDue(ms: number): string {
  return FORMAT.format(new Date(ms));
}
