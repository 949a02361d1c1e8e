/** Fills {name} placeholders of a translated message. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** A day as YYYY-MM-DD in the reader's own time zone (toISOString would give the UTC day). */
export function dayOf(date: Date | string): string {
  const day = new Date(date);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}
