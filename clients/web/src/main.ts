// Query-string routes: /?article=, /?author=, /?tag=, /?q= and the home page; any other path is not found.
import { siteSettings } from "./api";
import { articlePage } from "./pages/article";
import { authorPage } from "./pages/author";
import { homePage, searchPage } from "./pages/home";
import { errorPage, notFoundPage } from "./pages/notFound";
import { tagPage } from "./pages/tag";

async function route(): Promise<void> {
  const query = new URLSearchParams(location.search);
  const article = query.get("article");
  const author = query.get("author");
  const tag = query.get("tag");
  const search = query.get("q");
  if (location.pathname !== "/" && location.pathname !== "/index.html") return notFoundPage();
  if (article) return articlePage(article);
  if (author) return authorPage(author, query);
  if (tag) return tagPage(tag, query);
  if (search?.trim()) return searchPage(query, search.trim());
  return homePage(query);
}

async function brand(): Promise<void> {
  const site = await siteSettings();
  const name = document.getElementById("site-name");
  if (site?.name && name) name.textContent = site.name;
  const box = document.querySelector<HTMLInputElement>("#search-box");
  const search = new URLSearchParams(location.search).get("q");
  if (box && search) box.value = search;
}

route().catch((error: unknown) => errorPage(error instanceof Error ? error.message : String(error)));
brand().catch(() => undefined);
