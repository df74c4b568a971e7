// Lets the service worker (/sw.js) keep this person's own pages for when there is no signal,
// and says so on a page shown from that store. Browsers without service workers skip it all:
// every page works the same online.
(function () {
  "use strict";
  var savedAt = document.querySelector("meta[name='codesign-saved-at']");
  var user = document.querySelector("meta[name='codesign-user']");
  var stamp = savedAt ? savedAt.getAttribute("content") : "";

  // A copy saved earlier, shown because the network could not be reached.
  var banner = document.querySelector("[data-offline-banner]");
  if (banner && stamp) {
    // In the site's time zone, like every time on it; the day only when it was not today.
    var when = new Date(stamp);
    var london = "Europe/London";
    var day = function (date) {
      return date.toLocaleDateString("en-GB", { timeZone: london });
    };
    var time = when.toLocaleTimeString("en-GB", {
      hour: "2-digit",
      minute: "2-digit",
      timeZone: london,
    });
    var date = when.toLocaleDateString("en-GB", {
      day: "numeric",
      month: "long",
      timeZone: london,
    });
    var onDay = day(when) === day(new Date()) ? "" : " on " + date;
    banner.textContent = "Saved at " + time + onDay + " — you are offline";
    banner.hidden = false;
  }

  if (!("serviceWorker" in navigator) || !navigator.serviceWorker) {
    return;
  }
  var workers = navigator.serviceWorker;
  var wasControlled = Boolean(workers.controller);
  workers.register("/sw.js", { scope: "/" }).catch(function () {});

  // Who is signed in now: pages kept for anyone else (or for a session since ended) go, and a
  // new version of the worker fetches afresh the pages this person kept under the old one.
  // A worker taking over gets this page before it has finished setting up: wait for that.
  var sayWho = function (worker) {
    if (!worker || !user || stamp) {
      return;
    }
    if (worker.state !== "activated") {
      worker.addEventListener("statechange", function () {
        if (worker.state === "activated") {
          sayWho(worker);
        }
      });
      return;
    }
    worker.postMessage({ type: "user", key: user.getAttribute("content") });
  };
  workers.ready.then(function (registration) {
    var worker = registration.active;
    sayWho(worker);
    var key = user ? user.getAttribute("content") : "";
    if (worker && key && !stamp && !wasControlled) {
      // This page opened before the worker was looking after pages: ask for it to be kept.
      worker.postMessage({ type: "store", url: location.href, key: key });
    }
  });
  workers.addEventListener("controllerchange", function () {
    sayWho(workers.controller);
  });

  // Signing out clears this person's kept pages from the phone.
  Array.prototype.forEach.call(document.querySelectorAll("form[data-signs-out]"), function (form) {
    form.addEventListener("submit", function () {
      if (workers.controller) {
        workers.controller.postMessage({ type: "signed-out" });
      }
    });
  });

  // The check-in page says once it is kept, so a facilitator knows it will open at the venue.
  var ready = document.querySelector("[data-offline-ready]");
  if (ready && "caches" in window) {
    var here = location.href.split("#")[0];
    var check = function () {
      caches.match(here, { ignoreVary: true }).then(function (hit) {
        if (hit) {
          ready.textContent = ready.getAttribute("data-offline-ready");
          ready.hidden = false;
        }
      });
    };
    check();
    workers.addEventListener("message", function (event) {
      if (event.data && event.data.type === "stored" && event.data.url === here) {
        check();
      }
    });
  }
})();
