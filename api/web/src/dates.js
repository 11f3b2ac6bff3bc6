// How an event's date is said: the day when known, otherwise the precision and the bounds we have.

/** The long form, for event lists: "2025-08-08", "2025-08 (day unknown)", "undated, not after 2025-08-08". */
export function dateLabel(event) {
  if (event.date) {
    if (event.date_precision === "month") return `${event.date.slice(0, 7)} (day unknown)`;
    if (event.date_precision === "year") return `${event.date.slice(0, 4)} (month unknown)`;
    return event.date;
  }
  const bounds = [];
  if (event.not_before) bounds.push(`not before ${event.not_before}`);
  if (event.not_after) bounds.push(`not after ${event.not_after}`);
  return ["undated", ...bounds].join(", ");
}

/** The short form, for chain hops: "2025-08-08", "≤ 2025-08-08", "≥ 2025-08-01", "2025-08-01 – 2025-08-08". */
export function shortDateLabel(event) {
  if (event.date) return dateLabel(event);
  if (event.not_before && event.not_after) return `${event.not_before} – ${event.not_after}`;
  if (event.not_after) return `≤ ${event.not_after}`;
  if (event.not_before) return `≥ ${event.not_before}`;
  return "undated";
}
