// The page's own use of the iframe mode: painmap-frame.js (loaded in the head) sizes the frame
// and checks who sent each message; this page only listens to the events it puts on the frame.
// `window.painmapMessages` keeps them, in the frame's message shape, for the tests.
(function () {
  var frame = document.getElementById("painmap-frame");
  window.painmapMessages = [];
  ["painmap:height", "painmap:ready", "painmap:change", "painmap:advice", "painmap:book", "painmap:error"].forEach(
    function (type) {
      frame.addEventListener(type, function (event) {
        var entry = type === "painmap:height" ? { type: type, height: event.detail.height } : { type: type, detail: event.detail };
        window.painmapMessages.push(entry);
        if (type !== "painmap:height") document.getElementById("last-event").textContent = "Last event: " + type;
      });
    },
  );
})();
