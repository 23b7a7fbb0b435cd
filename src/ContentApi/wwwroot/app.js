var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);

// ../typescript/node_modules/openapi-fetch/dist/index.mjs
var PATH_PARAM_RE = /\{[^{}]+\}/g;
var supportsRequestInitExt = () => {
  return typeof process === "object" && Number.parseInt(process?.versions?.node?.substring(0, 2)) >= 18 && process.versions.undici;
};
function randomID() {
  return Math.random().toString(36).slice(2, 11);
}
function createClient(clientOptions) {
  let {
    baseUrl = "",
    Request: CustomRequest = globalThis.Request,
    fetch: baseFetch = globalThis.fetch,
    querySerializer: globalQuerySerializer,
    bodySerializer: globalBodySerializer,
    pathSerializer: globalPathSerializer,
    headers: baseHeaders,
    requestInitExt = void 0,
    ...baseOptions
  } = { ...clientOptions };
  requestInitExt = supportsRequestInitExt() ? requestInitExt : void 0;
  baseUrl = removeTrailingSlash(baseUrl);
  const globalMiddlewares = [];
  async function coreFetch(schemaPath, fetchOptions) {
    const {
      baseUrl: localBaseUrl,
      fetch = baseFetch,
      Request = CustomRequest,
      headers,
      params = {},
      parseAs = "json",
      querySerializer: requestQuerySerializer,
      bodySerializer = globalBodySerializer ?? defaultBodySerializer,
      pathSerializer: requestPathSerializer,
      body: body2,
      middleware: requestMiddlewares = [],
      ...init
    } = fetchOptions || {};
    let finalBaseUrl = baseUrl;
    if (localBaseUrl) {
      finalBaseUrl = removeTrailingSlash(localBaseUrl) ?? baseUrl;
    }
    let querySerializer = typeof globalQuerySerializer === "function" ? globalQuerySerializer : createQuerySerializer(globalQuerySerializer);
    if (requestQuerySerializer) {
      querySerializer = typeof requestQuerySerializer === "function" ? requestQuerySerializer : createQuerySerializer({
        ...typeof globalQuerySerializer === "object" ? globalQuerySerializer : {},
        ...requestQuerySerializer
      });
    }
    const pathSerializer = requestPathSerializer || globalPathSerializer || defaultPathSerializer;
    const serializedBody = body2 === void 0 ? void 0 : bodySerializer(
      body2,
      // Note: we declare mergeHeaders() both here and below because it’s a bit of a chicken-or-egg situation:
      // bodySerializer() needs all headers so we aren’t dropping ones set by the user, however,
      // the result of this ALSO sets the lowest-priority content-type header. So we re-merge below,
      // setting the content-type at the very beginning to be overwritten.
      // Lastly, based on the way headers work, it’s not a simple “present-or-not” check becauase null intentionally un-sets headers.
      mergeHeaders(baseHeaders, headers, params.header)
    );
    const finalHeaders = mergeHeaders(
      // with no body, we should not to set Content-Type
      serializedBody === void 0 || // if serialized body is FormData; browser will correctly set Content-Type & boundary expression
      serializedBody instanceof FormData ? {} : {
        "Content-Type": "application/json"
      },
      baseHeaders,
      headers,
      params.header
    );
    const finalMiddlewares = [...globalMiddlewares, ...requestMiddlewares];
    const requestInit = {
      redirect: "follow",
      ...baseOptions,
      ...init,
      body: serializedBody,
      headers: finalHeaders
    };
    let id;
    let options;
    let request = new Request(
      createFinalURL(schemaPath, { baseUrl: finalBaseUrl, params, querySerializer, pathSerializer }),
      requestInit
    );
    let response;
    for (const key in init) {
      if (!(key in request)) {
        request[key] = init[key];
      }
    }
    if (finalMiddlewares.length) {
      id = randomID();
      options = Object.freeze({
        baseUrl: finalBaseUrl,
        fetch,
        parseAs,
        querySerializer,
        bodySerializer,
        pathSerializer
      });
      for (const m of finalMiddlewares) {
        if (m && typeof m === "object" && typeof m.onRequest === "function") {
          const result = await m.onRequest({
            request,
            schemaPath,
            params,
            options,
            id
          });
          if (result) {
            if (result instanceof Request) {
              request = result;
            } else if (result instanceof Response) {
              response = result;
              break;
            } else {
              throw new Error("onRequest: must return new Request() or Response() when modifying the request");
            }
          }
        }
      }
    }
    if (!response) {
      try {
        response = await fetch(request, requestInitExt);
      } catch (error2) {
        let errorAfterMiddleware = error2;
        if (finalMiddlewares.length) {
          for (let i = finalMiddlewares.length - 1; i >= 0; i--) {
            const m = finalMiddlewares[i];
            if (m && typeof m === "object" && typeof m.onError === "function") {
              const result = await m.onError({
                request,
                error: errorAfterMiddleware,
                schemaPath,
                params,
                options,
                id
              });
              if (result) {
                if (result instanceof Response) {
                  errorAfterMiddleware = void 0;
                  response = result;
                  break;
                }
                if (result instanceof Error) {
                  errorAfterMiddleware = result;
                  continue;
                }
                throw new Error("onError: must return new Response() or instance of Error");
              }
            }
          }
        }
        if (errorAfterMiddleware) {
          throw errorAfterMiddleware;
        }
      }
      if (finalMiddlewares.length) {
        for (let i = finalMiddlewares.length - 1; i >= 0; i--) {
          const m = finalMiddlewares[i];
          if (m && typeof m === "object" && typeof m.onResponse === "function") {
            const result = await m.onResponse({
              request,
              response,
              schemaPath,
              params,
              options,
              id
            });
            if (result) {
              if (!(result instanceof Response)) {
                throw new Error("onResponse: must return new Response() when modifying the response");
              }
              response = result;
            }
          }
        }
      }
    }
    const contentLength = response.headers.get("Content-Length");
    if (response.status === 204 || request.method === "HEAD" || contentLength === "0" && !response.headers.get("Transfer-Encoding")?.includes("chunked")) {
      return response.ok ? { data: void 0, response } : { error: void 0, response };
    }
    if (response.ok) {
      const getResponseData = async () => {
        if (parseAs === "stream") {
          return response.body;
        }
        if (parseAs === "json" && !contentLength) {
          const raw = await response.text();
          return raw ? JSON.parse(raw) : void 0;
        }
        return await response[parseAs]();
      };
      return { data: await getResponseData(), response };
    }
    let error = await response.text();
    try {
      error = JSON.parse(error);
    } catch {
    }
    return { error, response };
  }
  return {
    request(method, url, init) {
      return coreFetch(url, { ...init, method: method.toUpperCase() });
    },
    /** Call a GET endpoint */
    GET(url, init) {
      return coreFetch(url, { ...init, method: "GET" });
    },
    /** Call a PUT endpoint */
    PUT(url, init) {
      return coreFetch(url, { ...init, method: "PUT" });
    },
    /** Call a POST endpoint */
    POST(url, init) {
      return coreFetch(url, { ...init, method: "POST" });
    },
    /** Call a DELETE endpoint */
    DELETE(url, init) {
      return coreFetch(url, { ...init, method: "DELETE" });
    },
    /** Call a OPTIONS endpoint */
    OPTIONS(url, init) {
      return coreFetch(url, { ...init, method: "OPTIONS" });
    },
    /** Call a HEAD endpoint */
    HEAD(url, init) {
      return coreFetch(url, { ...init, method: "HEAD" });
    },
    /** Call a PATCH endpoint */
    PATCH(url, init) {
      return coreFetch(url, { ...init, method: "PATCH" });
    },
    /** Call a TRACE endpoint */
    TRACE(url, init) {
      return coreFetch(url, { ...init, method: "TRACE" });
    },
    /** Register middleware */
    use(...middleware) {
      for (const m of middleware) {
        if (!m) {
          continue;
        }
        if (typeof m !== "object" || !("onRequest" in m || "onResponse" in m || "onError" in m)) {
          throw new Error("Middleware must be an object with one of `onRequest()`, `onResponse() or `onError()`");
        }
        globalMiddlewares.push(m);
      }
    },
    /** Unregister middleware */
    eject(...middleware) {
      for (const m of middleware) {
        const i = globalMiddlewares.indexOf(m);
        if (i !== -1) {
          globalMiddlewares.splice(i, 1);
        }
      }
    }
  };
}
function serializePrimitiveParam(name, value, options) {
  if (value === void 0 || value === null) {
    return "";
  }
  if (typeof value === "object") {
    throw new Error(
      "Deeply-nested arrays/objects aren’t supported. Provide your own `querySerializer()` to handle these."
    );
  }
  return `${name}=${options?.allowReserved === true ? value : encodeURIComponent(value)}`;
}
function serializeObjectParam(name, value, options) {
  if (!value || typeof value !== "object") {
    return "";
  }
  const values = [];
  const joiner = {
    simple: ",",
    label: ".",
    matrix: ";"
  }[options.style] || "&";
  if (options.style !== "deepObject" && options.explode === false) {
    for (const k in value) {
      values.push(k, options.allowReserved === true ? value[k] : encodeURIComponent(value[k]));
    }
    const final2 = values.join(",");
    switch (options.style) {
      case "form": {
        return `${name}=${final2}`;
      }
      case "label": {
        return `.${final2}`;
      }
      case "matrix": {
        return `;${name}=${final2}`;
      }
      default: {
        return final2;
      }
    }
  }
  for (const k in value) {
    const finalName = options.style === "deepObject" ? `${name}[${k}]` : k;
    values.push(serializePrimitiveParam(finalName, value[k], options));
  }
  const final = values.join(joiner);
  return options.style === "label" || options.style === "matrix" ? `${joiner}${final}` : final;
}
function serializeArrayParam(name, value, options) {
  if (!Array.isArray(value)) {
    return "";
  }
  if (options.explode === false) {
    const joiner2 = { form: ",", spaceDelimited: "%20", pipeDelimited: "|" }[options.style] || ",";
    const final = (options.allowReserved === true ? value : value.map((v) => encodeURIComponent(v))).join(joiner2);
    switch (options.style) {
      case "simple": {
        return final;
      }
      case "label": {
        return `.${final}`;
      }
      case "matrix": {
        return `;${name}=${final}`;
      }
      // case "spaceDelimited":
      // case "pipeDelimited":
      default: {
        return `${name}=${final}`;
      }
    }
  }
  const joiner = { simple: ",", label: ".", matrix: ";" }[options.style] || "&";
  const values = [];
  for (const v of value) {
    if (options.style === "simple" || options.style === "label") {
      values.push(options.allowReserved === true ? v : encodeURIComponent(v));
    } else {
      values.push(serializePrimitiveParam(name, v, options));
    }
  }
  return options.style === "label" || options.style === "matrix" ? `${joiner}${values.join(joiner)}` : values.join(joiner);
}
function createQuerySerializer(options) {
  return function querySerializer(queryParams) {
    const search = [];
    if (queryParams && typeof queryParams === "object") {
      for (const name in queryParams) {
        const value = queryParams[name];
        if (value === void 0 || value === null) {
          continue;
        }
        if (Array.isArray(value)) {
          if (value.length === 0) {
            continue;
          }
          search.push(
            serializeArrayParam(name, value, {
              style: "form",
              explode: true,
              ...options?.array,
              allowReserved: options?.allowReserved || false
            })
          );
          continue;
        }
        if (typeof value === "object") {
          search.push(
            serializeObjectParam(name, value, {
              style: "deepObject",
              explode: true,
              ...options?.object,
              allowReserved: options?.allowReserved || false
            })
          );
          continue;
        }
        search.push(serializePrimitiveParam(name, value, options));
      }
    }
    return search.join("&");
  };
}
function defaultPathSerializer(pathname, pathParams) {
  let nextURL = pathname;
  for (const match of pathname.match(PATH_PARAM_RE) ?? []) {
    let name = match.substring(1, match.length - 1);
    let explode = false;
    let style = "simple";
    if (name.endsWith("*")) {
      explode = true;
      name = name.substring(0, name.length - 1);
    }
    if (name.startsWith(".")) {
      style = "label";
      name = name.substring(1);
    } else if (name.startsWith(";")) {
      style = "matrix";
      name = name.substring(1);
    }
    if (!pathParams || pathParams[name] === void 0 || pathParams[name] === null) {
      continue;
    }
    const value = pathParams[name];
    if (Array.isArray(value)) {
      nextURL = nextURL.replace(match, serializeArrayParam(name, value, { style, explode }));
      continue;
    }
    if (typeof value === "object") {
      nextURL = nextURL.replace(match, serializeObjectParam(name, value, { style, explode }));
      continue;
    }
    if (style === "matrix") {
      nextURL = nextURL.replace(match, `;${serializePrimitiveParam(name, value)}`);
      continue;
    }
    nextURL = nextURL.replace(match, style === "label" ? `.${encodeURIComponent(value)}` : encodeURIComponent(value));
  }
  return nextURL;
}
function defaultBodySerializer(body2, headers) {
  if (body2 instanceof FormData) {
    return body2;
  }
  if (headers) {
    const contentType = headers.get instanceof Function ? headers.get("Content-Type") ?? headers.get("content-type") : headers["Content-Type"] ?? headers["content-type"];
    if (contentType === "application/x-www-form-urlencoded") {
      return new URLSearchParams(body2).toString();
    }
  }
  return JSON.stringify(body2);
}
function createFinalURL(pathname, options) {
  let finalURL = `${options.baseUrl}${pathname}`;
  if (options.params?.path) {
    finalURL = options.pathSerializer(finalURL, options.params.path);
  }
  let search = options.querySerializer(options.params.query ?? {});
  if (search.startsWith("?")) {
    search = search.substring(1);
  }
  if (search) {
    finalURL += `?${search}`;
  }
  return finalURL;
}
function mergeHeaders(...allHeaders) {
  const finalHeaders = new Headers();
  for (const h2 of allHeaders) {
    if (!h2 || typeof h2 !== "object") {
      continue;
    }
    const iterator = h2 instanceof Headers ? h2.entries() : Object.entries(h2);
    for (const [k, v] of iterator) {
      if (v === null) {
        finalHeaders.delete(k);
      } else if (Array.isArray(v)) {
        for (const v2 of v) {
          finalHeaders.append(k, v2);
        }
      } else if (v !== void 0) {
        finalHeaders.set(k, v);
      }
    }
  }
  return finalHeaders;
}
function removeTrailingSlash(url) {
  if (url.endsWith("/")) {
    return url.substring(0, url.length - 1);
  }
  return url;
}

