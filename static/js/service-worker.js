// Codesign's service worker, served at /sw.js so it looks after the whole site.
//
// It keeps a signed-in person's own pages readable where there is no signal: their sessions,
// each session and its check-in page, their sign-in card, their messages and the glossary. Those
// pages are fetched from the network first and, when that works, a copy is kept in this
// browser's own store (never a shared cache: the pages keep their "private, no-store" headers).
// With no signal the kept copy is shown, stamped with when it was saved; any other page shows
// the offline page. Nothing else is ever stored: no other address, no POST, nothing but a
// 200 page from this site for the person signed in now. (A form that could not be sent for
// want of a signal is kept apart, in the outbox of static/js/outbox.js, until it is sent.)
//
// Every store is named after this script's version (put in by the server: a hash of this file
// and of the offline page, whose styles and scripts every page uses) and the old ones are
// deleted when a new version takes over, so pages saved by two versions are never mixed. The
// new version notes which pages each person had kept and fetches them afresh once a page
// shows the same person is still signed in. A person's pages are stored under a key from
// their session: they are deleted on sign-out, and whenever a page says someone else (or no
// one) is signed in.
"use strict";

// What was done with no signal, sent from here when the browser says the signal is back.
importScripts("__CODESIGN_OUTBOX__");

const VERSION = "__CODESIGN_VERSION__";
const PREFIX = "codesign-";
const SHELL = `${PREFIX}${VERSION}-shell`;
const PRIVATE = `${PREFIX}${VERSION}-private-`;
const OFFLINE_URL = "/offline/";
// Where a new version notes the pages people kept under the old one, to fetch them again.
const FETCH_AGAIN = "/offline/fetch-again";
const SAVED_PAGES = [
  /^\/me\/sessions\/$/,
  /^\/me\/sign-in-card\/$/,
  /^\/me\/messages\/$/,
  /^\/glossary\/$/,
  /^\/projects\/[-\w]+\/sessions\/\d+\/(check-in\/|reply\/|notes\/|replies\/record\/)?$/,
];
// A kept page's links to pages that are used with no signal, such as a session's reply form:
// kept with it, so the reply can be made offline without having opened the form before.
const KEEP_WITH = /<a data-keep-offline [^>]*href="([^"]+)"/g;
const USER_KEY = /<meta name="codesign-user" content="([0-9a-f]*)">/;
const SAVED_AT = '<meta name="codesign-saved-at" content="">';
const ASSET = /(?:href|src)="(\/static\/[^"?#]+)"/g;
// Headers not kept with a stored page: the body is stored decoded, and a copy is matched by
// its address alone.
const DROPPED_HEADERS = ["content-length", "content-encoding", "set-cookie", "vary"];

function isSavedPage(url) {
  return url.origin === self.location.origin && SAVED_PAGES.some((path) => path.test(url.pathname));
}

async function storeAssets(cache, html) {
  // The styles, scripts and pictures a stored page uses, so it looks right offline too.
  const urls = [...new Set(Array.from(html.matchAll(ASSET), (match) => match[1]))];
  await Promise.allSettled(
    urls.map(async (url) => {
      if (!(await cache.match(url))) {
        await cache.add(url);
      }
    }),
  );
}

async function forgetOthers(key) {
  // This version's pages for anyone but `key`; with no one signed in, every person's pages
  // from every version, and the list of pages to fetch again. (An older version's pages are
  // otherwise left to the new version taking over, which notes them first.)
  const names = await caches.keys();
  const isOther = key
    ? (name) => name.startsWith(PRIVATE) && name !== PRIVATE + key
    : (name) => name.startsWith(PREFIX) && name.includes("-private-");
  await Promise.all(names.filter(isOther).map((name) => caches.delete(name)));
  if (!key) {
    await (await caches.open(SHELL)).delete(FETCH_AGAIN);
  }
}

