// Dates and times in running text: absolute, relative, weekdays, years and clock times.
export { findDates, findYears } from "./find-dates";
export { findAbsoluteDates } from "./absolute-dates";
export { findTimes } from "./times";