// ../typescript/src/seo.ts
function seoOf(article) {
  const seo = article.seo;
  if (typeof seo !== "object" || seo === null) return null;
  const candidate = seo;
  return typeof candidate.title === "string" ? candidate : null;
}

// ../typescript/src/index.ts
function createContentApiClient(baseUrl = "", options = {}) {
  return createClient({ ...options, baseUrl });
}

// src/api.ts
var base = document.querySelector('meta[name="contentapi-base"]')?.content ?? "";
var api = createContentApiClient(base);
var site;
function siteSettings() {
  site ?? (site = api.GET("/api/v1/site").then(({ data }) => data ?? null));
  return site;
}
var ApiError = class extends Error {
  constructor(status, detail) {
    super(detail ?? `The API answered ${status}.`);
    __publicField(this, "status", status);
  }
};
function failure(response, error) {
  const detail = typeof error === "object" && error !== null ? error.detail : null;
  return new ApiError(response.status, detail);
}

// src/dom.ts
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value != null) element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child != null && child !== false) element.append(child);
  }
  return element;
}
function markedText(snippet) {
  const template = document.createElement("template");
  template.innerHTML = snippet;
  const fragment = document.createDocumentFragment();
  for (const node of Array.from(template.content.childNodes)) {
    const text = node.textContent ?? "";
    fragment.append(node.nodeName === "MARK" ? h("mark", {}, text) : text);
  }
  return fragment;
}
function show(title, ...content) {
  const main = document.getElementById("main");
  if (!main) return;
  main.replaceChildren(...content.filter((child) => child != null && child !== false));
  main.removeAttribute("aria-busy");
  document.title = title;
}

