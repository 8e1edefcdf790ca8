// zhsearch search page. Plain script, no dependencies. The page's state lives in the URL (?q=&page=&from=&to=
// &source=&publication=&group=&mode=&sort= and f.<name>= for a declared field's filter for results, ?article=&p=&w=
// for an article, w = a related hit's words to mark), so reload, back and forward all work.
// Document text is only ever inserted with textContent; the one exception is a hit's `highlight`, which the
// server HTML-escapes and marks up with <mark> only.
'use strict';

(function () {
  const PAGE_SIZE = 10;
  const SUGGEST_DELAY_MS = 150;
  const SUGGEST_MAX_CHARS = 64; // Limits.SUGGEST_PREFIX_CHARS: longer input gets no suggestions
  // sort orders; the declared sortable fields (GET /api/fields) add theirs as <name> and -<name> at start-up
  const SORTS = ['relevance', 'date', '-date'];

  const $ = (id) => document.getElementById(id);
  const form = $('search-form');
  const input = $('q');
  const suggestionList = $('suggestions');
  const fromInput = $('from');
  const toInput = $('to');
  const sourceInput = $('source');
  const publicationInput = $('publication');
  const groupInput = $('group');
  const sortSelect = $('sort');
  const errorBox = $('error');
  const results = $('results');
  const summary = $('summary');
  const hitList = $('hits');
  const relatedSection = $('related');
  const relatedList = $('related-hits');
  const pager = $('pager');
  const facetPanel = $('facets');
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
      relatedPage: Math.max(1, parseInt(p.get('rp') || '1', 10) || 1),
      words: p.get('w') || '',
      from: p.get('from') || '',
      to: p.get('to') || '',
      source: p.get('source') || '',
      publication: p.get('publication') || '',
      group: p.get('group') === 'article' ? 'article' : 'paragraph',
      mode: p.get('mode') === 'exact' ? 'exact' : 'related',
      sort: SORTS.includes(p.get('sort')) ? p.get('sort') : 'relevance',
      fields: declaredFilters(p),
      article: p.get('article') || '',
      para: parseInt(p.get('p') || '0', 10) || 0
    };
  }

  function stateUrl(s) {
    const p = new URLSearchParams();
    if (s.article) {
      p.set('article', s.article);
      if (s.para) p.set('p', String(s.para));
      if (s.words) p.set('w', s.words);
    }
    if (s.q) p.set('q', s.q);
    if (s.page > 1) p.set('page', String(s.page));
    if (s.relatedPage > 1) p.set('rp', String(s.relatedPage));
    if (s.from) p.set('from', s.from);
    if (s.to) p.set('to', s.to);
    if (s.source) p.set('source', s.source);
    if (s.publication) p.set('publication', s.publication);
    if (s.group === 'article') p.set('group', 'article');
    if (s.mode === 'exact') p.set('mode', 'exact');
    if (s.sort && s.sort !== 'relevance') p.set('sort', s.sort);
    for (const [name, value] of Object.entries(s.fields || {})) p.set('f.' + name, value);
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

  // The form's state. An exact search (a picked suggestion, mode=exact) stays exact while only the filters or the
  // sort change; a different query text is a new, ordinary search.
  function formState() {
    const q = input.value.trim();
    const current = currentState();
    return {
      q: q,
      page: 1,
      from: fromInput.value,
      to: toInput.value,
      source: sourceInput.value.trim(),
      publication: publicationInput.value.trim(),
      group: groupInput.checked ? 'article' : 'paragraph',
      mode: q === current.q ? current.mode : 'related',
      sort: sortSelect.value,
      fields: current.fields,
      article: '',
      para: 0,
      words: ''
    };
  }

  // The declared-field filters of a page URL: f.<name>=value, one value per declared facetable field.
  function declaredFilters(p) {
    const out = {};
    for (const f of FACETS) {
      if (f.declared && p.get('f.' + f.name)) out[f.name] = p.get('f.' + f.name);
    }
    return out;
  }

  // ---- Facets panel: counts of all exact matches by source, year and publication, each value a filter link -------

  const FACETS = [
    { name: 'source', label: '来源' },
    { name: 'year', label: '年份' },
    { name: 'publication', label: '刊物' }
  ];

  // The declared fields (GET /api/fields): facetable ones join the panel under their configured label, sortable
  // ones the sort menu (ascending and descending). Loaded once, before the first render.
  const LABELS = {}; // declared field name → its configured label

  async function loadDeclaredFields() {
    let data;
    try {
      data = await api('/api/fields');
    } catch (e) {
      return; // an older server: the built-in facets and orders only
    }
    for (const f of data.fields || []) {
      LABELS[f.name] = f.label;
      if (f.use.includes('facet')) FACETS.push({ name: f.name, label: f.label, declared: true });
      if (f.use.includes('sort')) {
        for (const [value, text] of [[f.name, '：从小到大'], ['-' + f.name, '：从大到小']]) {
          const option = el('option', null, f.label + text);
          option.value = value;
          sortSelect.appendChild(option);
          SORTS.push(value);
        }
      }
    }
  }

  // The state a click on a facet value leads to: that filter set (or cleared, when it is the active one), page 1.
  function facetState(s, name, value) {
    const next = Object.assign({}, s, { page: 1, relatedPage: 1, article: '', para: 0, words: '' });
    if (FACETS.some((f) => f.declared && f.name === name)) {
      next.fields = Object.assign({}, s.fields);
      if (s.fields[name] === value) delete next.fields[name];
      else next.fields[name] = value;
    } else if (name === 'year') {
      const active = s.from === value + '-01-01' && s.to === value + '-12-31';
      next.from = active ? '' : value + '-01-01';
      next.to = active ? '' : value + '-12-31';
    } else {
      next[name] = s[name] === value ? '' : value;
    }
    return next;
  }

  function isActiveFacet(s, name, value) {
    if (FACETS.some((f) => f.declared && f.name === name)) return s.fields[name] === value;
    return name === 'year' ? s.from === value + '-01-01' && s.to === value + '-12-31' : s[name] === value;
  }

  function renderFacets(facets, s) {
    facetPanel.replaceChildren();
    const groups = FACETS.filter((f) => facets && facets[f.name] && facets[f.name].length);
    facetPanel.hidden = groups.length === 0;
    $('facets-toggle').hidden = groups.length === 0;
    for (const f of groups) {
      facetPanel.appendChild(el('h2', 'facet-name', f.label));
      const list = el('ul', 'facet-values');
      for (const v of facets[f.name]) {
        const link = el('a', 'facet-value');
        link.appendChild(el('span', 'facet-label', v.value));
        link.href = stateUrl(facetState(s, f.name, v.value));
        if (isActiveFacet(s, f.name, v.value)) {
          link.classList.add('active');
          link.setAttribute('aria-current', 'true');
          link.title = '取消此筛选';
        }
        link.appendChild(el('span', 'facet-count', String(v.count)));
        list.appendChild(el('li', null)).appendChild(link);
      }
      facetPanel.appendChild(list);
    }
  }

  // Narrow screens (CSS, max-width 480px) show the facets only when this button has opened them; it stays open
  // across searches until closed. Wider screens hide the button and always show the panel.
  $('facets-toggle').addEventListener('click', () => {
    const open = !facetPanel.classList.contains('open');
    facetPanel.classList.toggle('open', open);
    $('facets-toggle').setAttribute('aria-expanded', String(open));
  });

  facetPanel.addEventListener('click', (event) => {
    const link = event.target.closest('a.facet-value');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    history.pushState(null, '', link.getAttribute('href'));
    render();
  });

  // ---- API ------------------------------------------------------------------------------------------------

  async function api(path) {
    // an absolute URL: a page opened as http://user:key@host/ resolves relative ones with the credentials in
    // them, which fetch refuses; the browser sends the cached Basic credentials itself
    const response = await fetch(location.origin + path, { headers: { Accept: 'application/json' } });
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (!response.ok) {
      const error = new Error(chineseMessage(body, response.status));
      error.detail = body && body.message ? body.message : '';
      throw error;
    }
    return body;
  }

  // The API's messages are English and precise; the page says what went wrong in Chinese and keeps the detail
  // in the error's tooltip.
  const ERROR_MESSAGES = {
    invalid_query: '检索式无法识别，请检查引号、括号和 OR/NOT 的写法。',
    invalid_parameter: '检索参数有误，请检查日期、来源和页码。',
    bad_request: '请求有误，请检查检索条件。',
    not_found: '没有找到这篇文章，它可能已被删除。',
    uri_too_long: '检索词太长，请缩短后再试。',
    request_timeout: '请求超时，请稍后再试。',
    index_closed: '索引正在切换，请稍后再试。',
    unavailable: '服务暂时不可用，请稍后再试。',
    unauthorized: '访问密钥缺失或无效（可能已更换），请重新打开本页并输入密钥。',
    forbidden: '没有权限执行此操作。',
    internal_error: '服务器内部错误，请稍后再试。'
  };

  function chineseMessage(body, status) {
    const code = body && body.error;
    if (code && ERROR_MESSAGES[code]) return ERROR_MESSAGES[code];
    return '请求失败（HTTP ' + status + '）。';
  }

  // ---- rendering ------------------------------------------------------------------------------------------

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function showError(message, detail) {
    errorBox.textContent = message;
    errorBox.title = detail || '';
    errorBox.hidden = !message;
  }

  // 2024-11-25T00:00:00 → 2024-11-25; a real time of day is kept: 2024-11-25 04:43
  function formatDate(date) {
    if (!date) return '';
    const [day, time] = date.split('T');
    if (!time || /^00:00(:00(\.0+)?)?$/.test(time)) return day;
    return day + ' ' + time.replace(/:00$/, '').slice(0, 5);
  }

  // The words to mark in an article's hit paragraph: the query's terms as typed (operators, exclusions and quotes
  // left out) plus, for a related hit, the relaxed query's words.
  function markTerms(q, words) {
    const terms = [];
    for (const raw of (q + ' ' + (words || '')).split(/\s+/)) {
      const t = raw.replace(/^[+]|["“”()]/g, '');
      if (!t || raw.startsWith('-') || t === 'OR' || t === 'AND' || t === 'NOT') continue;
      terms.push(t);
    }
    return terms.sort((a, b) => b.length - a.length);
  }

  // Puts <mark> around every occurrence of the terms in an element's text, building nodes (never HTML strings).
  function markText(node, text, terms) {
    const lower = text.toLowerCase();
    const marked = new Array(text.length).fill(false);
    for (const term of terms) {
      const t = term.toLowerCase();
      for (let at = lower.indexOf(t); at >= 0 && t; at = lower.indexOf(t, at + 1)) {
        for (let k = at; k < at + t.length; k++) marked[k] = true;
      }
    }
    node.replaceChildren();
    let i = 0;
    while (i < text.length) {
      let j = i;
      while (j < text.length && marked[j] === marked[i]) j++;
      const piece = text.slice(i, j);
      node.appendChild(marked[i] ? el('mark', null, piece) : document.createTextNode(piece));
      i = j;
    }
  }

  function syncForm(s) {
    if (document.activeElement !== input || !composing) input.value = s.q;
    fromInput.value = s.from;
    toInput.value = s.to;
    sourceInput.value = s.source;
    publicationInput.value = s.publication;
    groupInput.checked = s.group === 'article';
    syncSort(s);
    const active = [s.from, s.to, s.source, s.publication].filter(Boolean).length + (s.group === 'article' ? 1 : 0);
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
    if (s.relatedPage > 1) p.set('relatedOffset', String((s.relatedPage - 1) * PAGE_SIZE));
    if (s.from) p.set('from', s.from);
    if (s.to) p.set('to', s.to);
    if (s.source) p.set('source', s.source);
    if (s.publication) p.set('publication', s.publication);
    if (s.group === 'article') p.set('group', 'article');
    if (s.mode === 'exact') p.set('mode', 'exact');
    if (s.sort !== 'relevance') p.set('sort', s.sort);
    for (const [name, value] of Object.entries(s.fields)) p.set('filter.' + name, value);
    p.set('facets', FACETS.map((f) => f.name).join(','));
    let data;
    try {
      data = await api('/api/search?' + p.toString());
    } catch (e) {
      if (seq !== renderSeq) return;
      results.hidden = true;
      showError(e.message, e.detail);
      return;
    }
    if (seq !== renderSeq) return;
    document.title = s.q + ' - zhsearch';
    hitList.replaceChildren();
    const unit = s.group === 'article' ? '篇文章' : '个段落';
    const related = data.related || [];
    summary.textContent = data.total === 0
      ? (related.length ? '' : '没有找到与“' + s.q + '”匹配的' + (s.group === 'article' ? '文章' : '段落') + '。')
      : '共 ' + data.total + ' ' + unit + '，用时 ' + data.tookMs + ' 毫秒';
    if (s.mode === 'exact') summary.textContent += '（仅完全匹配）';
    // regional vocabulary found too (軟體 → 软件), so a hit without the typed word is not a surprise
    const variants = Object.entries(data.variants || {})
      .map(([term, words]) => words.join('、') + '（' + term + '）').join('，');
    if (variants) summary.textContent += (summary.textContent ? '。' : '') + '也搜索了其他地区的说法：' + variants;
    summary.hidden = !summary.textContent;
    // a stray quote, bracket or operator: the server searched the literal words instead and says so
    const notice = $('notice');
    notice.textContent = !data.notice ? ''
      : data.notice.searched
        ? '查询中有未配对的引号、括号或多余的运算符，已按普通词语“' + data.notice.searched + '”搜索。'
        : '查询中没有可以搜索的文字、字母或数字，请换个说法。';
    notice.title = data.notice ? data.notice.problem : '';
    notice.hidden = !data.notice;
    for (const hit of data.hits) {
      hitList.appendChild(renderHit(hit, s, ''));
    }
    relatedList.replaceChildren();
    relatedSection.hidden = related.length === 0;
    relatedSection.classList.toggle('alone', data.hits.length === 0); // no rule above it when nothing precedes it
    if (related.length) {
      $('related-note').textContent = (data.total === 0
        ? '没有找到“' + s.q + '”的完全匹配，以下是包含“' + data.relaxedQuery + '”的结果'
        : '以下是包含“' + data.relaxedQuery + '”的相关结果（不完全匹配“' + s.q + '”）')
        + '，共 ' + data.relatedTotal + ' ' + unit + '。';
      for (const hit of related) {
        relatedList.appendChild(renderHit(hit, s, data.relaxedQuery));
      }
    }
    // related results page on their own ("更多相关结果"): they come only with the first page of exact hits
    const relatedPages = Math.max(1, Math.ceil(Math.min(data.relatedTotal, 10000 + PAGE_SIZE) / PAGE_SIZE));
    $('related-pager').hidden = related.length === 0 || data.relatedTotal <= PAGE_SIZE;
    $('related-page-info').textContent = '相关结果第 ' + s.relatedPage + ' / ' + relatedPages + ' 页';
    $('related-prev').disabled = s.relatedPage <= 1;
    $('related-next').disabled = s.relatedPage >= relatedPages;
    const pages = Math.max(1, Math.ceil(Math.min(data.total, 10000 + PAGE_SIZE) / PAGE_SIZE));
    pager.hidden = data.total <= PAGE_SIZE;
    $('page-info').textContent = '第 ' + s.page + ' / ' + pages + ' 页';
    $('prev').disabled = s.page <= 1;
    $('next').disabled = s.page >= pages;
    renderFacets(data.facets, s);
    renderZeroTips(data, s);
    results.hidden = false;
    restorePlace();
  }

  // ---- zero results: what to try, each a link that does it (issue 28) ----------------------------------------

  function renderZeroTips(data, s) {
    const box = $('zero-tips');
    const list = $('zero-tips-list');
    list.replaceChildren();
    box.hidden = data.total > 0 || (data.related || []).length > 0;
    if (box.hidden) return;
    const base = Object.assign({}, s, { page: 1, relatedPage: 1 });
    const tip = (text, state, linkText) => {
      const li = el('li', null, text);
      if (state) {
        const a = el('a', 'tip-link', linkText);
        a.href = stateUrl(state);
        li.appendChild(a);
      }
      list.appendChild(li);
      return li;
    };
    if (s.mode === 'exact') tip('包括相关结果：', Object.assign({}, base, { mode: 'related' }), '不限完全匹配，再搜一次');
    const filtered = s.from || s.to || s.source || s.publication || Object.keys(s.fields).length;
    if (filtered) {
      tip('放宽条件：', Object.assign({}, base, { from: '', to: '', source: '', publication: '', fields: {} }),
        '去掉筛选条件再搜');
    }
    const terms = s.q.split(/\s+/).filter(Boolean);
    if (terms.length > 1) {
      const li = tip('少用几个词：', null);
      terms.slice(0, 6).forEach((term, i) => {
        const a = el('a', 'tip-link', '去掉“' + term + '”');
        a.href = stateUrl(Object.assign({}, base, { q: terms.filter((t, j) => j !== i).join(' ') }));
        li.appendChild(a);
      });
    } else {
      tip('少用几个字：换个更短的说法，或只留下最关键的词。', null);
    }
    // pinyin is searched already for Latin letters; Chinese typed with a wrong homophone may be found by its pinyin
    tip(/^[a-z'\s]+$/i.test(s.q)
      ? '拼音：已按全拼和首字母查找，请检查拼写，或改用汉字。'
      : '拼音：输入拼音或首字母（如 zhongguo 或 zg）也能查到同音的词，输入法选错字时可以试试。', null);
  }

  $('zero-tips').addEventListener('click', (event) => {
    const link = event.target.closest('a.tip-link');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    history.pushState(null, '', link.getAttribute('href'));
    render();
  });

  // Back on a list left for an article: its scroll position, and the focus on the hit that was opened.
  function restorePlace() {
    const place = history.state;
    if (!place || place.scrollY === undefined) return;
    const opened = [...results.querySelectorAll('a.hit-title')].find((a) => a.getAttribute('href') === place.opened);
    if (opened) opened.focus({ preventScroll: true });
    window.scrollTo(0, place.scrollY);
  }

  function renderHit(hit, s, relaxedWords) {
    const li = el('li', 'hit');
    const title = el('a', 'hit-title', hit.title || hit.articleId);
    title.href = stateUrl(Object.assign({}, s, { article: hit.articleId, para: hit.paragraph, words: relaxedWords }));
    title.dataset.article = hit.articleId;
    title.dataset.paragraph = String(hit.paragraph);
    li.appendChild(el('h3', null)).appendChild(title);

    const text = el('p', 'snippet');
    // escaped by the server; contains only <mark> elements. A long paragraph shows its snippet around the match.
    text.innerHTML = hit.snippet || hit.highlight;

    const meta = el('p', 'meta');
    const label = matchLabel(hit, s.q, text);
    if (label) meta.appendChild(el('span', 'match-label', label));
    const parts = [formatDate(hit.date), hit.source, hit.section, '第 ' + hit.paragraph + ' 段', sourcePage(hit.sourcePage)];
    if (hit.matchingParagraphs !== undefined && hit.matchingParagraphs !== null) {
      parts.push(hit.matchingParagraphs + ' 段匹配');
    }
    for (const part of parts) {
      if (part) meta.appendChild(el('span', null, part));
    }
    // the declared fields shown with hits (use = show), under their labels
    for (const [name, value] of Object.entries(hit.fields || {})) {
      meta.appendChild(el('span', 'field', (LABELS[name] || name) + '：' + (Array.isArray(value) ? value.join('、') : value)));
    }
    li.appendChild(meta);
    li.appendChild(text);
    return li;
  }

  // How a hit matched, in words, when it is not the query's text as typed (issue 28): a pinyin reading names the
  // query's Latin words and the characters they found ("拼音 zhongguo → 中国"); a related hit names the words it
  // contains; a variant or synonym, the words marked for it. '' for the query's text as typed.
  function matchLabel(hit, q, snippet) {
    if (hit.match === 'related' || hit.matched) {
      return '相关：含 ' + (hit.matched || []).join(' ');
    }
    // what is marked besides the query's words as typed (width, case and punctuation aside; exclusions are never
    // marked; adjacent matches share one mark): what pinyin, a traditional/simplified variant or a synonym
    // (config/synonyms.txt) found
    const plain = (t) => t.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
    const typed = q.split(/\s+/).filter((t) => !t.startsWith('-')).map(plain).filter(Boolean)
      .sort((a, b) => b.length - a.length);
    const rest = (mark) => typed.some((term) => term.includes(plain(mark))) ? []
      : typed.reduce((text, term) => text.split(term).join(' '), plain(mark)).split(' ');
    const found = [...new Set([...snippet.querySelectorAll('mark')].flatMap((m) => rest(m.textContent)))]
      .filter(Boolean);
    if (hit.match === 'pinyin') {
      const latin = q.split(/\s+/).map((t) => t.replace(/["“”()]/g, '')).filter((t) => /^[a-z']+$/i.test(t));
      return '拼音 ' + latin.join(' ') + (found.length ? ' → ' + found.join(' ') : '');
    }
    // the API counts variants and synonyms as exact matches; the marks tell them apart
    return found.length ? '异体/同义：' + found.join(' ') : '';
  }

  // The page of the source document (PDF) a paragraph starts on; '' for formats without pages.
  function sourcePage(page) {
    return page ? '第 ' + page + ' 页' : '';
  }

  async function renderArticle(s, seq) {
    // a link may carry any id: a/../b would be resolved by the browser into another article's URL, so an id with
    // an empty, '.' or '..' segment is never requested (the API refuses such ids too)
    if (s.article.split('/').some(segment => segment === '' || segment === '.' || segment === '..')) {
      articleView.hidden = true;
      showError('链接中的文章编号无效：编号不能含有空的、“.” 或 “..” 路径段。', 'article id ' + s.article);
      return;
    }
    let article;
    try {
      article = await api('/api/articles/' + s.article.split('/').map(encodeURIComponent).join('/'));
    } catch (e) {
      if (seq !== renderSeq) return;
      articleView.hidden = true;
      showError(e.message, e.detail);
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
        if (s.q) markText(li, para.text, markTerms(s.q, s.words));
        li.classList.add('hit');
        li.setAttribute('aria-current', 'true');
        target = li;
      }
      // after the marks, which rewrite the paragraph's text
      if (para.sourcePage) li.appendChild(el('span', 'source-page', sourcePage(para.sourcePage)));
      list.appendChild(li);
    }
    articleView.hidden = false;
    if (target) {
      target.scrollIntoView({ block: 'center' });
    } else {
      window.scrollTo(0, 0);
    }
  }

  // ---- suggestions (issue 15) ------------------------------------------------------------------------------
  // The search box is a combobox over #suggestions: /api/suggest for whatever is typed (Chinese, pinyin such as
  // beif or initials such as bf alike), debounced, and only the latest request's answer is shown. ArrowDown and
  // ArrowUp move the active option, wrapping around; Enter or a click searches it as an exact phrase (mode=exact);
  // Escape, Tab and leaving the box close the list. Enter with no active option submits the form as usual.

  function suggestionsOpen() {
    return !suggestionList.hidden && suggestionList.children.length > 0;
  }

  function hideSuggestions() {
    suggestionList.hidden = true;
    suggestionList.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    activeSuggestion = -1;
  }

  // Forgets a pending or running suggestion request: its answer, if it still comes, is not shown.
  function cancelSuggest() {
    clearTimeout(suggestTimer);
    suggestSeq++;
  }

  function scheduleSuggest() {
    clearTimeout(suggestTimer);
    if (!input.value.trim()) {
      cancelSuggest();
      hideSuggestions();
      return;
    }
    suggestTimer = setTimeout(suggest, SUGGEST_DELAY_MS);
  }

  async function suggest() {
    const prefix = input.value.trim();
    const seq = ++suggestSeq;
    if (!prefix || composing || [...prefix].length > SUGGEST_MAX_CHARS) {
      hideSuggestions();
      return;
    }
    let data;
    try {
      data = await api('/api/suggest?' + new URLSearchParams({ q: prefix, limit: '8' }).toString());
    } catch (e) {
      if (seq === suggestSeq) hideSuggestions();
      return;
    }
    // an older request answering late, text typed meanwhile, or the box left: not shown
    if (seq !== suggestSeq || composing || input.value.trim() !== prefix || document.activeElement !== input) return;
    showSuggestions((data.suggestions || []).filter((text) => text && text !== prefix));
  }

  function showSuggestions(texts) {
    hideSuggestions();
    texts.forEach((text, i) => {
      const li = el('li', 'suggestion', text);
      li.id = 'suggestion-' + i;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      suggestionList.appendChild(li);
    });
    suggestionList.hidden = texts.length === 0;
    input.setAttribute('aria-expanded', String(texts.length > 0));
  }

  function setActiveSuggestion(index) {
    const items = suggestionList.children;
    for (let i = 0; i < items.length; i++) {
      items[i].classList.toggle('active', i === index);
      items[i].setAttribute('aria-selected', String(i === index));
    }
    activeSuggestion = index;
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', items[index].id);
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  // Down from no active option goes to the first, Up to the last; past either end wraps around.
  function moveSuggestion(delta) {
    const n = suggestionList.children.length;
    if (!suggestionsOpen()) return false;
    setActiveSuggestion(activeSuggestion < 0 ? (delta > 0 ? 0 : n - 1) : (activeSuggestion + delta + n) % n);
    return true;
  }

  // The query that finds exactly this suggestion: the text itself, or a "phrase" when it has whitespace or query
  // syntax (quotes, parentheses, a leading '-', a bare OR/AND/NOT/||/&&). A quote cannot be escaped in a phrase,
  // so quote marks inside become spaces; punctuation and spaces separate a phrase's parts the same way.
  function exactQuery(text) {
    const t = text.trim();
    const syntax = /[\s"“”()（）]/.test(t) || t.startsWith('-') || ['OR', 'AND', 'NOT', '||', '&&'].includes(t);
    if (!syntax) return t;
    const inner = t.replace(/["“”]/g, ' ').replace(/\s+/g, ' ').trim();
    return inner ? '"' + inner + '"' : t;
  }

  function pickSuggestion(text) {
    cancelSuggest();
    hideSuggestions();
    input.value = exactQuery(text);
    navigate(Object.assign(formState(), { mode: 'exact' }), false);
  }

  suggestionList.addEventListener('mousedown', (event) => {
    event.preventDefault(); // keep focus in the box, so it does not blur and close the list first
  });

  suggestionList.addEventListener('click', (event) => {
    const item = event.target.closest('li.suggestion');
    if (item) pickSuggestion(item.textContent);
  });

  input.addEventListener('keydown', (event) => {
    if (event.isComposing || event.keyCode === 229) return; // the IME owns Enter and the arrows
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (moveSuggestion(event.key === 'ArrowDown' ? 1 : -1)) {
        event.preventDefault();
      } else if (event.key === 'ArrowDown' && input.value.trim()) {
        event.preventDefault(); // a closed list opens on ArrowDown
        clearTimeout(suggestTimer);
        suggest();
      }
    } else if (event.key === 'Enter') {
      if (suggestionsOpen() && activeSuggestion >= 0) {
        event.preventDefault();
        pickSuggestion(suggestionList.children[activeSuggestion].textContent);
      }
    } else if (event.key === 'Escape') {
      if (suggestionsOpen()) event.preventDefault(); // closes the list only; with it closed, the browser's Escape is kept
      cancelSuggest();
      hideSuggestions();
    } else if (event.key === 'Tab') {
      cancelSuggest();
      hideSuggestions();
    }
  });

  input.addEventListener('blur', () => {
    cancelSuggest();
    hideSuggestions();
  });

  // ---- sort (issue 15) --------------------------------------------------------------------------------------
  // sort=relevance|date|-date, in the URL like the filters. The API orders only paragraph hits by date (article
  // groups stay in relevance order), so the selector is disabled while grouping by article.

  function syncSort(s) {
    sortSelect.value = s.sort;
    sortSelect.disabled = s.group === 'article';
    sortSelect.title = sortSelect.disabled ? '按文章分组时按相关度排序' : '';
  }

  sortSelect.addEventListener('change', () => {
    const s = currentState();
    if (!s.q) return;
    navigate(Object.assign(s, { sort: sortSelect.value, page: 1 }), false);
  });

  // ---- events ---------------------------------------------------------------------------------------------

  input.addEventListener('compositionstart', () => {
    composing = true;
    cancelSuggest();
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

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    cancelSuggest();
    hideSuggestions();
    const s = Object.assign(formState(), { mode: 'related' }); // an ordinary search, even of the same text
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
    window.scrollTo(0, 0);
  });

  for (const [id, step] of [['related-prev', -1], ['related-next', 1]]) {
    $(id).addEventListener('click', () => {
      const s = currentState();
      navigate(Object.assign(s, { relatedPage: Math.max(1, s.relatedPage + step) }), false);
      relatedSection.scrollIntoView();
    });
  }

  $('next').addEventListener('click', () => {
    const s = currentState();
    navigate(Object.assign(s, { page: s.page + 1 }), false);
    window.scrollTo(0, 0);
  });

  // Opening a hit remembers, in the result list's history entry, where the list was scrolled and which hit was
  // opened; going back (the browser's back or 返回结果) restores both. The article's heading takes the focus, so a
  // keyboard user lands in the article, not on the page body.
  const openHit = (event) => {
    const link = event.target.closest('a.hit-title');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    history.replaceState({ scrollY: window.scrollY, opened: link.getAttribute('href') }, '');
    history.pushState({ fromList: true }, '', link.getAttribute('href'));
    render().then(() => {
      if (!articleView.hidden) $('article-title').focus({ preventScroll: true });
    });
  };
  hitList.addEventListener('click', openHit);
  relatedList.addEventListener('click', openHit);

  $('back').addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (history.state && history.state.fromList) {
      history.back(); // to the list's own entry, which knows its scroll position and the hit opened
      return;
    }
    history.pushState(null, '', $('back').getAttribute('href'));
    render();
  });

  // The list is rendered after the fetch, so the browser's own restoration would scroll a page not yet there.
  history.scrollRestoration = 'manual';
  window.addEventListener('popstate', render);
  loadDeclaredFields().finally(render);
})();
