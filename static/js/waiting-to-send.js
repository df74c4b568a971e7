// Forms marked data-sent-later keep working with no signal: what is filled in is kept on
// this phone (static/js/outbox.js), listed under "Waiting to send", and sent when the signal
// comes back: by the service worker where the browser offers Background Sync, otherwise at
// the next page opened, when the browser says it is online again, or with "Send now".
// With a signal, or without JavaScript, the forms are sent as they always were.
(function () {
  "use strict";
  var owner = document.querySelector("meta[name='codesign-owner']");
  var panel = document.querySelector("[data-sent-later-panel]");
  var outbox = window.CodesignOutbox;
  if (!owner || !owner.content || !panel || !outbox || !window.indexedDB || !window.crypto) {
    return;
  }
  owner = owner.content;
  var list = panel.querySelector("[data-sent-later-list]");
  var status = panel.querySelector("[data-sent-later-status]");
  var sendNow = panel.querySelector("[data-sent-later-send]");
  var savedCopy = document.querySelector("meta[name='codesign-saved-at']");
  var isLive = !savedCopy || !savedCopy.content;
  var tokenField = document.querySelector("input[name='csrfmiddlewaretoken']");
  var token = tokenField ? tokenField.value : "";
  var shownSent = [];
  var sending = false;

  var time = function (stamp) {
    var when = new Date(stamp);
    var options = { timeZone: "Europe/London" };
    var hour = when.toLocaleTimeString("en-GB", Object.assign({ hour: "2-digit", minute: "2-digit" }, options));
    var day = when.toLocaleDateString("en-GB", Object.assign({ day: "numeric", month: "long" }, options));
    var today = new Date().toLocaleDateString("en-GB", Object.assign({ day: "numeric", month: "long" }, options));
    return day === today ? "at " + hour : "on " + day + " at " + hour;
  };

  var button = function (words, hidden, onClick) {
    var element = document.createElement("button");
    element.type = "button";
    element.className = "btn btn-outline-secondary btn-sm ms-2";
    element.textContent = words;
    var more = document.createElement("span");
    more.className = "visually-hidden";
    more.textContent = hidden;
    element.appendChild(more);
    element.addEventListener("click", onClick);
    return element;
  };

  var item = function (action) {
    var row = document.createElement("li");
    row.className = "mb-2";
    var what = document.createElement("strong");
    what.textContent = action.label;
    row.appendChild(what);
    var words = document.createElement("span");
    row.appendChild(words);
    var named = ": " + action.label;
    if (action.state === "sent") {
      words.textContent = " — sent. " + action.message;
    } else if (action.state === "refused") {
      row.classList.add("text-danger-emphasis");
      words.textContent = " — not sent. " + action.message;
      row.appendChild(
        button("Remove from the list", named, function () {
          outbox.remove(action.id).then(show);
        }),
      );
    } else if (outbox.isOld(action)) {
      words.textContent =
        " — done " + time(action.madeAt) + ", more than a week ago. Send it now, or drop it?";
      row.appendChild(
        button("Send", named, function () {
          send(action.id);
        }),
      );
      row.appendChild(
        button("Drop", named, function () {
          outbox.remove(action.id).then(function () {
            status.textContent = "Dropped: " + action.label + ".";
            return show();
          });
        }),
      );
    } else {
      words.textContent =
        " — waiting to send, done " + time(action.madeAt) + "." + (action.message ? " " + action.message : "");
    }
    return row;
  };

  // Lists this person's actions; ones the service worker sent meanwhile are shown once.
  function show() {
    return outbox.list(owner).then(function (actions) {
      var sentNow = actions.filter(function (action) {
        return action.state === "sent";
      });
      sentNow.forEach(function (action) {
        outbox.remove(action.id);
        shownSent = shownSent.filter(function (shown) {
          return shown.id !== action.id;
        });
      });
      shownSent = shownSent.concat(sentNow);
      var left = actions.filter(function (action) {
        return action.state !== "sent";
      });
      var everything = left.concat(shownSent);
      list.replaceChildren.apply(list, everything.map(item));
      var waiting = left.filter(function (action) {
        return action.state === "waiting" && !outbox.isOld(action);
      });
      sendNow.hidden = waiting.length === 0;
      panel.hidden = everything.length === 0;
      return waiting;
    });
  }

  function send(only) {
    if (sending) {
      return Promise.resolve();
    }
    sending = true;
    // A copy kept for offline carries the token of its day: use the latest a page gave.
    var latest = isLive ? Promise.resolve(null) : outbox.recall().catch(function () {});
    return latest
      .then(function (about) {
        var fresh = about && about.owner === owner ? about.token : token;
        return outbox.sendWaiting(owner, fresh, only);
      })
      .then(function (results) {
        var stuck = results.filter(function (action) {
          return action.state === "waiting";
        });
        if (results.length && stuck.length === results.length) {
          status.textContent = "No signal yet. What is waiting will be sent when the signal comes back.";
        } else if (results.length) {
          status.textContent = "Sent what was waiting. See the list for what happened.";
        }
      })
      .catch(function () {})
      .then(function () {
        sending = false;
        return show();
      });
  }

  function askForSync() {
    if (!("serviceWorker" in navigator) || !navigator.serviceWorker) {
      return;
    }
    navigator.serviceWorker.ready
      .then(function (registration) {
        return registration.sync && registration.sync.register("codesign-send");
      })
      .catch(function () {});
  }

  function fieldsOf(form) {
    var fields = [];
    new FormData(form).forEach(function (value, name) {
      if (name !== "csrfmiddlewaretoken" && typeof value === "string") {
        fields.push([name, value]);
      }
    });
    // What the page showed when it opened, so only what was changed here changes.
    form.querySelectorAll("input[type='checkbox'][name='attended']").forEach(function (box) {
      if (box.defaultChecked) {
        fields.push(["was", box.value]);
      }
      box.defaultChecked = box.checked;
    });
    form.querySelectorAll("textarea[name='notes']").forEach(function (area) {
      fields.push(["was", area.defaultValue]);
      area.defaultValue = area.value;
    });
    return fields;
  }

  function labelOf(form) {
    var label = form.getAttribute("data-sent-later-label");
    var detail = form.getAttribute("data-sent-later-detail");
    var field = detail ? form.elements.namedItem(detail) : null;
    var words = "";
    if (field && field.tagName === "SELECT") {
      words = field.selectedIndex > 0 ? field.options[field.selectedIndex].text : "";
    } else if (field && field.length !== undefined && !field.tagName) {
      var checked = form.querySelector("input[name='" + detail + "']:checked");
      var labelled = checked && form.querySelector("label[for='" + checked.id + "']");
      words = labelled ? labelled.textContent.trim() : "";
    } else if (field) {
      words = field.value.trim();
    }
    return words ? label + ": " + words : label;
  }

  // A form whose main field is blank is not kept: the phone says what is missing at once,
  // rather than a week later when the signal comes back.
  function blankDetail(form) {
    var needed = form.getAttribute("data-sent-later-blank");
    var detail = form.getAttribute("data-sent-later-detail");
    var field = needed && detail ? form.elements.namedItem(detail) : null;
    return field && field.tagName === "INPUT" && !field.value.trim() ? field : null;
  }

  // Said next to the field, as the server would say it.
  function sayBlank(form, blank) {
    var said = form.querySelector("[data-sent-later-blank-said]");
    if (!blank) {
      if (said) {
        var field = form.elements.namedItem(form.getAttribute("data-sent-later-detail"));
        field.removeAttribute("aria-invalid");
        field.classList.remove("is-invalid");
        said.remove();
      }
      return;
    }
    if (!said) {
      said = document.createElement("p");
      said.className = "invalid-feedback d-block";
      said.id = (blank.id || "field") + "-blank";
      said.setAttribute("role", "alert");
      said.setAttribute("data-sent-later-blank-said", "");
      blank.insertAdjacentElement("afterend", said);
      var described = blank.getAttribute("aria-describedby");
      blank.setAttribute("aria-describedby", described ? said.id + " " + described : said.id);
    }
    said.textContent = form.getAttribute("data-sent-later-blank");
    blank.setAttribute("aria-invalid", "true");
    blank.classList.add("is-invalid");
    blank.focus();
  }

  Array.prototype.forEach.call(document.querySelectorAll("form[data-sent-later]"), function (form) {
    form.addEventListener("submit", function (event) {
      if (navigator.onLine !== false) {
        return; // with a signal the form goes as it always did
      }
      event.preventDefault();
      var blank = blankDetail(form);
      sayBlank(form, blank);
      if (blank) {
        return;
      }
      var kind = form.getAttribute("data-sent-later-kind");
      // What was filled in is read now, and a check-in form is cleared now, before the next
      // code can be typed: the next person's code is never wiped by this one being kept.
      var details = {
        owner: owner,
        url: form.getAttribute("data-sent-later"),
        kind: kind,
        label: labelOf(form),
        fields: fieldsOf(form),
      };
      if (kind === "checkin") {
        form.reset();
        var code = form.elements.namedItem("code");
        if (code) {
          code.focus();
        }
      }
      outbox.add(details).then(function () {
        status.textContent = "Saved on this phone. It will be sent when there is a signal.";
        askForSync();
        return show();
      });
    });
  });

  sendNow.addEventListener("click", function () {
    send();
  });
  window.addEventListener("online", function () {
    send();
  });
  if (navigator.serviceWorker) {
    navigator.serviceWorker.addEventListener("message", function (event) {
      if (event.data && event.data.type === "outbox") {
        show();
      }
    });
  }
  var ready = isLive && token ? outbox.remember(owner, token) : Promise.resolve();
  ready
    .catch(function () {})
    .then(show)
    .then(function (waiting) {
      if (waiting.length && navigator.onLine !== false) {
        send();
      }
    });
})();
