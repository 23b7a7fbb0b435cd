// One <img> from the API's image object: dimensions, alt, srcset and sizes as sent, its dominant
// colour behind it while it loads, caption and credit beneath.
import type { components } from "../../typescript/src/index";
import { base } from "./api";
import { h } from "./dom";

type ResponsiveImage = components["schemas"]["ResponsiveImage"];

/** Image URLs are the API's own paths; a front end on another origin prefixes the API's base. */
const absolute = (url: string) => (url.startsWith("/") ? base + url : url);

export function picture(image: ResponsiveImage | null | undefined, options: { eager?: boolean; caption?: boolean } = {}): HTMLElement | null {
  if (!image) return null;
  const img = h("img", {
    src: absolute(image.url),
    srcset: image.srcset.split(", ").map((entry) => absolute(entry)).join(", "),
    sizes: image.sizes,
    width: String(image.width),
    height: String(image.height),
    alt: image.alt ?? "",
    loading: options.eager ? "eager" : "lazy",
    decoding: "async",
    style: `background-color: ${image.placeholder.color}; object-position: ${image.focalPoint.x * 100}% ${image.focalPoint.y * 100}%`,
  });
  const notes = [image.caption, image.credit ? `Photo: ${image.credit}` : null].filter(Boolean).join(" · ");
  return h("figure", { class: "picture" }, img, options.caption && notes ? h("figcaption", {}, notes) : null);
}
