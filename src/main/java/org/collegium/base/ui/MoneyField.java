package org.collegium.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.textfield.BigDecimalField;

/**
 * An amount of money. Vaadin's decimal field silently drops every character but digits, signs and the decimal
 * separator, so "1e15" reached the server as 115. This one lets the exponent (and a comma) through, and the
 * service's one money rule ({@code FieldErrors.money}) refuses it with a clear message.
 */
public class MoneyField extends BigDecimalField {

    static final String ALLOWED = "[-+\\d.,eE]";

    public MoneyField(String label) {
        super(label);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // after the locale's separator is set: the web component resets its pattern whenever the separator changes
        getElement().setProperty("allowedCharPattern", ALLOWED);
        getElement().executeJs("this.allowedCharPattern = $0", ALLOWED);
    }
}