// src/format.ts
function dayMonthYear(iso) {
  const date = new Date(iso);
  const pad = (value) => String(value).padStart(2, "0");
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}
function money(minorUnits, currency) {
  const major = minorUnits / 100;
  if (!currency) return major.toFixed(2);
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency }).format(major);
  } catch {
    return `${major.toFixed(2)} ${currency}`;
  }
}

// src/byline.ts
function byline(author, publishedAt) {
  if (!author && !publishedAt) return null;
  return h(
    "p",
    { class: "byline" },
    author ? "by " : "",
    author ? h("a", { href: `/?author=${encodeURIComponent(author.slug)}` }, author.name) : null,
    author && publishedAt ? " on " : publishedAt ? "on " : "",
    publishedAt ? h("time", { datetime: publishedAt }, dayMonthYear(publishedAt)) : null
  );
}

// src/head.ts
var openGraphNames = {
  type: "og:type",
  title: "og:title",
  description: "og:description",
  url: "og:url",
  image: "og:image",
  siteName: "og:site_name",
  publishedTime: "article:published_time",
  modifiedTime: "article:modified_time",
  author: "article:author"
};
function articleHead(article, site2) {
  clearHead();
  const seo = seoOf(article);
  if (!seo) {
    const title = site2?.name ? `${article.title} | ${site2.name}` : article.title;
    document.title = title;
    addMeta("name", "description", article.excerpt);
    addMeta("property", "og:type", "article");
    addMeta("property", "og:title", article.title);
    addMeta("property", "og:description", article.excerpt);
    addMeta("name", "twitter:card", "summary");
    addLink("canonical", article.canonicalUrl);
    return;
  }
  document.title = seo.title;
  addMeta("name", "description", seo.description);
  addLink("canonical", seo.canonicalUrl);
  for (const [key, value] of Object.entries(seo.openGraph ?? {})) {
    addMeta("property", openGraphNames[key] ?? `og:${key}`, value);
  }
  for (const [key, value] of Object.entries(seo.twitter ?? {})) {
    addMeta("name", `twitter:${key}`, value);
  }
  if (seo.jsonLd) {
    const script = document.createElement("script");
    script.type = "application/ld+json";
    script.dataset.head = "";
    script.textContent = JSON.stringify(withoutNulls(seo.jsonLd)).replace(/</g, "\\u003c");
    document.head.append(script);
  }
}
function withoutNulls(value) {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member != null).map(([key, member]) => [key, withoutNulls(member)]));
}
function clearHead() {
  document.head.querySelectorAll("[data-head]").forEach((element) => element.remove());
}
function addMeta(attribute, key, content) {
  if (!content) return;
  const meta = document.createElement("meta");
  meta.setAttribute(attribute, key);
  meta.content = content;
  meta.dataset.head = "";
  document.head.append(meta);
}
function addLink(rel, href) {
  if (!href) return;
  const link = document.createElement("link");
  link.rel = rel;
  link.href = href;
  link.dataset.head = "";
  document.head.append(link);
}