async function store(url, response, expectedKey, follow = true) {
  const isPage = (response.headers.get("Content-Type") || "").startsWith("text/html");
  if (response.status !== 200 || response.type !== "basic" || response.redirected || !isPage) {
    return;
  }
  const html = await response.text();
  const found = html.match(USER_KEY);
  if (!found || !found[1] || !html.includes(SAVED_AT)) {
    return; // not signed in (a sign-in page, say): nothing of theirs to keep
  }
  const key = found[1];
  if (expectedKey !== undefined && key !== expectedKey) {
    return; // someone else signed in meanwhile: keep only pages a person has seen
  }
  await forgetOthers(key);
  const stamped = html.replace(
    SAVED_AT,
    `<meta name="codesign-saved-at" content="${new Date().toISOString()}">`,
  );
  const headers = new Headers(response.headers);
  DROPPED_HEADERS.forEach((name) => headers.delete(name));
  const copy = new Response(stamped, { status: 200, statusText: "OK", headers });
  await (await caches.open(PRIVATE + key)).put(url, copy);
  await storeAssets(await caches.open(SHELL), html);
  if (follow) {
    const linked = new Set(Array.from(html.matchAll(KEEP_WITH), (match) => match[1]));
    await Promise.allSettled([...linked].map((address) => storeForPage(address, key, false)));
  }
  const windows = await self.clients.matchAll({ type: "window" });
  windows.forEach((client) => client.postMessage({ type: "stored", url }));
}

async function findSaved(url) {
  const names = (await caches.keys()).filter((name) => name.startsWith(PRIVATE));
  for (const name of names) {
    const hit = await (await caches.open(name)).match(url, { ignoreVary: true });
    if (hit) {
      return hit;
    }
  }
  return null;
}

async function offlinePage() {
  const page = await caches.match(OFFLINE_URL, { cacheName: SHELL });
  return page || Response.error();
}

async function navigate(event) {
  const url = new URL(event.request.url);
  const saved = isSavedPage(url);
  let response;
  try {
    response = await fetch(event.request);
  } catch (noSignal) {
    return (saved && (await findSaved(url.href))) || offlinePage();
  }
  if (saved) {
    event.waitUntil(store(url.href, response.clone()));
  }
  return response;
}

async function asset(request) {
  try {
    return await fetch(request);
  } catch (noSignal) {
    const hit = await caches.match(request, { cacheName: SHELL, ignoreVary: true });
    return hit || Response.error();
  }
}

async function storeForPage(address, key, follow = true) {
  // A page that opened before this worker was looking after it asks to be kept: fetch it
  // once more, under the same rules as any other.
  const url = new URL(address, self.location.origin);
  if (!isSavedPage(url)) {
    return;
  }
  url.hash = "";
  const response = await fetch(url.href, { credentials: "same-origin", redirect: "manual" });
  await store(url.href, response, key, follow);
}

async function noteToFetchAgain(oldNames) {
  // The pages each person kept under the old version. They are never shown from the old
  // store: they are fetched afresh once a page says the same person is still signed in.
  const pages = [];
  for (const name of oldNames.filter((name) => name.includes("-private-"))) {
    const key = name.slice(name.lastIndexOf("-") + 1);
    const requests = await (await caches.open(name)).keys();
    requests.forEach((request) => pages.push({ key, url: request.url }));
  }
  if (pages.length) {
    await (await caches.open(SHELL)).put(FETCH_AGAIN, new Response(JSON.stringify(pages)));
  }
}

async function fetchAgain(key) {
  const shell = await caches.open(SHELL);
  const noted = await shell.match(FETCH_AGAIN);
  if (!noted) {
    return;
  }
  const left = [];
  for (const page of await noted.json()) {
    if (page.key !== key) {
      continue; // someone else's, or an ended session's: dropped
    }
    try {
      await storeForPage(page.url, key, false); // its linked pages were noted too
    } catch (noSignal) {
      left.push(page); // try again at the next page opened with a signal
    }
  }
  if (left.length) {
    await shell.put(FETCH_AGAIN, new Response(JSON.stringify(left)));
  } else {
    await shell.delete(FETCH_AGAIN);
  }
}

let fetchingAgain = null; // one at a time: a page may say who it is twice in a row

