// The portal page: location → recognitions held → one question at a time → ladders.
// Plain DOM, no framework, no network access beyond this server's /api/v1. Text from the API is
// always inserted with textContent, never as HTML.
'use strict';

(function () {
  const UI = {
    zh: {
      title: '专精特新政策自测', subtitle: '逐题回答，看清企业在每条梯度上的位置、差距、奖励和政策条款。',
      langHint: '切换界面语言', skip: '跳到主要内容', placeTitle: '企业所在地与已获认定', province: '省份',
      city: '市（州）', county: '县（市、区）', asOf: '评估日期', asOfHint: '按此日有效的政策文件评估。',
      firmName: '企业名称（可选）', heldTitle: '已获认定（勾选并填写认定日期）', start: '开始答题',
      questionsTitle: '回答问题', next: '下一题', skip2: '不清楚，跳过', done: '结束答题',
      finished: '问题已全部回答或跳过，结果见下方。', resultsTitle: '评估结果',
      legend: '■ 已认定　✓ 符合　✗ 不符合　? 待定（缺少信息）　— 当日无现行认定标准', level: '认定级别',
      footer: '结果仅供参考，以政策原文和主管部门认定为准。每项结论均注明所依据的文件和条款。',
      apiLink: '接口说明（OpenAPI）', choose: '请选择', none: '（无下级）', recognised: '认定日期',
      needPlace: '请至少选择省份，并填写评估日期。', needDate: '请填写“{0}”的认定日期。',
      progress: '已回答 {0} 题，跳过 {1} 题；还有 {2} 个认定结论待定。', yes: '是', no: '否',
      unit: '单位', range: '取值范围 {0} – {1}', window: '统计口径', affects: '影响的认定',
      needAnswer: '请先作答，或选择“跳过”。', badNumber: '请输入数字（可带小数点），例如 12.5。',
      HELD: '已认定', ELIGIBLE: '符合', NOT_ELIGIBLE: '不符合', UNDETERMINED: '待定', NO_CRITERIA: '无现行标准',
      rung: '第 {0} 级', held: '已获认定', gaps: '差距', missing: '还需了解 {0} 项信息', rewards: '认定后可获',
      sources: '依据', showTrace: '查看判断过程', hideTrace: '收起判断过程', others: '梯度之外的其他认定',
      counts: '已认定 {3} 项，符合 {0} 项，不符合 {1} 项，待定 {2} 项。', notHeld: '未获认定', actual: '现为', required: '需', wan: '万元',
      funded: '出资', loading: '正在加载…', failed: '请求失败：{0}', track: '路径', common: '共同条件',
      noLadders: '此地没有设定认定梯度。',
    },
    en: {
      title: 'SRDI policy self-check', subtitle: 'Answer one question at a time and see where the firm stands on each ladder: gaps, rewards and the clauses behind them.',
      langHint: 'Switch the page language', skip: 'Skip to main content', placeTitle: 'Location and recognitions held', province: 'Province',
      city: 'City (prefecture)', county: 'County (district)', asOf: 'Assessment date', asOfHint: 'Documents in force on this date apply.',
      firmName: 'Firm name (optional)', heldTitle: 'Recognitions held (tick and give the date)', start: 'Start the questions',
      questionsTitle: 'Questions', next: 'Next', skip2: 'Not sure, skip', done: 'Stop here',
      finished: 'Every question has been answered or skipped; the results are below.', resultsTitle: 'Results',
      legend: '■ held   ✓ eligible   ✗ not eligible   ? undetermined (information missing)   — no criteria in force on the date', level: 'Level',
      footer: 'For guidance only: the policy texts and the recognising departments decide. Every conclusion names the document and clause it rests on.',
      apiLink: 'API description (OpenAPI)', choose: 'Choose…', none: '(none below)', recognised: 'Recognised on',
      needPlace: 'Choose at least a province and give the assessment date.', needDate: 'Give the date of "{0}".',
      progress: '{0} answered, {1} skipped; {2} tier outcomes still undetermined.', yes: 'Yes', no: 'No',
      unit: 'Unit', range: 'Range {0} – {1}', window: 'Period', affects: 'Decides',
      needAnswer: 'Answer first, or choose "skip".', badNumber: 'Enter a number (a decimal point is fine), e.g. 12.5.',
      HELD: 'Held', ELIGIBLE: 'Eligible', NOT_ELIGIBLE: 'Not eligible', UNDETERMINED: 'Undetermined', NO_CRITERIA: 'No criteria in force',
      rung: 'Rung {0}', held: 'Held', gaps: 'Gaps', missing: '{0} more facts needed', rewards: 'On recognition',
      sources: 'Clauses', showTrace: 'Show the reasoning', hideTrace: 'Hide the reasoning', others: 'Other recognitions (not on a ladder)',
      counts: '{3} held, {0} eligible, {1} not eligible, {2} undetermined.', notHeld: 'Not held', actual: 'has', required: 'needs', wan: '10k yuan',
      funded: 'paid by', loading: 'Loading…', failed: 'Request failed: {0}', track: 'Track', common: 'Common conditions',
      noLadders: 'No ladder is set out for this place.',
    },
  };
  const MARK = { HELD: '■', ELIGIBLE: '✓', NOT_ELIGIBLE: '✗', UNDETERMINED: '?', NO_CRITERIA: '—' };
  // Unit symbols for amounts in traces (the summary's amounts come with their display form).
  const UNITS = {
    zh: { YUAN: '元', WAN_YUAN: '万元', YI_YUAN: '亿元', PERCENT: '%', FRACTION: '', PERSONS: '人', IP_ITEMS: '项', ITEMS: '项',
      YEARS: '年', RANK: '名', ENTERPRISES: '家', POINTS: '分', LEVEL: '级', FLAG: '', CALENDAR_YEAR: '年' },
    en: { YUAN: 'yuan', WAN_YUAN: '× 10k yuan', YI_YUAN: '× 100m yuan', PERCENT: '%', FRACTION: '', PERSONS: 'people',
      IP_ITEMS: 'IP items', ITEMS: 'items', YEARS: 'years', RANK: '(rank)', ENTERPRISES: 'firms', POINTS: 'points',
      LEVEL: '(level)', FLAG: '', CALENDAR_YEAR: '' },
  };
  function amount(q) {
    if (q.unit === 'FLAG') return q.amount === '0' ? t('no') : t('yes');
    const u = UNITS[state.lang][q.unit];
    const sep = u === '%' || state.lang === 'zh' ? '' : ' ';
    return q.amount + (u === undefined ? ' ' + q.unit : u ? sep + u : '');
  }
  const OPS = { AT_LEAST: '≥', GREATER_THAN: '>', AT_MOST: '≤', LESS_THAN: '<', EQUAL_TO: '=' };

  const state = {
    lang: localStorage.getItem('srdi.lang') === 'en' ? 'en' : 'zh',
    jurisdiction: null, profile: null, skipped: new Set(), answered: 0,
    question: null, assessment: null, traces: {},
  };

  const $ = (id) => document.getElementById(id);
  const t = (key, ...args) => (UI[state.lang][key] || key).replace(/\{(\d)\}/g, (m, i) => String(args[Number(i)]));
  const tx = (text) => (text ? text[state.lang] || text.zh : '');
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('data-') || k.startsWith('aria-') || k === 'role' || k === 'for' || k === 'type' || k === 'name'
        || k === 'id' || k === 'value' || k === 'min' || k === 'max' || k === 'step' || k === 'inputmode' || k === 'lang'
        || k === 'tabindex' || k === 'autocomplete') e.setAttribute(k, v === true ? '' : v);
      else e[k] = v;
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  }

  async function api(method, path, body) {
    const init = { method, headers: { Accept: 'application/json' } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const res = await fetch(path, init);
    const json = await res.json();
    if (!res.ok) throw new Error(json.detail || res.statusText);
    return json;
  }

  // ---- language ------------------------------------------------------------------------------
  function applyLang() {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('title');
    document.querySelectorAll('[data-i18n]').forEach((n) => { n.textContent = t(n.dataset.i18n); });
    $('lang').textContent = state.lang === 'zh' ? 'English' : '中文';
    $('lang').setAttribute('lang', state.lang === 'zh' ? 'en' : 'zh-CN');
    relabelSelects();
    renderHeld();
    if (state.question) renderQuestion();
    renderProgress();
    if (state.assessment) renderResults();
  }
  $('lang').addEventListener('click', () => {
    state.lang = state.lang === 'zh' ? 'en' : 'zh';
    localStorage.setItem('srdi.lang', state.lang);
    applyLang();
  });

  // ---- step 1: place, date, recognitions held ------------------------------------------------
  const selects = ['province', 'city', 'county'];
  const options = { province: [], city: [], county: [] };
  const heldTiers = [];

  function fill(level, items) {
    options[level] = items;
    const s = $(level);
    s.replaceChildren(el('option', { value: '', text: items.length ? t('choose') : t('none') }));
    for (const j of items) s.append(el('option', { value: j.code, text: tx(j.name) + ' ' + j.code, 'data-zh': j.name.zh, 'data-en': j.name.en }));
    s.disabled = items.length === 0;
  }
  function relabelSelects() {
    for (const level of selects) {
      const s = $(level);
      for (const o of s.options) {
        if (!o.value) o.textContent = options[level].length ? t('choose') : t('none');
        else o.textContent = (state.lang === 'en' ? o.dataset.en : o.dataset.zh) + ' ' + o.value;
      }
    }
  }
  async function children(parent) {
    const r = await api('GET', '/api/v1/jurisdictions?limit=1000&parent=' + encodeURIComponent(parent));
    return r.items;
  }
  function chosen() {
    return $('county').value || $('city').value || $('province').value || null;
  }
  $('province').addEventListener('change', async () => {
    fill('city', $('province').value ? await children($('province').value) : []);
    fill('county', []);
    await loadHeld();
  });
  $('city').addEventListener('change', async () => {
    fill('county', $('city').value ? await children($('city').value) : []);
    await loadHeld();
  });
  $('county').addEventListener('change', loadHeld);

  // The tiers a firm may already hold: every rung of the ladders that apply to the place.
  let heldRequest = 0;
  async function loadHeld() {
    const mine = ++heldRequest;
    const code = chosen();
    const found = [];
    if (code) {
      const r = await api('GET', '/api/v1/jurisdictions/' + encodeURIComponent(code) + '/ladders');
      const seen = new Set();
      for (const l of r.ladders) for (const rung of l.rungs) if (!seen.has(rung.id)) { seen.add(rung.id); found.push(rung); }
      const all = await api('GET', '/api/v1/tiers');
      const chain = new Set(r.chain.map((j) => j.code));
      for (const tier of all.items) {
        if (!seen.has(tier.id) && chain.has(tier.jurisdiction) && tier.subject === 'ENTERPRISE') { seen.add(tier.id); found.push(tier); }
      }
    }
    if (mine !== heldRequest) return; // a later choice has overtaken this one
    heldTiers.splice(0, heldTiers.length, ...found);
    renderHeld();
    $('held').dataset.for = code || '';
  }
  function renderHeld() {
    const list = $('held-list');
    const before = {};
    list.querySelectorAll('input[type=checkbox]').forEach((c) => {
      before[c.value] = { on: c.checked, date: $('held-date-' + c.dataset.idx).value };
    });
    list.replaceChildren();
    heldTiers.forEach((tier, i) => {
      const box = el('input', { type: 'checkbox', id: 'held-' + i, value: tier.id, 'data-idx': i, 'data-tier': tier.id });
      const date = el('input', { type: 'date', id: 'held-date-' + i, 'data-tier': tier.id, 'aria-label': t('recognised') + ' · ' + tx(tier.name) });
      if (before[tier.id]) { box.checked = before[tier.id].on; date.value = before[tier.id].date; }
      date.hidden = !box.checked;
      box.addEventListener('change', () => { date.hidden = !box.checked; if (box.checked) date.focus(); });
      list.append(el('div', { class: 'held-row' },
        box, el('label', { for: 'held-' + i, text: tx(tier.name) }),
        el('label', { for: 'held-date-' + i, class: 'sr-only', text: t('recognised') }), date));
    });
    $('held').hidden = heldTiers.length === 0;
  }

  $('place-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const err = $('place-error');
    err.hidden = true;
    const code = chosen();
    const asOf = $('asof').value;
    if (!code || !asOf) { err.textContent = t('needPlace'); err.hidden = false; return; }
    const tiers = [];
    for (const c of $('held-list').querySelectorAll('input[type=checkbox]')) {
      if (!c.checked) continue;
      const d = $('held-date-' + c.dataset.idx).value;
      if (!d) { err.textContent = t('needDate', c.nextSibling.textContent); err.hidden = false; $('held-date-' + c.dataset.idx).focus(); return; }
      tiers.push({ tier: c.value, recognised: d });
    }
    const name = $('firm-name').value.trim();
    const p = { jurisdiction: code, asOf, tiers };
    if (name) p.name = name;
    Object.assign(state, { jurisdiction: code, profile: p, skipped: new Set(), answered: 0, traces: {} });
    $('step-questions').hidden = false;
    $('q-finished').hidden = true;
    $('q-form').hidden = false;
    await refresh();
    focusQuestion();
  });

  // ---- step 2: one question at a time --------------------------------------------------------
  function profile() {
    return state.profile;
  }
  async function refresh() {
    try {
      const [next, assessment] = await Promise.all([
        api('POST', '/api/v1/next-questions?limit=100', profile()),
        api('POST', '/api/v1/assess', profile()),
      ]);
      state.undetermined = next.undeterminedTiers;
      state.question = next.questions.find((q) => !state.skipped.has(q.input)) || null;
      state.assessment = assessment;
      state.traces = {};
      renderQuestion();
      renderProgress();
      renderResults();
    } catch (e) {
      $('q-error').textContent = t('failed', e.message);
      $('q-error').hidden = false;
    }
  }
  function renderProgress() {
    if (state.jurisdiction) $('progress').textContent = t('progress', state.answered, state.skipped.size, state.undetermined || 0);
  }
  function renderQuestion() {
    const box = $('q-box');
    $('q-error').hidden = true;
    const q = state.question;
    if (!q) {
      box.replaceChildren();
      $('q-form').hidden = true;
      $('q-finished').hidden = false;
      return;
    }
    const label = tx(q.question);
    const meta = el('p', { class: 'hint', id: 'q-meta' });
    const parts = [];
    if (q.unitSymbol) parts.push(t('unit') + ': ' + tx(q.unitSymbol));
    if (q.minimum !== undefined || q.maximum !== undefined) parts.push(t('range', q.minimum ?? '…', q.maximum ?? '…'));
    if (q.window) parts.push(t('window') + ': ' + tx(q.window));
    parts.push(t('affects') + ': ' + (q.tiers || []).map(tierName).join('、'));
    meta.textContent = parts.join(' · ');
    let control;
    if (q.kind === 'YES_NO') {
      control = el('fieldset', { class: 'yesno', 'aria-describedby': 'q-meta' },
        el('legend', { id: 'q-label', class: 'question', text: label }),
        el('div', { class: 'choices' },
          el('input', { type: 'radio', name: 'answer', id: 'a-yes', value: 'yes' }), el('label', { for: 'a-yes', text: t('yes') }),
          el('input', { type: 'radio', name: 'answer', id: 'a-no', value: 'no' }), el('label', { for: 'a-no', text: t('no') })));
    } else if (q.kind === 'LEVEL') {
      const select = el('select', { id: 'a-level', 'aria-describedby': 'q-meta' }, el('option', { value: '', text: t('choose') }));
      for (const c of q.choices) select.append(el('option', { value: c.value, text: tx(c.label) }));
      control = el('div', { class: 'field' }, el('label', { for: 'a-level', id: 'q-label', class: 'question', text: label }), select);
    } else if (q.kind === 'DATE' || q.kind === 'TIER') {
      control = el('div', { class: 'field' }, el('label', { for: 'a-date', id: 'q-label', class: 'question',
        text: label + (q.kind === 'TIER' ? ' — ' + t('recognised') : '') }),
        el('input', { type: 'date', id: 'a-date', 'aria-describedby': 'q-meta' }));
    } else {
      control = el('div', { class: 'field' }, el('label', { for: 'a-num', id: 'q-label', class: 'question', text: label }),
        el('div', { class: 'with-unit' }, el('input', { type: 'text', id: 'a-num', inputmode: 'decimal', autocomplete: 'off', 'aria-describedby': 'q-meta' }),
          el('span', { class: 'unit', 'aria-hidden': 'true', text: q.unitSymbol ? tx(q.unitSymbol) : '' })));
    }
    box.replaceChildren(el('div', { 'data-question': q.input, 'data-kind': q.kind, 'data-unit': q.unit || '' }, control, meta, q.definition ? el('p', { class: 'hint', text: tx(q.definition) }) : null));
  }
  function tierName(id) {
    const a = state.assessment;
    return a && a.tiers[id] ? tx(a.tiers[id].name) : id;
  }

  $('q-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const q = state.question;
    if (!q) return;
    const err = $('q-error');
    err.hidden = true;
    let answer;
    if (q.kind === 'YES_NO') {
      const c = document.querySelector('input[name=answer]:checked');
      if (!c) { err.textContent = t('needAnswer'); err.hidden = false; $('a-yes').focus(); return; }
      answer = c.value;
    } else if (q.kind === 'LEVEL') {
      answer = $('a-level').value;
    } else if (q.kind === 'DATE' || q.kind === 'TIER') {
      answer = $('a-date').value;
    } else {
      answer = $('a-num').value.trim();
    }
    if (!answer) { err.textContent = t('needAnswer'); err.hidden = false; focusQuestion(); return; }
    try {
      state.profile = await api('POST', '/api/v1/answer', { profile: profile(), input: q.input, answer });
    } catch (e) {
      err.textContent = e.message; err.hidden = false; focusQuestion(); return;
    }
    state.answered++;
    await refresh();
    focusQuestion();
  });
  $('q-skip').addEventListener('click', async () => {
    if (!state.question) return;
    state.skipped.add(state.question.input);
    await refresh();
    focusQuestion();
  });
  $('q-done').addEventListener('click', () => {
    state.question = null;
    renderQuestion();
    $('r-h').scrollIntoView();
  });
  function focusQuestion() {
    const first = $('q-box').querySelector('input');
    if (first) first.focus(); else $('r-h').focus();
  }

  // ---- step 3: ladders, bottom rung first ----------------------------------------------------
  function renderResults() {
    const a = state.assessment;
    if (!a) return;
    $('results').hidden = false;
    $('r-summary').textContent = t('counts', a.counts.ELIGIBLE, a.counts.NOT_ELIGIBLE, a.counts.UNDETERMINED, a.counts.HELD);
    const ladders = $('ladders');
    ladders.replaceChildren();
    if (a.ladders.length === 0) ladders.append(el('p', { text: t('noLadders') }));
    // The ladder without an id holds the tiers in force outside every ladder.
    for (const l of a.ladders.filter((x) => x.id)) {
      const ol = el('ol', { class: 'ladder' });
      l.rungs.forEach((id, i) => ol.append(rung(a, id, t('rung', i + 1))));
      ladders.append(el('section', { class: 'ladder-box', 'data-ladder': l.id, 'aria-label': tx(l.label) },
        el('h3', { text: tx(l.label) }), l.source ? el('p', { class: 'cite', text: clause(a, l.source) }) : null, ol));
    }
    const others = $('others');
    others.replaceChildren();
    const rest = a.ladders.filter((x) => !x.id).flatMap((l) => l.rungs);
    if (rest.length) {
      const ul = el('ul', { class: 'ladder others' });
      rest.forEach((id) => ul.append(rung(a, id, null)));
      others.append(el('section', { class: 'ladder-box' }, el('h3', { text: t('others') }), ul));
    }
  }
  // The summary names each clause once, in its sources table; the rest refers to it by key.
  function clause(a, key) {
    return cite(a.sources[key]);
  }
  function cite(s) {
    return s.document + ' ' + s.clause + (s.confidence === 'SEED' ? '' : ' (' + s.confidence + ')');
  }
  // Money: 万元 in Chinese, yuan with thousands separators in English.
  function money(wan) {
    return state.lang === 'zh' ? wan + '万元' : Number(wan * 10000).toLocaleString('en-US') + ' yuan';
  }
  function qty(q) {
    return q ? q.display : '';
  }
  function rung(a, id, rungLabel) {
    const r = a.tiers[id];
    const li = el('li', { class: 'rung o-' + r.standing, 'data-tier': id, 'data-standing': r.standing });
    li.append(el('div', { class: 'rung-head' },
      el('span', { class: 'badge', 'aria-hidden': 'true', text: MARK[r.standing] }),
      el('div', { class: 'rung-title' },
        rungLabel ? el('span', { class: 'rung-no', text: rungLabel }) : null,
        el('h4', { text: tx(r.name) })),
      el('span', { class: 'outcome', text: t(r.standing) + (r.recognised ? ' ' + r.recognised : '') })));
    if (r.standing !== 'HELD' && r.standing !== 'NO_CRITERIA') li.append(el('p', { class: 'why', text: tx(r.summary) }));
    if (r.shortfalls) {
      const ul = el('ul', { class: 'gaps', 'aria-label': t('gaps') });
      for (const g of r.shortfalls) {
        ul.append(el('li', {}, el('span', { class: 'gap-num', text: tx(g.text) }), el('span', { class: 'cite', text: clause(a, g.source) })));
      }
      li.append(el('p', { class: 'label', text: t('gaps') }), ul);
    }
    if (r.rewards && r.standing !== 'HELD') {
      const ul = el('ul', { class: 'rewards' });
      for (const w of r.rewards) {
        const amount = w.amountWanYuan ? money(w.amountWanYuan) : (w.amount ? qty(w.amount) : '');
        ul.append(el('li', {}, amount ? el('strong', { text: amount }) : null, el('span', { text: ' ' + tx(w.label) }),
          w.sources.length ? el('span', { class: 'cite', text: w.sources.map((k) => clause(a, k)).join('; ') }) : null));
      }
      li.append(el('p', { class: 'label', text: t('rewards') }), ul);
    }
    if (r.source) li.append(el('p', { class: 'cite', text: t('sources') + ': ' + clause(a, r.source) }));
    if (r.criteria) {
      const panel = el('div', { class: 'trace', id: 'trace-' + id.replace(/[^a-z0-9-]/gi, '_'), hidden: true });
      const button = el('button', { type: 'button', class: 'link trace-btn', 'aria-expanded': 'false', 'aria-controls': panel.id, text: t('showTrace') });
      button.addEventListener('click', () => toggleTrace(id, button, panel));
      li.append(button, panel);
    }
    return li;
  }
  async function toggleTrace(tier, button, panel) {
    const open = button.getAttribute('aria-expanded') === 'true';
    button.setAttribute('aria-expanded', String(!open));
    button.textContent = open ? t('showTrace') : t('hideTrace');
    panel.hidden = open;
    if (open) return;
    if (!state.traces[tier]) {
      panel.replaceChildren(el('p', { text: t('loading') }));
      state.traces[tier] = await api('POST', '/api/v1/assess?tier=' + encodeURIComponent(tier), profile());
    }
    panel.replaceChildren();
    for (const rep of state.traces[tier].reports) {
      panel.append(el('h5', { text: tx(rep.label) + ' — ' + MARK[rep.outcome] + ' ' + t(rep.outcome) }));
      const ul = el('ul', { class: 'tree' });
      if (rep.common) ul.append(node(rep.common, t('common')));
      for (const tr of rep.tracks) ul.append(node(tr.trace, t('track') + ' · ' + tx(tr.label)));
      panel.append(ul);
    }
  }
  function node(c, prefix) {
    const text = (prefix ? prefix + ': ' : '') + tx(c.label);
    const bits = [];
    if (c.actual) bits.push(t('actual') + ' ' + amount(c.actual));
    if (c.threshold) bits.push(t('required') + ' ' + (OPS[c.operator] || c.operator || '') + ' ' + amount(c.threshold));
    const li = el('li', { class: 'o-' + c.outcome },
      el('span', { class: 'mark', text: MARK[c.outcome] + ' ' }), el('span', { text }),
      bits.length ? el('span', { class: 'gap-num', text: ' ' + bits.join(' · ') }) : null,
      el('span', { class: 'cite', text: ' ' + cite(c.source) }),
      c.note ? el('span', { class: 'note', text: ' ' + tx(c.note) }) : null);
    if (c.children && c.children.length) {
      const ul = el('ul', {});
      for (const k of c.children) ul.append(node(k, null));
      li.append(ul);
    }
    return li;
  }

  // ---- start ---------------------------------------------------------------------------------
  (async function init() {
    $('asof').value = new Date().toISOString().slice(0, 10);
    applyLang();
    try {
      fill('province', (await children('CN')).filter((j) => j.level === 'PROVINCE'));
      fill('city', []);
      fill('county', []);
      document.body.dataset.ready = 'true';
    } catch (e) {
      $('place-error').textContent = t('failed', e.message);
      $('place-error').hidden = false;
    }
  })();
})();
