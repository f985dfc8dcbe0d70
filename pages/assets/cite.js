/* global document, navigator, setTimeout */
// The article page's citations: writes the reader's own date as the GB/T 7714 access date
// (引用日期), which a build cannot know without making every build different, and shows the copy
// buttons, which copy a citation as it reads. Without this script the page reads the same, with the
// placeholder in the brackets and no buttons.
(function () {
  "use strict";
  var now = new Date();
  var pad = function (n) {
    return (n < 10 ? "0" : "") + n;
  };
  var today = now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  document.querySelectorAll("[data-accessed]").forEach(function (el) {
    el.textContent = today;
  });
  if (!navigator.clipboard) return;
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) return;
    var label = button.textContent;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        button.textContent = button.getAttribute("data-copied");
        setTimeout(function () {
          button.textContent = label;
        }, 2000);
      });
    });
  });
})();
