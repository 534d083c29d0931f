import ms from 'milsymbol';

const SVG_NS = 'http://www.w3.org/2000/svg';
const BOX_WIDTH = 250;
const ROW_HEIGHT = 34;
const HEADER_HEIGHT = 52;
const GAP = 28;
const COLLAPSE_ABOVE_POSTS = 80;
const TOP = 175;
/** Below this scale the posts' 11 px titles shrink under 8 px on screen. */
const READABLE_SCALE = 0.75;
/** The chart's words; "{0}" and "{1}" stand for what the code fills in. */
const ENGLISH = {
  headquarters: '{0} — {1} HQ',
  brigade: 'Brigade',
  battalion: 'Battalion',
  draftRoster: 'DRAFT roster: {0}',
  publishedRoster: 'Published roster: {0}',
  posts: '{0} posts',
  vacantPosts: '{0} vacant',
  expand: '▸ expand',
  collapse: '▾ collapse',
  morePosts: '… {0} more posts',
  vacantPost: 'VACANT ({0})',
  companies: 'Attached companies',
  strength: '{0} all ranks',
};

/**
 * The commander's org chart: the HQ, its staff sections with the holders of their posts, and the attached
 * companies drawn with their APP-6 symbols (milsymbol). Drawn as one SVG, so it pans, zooms and exports
 * as it is seen. All text is set through textContent: names never become markup.
 */
class OrgChart extends HTMLElement {

  constructor() {
    super();
    this._collapsed = new Set();
    this._chart = null;
    this._view = null;
    this._texts = ENGLISH;
  }

  /** The words drawn in the chart, in the user's language (the server sends them; English until it has). */
  set texts(value) {
    this._texts = {...ENGLISH, ...value};
    this._render(false);
  }

  get texts() {
    return this._texts;
  }

  set chart(value) {
    const first = this._chart === null;
    this._chart = value;
    if (first && value && this._postCount(value) > COLLAPSE_ABOVE_POSTS) {
      value.sections.forEach(section => this._collapsed.add(section.name));
    }
    this._render(first);
  }

  get chart() {
    return this._chart;
  }

  disconnectedCallback() {
    if (this._resizeObserver) this._resizeObserver.disconnect();
  }

  connectedCallback() {
    this.style.display = 'block';
    this.style.overflow = 'hidden';
    this.style.cursor = 'grab';
    if (!this._resizeObserver) {
      this.addEventListener('wheel', event => this._zoomAt(event), {passive: false});
      this.addEventListener('pointerdown', event => this._startPan(event));
      // the layout and the first view depend on the space the chart gets, known only once it is laid out
      this._resizeObserver = new ResizeObserver(() => {
        if (!this._moved) this._render(true);
      });
    }
    this._resizeObserver.observe(this);
    if (this._chart) {
      this._render(true);
    }
  }

  zoom(factor) {
    if (!this._view) return;
    this._moved = true;
    const [x, y, w, h] = this._view;
    this._setView([x + w * (1 - factor) / 2, y + h * (1 - factor) / 2, w * factor, h * factor]);
  }

  fit() {
    this._moved = true;
    if (this._svg) this._setView(this._fullView.slice());
  }

  toggleAll(collapse) {
    this._collapsed.clear();
    if (collapse) this._chart.sections.forEach(section => this._collapsed.add(section.name));
    this._render(true);
  }

  svgMarkup() {
    const clone = this._svg.cloneNode(true);
    clone.setAttribute('viewBox', this._fullView.join(' '));
    clone.setAttribute('width', this._fullView[2]);
    clone.setAttribute('height', this._fullView[3]);
    clone.setAttribute('xmlns', SVG_NS);
    return new XMLSerializer().serializeToString(clone);
  }

  downloadSvg(fileName) {
    this._download(new Blob([this.svgMarkup()], {type: 'image/svg+xml'}), fileName);
  }

