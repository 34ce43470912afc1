package org.collegium.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import java.util.LinkedHashMap;
import java.util.Map;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.i18n.Messages;

/** Shows a service's field errors on the form's fields, named as the service names them. */
public final class FieldMessages {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    /** the message the last {@link #show} opened */
    private Notification shown;

    public FieldMessages bind(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    /**
     * Unmarks every field, and closes the message {@link #show} opened if it is still open: a form submitted again
     * successfully, or filled afresh, must not go on saying it has mistakes. Other messages stay.
     */
    public void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
        if (shown != null) {
            shown.close();
            shown = null;
        }
    }

    /** Marks every field the service named; anything it could not place is told in a notification. */
    public void show(InvalidInputException e) {
        clear();
        StringBuilder unplaced = new StringBuilder();
        e.fieldErrors().forEach((name, message) -> {
            HasValidation field = fields.get(name);
            if (field == null) {
                unplaced.append(message).append(' ');
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        });
        shown = Notifications.error(unplaced.isEmpty() ? Messages.t("base.field.correct-marked")
                : unplaced.toString().strip());
    }
}
