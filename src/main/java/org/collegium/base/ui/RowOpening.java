package org.collegium.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.grid.Grid;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A grid whose rows open something (a member's page, an event's editor) opens the row under the mouse on click and
 * the focused row on Enter, so that keyboard users need not find Space. One rule for every such grid.
 */
public final class RowOpening {

    private RowOpening() {
    }

    public static <T> void opens(Grid<T> grid, Consumer<T> open) {
        AtomicReference<T> focused = new AtomicReference<>();
        grid.addItemClickListener(click -> open.accept(click.getItem()));
        grid.addCellFocusListener(focus -> focused.set(focus.getItem().orElse(null)));
        grid.getElement().addEventListener("keydown", key -> {
            T item = focused.get();
            if (item != null) {
                open.accept(item);
            }
            // the grid itself, not a button in a cell; a filter sees the element as `element` (its `this` is not it)
        }).setFilter("event.key === '" + Key.ENTER.getKeys().get(0) + "' && event.target === element");
    }
}