// src/pages/notFound.ts
function notFoundPage() {
  show(
    "Page not found",
    h("h1", {}, "Page not found"),
    h("p", {}, "There is no article, author or tag at this address. It may have been moved or unpublished."),
    h("p", {}, h("a", { href: "/" }, "Back to the latest articles"))
  );
}
function errorPage(message) {
  show(
    "Something went wrong",
    h("h1", {}, "Something went wrong"),
    h("p", { role: "alert" }, message),
    h("p", {}, h("a", { href: "/" }, "Back to the latest articles"))
  );
}

// src/picture.ts
var absolute = (url) => url.startsWith("/") ? base + url : url;
function picture(image, options = {}) {
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
    style: `background-color: ${image.placeholder.color}; object-position: ${image.focalPoint.x * 100}% ${image.focalPoint.y * 100}%`
  });
  const notes = [image.caption, image.credit ? `Photo: ${image.credit}` : null].filter(Boolean).join(" · ");
  return h("figure", { class: "picture" }, img, options.caption && notes ? h("figcaption", {}, notes) : null);
}

// src/pages/article.ts
async function articlePage(slug) {
  const [site2, { data: article, error, response }] = await Promise.all([
    siteSettings(),
    api.GET("/api/v1/articles/{slug}", { params: { path: { slug }, query: { include: "related" } } })
  ]);
  if (response.status === 404) return notFoundPage();
  if (!article) throw failure(response, error);
  const form = article.donationFormId == null ? null : await donationForm(article.donationFormId);
  show(
    article.title,
    h(
      "article",
      { class: "story" },
      h("h1", {}, article.title),
      byline(article.author, article.publishedAt),
      picture(article.featuredImage, { eager: true, caption: true }),
      tagLinks(article),
      body(article.bodyHtml),
      article.source ? sourceLine(article.source) : null,
      article.author ? authorBox(article.author) : null
    ),
    form ? donationCall(form) : null,
    relatedTeasers(article.related?.items ?? [])
  );
  articleHead(article, site2);
}
async function donationForm(id) {
  const { data } = await api.GET("/api/v1/donation-forms/{id}", { params: { path: { id } } });
  return data ?? null;
}
function body(html) {
  const container = h("div", { class: "body" });
  container.innerHTML = html ?? "";
  return container;
}
function tagLinks(article) {
  if (article.tags.length === 0) return null;
  return h(
    "ul",
    { class: "tags", "aria-label": "Tags" },
    ...article.tags.map((tag) => h("li", {}, h("a", { href: `/?tag=${encodeURIComponent(tag.slug)}` }, tag.name)))
  );
}
function sourceLine(source) {
  return h("p", { class: "source" }, "Source: ", source.url ? h("a", { href: source.url }, source.name) : source.name);
}
function authorBox(author) {
  return h(
    "aside",
    { class: "author-box", "aria-labelledby": "author-name" },
    h("h2", { id: "author-name" }, author.name),
    author.bio ? h("p", {}, author.bio) : null,
    h("a", { href: `/?author=${encodeURIComponent(author.slug)}` }, "See full bio >")
  );
}
function donationCall(form) {
  const amounts = form.suggestedAmounts.map((choice) => h(
    "li",
    { class: choice.isDefault ? "suggested" : null },
    money(choice.amount, form.currency),
    choice.label ? ` · ${choice.label}` : "",
    choice.isDefault ? " (suggested)" : ""
  ));
  return h(
    "section",
    { class: "donate", "aria-labelledby": "donate-title", "data-form-id": String(form.id) },
    h("h2", { id: "donate-title" }, form.heading ?? form.title),
    form.description ? h("p", {}, form.description) : null,
    amounts.length > 0 ? h("ul", { class: "amounts", "aria-label": "Suggested amounts" }, ...amounts) : null,
    form.checkoutUrl ? h("a", { class: "button", href: form.checkoutUrl }, form.buttonText ?? "Donate") : null
  );
}
function relatedTeasers(items) {
  if (items.length === 0) return null;
  return h(
    "section",
    { class: "related", "aria-labelledby": "related-title" },
    h("h2", { id: "related-title" }, "More articles you might like"),
    h("ol", { class: "teasers" }, ...items.map((item) => h(
      "li",
      {},
      h("h3", {}, h("a", { href: `/?article=${encodeURIComponent(item.slug)}` }, item.title)),
      item.excerpt ? h("p", {}, item.excerpt) : null,
      byline(item.author, item.publishedAt)
    )))
  );
}

