/* Readability (B1) checks for Wagtail's content checker, run inside the page preview.
 *
 * Wagtail configures axe-core with our rules (plainlanguage/userbar.py); here we register the
 * JavaScript half of each check. The first check to run sends the text of <main> to the
 * analysis endpoint; every check then waits for that one answer. Slot N fails on the element
 * that holds the sentence of issue N. The issues also go to the editor window (editor.js),
 * which shows their messages in the checks panel.
 */
(function () {
  'use strict';

  var userbar = window.wagtail && window.wagtail.userbar;
  if (!userbar || typeof userbar.registerCheck !== 'function' || !userbar.shadowRoot) {
    return;
  }
  var configElement = userbar.shadowRoot.getElementById('plainlanguage-config');
  if (!configElement) {
    return;
  }
  var config = JSON.parse(configElement.textContent);
  var pending = null;

  function normalise(text) {
    return (text || '').replace(/\s+/g, ' ').trim();
  }

  function mainElement() {
    return document.querySelector('main, [role="main"]');
  }

  var BLOCKS = 'address, article, aside, blockquote, dd, details, div, dl, dt, figcaption, figure, ' +
    'footer, h1, h2, h3, h4, h5, h6, header, li, ol, p, pre, section, summary, table, td, th, tr, ul';
  var SKIPPED = 'button, script, style, template, noscript, svg, select, textarea, input, ' +
    '[hidden], [aria-hidden="true"]';

  // What a reader reads, one block a line. innerText would do this, but not in a preview
  // iframe that is not being drawn; and buttons (such as read-aloud controls) are not text.
  function readableText(root) {
    var parts = [];
    (function walk(node) {
      if (node.nodeType === Node.TEXT_NODE) {
        parts.push(node.nodeValue);
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE || node.matches(SKIPPED)) {
        return;
      }
      var block = node.matches(BLOCKS) || node.tagName === 'BR';
      if (block) {
        parts.push('\n');
      }
      node.childNodes.forEach(walk);
      if (block) {
        parts.push('\n');
      }
    })(root);
    return parts.join('').replace(/[ \t\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
  }

  function analyse() {
    if (pending) {
      return pending;
    }
    var main = mainElement();
    var text = main ? readableText(main) : '';
    var language = (document.documentElement.lang || 'nl').split('-')[0];
    // Wagtail waits for every check before it shows any result, so never wait long for ours.
    var controller = typeof AbortController === 'function' ? new AbortController() : null;
    var timer = controller ? window.setTimeout(function () { controller.abort(); }, 8000) : null;
    pending = fetch(config.endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRFToken': config.csrfToken },
      body: JSON.stringify({ text: text, language: language }),
      signal: controller ? controller.signal : undefined,
    })
      .then(function (response) {
        window.clearTimeout(timer);
        return response.ok ? response.json() : null;
      })
      .catch(function () {
        return null;
      })
      .then(function (analysis) {
        if (analysis && window.top !== window) {
          window.top.postMessage(
            { plainlanguage: { verdict: analysis.verdict, score: analysis.score,
              readability_index: analysis.readability_index,
              flesch_douma: analysis.flesch_douma, slots: config.slots,
              issues: analysis.issues.slice(0, config.slots).map(function (issue) {
                return { kind: issue.kind, message: issue.message, sentence: issue.sentence_text };
              }),
              total: analysis.issues.length } },
            window.location.origin
          );
        }
        return analysis;
      });
    return pending;
  }

  // The element that shows a sentence: the deepest listed element whose text contains its start.
  function holdsSentence(node, sentence) {
    var key = normalise(sentence).slice(0, 60);
    if (!key || normalise(node.textContent).indexOf(key) === -1) {
      return false;
    }
    var children = node.querySelectorAll('*');
    for (var i = 0; i < children.length; i += 1) {
      if (children[i].matches('h1, h2, h3, h4, h5, h6, p, li, dt, dd, td, th, blockquote, figcaption, summary, legend, label, caption')
          && normalise(children[i].textContent).indexOf(key) !== -1) {
        return false;
      }
    }
    return true;
  }

  userbar.registerCheck(config.summaryRule, function () {
    var done = this.async();
    analyse().then(function (analysis) {
      done(!analysis || analysis.verdict === 'b1');
    });
  });

  function registerSlot(slot) {
    userbar.registerCheck('plainlanguage-issue-' + slot, function (node) {
      var done = this.async();
      analyse().then(function (analysis) {
        var issue = analysis && analysis.issues[slot - 1];
        if (!issue) {
          done(true);
          return;
        }
        var main = mainElement();
        if (node === main) {
          // Text outside the listed elements (or not found at all) is reported on <main>.
          var found = Array.prototype.some.call(
            main.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li, dt, dd, td, th, blockquote, figcaption, summary, legend, label, caption'),
            function (element) { return holdsSentence(element, issue.sentence_text); }
          );
          done(found);
          return;
        }
        done(!holdsSentence(node, issue.sentence_text));
      });
    });
  }
  for (var slot = 1; slot <= config.slots; slot += 1) {
    registerSlot(slot);
  }
})();
