import { createContentApiClient, type Site } from "../../typescript/src/index";

// The page's own origin serves the API; a <meta name="contentapi-base"> may point elsewhere.
export const base = document.querySelector<HTMLMetaElement>('meta[name="contentapi-base"]')?.content ?? "";

export const api = createContentApiClient(base);

let site: Promise<Site | null> | undefined;

/** The site settings, fetched once per page. */
export function siteSettings(): Promise<Site | null> {
  site ??= api.GET("/api/v1/site").then(({ data }) => data ?? null);
  return site;
}

/** Thrown for an answer the page cannot show; 404s are shown as the not-found page. */
export class ApiError extends Error {
  constructor(readonly status: number, detail: string | null | undefined) {
    super(detail ?? `The API answered ${status}.`);
  }
}

export function failure(response: Response, error: unknown): ApiError {
  const detail = typeof error === "object" && error !== null ? (error as { detail?: string | null }).detail : null;
  return new ApiError(response.status, detail);
}
