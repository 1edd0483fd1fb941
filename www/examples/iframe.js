// The parent side of the iframe mode: size the frame to the widget, and see its events.
// A classic script, so it works where modules are not allowed. Messages are trusted only
// from the frame itself and from the origin that serves embed.html.
(function () {
  var frame = document.getElementById("painmap-frame");
  var widgetOrigin = new URL(frame.src, location.href).origin;
  window.painmapMessages = [];
  window.addEventListener("message", function (event) {
    if (event.origin !== widgetOrigin || event.source !== frame.contentWindow) return;
    var data = event.data || {};
    if (typeof data.type !== "string" || data.type.indexOf("painmap:") !== 0) return;
    window.painmapMessages.push(data);
    if (data.type === "painmap:height") {
      frame.style.height = data.height + "px";
    } else {
      document.getElementById("last-event").textContent = "Last event: " + data.type;
    }
  });
})();