// src/articleList.ts
function articleList(items, label) {
  if (items.length === 0) return h("p", {}, "No articles yet.");
  return h("ol", { class: "teasers", "aria-label": label }, ...items.map((item) => h(
    "li",
    {},
    h(
      "article",
      {},
      picture(item.featuredImage),
      h("h2", {}, h("a", { href: `/?article=${encodeURIComponent(item.slug ?? "")}` }, item.title ?? "")),
      item.snippet ? h("p", { class: "snippet" }, markedText(item.snippet)) : item.excerpt ? h("p", {}, item.excerpt) : null,
      byline(item.author ?? null, item.publishedAt ?? null)
    )
  )));
}
function pager(meta, route2) {
  const first = new URLSearchParams(route2);
  first.delete("after");
  const newest = route2.has("after") ? h("a", { href: `/?${first}`.replace(/\?$/, "") }, "Newest articles") : null;
  let older = null;
  if (meta.nextCursor) {
    const next = new URLSearchParams(first);
    next.set("after", meta.nextCursor);
    older = h("a", { href: `/?${next}`, rel: "next" }, "Older articles");
  }
  return newest || older ? h("nav", { class: "pager", "aria-label": "More articles" }, newest, older) : null;
}

// src/pages/author.ts
async function authorPage(slug, route2) {
  const after = route2.get("after") ?? void 0;
  const [site2, author, articles] = await Promise.all([
    siteSettings(),
    api.GET("/api/v1/authors/{slug}", { params: { path: { slug } } }),
    api.GET("/api/v1/authors/{slug}/articles", { params: { path: { slug }, query: { pageSize: 10, after } } })
  ]);
  if (author.response.status === 404) return notFoundPage();
  if (!author.data) throw failure(author.response, author.error);
  if (!articles.data) throw failure(articles.response, articles.error);
  const { name, bio, website, twitter } = author.data;
  show(
    `${name} | ${site2?.name ?? "ContentApi"}`,
    h("h1", {}, name),
    bio ? h("p", { class: "lede" }, bio) : null,
    website ? h("p", {}, h("a", { href: website }, "Website")) : null,
    twitter ? h("p", {}, `Twitter: ${twitter}`) : null,
    h("h2", { class: "list-title" }, `Articles by ${name}`),
    articleList(articles.data.items, `Articles by ${name}`),
    pager(articles.data.meta, route2)
  );
}

