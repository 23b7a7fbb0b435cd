// Dates as the seed page prints them (24/07/2025), money from minor units.

export function dayMonthYear(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

export function money(minorUnits: number, currency: string | null): string {
  const major = minorUnits / 100;
  if (!currency) return major.toFixed(2);
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency }).format(major);
  } catch {
    return `${major.toFixed(2)} ${currency}`;
  }
}
