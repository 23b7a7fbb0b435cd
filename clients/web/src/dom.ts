// Builds DOM nodes from data: text always goes in as text, so API strings can never inject markup.
type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value != null) element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child != null && child !== false) element.append(child);
  }
  return element;
}

/** Search snippets are escaped HTML whose only markup is <mark>; anything else is kept as text. */
export function markedText(snippet: string): DocumentFragment {
  const template = document.createElement("template");
  template.innerHTML = snippet;
  const fragment = document.createDocumentFragment();
  for (const node of Array.from(template.content.childNodes)) {
    const text = node.textContent ?? "";
    fragment.append(node.nodeName === "MARK" ? h("mark", {}, text) : text);
  }
  return fragment;
}

/** Replaces the page's main content and its document title. */
export function show(title: string, ...content: Child[]): void {
  const main = document.getElementById("main");
  if (!main) return;
  main.replaceChildren(...content.filter((child): child is Node | string => child != null && child !== false));
  main.removeAttribute("aria-busy");
  document.title = title;
}
