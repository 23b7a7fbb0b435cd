import { h, show } from "../dom";

export function notFoundPage(): void {
  show("Page not found",
    h("h1", {}, "Page not found"),
    h("p", {}, "There is no article, author or tag at this address. It may have been moved or unpublished."),
    h("p", {}, h("a", { href: "/" }, "Back to the latest articles")));
}

export function errorPage(message: string): void {
  show("Something went wrong",
    h("h1", {}, "Something went wrong"),
    h("p", { role: "alert" }, message),
    h("p", {}, h("a", { href: "/" }, "Back to the latest articles")));
}
