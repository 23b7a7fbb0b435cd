// The article's computed `seo` block. Servers before it existed send none, so it is read defensively
// and typed here by hand until openapi.json describes it.
import type { Article } from "./index";

export interface Seo {
  title: string;
  description: string | null;
  canonicalUrl: string | null;
  openGraph: Record<string, string | null> | null;
  twitter: Record<string, string | null> | null;
  jsonLd: Record<string, unknown> | null;
}

/** The article's `seo` object when the server sends one, else null. */
export function seoOf(article: Article): Seo | null {
  const seo: unknown = (article as { seo?: unknown }).seo;
  if (typeof seo !== "object" || seo === null) return null;
  const candidate = seo as Partial<Seo>;
  return typeof candidate.title === "string" ? (candidate as Seo) : null;
}
