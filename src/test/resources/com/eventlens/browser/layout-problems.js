// What a manager would see as broken on the page at the current window size, as a list of sentences (empty: fine).
// Run by LayoutBrowserIT on every page at 1440, 1024 and 390 pixels wide. Looks through open shadow roots.
() => {
  const problems = [];
  const width = window.innerWidth;
  const visible = el => {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
  };
  const describe = el => {
    const text = (el.innerText || el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\s+/g, ' ');
    return `<${el.localName}${el.className && typeof el.className === 'string' ? ' class="' + el.className + '"' : ''}>`
        + (text ? ` "${text.slice(0, 40)}"` : '');
  };
  // Also inside the shadow root of `root` itself: a grid header's sorter cuts its text in its own shadow part.
  const all = (root, selector) => {
    const found = [...root.querySelectorAll(selector)];
    for (const el of [root, ...root.querySelectorAll('*')]) {
      if (el.shadowRoot) found.push(...all(el.shadowRoot, selector));
    }
    return found;
  };
  const clips = el => {
    const style = getComputedStyle(el);
    return style.overflowX !== 'visible' && style.overflowX !== 'auto' && style.overflowX !== 'scroll';
  };
  // The text an element shows: its own, or what its slots show (a sorter's content part holds only a slot).
  const shownText = el => (el.textContent || '').trim() || [...el.querySelectorAll('slot')]
      .flatMap(slot => slot.assignedNodes({flatten: true})).map(node => node.textContent || '').join('').trim();
  // Text cut off: an element that hides what overflows it and holds more than it shows.
  const cut = el => el.scrollWidth > el.clientWidth + 1 && clips(el) && shownText(el).length > 0;
  const cutInside = el => [el, ...all(el, '*')].filter(e => visible(e) && cut(e));

  // 1. The page never scrolls sideways: neither the document nor the event frame's content area.
  const layoutContent = document.querySelector('vaadin-app-layout')?.shadowRoot?.querySelector('[content]');
  for (const page of [document.scrollingElement, layoutContent].filter(Boolean)) {
    if (page.scrollWidth > page.clientWidth + 1) {
      problems.push(`the page scrolls horizontally (${page.scrollWidth} > ${page.clientWidth} px)`);
    }
  }

  // 2. Grids: no column behind a horizontal scroll, no header or cell text cut off.
  for (const grid of all(document, 'vaadin-grid').filter(visible)) {
    const table = grid.shadowRoot && grid.shadowRoot.querySelector('#table');
    const name = grid.className || grid.id || 'a grid';
    if (table && table.scrollWidth > table.clientWidth + 1) {
      problems.push(`grid ${name} scrolls horizontally (${table.scrollWidth} > ${table.clientWidth} px)`);
    }
    const slots = table ? [...table.querySelectorAll('thead th slot, tbody td slot')] : [];
    for (const slot of slots) {
      const cell = slot.closest('th, td');
      if (!cell || cell.hidden || !visible(cell)) continue;
      for (const content of slot.assignedElements()) {
        for (const el of cutInside(content)) {
          problems.push(`grid ${name}: ${cell.localName === 'th' ? 'header' : 'cell'} text cut off: ${describe(el)}`);
        }
        // A figure (a time, a count, a rate) broken over two lines reads as two figures.
        const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
          const figure = text.textContent.trim();
          if (!/^[0-9][0-9:.,%/]*$/.test(figure) || figure.length < 3) continue;
          const range = document.createRange();
          range.selectNodeContents(text);
          const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
          if (lines.size > 1) {
            problems.push(`grid ${name}: figure broken over ${lines.size} lines: "${figure}"`);
          }
        }
      }
    }
  }

  // 3. Text cut off anywhere else on the page (names with an ellipsis, say).
  for (const el of all(document, 'vaadin-app-layout *, .console-content *, .login-view *')) {
    if (el.closest && el.closest('vaadin-grid')) continue;
    if (visible(el) && cut(el) && el.children.length === 0) {
      problems.push(`text cut off: ${describe(el)}`);
    }
  }

  // 4. Controls whole and on screen: within the window and not clipped by a box around them.
  for (const control of all(document, 'vaadin-button, button, a[href], vaadin-select, vaadin-text-field, vaadin-menu-bar')) {
    if (!visible(control) || control.closest('vaadin-grid') || control.closest('[slot="drawer"]')) continue;
    if (control.getRootNode() !== document && control.getRootNode().host && control.getRootNode().host.localName.startsWith('vaadin-')) continue;
    const r = control.getBoundingClientRect();
    if (r.left < -1 || r.right > width + 1) {
      problems.push(`control outside the window: ${describe(control)} (${Math.round(r.left)}–${Math.round(r.right)} of ${width} px)`);
      continue;
    }
    for (let box = control.parentElement; box && box !== document.body; box = box.parentElement) {
      if (!clips(box)) continue;
      const b = box.getBoundingClientRect();
      if (r.left < b.left - 1 || r.right > b.right + 1) {
        problems.push(`control clipped by ${describe(box)}: ${describe(control)}`);
        break;
      }
    }
  }

  // 5. KPI labels on at most two lines.
  for (const label of all(document, '.kpi .metric-label').filter(visible)) {
    const lineHeight = parseFloat(getComputedStyle(label).lineHeight) || 20;
    if (label.getBoundingClientRect().height > 2 * lineHeight + 2) {
      problems.push(`KPI label on more than two lines: ${describe(label)}`);
    }
  }

  // 6. The side navigation never lies over the page when the window is narrower than a laptop's.
  const layout = document.querySelector('vaadin-app-layout');
  if (layout && width < 1200) {
    const drawer = layout.shadowRoot.querySelector('[part=drawer]');
    const content = layout.shadowRoot.querySelector('[content]') || layout;
    const d = drawer.getBoundingClientRect();
    const opened = layout.hasAttribute('drawer-opened') && d.right > 0 && visible(drawer);
    if (opened) {
      problems.push(`the side navigation is open over the page at ${width} px`);
    }
  }
  return problems;
}
