package org.collegium.e2e;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Driving a page with the keyboard only: Tab / Shift+Tab until the focused element is the one wanted, and
 * reading what has the focus (through shadow roots) and whether it shows a focus indicator (an outline or a
 * box-shadow on it, on its ::before/::after, on its Vaadin component or a part of that component's shadow).
 */
final class Keyboard {

    /** What has the focus: {@code part} is the shadow part of a grid cell, {@code row} the texts of its row. */
    record Focus(String tag, String role, String text, String label, String href, String part, String row,
            String indicator) {

        boolean visible() {
            return indicator != null && !indicator.isEmpty();
        }

        boolean gridBodyCell() {
            return part != null && part.contains("body-cell");
        }

        @Override
        public String toString() {
            String name = label != null && !label.isEmpty() ? label : text;
            return "<" + tag + (role == null || role.isEmpty() ? "" : " role=" + role) + "> \""
                    + (name == null ? "" : name.length() > 60 ? name.substring(0, 60) + "…" : name) + "\""
                    + (gridBodyCell() ? " row [" + row + "]" : "") + (visible() ? " focus: " + indicator
                    : " NO VISIBLE FOCUS");
        }
    }

    private static final String FOCUS_JS = """
            () => {
              let el = document.activeElement;
              while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
              if (!el || el === document.body || el === document.documentElement) return null;
              const shown = (e, pseudo) => {
                const s = getComputedStyle(e, pseudo);
                if (pseudo && (s.content === 'none' || s.content === 'normal')) return null;
                if (parseFloat(getComputedStyle(e).opacity) === 0) return null; // e.g. a checkbox's hidden native input
                if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) return 'outline ' + s.outlineWidth + ' ' + s.outlineStyle + ' ' + s.outlineColor;
                if (s.boxShadow && s.boxShadow !== 'none') return 'box-shadow ' + s.boxShadow;
                return null;
              };
              const up = e => e.parentElement || (e.getRootNode() instanceof ShadowRoot ? e.getRootNode().host : null);
              const name = e => e.tagName.toLowerCase();
              let indicator = null;
              let e = el;
              for (let i = 0; e && i < 4 && !indicator; i++, e = up(e)) {
                if (i > 0 && !name(e).startsWith('vaadin-')) continue; // a focused element's own component only
                for (const pseudo of [null, '::before', '::after']) {
                  const s = shown(e, pseudo);
                  if (s) { indicator = name(e) + (pseudo || '') + ' ' + s; break; }
                }
                if (!indicator && e.shadowRoot && name(e).startsWith('vaadin-')) {
                  for (const p of e.shadowRoot.querySelectorAll('[part]')) {
                    for (const pseudo of [null, '::before', '::after']) {
                      const s = shown(p, pseudo);
                      if (s) { indicator = name(e) + '::part(' + p.getAttribute('part') + ')' + (pseudo || '') + ' ' + s; break; }
                    }
                    if (indicator) break;
                  }
                }
              }
              const slotted = cell => { const slot = cell.querySelector('slot');
                return slot ? slot.assignedNodes({flatten: true}).map(n => n.textContent).join('').trim() : cell.textContent.trim(); };
              const part = el.getAttribute('part') || '';
              const row = part.includes('cell') && el.parentElement ? [...el.parentElement.children].map(slotted).join(' | ') : '';
              let text = part.includes('cell') ? slotted(el) : (el.innerText || el.value || '').trim();
              let label = el.getAttribute('aria-label') || '';
              if (!label && el.labels && el.labels.length) label = el.labels[0].innerText.trim();
              if (!label) { let h = el; while (h && !(name(h).startsWith('vaadin-') && h.label)) h = up(h); if (h) label = h.label; }
              return {tag: name(el), role: el.getAttribute('role') || '', text: text.slice(0, 200), label: label || '',
                href: el.getAttribute('href') || '', part, row: row.slice(0, 300), indicator: indicator || ''};
            }""";

    private final Page page;
    /** Every element the focus stopped on, in order, for the journey's log. */
    final List<Focus> stops = new ArrayList<>();

    Keyboard(Page page) {
        this.page = page;
    }

    @SuppressWarnings("unchecked")
    Focus focus() {
        Object info = page.evaluate(FOCUS_JS);
        if (info == null) {
            return new Focus("body", "", "", "", "", "", "", "");
        }
        Map<String, Object> m = (Map<String, Object>) info;
        return new Focus(s(m, "tag"), s(m, "role"), s(m, "text"), s(m, "label"), s(m, "href"), s(m, "part"),
                s(m, "row"), s(m, "indicator"));
    }

    /** Presses this key (e.g. "Tab", "Enter", "Space", "ArrowDown") and says what has the focus then. */
    Focus press(String key) {
        page.keyboard().press(key);
        Pages.settle(page);
        Focus now = focus();
        stops.add(now);
        return now;
    }

    /** Presses Tab (or Shift+Tab) until the focus is on what {@code wanted} accepts, at most {@code max} times. */
    Focus tabTo(String what, Predicate<Focus> wanted, int max, boolean backwards) {
        List<Focus> seen = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            Focus now = press(backwards ? "Shift+Tab" : "Tab");
            seen.add(now);
            if (wanted.test(now)) {
                System.out.println("KEYS " + (i + 1) + "x " + (backwards ? "Shift+Tab" : "Tab") + " to " + what + ": "
                        + now);
                return now;
            }
        }
        throw new AssertionError("Tab did not reach " + what + " in " + max + " presses; the focus stopped on:\n  "
                + String.join("\n  ", seen.stream().map(Focus::toString).toList()));
    }

    Focus tabTo(String what, Predicate<Focus> wanted) {
        return tabTo(what, wanted, 60, false);
    }

    /** Types text into what has the focus. */
    void type(String text) {
        page.keyboard().type(text);
    }

    /** Tab stops that showed no focus indicator. */
    List<Focus> invisible() {
        return stops.stream().filter(f -> !f.visible() && !"body".equals(f.tag())).distinct().toList();
    }

    static Predicate<Focus> named(String name) {
        return f -> name.equals(f.label()) || name.equals(f.text());
    }

    static Predicate<Focus> labelStarts(String prefix) {
        return f -> f.label().startsWith(prefix) || f.text().startsWith(prefix);
    }

    private static String s(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? "" : String.valueOf(v);
    }
}
