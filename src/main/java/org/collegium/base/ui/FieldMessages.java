package org.collegium.base.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.i18n.Messages;

/** Shows a service's field errors on the form's fields, named as the service names them. */
public final class FieldMessages {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldMessages bind(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
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
        Notifications.error(unplaced.isEmpty() ? Messages.t("base.field.correct-marked") : unplaced.toString().strip());
    }
}
