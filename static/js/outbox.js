// What was done with no signal, kept on this phone until it is sent: a reply to a session, a
// check-in at the door, who came, notes, a reply given on paper. Used by the pages
// (waiting-to-send.js) and by the service worker, which sends when the browser says the
// signal is back (Background Sync). Each action has an id made here, so the server does it
// once however often it is sent. An action more than 7 days old is never sent by itself:
// the person is asked to send it or drop it.
(function (scope) {
  "use strict";

  var DB_NAME = "codesign-outbox";
  var ACTIONS = "actions";
  var ABOUT = "about"; // who is signed in on this phone, and the token their forms need
  var OLD_AFTER = 7 * 24 * 60 * 60 * 1000;

  function open() {
    return new Promise(function (resolve, reject) {
      var request = scope.indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore(ACTIONS, { keyPath: "id" });
        request.result.createObjectStore(ABOUT);
      };
      request.onsuccess = function () {
        resolve(request.result);
      };
      request.onerror = function () {
        reject(request.error);
      };
    });
  }

  function run(storeName, mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var transaction = db.transaction(storeName, mode);
        var result = work(transaction.objectStore(storeName));
        transaction.oncomplete = function () {
          db.close();
          resolve(result && "result" in result ? result.result : undefined);
        };
        transaction.onerror = function () {
          db.close();
          reject(transaction.error);
        };
      });
    });
  }

  function put(action) {
    return run(ACTIONS, "readwrite", function (store) {
      store.put(action);
    });
  }

  function remove(id) {
    return run(ACTIONS, "readwrite", function (store) {
      store.delete(id);
    });
  }

  // This person's actions, oldest first. Anyone else's made on this phone stay hidden and
  // unsent until they sign in here again.
  function list(owner) {
    return run(ACTIONS, "readonly", function (store) {
      return store.getAll();
    }).then(function (all) {
      return all
        .filter(function (action) {
          return action.owner === owner;
        })
        .sort(function (a, b) {
          return a.madeAt - b.madeAt;
        });
    });
  }

  function isOld(action, now) {
    return (now || Date.now()) - action.madeAt > OLD_AFTER;
  }

  function remember(owner, token) {
    return run(ABOUT, "readwrite", function (store) {
      store.put({ owner: owner, token: token }, "now");
    });
  }

  function recall() {
    return run(ABOUT, "readonly", function (store) {
      return store.get("now");
    });
  }

  // A new action from a form: `fields` are the form's own [name, value] pairs.
  function add(details) {
    var action = {
      id: scope.crypto.randomUUID(),
      owner: details.owner,
      url: details.url,
      kind: details.kind,
      label: details.label,
      fields: details.fields,
      madeAt: Date.now(),
      state: "waiting",
      message: "",
    };
    return put(action).then(function () {
      return action;
    });
  }

  // Sends one action. Resolves to the action as it now stands: "sent" (with the server's
  // words), "refused" (with why), or still "waiting" when there was no signal or the server
  // could not answer. Nothing is dropped here.
  function send(action, token) {
    var body = new URLSearchParams();
    action.fields.forEach(function (pair) {
      body.append(pair[0], pair[1]);
    });
    body.set("action_id", action.id);
    body.set("kind", action.kind);
    body.set("made_at", new Date(action.madeAt).toISOString());
    var settle = function (state, message, conflict) {
      action.state = state;
      action.message = message;
      action.conflict = Boolean(conflict);
      return put(action).then(function () {
        return action;
      });
    };
    return scope
      .fetch(action.url, {
        method: "POST",
        body: body,
        credentials: "same-origin",
        headers: { "X-CSRFToken": token || "", Accept: "application/json" },
      })
      .then(
        function (response) {
          var type = response.headers.get("Content-Type") || "";
          if (type.indexOf("application/json") === 0) {
            return response.json().then(function (answer) {
              if (answer.outcome === "done" || answer.outcome === "conflict") {
                return settle("sent", answer.message, answer.outcome === "conflict");
              }
              return settle("refused", answer.message);
            });
          }
          if (response.redirected || response.status === 401) {
            return settle("waiting", "Sign in again to send this.");
          }
          if (response.status === 403 || response.status === 404) {
            return response.text().then(function (text) {
              if (text.indexOf("CSRF") !== -1) {
                return settle("waiting", "Open any page while you have a signal, then send this.");
              }
              return settle("refused", "You can no longer do this in the project, so it was not sent.");
            });
          }
          return settle("waiting", "The site could not take this just now. It will be sent later.");
        },
        function () {
          action.state = "waiting";
          return action; // no signal: try again later
        },
      );
  }

  // Sends this person's waiting actions, one after another; old ones only when asked by id.
  // One sender at a time on this phone (a page, another tab or the service worker): the
  // next one finds what the last one sent already marked as sent.
  function sendWaiting(owner, token, only) {
    var locks = scope.navigator && scope.navigator.locks;
    if (locks) {
      return locks.request("codesign-outbox-send", function () {
        return sendEach(owner, token, only);
      });
    }
    return sendEach(owner, token, only);
  }

  function sendEach(owner, token, only) {
    return list(owner).then(function (actions) {
      var results = [];
      var chain = Promise.resolve();
      actions
        .filter(function (action) {
          if (only) {
            return action.id === only && action.state === "waiting";
          }
          return action.state === "waiting" && !isOld(action);
        })
        .forEach(function (action) {
          chain = chain.then(function () {
            return send(action, token).then(function (done) {
              results.push(done);
            });
          });
        });
      return chain.then(function () {
        return results;
      });
    });
  }

  scope.CodesignOutbox = {
    add: add,
    list: list,
    remove: remove,
    isOld: isOld,
    remember: remember,
    recall: recall,
    sendWaiting: sendWaiting,
  };
})(self);
