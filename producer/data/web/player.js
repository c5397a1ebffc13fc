/* producer's read-aloud web player: plays a chapter's audio and highlights the sentence being spoken.
   Offline, no framework. The page embeds its sync data (JSON in #sync): the audio files and, for each
   par, [element id, file index, begin ms, end ms, group] where group names the quoted document or note
   the par belongs to ("" for the narrative), for skipping; and each group's label. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("sync").textContent);
  var audio = document.getElementById("audio");
  var playButton = document.getElementById("play");
  var speed = document.getElementById("speed");
  var status = document.getElementById("status");
  var pars = data.pars;
  var file = -1;
  var active = null;
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function load(index, ms, play) {
    if (index !== file) {
      file = index;
      audio.src = data.files[index];
    }
    var seek = function () {
      audio.currentTime = ms / 1000;
      if (play) { audio.play(); }
    };
    if (audio.readyState >= 1) { seek(); } else { audio.addEventListener("loadedmetadata", seek, { once: true }); }
  }

  function current() {
    var t = audio.currentTime * 1000, lo = 0, hi = pars.length - 1, found = -1;
    while (lo <= hi) {  /* the last par of this file that begins at or before t */
      var mid = (lo + hi) >> 1, p = pars[mid];
      if (p[1] < file || (p[1] === file && p[2] <= t)) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found >= 0 && pars[found][1] === file && t < pars[found][3] ? found : -1;
  }

  function highlight() {
    var k = current();
    var element = k >= 0 ? document.getElementById(pars[k][0]) : null;
    if (element === active) { return; }
    if (active) { active.classList.remove("mo-active"); }
    active = element;
    if (!element) { return; }
    element.classList.add("mo-active");
    var box = element.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
      element.scrollIntoView({ block: "center", behavior: reduceMotion ? "auto" : "smooth" });
    }
  }

  function tick() {
    highlight();
    if (!audio.paused) { window.requestAnimationFrame(tick); }
  }

  function skip(step) {
    var k = current();
    if (k < 0) { k = 0; }
    var here = pars[k][4];
    for (var i = k + step; i >= 0 && i < pars.length; i += step) {
      var group = pars[i][4];
      var starts = i === 0 || pars[i - 1][4] !== group;
      if (group && group !== here && starts) {
        load(pars[i][1], pars[i][2], !audio.paused);
        status.textContent = "Moved to " + (data.labels[group] || "the next passage");
        return;
      }
    }
    status.textContent = step > 0 ? "No later document or note in this chapter" : "No earlier document or note in this chapter";
  }

  function toggle() {
    if (audio.paused) { audio.play(); } else { audio.pause(); }
  }

  audio.addEventListener("play", function () { playButton.textContent = "Pause"; tick(); });
  audio.addEventListener("pause", function () { playButton.textContent = "Play"; highlight(); });
  audio.addEventListener("seeked", highlight);
  audio.addEventListener("timeupdate", highlight);
  audio.addEventListener("ended", function () {
    if (file + 1 < data.files.length) { load(file + 1, 0, true); }
  });
  playButton.addEventListener("click", toggle);
  document.getElementById("previous").addEventListener("click", function () { skip(-1); });
  document.getElementById("next").addEventListener("click", function () { skip(1); });
  speed.addEventListener("change", function () { audio.playbackRate = parseFloat(speed.value); });
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || /^(INPUT|SELECT|TEXTAREA)$/.test(event.target.tagName)) { return; }
    var keys = { k: toggle, j: function () { skip(-1); }, l: function () { skip(1); } };
    var action = keys[event.key.toLowerCase()];
    if (action) { event.preventDefault(); action(); }
  });
  document.getElementById("text").addEventListener("click", function (event) {
    var target = event.target.closest("[id]");  /* a click on a sentence plays from it */
    for (var i = 0; target && i < pars.length; i++) {
      if (pars[i][0] === target.id) { load(pars[i][1], pars[i][2], true); return; }
    }
  });
  window.producerPlayer = { audio: audio, seek: function (ms, index) { load(index || 0, ms, false); } };
  load(0, 0, false);
})();
