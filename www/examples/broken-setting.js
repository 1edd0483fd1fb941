// The host page's own behaviour, which a broken widget setting must not stop.
(function () {
  var button = document.getElementById("counter");
  var clicks = 0;
  button.addEventListener("click", function () {
    clicks += 1;
    button.textContent = "Clicked " + clicks + (clicks === 1 ? " time" : " times");
  });
})();