  downloadPng(fileName) {
    const image = new Image();
    const [, , width, height] = this._fullView;
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = width * 2;
      canvas.height = height * 2;
      const context = canvas.getContext('2d');
      context.fillStyle = 'white';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob(blob => this._download(blob, fileName), 'image/png');
    };
    image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(this.svgMarkup());
  }

  _download(blob, fileName) {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  /** One of the chart's words, with its placeholders filled in. */
  _say(key, ...values) {
    return this._texts[key].replace(/\{(\d)}/g, (placeholder, index) => String(values[Number(index)]));
  }

  _postCount(chart) {
    return chart.sections.reduce((sum, section) => sum + section.posts.length, 0);
  }

  _render(refit) {
    if (!this.isConnected || !this._chart) return;
    const chart = this._chart;
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('font-family', 'Segoe UI, Roboto, Helvetica, Arial, sans-serif');
    svg.setAttribute('font-size', '12');
    svg.style.width = '100%';
    svg.style.height = '100%';

    const layout = this._layout(chart, this._columns(chart));
    const {columns, width, rowTops} = layout;
    this._drawHeadquarters(svg, chart, width);
    const busY = TOP - 20;
    this._line(svg, width / 2, 140, width / 2, busY);
    chart.sections.forEach((section, index) => {
      const row = Math.floor(index / columns);
      const x = GAP + (index % columns) * (BOX_WIDTH + GAP);
      if (row === 0) {
        this._line(svg, x + BOX_WIDTH / 2, busY, x + BOX_WIDTH / 2, rowTops[row]);
      }
      this._drawSection(svg, section, x, rowTops[row]);
    });
    if (chart.sections.length > 1) {
      const last = Math.min(columns, chart.sections.length) - 1;
      this._line(svg, GAP + BOX_WIDTH / 2, busY, GAP + last * (BOX_WIDTH + GAP) + BOX_WIDTH / 2, busY);
    }
    this._drawCompanies(svg, chart, width, layout.companiesTop);

    this._fullView = [0, 0, width, layout.height];
    this.replaceChildren(svg);
    this._svg = svg;
    this._setView(refit || !this._view ? this._startView() : this._view);
  }

  /** Where each row of sections starts, the companies' top and the whole size, for a number of columns. */
  _layout(chart, columns) {
    const width = columns * (BOX_WIDTH + GAP) + GAP;
    const rowHeights = [];
    chart.sections.forEach((section, index) => {
      const row = Math.floor(index / columns);
      rowHeights[row] = Math.max(rowHeights[row] || 0, this._sectionHeight(section));
    });
    const rowTops = [];
    let y = TOP;
    rowHeights.forEach((height, row) => {
      rowTops[row] = y;
      y += height + GAP;
    });
    const companiesTop = y - GAP + 50;
    return {columns, width, rowTops, companiesTop,
      height: companiesTop + this._companiesHeight(chart, width) + GAP};
  }

  /** The number of columns that draws the chart largest in the space it has (a wide screen takes more). */
  _columns(chart) {
    const count = Math.max(1, chart.sections.length);
    const bounds = this.getBoundingClientRect();
    if (!bounds.width || !bounds.height) {
      return Math.min(count, Math.ceil(Math.sqrt(count * 2.2)));
    }
    let best = 1;
    let bestScale = 0;
    for (let columns = 1; columns <= count; columns++) {
      const layout = this._layout(chart, columns);
      const scale = Math.min(bounds.width / layout.width, bounds.height / layout.height);
      if (scale > bestScale) {
        best = columns;
        bestScale = scale;
      }
    }
    return best;
  }

  /**
   * The whole chart where it can be read at that size; otherwise its top left (the HQ's command group first) at
   * the smallest size whose text can still be read: "Fit" then shows all of it.
   */
  _startView() {
    const bounds = this.getBoundingClientRect();
    const [, , width, height] = this._fullView;
    if (!bounds.width || !bounds.height || Math.min(bounds.width / width, bounds.height / height) >= READABLE_SCALE) {
      return this._fullView.slice();
    }
    const viewWidth = bounds.width / READABLE_SCALE;
    const viewHeight = bounds.height / READABLE_SCALE;
    return [0, 0, viewWidth, viewHeight];
  }

  _drawHeadquarters(svg, chart, width) {
    const group = this._group(svg, 'headquarters');
    this._symbol(group, chart.headquartersSymbol, width / 2 - 30, 10, 40);
    this._text(group, this._say('headquarters', chart.unitName,
        this._texts[chart.echelon.toLowerCase()] || chart.echelon), width / 2, 112,
        {anchor: 'middle', size: 16, weight: 700});
    const roster = chart.rosterStatus === 'DRAFT' ? this._say('draftRoster', chart.rosterLabel)
        : chart.rosterStatus === 'PUBLISHED' ? this._say('publishedRoster', chart.rosterLabel) : chart.rosterLabel;
    this._text(group, chart.date + ' · ' + chart.periodLabel + ' · ' + roster, width / 2, 130,
        {anchor: 'middle', size: 12, fill: chart.rosterStatus === 'DRAFT' ? '#b45309' : '#444'});
  }

  _sectionHeight(section) {
    const rows = this._collapsed.has(section.name) ? Math.min(2, section.posts.length) + 1 : section.posts.length;
    return HEADER_HEIGHT + rows * ROW_HEIGHT + 6;
  }

  _drawSection(svg, section, x, y) {
    const group = this._group(svg, 'section');
    group.dataset.section = section.name;
    const collapsed = this._collapsed.has(section.name);
    const box = this._rect(group, x, y, BOX_WIDTH, this._sectionHeight(section), '#ffffff', '#8a94a6');
    box.setAttribute('rx', 6);
    const header = this._group(group, 'section-header');
    header.style.cursor = 'pointer';
    this._rect(header, x, y, BOX_WIDTH, HEADER_HEIGHT - 6, '#eef2f7', 'none');
    this._symbol(header, section.sidc, x + 6, y + 6, 18);
    const vacant = section.posts.filter(post => !post.holder).length;
    this._text(header, section.name, x + 64, y + 20, {weight: 700, size: 13, width: BOX_WIDTH - 70});
    this._text(header, this._say('posts', section.posts.length) + (vacant ? ' · ' + this._say('vacantPosts', vacant) : '')
        + ' · ' + this._say(collapsed ? 'expand' : 'collapse'), x + 64, y + 36,
        {size: 11, fill: vacant ? '#b91c1c' : '#555'});
    header.addEventListener('click', () => {
      collapsed ? this._collapsed.delete(section.name) : this._collapsed.add(section.name);
      this._render(false);
    });
    const shown = collapsed ? section.posts.slice(0, 2) : section.posts;
    shown.forEach((post, index) => this._drawPost(group, post, x, y + HEADER_HEIGHT + index * ROW_HEIGHT));
    if (collapsed && section.posts.length > shown.length) {
      this._text(group, this._say('morePosts', section.posts.length - shown.length), x + 12,
          y + HEADER_HEIGHT + shown.length * ROW_HEIGHT + 20, {size: 11, fill: '#555'});
    }
  }

  _drawPost(parent, post, x, y) {
    const group = this._group(parent, 'post');
    group.dataset.post = post.code;
    group.style.cursor = 'pointer';
    const broken = post.problems && post.problems.length > 0;
    const fill = !post.holder ? '#fde8e8' : broken ? '#fff4e0' : '#ffffff';
    const row = this._rect(group, x + 4, y, BOX_WIDTH - 8, ROW_HEIGHT - 4, fill, broken ? '#d97706' : !post.holder ? '#e02424' : '#dde3ea');
    row.setAttribute('rx', 3);
    const nation = post.holder ? post.holder.nation : null;
    this._rect(group, x + 4, y, 6, ROW_HEIGHT - 4, nation ? this._nationColour(nation) : '#e02424', 'none');
    this._text(group, post.code + ' · ' + post.title, x + 14, y + 12, {size: 11, fill: '#555', width: BOX_WIDTH - 24});
    // the server writes the label: a liaison officer gets "USA · OF-3" for another nation's holder, never a name
    const holder = post.holder ? post.holder.label : this._say('vacantPost', post.rank);
    this._text(group, (broken ? '⚠ ' : '') + holder, x + 14, y + 25,
        {size: 13, weight: post.holder ? 500 : 700, fill: post.holder ? '#111' : '#b91c1c', width: BOX_WIDTH - 24});
    const title = document.createElementNS(SVG_NS, 'title');
    title.textContent = post.title + (broken ? '\n' + post.problems.join('\n') : '');
    group.appendChild(title);
    group.addEventListener('click', event => {
      event.stopPropagation();
      this.dispatchEvent(new CustomEvent('post-click', {detail: {code: post.code}}));
    });
  }

  _companiesPerRow(width) {
    return Math.max(1, Math.floor((width - GAP) / 170));
  }

  _companiesHeight(chart, width) {
    return chart.companies.length ? 14 + Math.ceil(chart.companies.length / this._companiesPerRow(width)) * 130 : 0;
  }

  _drawCompanies(svg, chart, width, y) {
    if (!chart.companies.length) return;
    const group = this._group(svg, 'companies');
    this._text(group, this._say('companies'), GAP, y, {weight: 700, size: 14});
    const perRow = this._companiesPerRow(width);
    chart.companies.forEach((company, index) => {
      const x = GAP + (index % perRow) * 170;
      const top = y + 14 + Math.floor(index / perRow) * 130;
      const unit = this._group(group, 'company');
      unit.dataset.company = company.code;
      this._symbol(unit, company.sidc, x + 40, top, 30);
      this._rect(unit, x + 20, top + 78, 110, 4, this._nationColour(company.nation), 'none');
      this._text(unit, company.code + ' (' + company.nation + ')', x + 75, top + 96, {anchor: 'middle', weight: 700});
      this._text(unit, this._say('strength', company.strength), x + 75, top + 110, {anchor: 'middle', size: 11, fill: '#555'});
      const title = document.createElementNS(SVG_NS, 'title');
      title.textContent = company.name;
      unit.appendChild(title);
    });
  }

  _symbol(parent, sidc, x, y, size) {
    if (!/^\d{20}$/.test(sidc)) return;
    const symbol = new ms.Symbol(sidc, {size: size});
    const markup = new DOMParser().parseFromString(symbol.asSVG(), 'image/svg+xml').documentElement;
    const node = document.importNode(markup, true);
    node.setAttribute('x', x);
    node.setAttribute('y', y);
    node.classList.add('unit-symbol');
    parent.appendChild(node);
  }

  _nationColour(nation) {
    const value = getComputedStyle(document.documentElement).getPropertyValue('--nation-' + nation).trim();
    return value || '#6b7280';
  }

  _group(parent, className) {
    const group = document.createElementNS(SVG_NS, 'g');
    group.setAttribute('class', className);
    parent.appendChild(group);
    return group;
  }

  _rect(parent, x, y, width, height, fill, stroke) {
    const rect = document.createElementNS(SVG_NS, 'rect');
    Object.entries({x, y, width, height, fill, stroke}).forEach(([key, value]) => rect.setAttribute(key, value));
    parent.appendChild(rect);
    return rect;
  }

  _line(parent, x1, y1, x2, y2) {
    const line = document.createElementNS(SVG_NS, 'line');
    Object.entries({x1, y1, x2, y2, stroke: '#8a94a6', 'stroke-width': 1.5}).forEach(([key, value]) => line.setAttribute(key, value));
    parent.appendChild(line);
  }

  _text(parent, content, x, y, options = {}) {
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', x);
    text.setAttribute('y', y);
    text.setAttribute('font-size', options.size || 12);
    text.setAttribute('font-weight', options.weight || 400);
    text.setAttribute('fill', options.fill || '#111');
    if (options.anchor) text.setAttribute('text-anchor', options.anchor);
    const limit = options.width ? Math.floor(options.width / ((options.size || 12) * 0.55)) : 0;
    text.textContent = limit && content.length > limit ? content.slice(0, limit - 1) + '…' : content;
    parent.appendChild(text);
    return text;
  }

  _setView(view) {
    this._view = view;
    this._svg.setAttribute('viewBox', view.join(' '));
  }

  _zoomAt(event) {
    event.preventDefault();
    this._moved = true;
    const factor = event.deltaY > 0 ? 1.15 : 1 / 1.15;
    const bounds = this.getBoundingClientRect();
    const [x, y, w, h] = this._view;
    const px = x + w * (event.clientX - bounds.left) / bounds.width;
    const py = y + h * (event.clientY - bounds.top) / bounds.height;
    this._setView([px - (px - x) * factor, py - (py - y) * factor, w * factor, h * factor]);
  }

  _startPan(event) {
    if (event.button !== 0) return;
    const start = {x: event.clientX, y: event.clientY, view: this._view.slice()};
    const bounds = this.getBoundingClientRect();
    const move = moveEvent => {
      this._moved = true;
      const scale = start.view[2] / bounds.width;
      this._setView([start.view[0] - (moveEvent.clientX - start.x) * scale,
        start.view[1] - (moveEvent.clientY - start.y) * scale, start.view[2], start.view[3]]);
      this.style.cursor = 'grabbing';
    };
    const stop = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', stop);
      this.style.cursor = 'grab';
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', stop);
  }
}

customElements.define('jmatu-org-chart', OrgChart);
