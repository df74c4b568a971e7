// Check-in: read the code on a person's card with the phone's camera, where the browser can
// (BarcodeDetector). Without it the page works as before: type the code.
(function () {
  "use strict";
  var input = document.getElementById("id_code");
  var holder = document.getElementById("scan-card");
  if (!input || !holder || !("BarcodeDetector" in window) || !navigator.mediaDevices) {
    return;
  }
  var button = document.createElement("button");
  button.type = "button";
  button.className = "btn btn-outline-secondary mt-2";
  button.textContent = "Scan the card with the camera";
  var status = document.createElement("p");
  status.className = "small mt-2 mb-0";
  status.setAttribute("role", "status");
  var video = document.createElement("video");
  video.className = "w-100 mt-2 rounded border";
  video.setAttribute("playsinline", "");
  video.setAttribute("aria-hidden", "true");
  video.hidden = true;
  holder.append(button, status, video);

  // A card may carry the bare code or a link ending in it; the server tidies the rest.
  function codeFrom(text) {
    var parts = String(text).trim().split(/[/?#=]/).filter(Boolean);
    return parts.length ? parts[parts.length - 1] : "";
  }

  button.addEventListener("click", function () {
    var detector = new window.BarcodeDetector({ formats: ["qr_code", "code_128"] });
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "environment" } })
      .then(function (stream) {
        function stop() {
          stream.getTracks().forEach(function (track) { track.stop(); });
          video.hidden = true;
        }
        video.srcObject = stream;
        video.hidden = false;
        status.textContent = "Hold the card's code in front of the camera.";
        return video.play().then(function () {
          function look() {
            detector.detect(video).then(function (found) {
              if (found.length) {
                stop();
                input.value = codeFrom(found[0].rawValue);
                status.textContent = "Code read. Checking in…";
                input.form.requestSubmit();
              } else if (!video.hidden) {
                window.requestAnimationFrame(look);
              }
            });
          }
          look();
        });
      })
      .catch(function () {
        status.textContent = "The camera could not be used. Type the code instead.";
      });
  });
})();
