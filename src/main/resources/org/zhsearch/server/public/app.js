// zhsearch search page. Plain script, no dependencies. The page's state lives in the URL (?q=&page=&from=&to=
// &source=&group= for results, ?article=&p= for an article), so reload, back and forward all work.
// Document text is only ever inserted with textContent; the one exception is a hit's `highlight`, which the
// server HTML-escapes and marks up with <mark> only.
'use strict';

(function () {
  const PAGE_SIZE = 10;
  const SUGGEST_DELAY_MS = 200;

  const $ = (id) => document.getElementById(id);
  const form = $('search-form');
  const input = $('q');
  const suggestionList = $('suggestions');
  const fromInput = $('from');
  const toInput = $('to');
  const sourceInput = $('source');
  const groupInput = $('group');
  const errorBox = $('error');
  const results = $('results');
  const summary = $('summary');
  const hitList = $('hits');
  const pager = $('pager');
  const intro = $('intro');
  const articleView = $('article');

  let composing = false;
  let suggestTimer = 0;
  let suggestSeq = 0;
  let renderSeq = 0;
  let activeSuggestion = -1;

  // ---- URL state --------------------------------------------------------------------------------------------

  function currentState() {
    const p = new URLSearchParams(location.search);
    return {
      q: (p.get('q') || '').trim(),
      page: Math.max(1, parseInt(p.get('page') || '1', 10) || 1),
      from: p.get('from') || '',
      to: p.get('to') || '',
      source: p.get('source') || '',
      group: p.get('group') === 'article' ? 'article' : 'paragraph',
      article: p.get('article') || '',
      para: parseInt(p.get('p') || '0', 10) || 0
    };
  }

  function stateUrl(s) {
    const p = new URLSearchParams();
    if (s.article) {
      p.set('article', s.article);
      if (s.para) p.set('p', String(s.para));
    }
    if (s.q) p.set('q', s.q);
    if (s.page > 1) p.set('page', String(s.page));
    if (s.from) p.set('from', s.from);
    if (s.to) p.set('to', s.to);
    if (s.source) p.set('source', s.source);
    if (s.group === 'article') p.set('group', 'article');
    const qs = p.toString();
    return qs ? '?' + qs : location.pathname;
  }

  function navigate(s, replace) {
    const url = stateUrl(s);
    if (url === location.search || (url === location.pathname && !location.search)) {
      render();
      return;
    }
    if (replace) {
      history.replaceState(null, '', url);
    } else {
      history.pushState(null, '', url);
    }
    render();
  }

  function formState() {
    return {
      q: input.value.trim(),
      page: 1,
      from: fromInput.value,
      to: toInput.value,
      source: sourceInput.value.trim(),
      group: groupInput.checked ? 'article' : 'paragraph',
      article: '',
      para: 0
    };
  }

  // ---- API ------------------------------------------------------------------------------------------------

  async function api(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' } });
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (!response.ok) {
      const message = body && body.message ? body.message : '请求失败（HTTP ' + response.status + '）';
      throw new Error(message);
    }
    return body;
  }

  // ---- rendering ------------------------------------------------------------------------------------------

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = !message;
  }

  function formatDate(date) {
    return date ? date.replace('T', ' ') : '';
  }

  function syncForm(s) {
    if (document.activeElement !== input || !composing) input.value = s.q;
    fromInput.value = s.from;
    toInput.value = s.to;
    sourceInput.value = s.source;
    groupInput.checked = s.group === 'article';
    const active = [s.from, s.to, s.source].filter(Boolean).length + (s.group === 'article' ? 1 : 0);
    $('filters-label').textContent = active ? '筛选（' + active + '）' : '筛选';
  }

  async function render() {
    const seq = ++renderSeq;
    const s = currentState();
    syncForm(s);
    showError('');
    hideSuggestions();
    if (s.article) {
      results.hidden = true;
      intro.hidden = true;
      await renderArticle(s, seq);
    } else if (s.q) {
      articleView.hidden = true;
      intro.hidden = true;
      await renderResults(s, seq);
    } else {
      articleView.hidden = true;
      results.hidden = true;
      intro.hidden = false;
      document.title = 'zhsearch 段落检索';
    }
  }

  async function renderResults(s, seq) {
    const p = new URLSearchParams({ q: s.q, limit: String(PAGE_SIZE), offset: String((s.page - 1) * PAGE_SIZE) });
    if (s.from) p.set('from', s.from);
    if (s.to) p.set('to', s.to);
    if (s.source) p.set('source', s.source);
    if (s.group === 'article') p.set('group', 'article');
    let data;
    try {
      data = await api('/api/search?' + p.toString());
    } catch (e) {
      if (seq !== renderSeq) return;
      results.hidden = true;
      showError(e.message);
      return;
    }
    if (seq !== renderSeq) return;
    document.title = s.q + ' - zhsearch';
    hitList.replaceChildren();
    const unit = s.group === 'article' ? '篇文章' : '个段落';
    summary.textContent = data.total === 0
      ? '没有找到与“' + s.q + '”匹配的' + (s.group === 'article' ? '文章' : '段落') + '。'
      : '共 ' + data.total + ' ' + unit + '，用时 ' + data.tookMs + ' 毫秒';
    for (const hit of data.hits) {
      hitList.appendChild(renderHit(hit, s));
    }
    const pages = Math.max(1, Math.ceil(Math.min(data.total, 10000 + PAGE_SIZE) / PAGE_SIZE));
    pager.hidden = data.total <= PAGE_SIZE;
    $('page-info').textContent = '第 ' + s.page + ' / ' + pages + ' 页';
    $('prev').disabled = s.page <= 1;
    $('next').disabled = s.page >= pages;
    results.hidden = false;
  }

  function renderHit(hit, s) {
    const li = el('li', 'hit');
    const title = el('a', 'hit-title', hit.title || hit.articleId);
    title.href = stateUrl(Object.assign({}, s, { article: hit.articleId, para: hit.paragraph }));
    title.dataset.article = hit.articleId;
    title.dataset.paragraph = String(hit.paragraph);
    li.appendChild(el('h3', null)).appendChild(title);

    const meta = el('p', 'meta');
    const parts = [formatDate(hit.date), hit.source, hit.section, '第 ' + hit.paragraph + ' 段'];
    if (hit.matchingParagraphs !== undefined && hit.matchingParagraphs !== null) {
      parts.push(hit.matchingParagraphs + ' 段匹配');
    }
    for (const part of parts) {
      if (part) meta.appendChild(el('span', null, part));
    }
    li.appendChild(meta);

    const text = el('p', 'snippet');
    text.innerHTML = hit.highlight; // escaped by the server; contains only <mark> elements
    li.appendChild(text);
    return li;
  }

  async function renderArticle(s, seq) {
    let article;
    try {
      article = await api('/api/articles/' + s.article.split('/').map(encodeURIComponent).join('/'));
    } catch (e) {
      if (seq !== renderSeq) return;
      articleView.hidden = true;
      showError(e.message);
      return;
    }
    if (seq !== renderSeq) return;
    document.title = article.title + ' - zhsearch';
    $('article-title').textContent = article.title;
    const meta = $('article-meta');
    meta.replaceChildren();
    const parts = [formatDate(article.date), article.source, article.publication,
      article.page ? article.page + ' 版' : '', (article.editors || []).length ? '责编：' + article.editors.join('、') : ''];
    for (const part of parts) {
      if (part) meta.appendChild(el('span', null, part));
    }
    const back = $('back');
    back.href = stateUrl(Object.assign({}, s, { article: '', para: 0 }));
    back.hidden = !s.q;

    const list = $('paragraphs');
    list.replaceChildren();
    let target = null;
    let lastSection = null;
    for (const para of article.paragraphs) {
      const isHeading = para.section !== null && para.text === para.section;
      const li = el('li', isHeading ? 'para heading' : 'para', para.text);
      li.id = 'p-' + para.n;
      li.value = para.n;
      if (!isHeading && para.section && para.section !== lastSection) {
        li.dataset.section = para.section;
      }
      lastSection = para.section;
      if (para.n === s.para) {
        li.classList.add('hit');
        li.setAttribute('aria-current', 'true');
        target = li;
      }
      list.appendChild(li);
    }
    articleView.hidden = false;
    if (target) {
      target.scrollIntoView({ block: 'center' });
    } else {
      window.scrollTo(0, 0);
    }
  }

  // ---- suggestions ----------------------------------------------------------------------------------------

  function hideSuggestions() {
    suggestionList.hidden = true;
    suggestionList.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    activeSuggestion = -1;
  }

  function scheduleSuggest() {
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(suggest, SUGGEST_DELAY_MS);
  }

  async function suggest() {
    const prefix = input.value.trim();
    const seq = ++suggestSeq;
    if (!prefix || composing || [...prefix].length > 64) {
      hideSuggestions();
      return;
    }
    let data;
    try {
      data = await api('/api/suggest?' + new URLSearchParams({ q: prefix, limit: '8' }).toString());
    } catch (e) {
      return;
    }
    if (seq !== suggestSeq || composing || input.value.trim() !== prefix) return;
    suggestionList.replaceChildren();
    activeSuggestion = -1;
    for (const text of data.suggestions) {
      if (text === prefix) continue;
      const li = el('li', 'suggestion', text);
      li.setAttribute('role', 'option');
      li.addEventListener('mousedown', (event) => {
        event.preventDefault(); // keep focus in the input
        pickSuggestion(text);
      });
      suggestionList.appendChild(li);
    }
    const any = suggestionList.children.length > 0;
    suggestionList.hidden = !any;
    input.setAttribute('aria-expanded', String(any));
  }

  function moveSuggestion(delta) {
    const items = suggestionList.children;
    if (suggestionList.hidden || items.length === 0) return false;
    if (activeSuggestion >= 0) items[activeSuggestion].classList.remove('active');
    activeSuggestion = (activeSuggestion + delta + items.length + 1) % (items.length + 1) - 1;
    if (activeSuggestion >= 0) {
      items[activeSuggestion].classList.add('active');
      items[activeSuggestion].setAttribute('aria-selected', 'true');
    }
    return true;
  }

  function pickSuggestion(text) {
    input.value = text;
    hideSuggestions();
    navigate(formState(), false);
  }

  // ---- events ---------------------------------------------------------------------------------------------

  input.addEventListener('compositionstart', () => {
    composing = true;
    clearTimeout(suggestTimer);
    hideSuggestions();
  });

  input.addEventListener('compositionend', () => {
    composing = false;
    // The IME has committed text: search it (replacing the history entry while typing), then suggest.
    if (input.value.trim()) navigate(formState(), Boolean(currentState().q) && !currentState().article);
    scheduleSuggest();
  });

  input.addEventListener('input', (event) => {
    if (composing || event.isComposing) return;
    scheduleSuggest();
  });

  input.addEventListener('keydown', (event) => {
    if (event.isComposing || event.keyCode === 229) return; // the IME owns Enter and the arrows
    if (event.key === 'ArrowDown' && moveSuggestion(1)) {
      event.preventDefault();
    } else if (event.key === 'ArrowUp' && moveSuggestion(-1)) {
      event.preventDefault();
    } else if (event.key === 'Escape') {
      hideSuggestions();
    } else if (event.key === 'Enter' && activeSuggestion >= 0) {
      event.preventDefault();
      pickSuggestion(suggestionList.children[activeSuggestion].textContent);
    }
  });

  input.addEventListener('blur', () => setTimeout(hideSuggestions, 100));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(suggestTimer);
    suggestSeq++;
    hideSuggestions();
    const s = formState();
    if (!s.q) {
      showError('请输入检索词。');
      return;
    }
    navigate(s, false);
  });

  for (const filter of [fromInput, toInput, groupInput]) {
    filter.addEventListener('change', () => {
      if (input.value.trim()) navigate(formState(), false);
    });
  }

  $('prev').addEventListener('click', () => {
    const s = currentState();
    navigate(Object.assign(s, { page: Math.max(1, s.page - 1) }), false);
  });

  $('next').addEventListener('click', () => {
    const s = currentState();
    navigate(Object.assign(s, { page: s.page + 1 }), false);
  });

  hitList.addEventListener('click', (event) => {
    const link = event.target.closest('a.hit-title');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    history.pushState(null, '', link.getAttribute('href'));
    render();
  });

  $('back').addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    history.pushState(null, '', $('back').getAttribute('href'));
    render();
  });

  window.addEventListener('popstate', render);
  render();
})();
