/*
 * Read aloud with the browser's own speech synthesis (no service, no tracking).
 * Reads the region marked data-read-aloud-region sentence by sentence, in the page's language,
 * and highlights the sentence being read (CSS Custom Highlight API, or a class on its block).
 */
(function () {
  "use strict";

  const controls = document.querySelector("[data-read-aloud]");
  const region = document.querySelector("[data-read-aloud-region]");
  const synth = window.speechSynthesis;
  if (!controls || !region || !synth || typeof window.SpeechSynthesisUtterance !== "function") {
    return;
  }

  const language = (document.documentElement.lang || "nl").toLowerCase();
  const BLOCKS = "h1, h2, h3, h4, p, li, summary, figcaption, dt, dd, blockquote, td, th";
  const SENTENCE = /[^.!?…]+(?:[.!?…]+["'”’)]*|$)\s*/g;
  const playButton = controls.querySelector('[data-action="play"]');
  const pauseButton = controls.querySelector('[data-action="pause"]');
  const stopButton = controls.querySelector('[data-action="stop"]');
  const playLabel = controls.querySelector("[data-play-label]");
  const status = controls.querySelector("[data-read-aloud-status]");
  const canHighlight = typeof window.Highlight === "function" && window.CSS && CSS.highlights;

  let voice = null;
  let sentences = [];
  let index = 0;
  let state = "stopped"; // stopped | playing | paused

  function findVoice(lang) {
    const voices = synth.getVoices();
    const wanted = (lang || language).toLowerCase();
    return (
      voices.find((v) => v.lang.toLowerCase() === wanted) ||
      voices.find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === wanted.split(/[-_]/)[0]) ||
      null
    );
  }

  // Text in another language (a Dutch profile on the English site) carries its own lang.
  function languageOf(element) {
    const marked = element.closest("[lang]");
    return marked ? marked.lang : language;
  }

  function showWhenVoiceExists() {
    voice = findVoice(languageOf(region));
    controls.hidden = !voice;
  }

  // Leaf blocks only, so a <li> holding a <p> is not read twice.
  function readableBlocks() {
    return Array.from(region.querySelectorAll(BLOCKS)).filter(
      (el) =>
        !el.querySelector(BLOCKS) &&
        !el.closest("[data-read-aloud], [aria-hidden='true'], [hidden], .visually-hidden") &&
        // A closed question's answer is not on screen: read the question only.
        (el.matches("summary") || !el.closest("details:not([open])"))
    );
  }

  // Map each sentence of a block to a DOM Range, so it can be highlighted in place.
  function sentencesOf(block) {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const pieces = [];
    let text = "";
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      pieces.push({ node, start: text.length });
      text += node.nodeValue;
    }
    const locate = (offset) => {
      let piece = pieces[0];
      for (const candidate of pieces) {
        if (candidate.start <= offset) piece = candidate;
      }
      return [piece.node, Math.min(offset - piece.start, piece.node.nodeValue.length)];
    };
    const result = [];
    for (const match of text.matchAll(SENTENCE)) {
      const spoken = match[0].trim();
      if (!spoken) continue;
      const start = match.index + match[0].indexOf(spoken);
      const range = document.createRange();
      range.setStart(...locate(start));
      range.setEnd(...locate(start + spoken.length));
      result.push({ text: spoken, range, block });
    }
    return result;
  }

  function highlight(sentence) {
    region.querySelectorAll(".is-being-read").forEach((el) => el.classList.remove("is-being-read"));
    if (canHighlight) CSS.highlights.delete("read-aloud");
    if (!sentence) return;
    if (canHighlight) {
      CSS.highlights.set("read-aloud", new Highlight(sentence.range));
    } else {
      sentence.block.classList.add("is-being-read");
    }
  }

  function setState(next) {
    state = next;
    playButton.disabled = next === "playing";
    pauseButton.disabled = next !== "playing";
    stopButton.disabled = next === "stopped";
    playLabel.textContent = controls.dataset[next === "paused" ? "labelResume" : "labelPlay"];
    status.textContent = controls.dataset["status" + next.charAt(0).toUpperCase() + next.slice(1)];
    controls.dataset.state = next;
  }

  function speakFrom(position) {
    index = position;
    if (state !== "playing") return;
    if (index >= sentences.length) {
      highlight(null);
      setState("stopped");
      return;
    }
    const sentence = sentences[index];
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    const sentenceVoice = findVoice(languageOf(sentence.block)) || voice;
    utterance.lang = sentenceVoice ? sentenceVoice.lang : languageOf(sentence.block);
    if (sentenceVoice) utterance.voice = sentenceVoice;
    utterance.onstart = () => highlight(sentence);
    utterance.onend = () => {
      if (state === "playing") speakFrom(index + 1);
    };
    utterance.onerror = (event) => {
      // "interrupted"/"canceled" come from our own stop and pause; anything else ends reading.
      if (event.error !== "interrupted" && event.error !== "canceled") stop();
    };
    synth.speak(utterance);
  }

  function play() {
    if (state === "paused") {
      setState("playing");
      synth.resume();
      return;
    }
    synth.cancel();
    sentences = readableBlocks().flatMap(sentencesOf);
    setState("playing");
    speakFrom(0);
  }

  function pause() {
    setState("paused");
    synth.pause();
  }

  function stop() {
    setState("stopped");
    synth.cancel();
    highlight(null);
  }

  playButton.addEventListener("click", play);
  pauseButton.addEventListener("click", pause);
  stopButton.addEventListener("click", stop);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && state !== "stopped") stop();
  });
  window.addEventListener("pagehide", () => synth.cancel());

  showWhenVoiceExists();
  if (typeof synth.addEventListener === "function") {
    synth.addEventListener("voiceschanged", showWhenVoiceExists);
  }
})();