async function whoIsSignedIn(key) {
  await forgetOthers(key);
  if (key && !fetchingAgain) {
    fetchingAgain = fetchAgain(key).finally(() => {
      fetchingAgain = null;
    });
  }
  await fetchingAgain;
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL);
      // Without cookies: the offline page is the same for everyone and holds nothing personal.
      const response = await fetch(OFFLINE_URL, { credentials: "omit", cache: "no-store" });
      if (!response.ok) {
        throw new Error(`The offline page answered ${response.status}`);
      }
      await cache.put(OFFLINE_URL, response.clone());
      await storeAssets(cache, await response.text());
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const current = `${PREFIX}${VERSION}-`;
      const names = await caches.keys();
      const old = names.filter((name) => name.startsWith(PREFIX) && !name.startsWith(current));
      await noteToFetchAgain(old);
      await Promise.all(old.map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

// Forms that are kept when they cannot be sent, by their address: what they send, and how the
// list of what is waiting names it.
const SENT_LATER = /^(\/projects\/[-\w]+\/sessions\/\d+\/)(reply|check-in|attendance|notes|replies\/record)\/$/;
const SENT_LATER_KINDS = {
  reply: ["reply", "Your reply"],
  "check-in": ["checkin", "Check-in by card"],
  attendance: ["attendance", "Who came"],
  notes: ["notes", "Notes from the session"],
  "replies/record": ["paper_reply", "Reply given on paper"],
};

async function sendOrKeep(request, found) {
  // The page thought it had a signal but the form could not be sent: kept like a form sent
  // offline, and the page it came from is shown again, listing it as waiting to send.
  const copy = request.clone();
  try {
    return await fetch(request);
  } catch (noSignal) {
    const about = await self.CodesignOutbox.recall().catch(() => null);
    const form = await copy.formData().catch(() => null);
    if (!about || !form) {
      return offlinePage();
    }
    const [kind, label] = SENT_LATER_KINDS[found[2]];
    const fields = [];
    form.forEach((value, name) => {
      if (name !== "csrfmiddlewaretoken" && typeof value === "string") {
        fields.push([name, value]);
      }
    });
    const code = kind === "checkin" ? String(form.get("code") || "").trim() : "";
    await self.CodesignOutbox.add({
      owner: about.owner,
      url: `${found[1]}sent-later/`,
      kind,
      label: code ? `${label}: ${code}` : label,
      fields,
    });
    if (self.registration.sync) {
      await self.registration.sync.register("codesign-send").catch(() => {});
    }
    const back = kind === "attendance" ? `${found[1]}check-in/` : found[0];
    return Response.redirect(back, 303);
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.method === "POST" && request.mode === "navigate") {
    const found = url.pathname.match(SENT_LATER);
    if (found) {
      event.respondWith(sendOrKeep(request, found));
    }
    return;
  }
  if (request.method !== "GET") {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(navigate(event));
  } else if (url.pathname.startsWith("/static/")) {
    event.respondWith(asset(request));
  }
});

async function sendWhatWaits() {
  const about = await self.CodesignOutbox.recall();
  if (!about) {
    return;
  }
  const results = await self.CodesignOutbox.sendWaiting(about.owner, about.token);
  const windows = await self.clients.matchAll({ type: "window" });
  windows.forEach((client) => client.postMessage({ type: "outbox" }));
  if (results.some((action) => action.state === "waiting")) {
    throw new Error("Still waiting: the browser tries again later");
  }
}

self.addEventListener("sync", (event) => {
  if (event.tag === "codesign-send") {
    event.waitUntil(sendWhatWaits());
  }
});

self.addEventListener("message", (event) => {
  const message = event.data || {};
  if (message.type === "user" && /^[0-9a-f]*$/.test(message.key || "")) {
    event.waitUntil(whoIsSignedIn(message.key || "").catch(() => {}));
  } else if (message.type === "signed-out") {
    event.waitUntil(forgetOthers(""));
  } else if (message.type === "store" && typeof message.url === "string") {
    event.waitUntil(storeForPage(message.url, String(message.key)).catch(() => {}));
  }
});