// src/pages/home.ts
var pageSize = 5;
async function homePage(route2) {
  const after = route2.get("after") ?? void 0;
  const [site2, { data, error, response }] = await Promise.all([
    siteSettings(),
    api.GET("/api/v1/articles", { params: { query: { pageSize, after } } })
  ]);
  if (!data) throw failure(response, error);
  const name = site2?.name ?? "ContentApi";
  show(
    name,
    h("h1", {}, after ? "Older articles" : "Latest articles"),
    site2?.tagline ? h("p", { class: "lede" }, site2.tagline) : null,
    articleList(data.items, "Articles, newest first"),
    pager(data.meta, route2)
  );
}
async function searchPage(route2, query) {
  const after = route2.get("after") ?? void 0;
  const [site2, { data, error, response }] = await Promise.all([
    siteSettings(),
    api.GET("/api/v1/search", { params: { query: { q: query, pageSize, after } } })
  ]);
  const title = `Search: ${query} | ${site2?.name ?? "ContentApi"}`;
  const heading = h("h1", {}, `Search results for “${query}”`);
  if (response.status === 400) {
    show(title, heading, h("p", { class: "notice", role: "status" }, error?.detail ?? "That search cannot be run."));
    return;
  }
  if (!data) throw failure(response, error);
  const count = data.meta.total ?? data.items.length;
  show(
    title,
    heading,
    h("p", { role: "status" }, count === 1 ? "1 article matches." : `${count} articles match.`),
    data.items.length > 0 ? articleList(data.items, "Search results, best match first") : null,
    pager(data.meta, route2)
  );
}

