/*
 * Career Advisor chat widget. Embed with one tag:
 *   <script src="https://HOST/widget.js" data-title="..." data-greeting="..." data-accent="#2f5bd3" data-position="right" defer></script>
 * It talks to the API of the origin it was loaded from, lives in a shadow root so it neither breaks nor restyles
 * the host page, and renders answers with a small Markdown renderer that only ever creates allow-listed elements
 * and text nodes (it never parses HTML), so document or model text can never inject markup, script or images.
 * Links become links only to the hosts the server allows (GET /api/widget/config, the list Telegram uses too);
 * any other link shows as its text.
 *
 * Sites that may use it: the advisor's API answers only the origins in advisor.web.allowed-origins, and a browser
 * hides a refused cross-origin answer from the page (it looks like a network error). So the widget first asks
 * GET /api/widget/config, which every origin may read and which says whether this page's origin is allowed
 * (originAllowed); on a site that is not, the panel says that the advisor is not enabled here and the console says
 * which setting to change. A request that fails like a network error later asks again, to tell the two apart.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || window.__careerAdvisorWidget) {
    return;
  }
  window.__careerAdvisorWidget = true;

  var api = new URL(script.src, location.href).origin;
  var config = {
    title: script.getAttribute('data-title') || 'Career Advisor',
    greeting: script.getAttribute('data-greeting') || 'Hi! Ask me about our roles: what they do, require and pay.',
    accent: /^#[0-9a-fA-F]{3,8}$/.test(script.getAttribute('data-accent') || '') ? script.getAttribute('data-accent') : null,
    position: script.getAttribute('data-position') === 'left' ? 'left' : 'right',
    page: script.getAttribute('data-mode') === 'page'
  };
  var storageKey = 'career-advisor:' + api;
  var state = load();
  var streaming = null;
  var linkHosts = [];
  var refused = false;
  var unseen = false;

  // ---------- safe Markdown ----------

  var INLINE = /(\*\*([^*\n]+)\*\*)|(`([^`\n]+)`)|(!\[([^\]\n]*)\]\(([^)\s]*)\))|(\[([^\]\n]+)\]\(([^)\s]+)\))|(\*([^*\s][^*\n]*)\*)|(\b_([^_\n]+)_\b)/g;

  function inline(parent, text) {
    var last = 0;
    var match;
    // A fresh expression per call: the recursion for nested markup must not move the caller's position.
    var pattern = new RegExp(INLINE.source, 'g');
    while ((match = pattern.exec(text)) !== null) {
      if (match.index > last) {
        parent.appendChild(document.createTextNode(text.slice(last, match.index)));
      }
      if (match[1]) {
        inline(parent.appendChild(document.createElement('strong')), match[2]);
      } else if (match[3]) {
        parent.appendChild(document.createElement('code')).textContent = match[4];
      } else if (match[5]) {
        // Images are never rendered: at most their description, as text.
        if (match[6]) {
          parent.appendChild(document.createTextNode(match[6]));
        }
      } else if (match[8]) {
        var url = match[10];
        if (allowedLink(url)) {
          var link = parent.appendChild(document.createElement('a'));
          link.href = url;
          link.target = '_blank';
          link.rel = 'noopener noreferrer';
          inline(link, match[9]);
        } else {
          inline(parent, match[9]);
        }
      } else if (match[11]) {
        inline(parent.appendChild(document.createElement('em')), match[12]);
      } else if (match[13]) {
        inline(parent.appendChild(document.createElement('em')), match[14]);
      }
      last = pattern.lastIndex;
    }
    if (last < text.length) {
      parent.appendChild(document.createTextNode(text.slice(last)));
    }
  }

  /** An http(s) link to an allowed host or a mailto link to an allowed domain, parsed as the browser will follow it. */
  function allowedLink(url) {
    var parsed;
    try {
      parsed = new URL(url);
    } catch (ignored) {
      return false;
    }
    var host;
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
      if (parsed.username || parsed.password) {
        return false;
      }
      host = parsed.hostname;
    } else if (parsed.protocol === 'mailto:') {
      var address;
      try {
        address = decodeURIComponent(parsed.pathname);
      } catch (ignored) {
        return false;
      }
      if (address.indexOf(',') >= 0 || address.lastIndexOf('@') < 0) {
        return false;
      }
      host = address.slice(address.lastIndexOf('@') + 1);
    } else {
      return false;
    }
    host = host.toLowerCase().replace(/\.$/, '');
    return linkHosts.some(function (allowed) {
      return host === allowed || host.slice(-(allowed.length + 1)) === '.' + allowed;
    });
  }

  function markdown(text) {
    var fragment = document.createDocumentFragment();
    var paragraph = null;
    var list = null;
    text.split('\n').forEach(function (raw) {
      var line = raw.replace(/\s+$/, '');
      var item = /^\s*(?:[-*+]|(\d{1,3})[.)])\s+(.*)$/.exec(line);
      var heading = /^#{1,6}\s+(.*)$/.exec(line);
      if (!line.trim()) {
        paragraph = null;
        list = null;
      } else if (item) {
        var tag = item[1] ? 'ol' : 'ul';
        if (!list || list.tagName.toLowerCase() !== tag) {
          list = fragment.appendChild(document.createElement(tag));
        }
        inline(list.appendChild(document.createElement('li')), item[2]);
        paragraph = null;
      } else if (heading) {
        inline(fragment.appendChild(document.createElement('p')).appendChild(document.createElement('strong')), heading[1]);
        paragraph = null;
        list = null;
      } else {
        if (!paragraph) {
          paragraph = fragment.appendChild(document.createElement('p'));
        } else {
          paragraph.appendChild(document.createTextNode(' '));
        }
        inline(paragraph, line.trim());
        list = null;
      }
    });
    return fragment;
  }

  // ---------- elements ----------

  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  var host = el('div', { id: 'career-advisor-widget' });
  var mount = config.page && document.getElementById('career-advisor-page') || document.body;
  if (config.page) {
    host.style.display = 'block';
    host.style.height = '100%';
  }
  var root = host.attachShadow({ mode: 'open' });
  var sheet = el('link', { rel: 'stylesheet', href: api + '/widget.css' });
  var frame = el('div', { 'class': (config.page ? 'page ' : '') + config.position });
  if (config.accent) {
    host.style.setProperty('--accent', config.accent);
  }
  host.style.visibility = 'hidden';
  sheet.addEventListener('load', function () { host.style.visibility = ''; });
  sheet.addEventListener('error', function () { host.style.visibility = ''; });
  root.appendChild(sheet);
  root.appendChild(frame);

  var bubble = el('button', { 'class': 'bubble', type: 'button', 'aria-label': 'Open ' + config.title, 'aria-expanded': 'false' }, '💬');
  var panel = el('section', { 'class': 'panel', role: config.page ? 'region' : 'dialog', 'aria-label': config.title });
  var header = el('header');
  var title = el('h2', { title: config.title }, config.title);
  var newButton = el('button', { type: 'button', 'class': 'new', 'aria-label': 'New conversation' });
  newButton.appendChild(el('span', { 'class': 'long' }, 'New conversation'));
  newButton.appendChild(el('span', { 'class': 'short', 'aria-hidden': 'true' }, 'New'));
  var closeButton = el('button', { type: 'button', 'class': 'close', 'aria-label': 'Close chat' }, '✕');
  var log = el('div', { 'class': 'log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions text' });
  var form = el('form');
  var label = el('label', { 'class': 'visually-hidden', 'for': 'career-advisor-input' }, 'Your question');
  // maxlength: the server's limit on a question (MessageText.MAX_LENGTH)
  var input = el('textarea', { id: 'career-advisor-input', rows: '1', maxlength: '2000', placeholder: 'Ask about a role…' });
  var send = el('button', { type: 'submit', 'class': 'send' }, 'Send');
  var stop = el('button', { type: 'button', 'class': 'stop', hidden: '' }, 'Stop');

  header.appendChild(title);
  header.appendChild(newButton);
  if (!config.page) {
    header.appendChild(closeButton);
  }
  form.appendChild(label);
  form.appendChild(input);
  form.appendChild(send);
  form.appendChild(stop);
  panel.appendChild(header);
  panel.appendChild(log);
  panel.appendChild(form);
  if (!config.page) {
    frame.appendChild(bubble);
    panel.hidden = true;
  }
  frame.appendChild(panel);
  mount.appendChild(host);

  function open() {
    panel.hidden = false;
    bubble.setAttribute('aria-expanded', 'true');
    if (unseen && !streaming) {
      showLatest();
    }
    input.focus();
  }

  function close() {
    if (config.page) {
      return;
    }
    panel.hidden = true;
    bubble.setAttribute('aria-expanded', 'false');
    bubble.focus();
  }

  bubble.addEventListener('click', function () { panel.hidden ? open() : close(); });
  closeButton.addEventListener('click', close);
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit(input.value);
    }
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    submit(input.value);
  });
  stop.addEventListener('click', function () {
    if (streaming) {
      streaming.abort();
    }
  });
  newButton.addEventListener('click', function () {
    if (streaming) {
      streaming.abort();
    }
    state = { conversationId: null, messages: [] };
    save();
    render();
    input.focus();
  });

  // ---------- conversation ----------

  function load() {
    try {
      var stored = JSON.parse(localStorage.getItem(storageKey) || 'null');
      if (stored && Array.isArray(stored.messages)) {
        return stored;
      }
    } catch (ignored) {
      // storage unavailable or damaged: start afresh
    }
    return { conversationId: null, messages: [] };
  }

  function save() {
    try {
      localStorage.setItem(storageKey, JSON.stringify(state));
    } catch (ignored) {
      // private mode or quota: the conversation simply does not survive a reload
    }
  }

  function render() {
    if (refused) {
      return;
    }
    log.textContent = '';
    var greeting = el('div', { 'class': 'msg bot greeting' });
    greeting.appendChild(markdown(config.greeting));
    log.appendChild(greeting);
    state.messages.forEach(function (message, index) {
      // Suggestions belong to the latest answer only: older ones would pile up, all still clickable.
      log.appendChild(message.role === 'user' ? userBubble(message.text) : botBubble(message, index === state.messages.length - 1).node);
    });
    showLatest();
  }

  /** The latest answer from its first line (the end, if the conversation ends with a question); once the panel shows. */
  function showLatest() {
    if (panel.hidden) {
      unseen = true;
      return;
    }
    unseen = false;
    var last = log.lastElementChild;
    if (last && last.classList.contains('bot')) {
      reveal(last);
    } else {
      scroll();
    }
  }

  function scroll() {
    log.scrollTop = log.scrollHeight;
  }

  /** Scrolls as far down as the answer's first line allows: a long answer is read from its start, not its end. */
  function reveal(node) {
    var offset = node.getBoundingClientRect().top - log.getBoundingClientRect().top - 8;
    log.scrollTop = Math.max(0, Math.min(log.scrollTop + offset, log.scrollHeight - log.clientHeight));
    return log.scrollTop;
  }

  /**
   * Keeps a streaming answer in view as it grows: down to its end while it fits, then held at its first line. Once
   * the reader scrolls by themself it leaves the view alone.
   */
  function follower(node) {
    var position = null;
    return function () {
      if (position !== null && Math.abs(log.scrollTop - position) > 2) {
        return;
      }
      position = reveal(node);
    };
  }

  function dropSuggestions() {
    Array.prototype.forEach.call(log.querySelectorAll('.chips'), function (chips) { chips.remove(); });
  }

  function userBubble(text) {
    return el('div', { 'class': 'msg user' }, text);
  }

  function botBubble(message, latest) {
    var node = el('div', { 'class': 'msg bot' });
    var body = el('div', { 'class': 'body' });
    node.appendChild(body);
    var view = {
      node: node,
      text: function (text) {
        body.textContent = '';
        body.appendChild(markdown(text));
      },
      finish: function (complete) { decorate(node, complete, true); }
    };
    if (message.text) {
      view.text(message.text);
    }
    if (message.messageId) {
      decorate(node, message, latest);
    }
    return view;
  }

  function decorate(node, message, latest) {
    if (message.sources && message.sources.length) {
      var sources = el('div', { 'class': 'sources' });
      sources.appendChild(el('div', {}, 'Sources'));
      message.sources.forEach(function (source) {
        var details = el('details');
        details.appendChild(el('summary', {}, source.role + ' - ' + source.section));
        details.appendChild(el('blockquote', {}, source.excerpt));
        sources.appendChild(details);
      });
      node.appendChild(sources);
    }
    if (latest && message.suggestions && message.suggestions.length) {
      var chips = el('div', { 'class': 'chips', role: 'group', 'aria-label': 'Suggested questions' });
      message.suggestions.forEach(function (suggestion) {
        var chip = el('button', { type: 'button' }, suggestion);
        chip.addEventListener('click', function () { submit(suggestion); });
        chips.appendChild(chip);
      });
      node.appendChild(chips);
    }
    if (message.messageId && message.intent !== 'smalltalk') {
      node.appendChild(feedbackBar(message));
    }
  }

  function feedbackBar(message) {
    var bar = el('div', { 'class': 'feedback' });
    var up = el('button', { type: 'button', 'aria-label': 'Helpful', 'aria-pressed': String(message.feedback === 'up') }, '👍');
    var down = el('button', { type: 'button', 'aria-label': 'Not helpful', 'aria-pressed': String(message.feedback === 'down') }, '👎');
    var note = el('span', { 'class': 'note', 'aria-live': 'polite' });
    bar.appendChild(up);
    bar.appendChild(down);
    bar.appendChild(note);
    function rate(rating, comment) {
      return fetch(api + '/api/feedback', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ conversationId: message.conversationId || state.conversationId, messageId: message.messageId,
          rating: rating, comment: comment || null })
      }).then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        message.feedback = rating;
        save();
        up.setAttribute('aria-pressed', String(rating === 'up'));
        down.setAttribute('aria-pressed', String(rating === 'down'));
        note.textContent = 'Thanks for the feedback.';
      }).catch(function () {
        note.textContent = 'Feedback could not be sent.';
      });
    }
    up.addEventListener('click', function () { rate('up'); });
    down.addEventListener('click', function () {
      rate('down');
      if (bar.parentNode.querySelector('.comment')) {
        return;
      }
      var comment = el('form', { 'class': 'comment' });
      var text = el('textarea', { 'aria-label': 'What was wrong with this answer?', maxlength: '1000', placeholder: 'What was missing? (optional)' });
      var submitComment = el('button', { type: 'submit' }, 'Send');
      comment.appendChild(text);
      comment.appendChild(submitComment);
      comment.addEventListener('submit', function (event) {
        event.preventDefault();
        rate('down', text.value.trim()).then(function () { comment.remove(); });
      });
      bar.parentNode.insertBefore(comment, bar.nextSibling);
      text.focus();
    });
    return bar;
  }

  function problem(node, text, retryWith) {
    node.classList.add('error');
    node.querySelector('.body').textContent = text;
    if (retryWith) {
      var retry = el('button', { type: 'button', 'class': 'retry' }, 'Retry');
      retry.addEventListener('click', function () {
        node.remove();
        submit(retryWith, true);
      });
      node.appendChild(retry);
    }
    scroll();
  }

  function busy(on) {
    send.hidden = on;
    stop.hidden = !on;
    input.disabled = on || refused;
    if (!on && !refused) {
      input.focus();
    }
  }

  function submit(question, again) {
    var text = (question || '').trim();
    if (!text || streaming || refused) {
      return;
    }
    dropSuggestions();
    if (!again) {
      state.messages.push({ role: 'user', text: text });
      save();
      log.appendChild(userBubble(text));
    }
    input.value = '';
    var message = { role: 'bot', text: '' };
    var view = botBubble(message);
    view.node.querySelector('.body').appendChild(el('span', { 'class': 'thinking' }, 'Thinking…'));
    log.appendChild(view.node);
    scroll();
    var follow = follower(view.node);
    var controller = new AbortController();
    streaming = controller;
    busy(true);

    fetch(api + '/api/chat/stream', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'text/event-stream' },
      body: JSON.stringify({ conversationId: state.conversationId, message: text }),
      signal: controller.signal
    }).then(function (response) {
      if (!response.ok) {
        return failed(response, view, text);
      }
      return read(response, view, message, follow);
    }).catch(function (error) {
      if (error && error.name === 'AbortError') {
        if (message.text) {
          message.text += '\n\n_(stopped)_';
          view.text(message.text);
          state.messages.push(message);
          save();
        } else {
          view.node.remove();
        }
        return;
      }
      // A cross-origin refusal looks like a network error to the page: ask the server which one it was.
      return probe().then(function (allowed) {
        if (allowed === false) {
          view.node.remove();
          notEnabled();
        } else {
          problem(view.node, 'Could not reach the advisor. Check your connection and try again.', text);
        }
      });
    }).then(function () {
      streaming = null;
      busy(false);
    });
  }

  function failed(response, view, question) {
    if (response.status === 429) {
      var wait = parseInt(response.headers.get('Retry-After') || '0', 10);
      problem(view.node, 'You are sending messages too quickly. Please wait' + (wait > 0 ? ' ' + wait + ' seconds' : ' a moment') + ' and try again.', question);
      return;
    }
    if (response.status === 503) {
      problem(view.node, 'The advisor is starting up. Please try again in a few seconds.', question);
      return;
    }
    return response.json().catch(function () { return {}; }).then(function (body) {
      var detail = response.status < 500 && body && typeof body.detail === 'string' ? body.detail : null;
      problem(view.node, detail ? 'Your message could not be sent: ' + detail : 'The advisor had a problem answering. Please try again.',
        detail ? null : question);
    });
  }

  function read(response, view, message, follow) {
    var reader = response.body.getReader();
    var decoder = new TextDecoder();
    var buffer = '';
    var finished = false;
    function handle(event, data) {
      var payload = JSON.parse(data);
      if (event === 'meta') {
        // The server issues the conversation id: a new one when it did not know the one sent (expired, erased).
        state.conversationId = payload.conversationId;
        message.conversationId = payload.conversationId;
        message.messageId = payload.messageId;
        message.intent = payload.intent;
      } else if (event === 'delta') {
        message.text += payload.text;
        view.text(message.text);
        follow();
      } else if (event === 'reset') {
        message.text = '';
        view.text('');
      } else if (event === 'sources') {
        message.sources = payload;
      } else if (event === 'suggestions') {
        message.suggestions = payload;
      } else if (event === 'done') {
        finished = true;
        message.intent = payload.intent || message.intent;
        view.finish(message);
        state.messages.push(message);
        save();
        follow();
      } else if (event === 'error') {
        finished = true;
        problem(view.node, payload.message, null);
      }
    }
    function pump() {
      return reader.read().then(function (chunk) {
        if (chunk.done) {
          if (!finished) {
            problem(view.node, 'The answer was cut off. Please try again.', null);
          }
          return;
        }
        buffer += decoder.decode(chunk.value, { stream: true }).replace(/\r\n/g, '\n');
        var boundary;
        while ((boundary = buffer.indexOf('\n\n')) >= 0) {
          var block = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          var event = 'message';
          var data = [];
          block.split('\n').forEach(function (line) {
            if (line.indexOf('event:') === 0) {
              event = line.slice(6).trim();
            } else if (line.indexOf('data:') === 0) {
              data.push(line.slice(5).replace(/^ /, ''));
            }
          });
          if (data.length) {
            handle(event, data.join('\n'));
          }
        }
        return pump();
      });
    }
    return pump();
  }

  /** The server's copy of the conversation is authoritative (another tab, another device); local state is the fallback. */
  function refreshFromServer() {
    if (!state.conversationId) {
      return;
    }
    fetch(api + '/api/conversations/' + encodeURIComponent(state.conversationId) + '/messages').then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (stored) {
      if (!stored || streaming) {
        return;
      }
      var local = {};
      state.messages.forEach(function (message) {
        if (message.messageId) {
          local[message.messageId] = message;
        }
      });
      state.messages = stored.map(function (message) {
        if (message.author === 'USER') {
          return { role: 'user', text: message.text };
        }
        var known = local[message.id] || {};
        return { role: 'bot', text: message.text, messageId: message.id, intent: message.intent, conversationId: state.conversationId,
          sources: message.sources || [], suggestions: known.suggestions || [], feedback: known.feedback };
      });
      save();
      render();
    }).catch(function () {
      // offline: the locally kept conversation stays on screen
    });
  }

  /**
   * The deployment's settings for this page: its link hosts (until they arrive, or if they cannot, links show as
   * text) and whether this page's origin may use the API. Resolves to true or false for that, or null when the
   * server could not be asked (offline, down).
   */
  function probe() {
    return fetch(api + '/api/widget/config', { cache: 'no-cache', credentials: 'omit' }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (settings) {
      if (!settings) {
        return null;
      }
      if (Array.isArray(settings.linkHosts)) {
        linkHosts = settings.linkHosts.map(function (host) { return String(host).toLowerCase(); });
      }
      return settings.originAllowed !== false;
    }).catch(function () {
      return null;
    });
  }

  function loadConfig() {
    probe().then(function (allowed) {
      if (allowed === false) {
        notEnabled();
      } else if (allowed && !streaming) {
        render();
      }
    });
  }

  /** This site is not one the advisor answers: say so plainly, and tell the site's developer what to change. */
  function notEnabled() {
    if (refused) {
      return;
    }
    refused = true;
    if (streaming) {
      streaming.abort();
    }
    log.textContent = '';
    var notice = el('div', { 'class': 'msg bot notice', role: 'status' });
    notice.appendChild(el('p', {}, 'The advisor is not enabled for this site, so it cannot answer questions here.'));
    notice.appendChild(el('p', { 'class': 'hint' }, 'If this is your site: the browser console says what to change.'));
    log.appendChild(notice);
    newButton.hidden = true;
    input.disabled = true;
    input.placeholder = 'Not available on this site';
    send.disabled = true;
    if (window.console && console.error) {
      console.error('Career Advisor widget: this page\'s origin ' + location.origin + ' is not allowed to use the advisor at ' + api
        + ', so the widget is off here. Add ' + location.origin + ' to the advisor\'s setting advisor.web.allowed-origins'
        + ' (environment variable ADVISOR_WEB_ALLOWEDORIGINS, comma-separated origins) and restart it.');
    }
  }

  render();
  loadConfig();
  refreshFromServer();
  if (config.page) {
    input.focus();
  }
})();
