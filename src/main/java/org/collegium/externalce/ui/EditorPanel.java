package org.collegium.externalce.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The add-or-change panel under a member's list (external CE, supervision): a heading, the form, Save and Cancel,
 * shown while a record is open; the list's add button is off meanwhile.
 */
final class EditorPanel {

    final Button create;
    final Button save;
    final Button cancel;
    final H2 heading = new H2();
    private final Component form;

    EditorPanel(Button create, Button save, Button cancel, Component form, Runnable onSave, Runnable onCancel) {
        this.create = create;
        this.save = save;
        this.cancel = cancel;
        this.form = form;
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> onSave.run());
        cancel.addClickListener(e -> onCancel.run());
    }

    /** What the view adds below its list: the heading, the form and the buttons. */
    Component[] components() {
        return new Component[] {heading, form, new HorizontalLayout(save, cancel)};
    }

    void open(String title) {
        heading.setText(title);
        show(true);
    }

    void close() {
        show(false);
    }

    private void show(boolean open) {
        heading.setVisible(open);
        form.setVisible(open);
        save.setVisible(open);
        cancel.setVisible(open);
        create.setEnabled(!open);
    }

    /** An icon button's name for screen readers and its tooltip. */
    static void label(Button b, String text) {
        b.setAriaLabel(text);
        b.setTooltipText(text);
    }
}