// src/pages/tag.ts
async function tagPage(slug, route2) {
  const after = route2.get("after") ?? void 0;
  const [site2, tag, articles] = await Promise.all([
    siteSettings(),
    api.GET("/api/v1/tags/{slug}", { params: { path: { slug } } }),
    api.GET("/api/v1/tags/{slug}/articles", { params: { path: { slug }, query: { pageSize: 10, after } } })
  ]);
  if (tag.response.status === 404) return notFoundPage();
  if (!tag.data) throw failure(tag.response, tag.error);
  if (!articles.data) throw failure(articles.response, articles.error);
  const { name, description } = tag.data;
  show(
    `${name} | ${site2?.name ?? "ContentApi"}`,
    h("h1", {}, name),
    description ? h("p", { class: "lede" }, description) : null,
    h("h2", { class: "list-title" }, `Articles tagged ${name}`),
    articleList(articles.data.items, `Articles tagged ${name}`),
    pager(articles.data.meta, route2)
  );
}

// src/main.ts
async function route() {
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
async function brand() {
  const site2 = await siteSettings();
  const name = document.getElementById("site-name");
  if (site2?.name && name) name.textContent = site2.name;
  const box = document.querySelector("#search-box");
  const search = new URLSearchParams(location.search).get("q");
  if (box && search) box.value = search;
}
route().catch((error) => errorPage(error instanceof Error ? error.message : String(error)));
brand().catch(() => void 0);
