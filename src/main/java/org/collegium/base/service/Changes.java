package org.collegium.base.service;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.collegium.base.domain.FieldChange;

/** Collects the fields a change really altered, for the audit log. */
public final class Changes {

    private final List<FieldChange> list = new ArrayList<>();

    public Changes track(String field, Object before, Object after) {
        String b = before == null ? null : String.valueOf(before);
        String a = after == null ? null : String.valueOf(after);
        if (!Objects.equals(b, a)) {
            list.add(new FieldChange(field, b, a));
        }
        return this;
    }

    /**
     * Tracks every component of two records of one type, e.g. a form as it was and as it is now (before null: a
     * new record, every field from empty). The version is left out; amounts compare by value (30 equals 30.00).
     */
    public <R extends Record> Changes compare(R before, R after) {
        for (RecordComponent component : after.getClass().getRecordComponents()) {
            if (!component.getName().equals("version")) {
                track(component.getName(), before == null ? null : comparable(value(component, before)),
                        comparable(value(component, after)));
            }
        }
        return this;
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("A record's accessor cannot be read: " + component, e);
        }
    }

    private static Object comparable(Object value) {
        if (value instanceof BigDecimal amount) {
            return amount.stripTrailingZeros().toPlainString();
        }
        return value instanceof String text && text.isBlank() ? null : value;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<FieldChange> asList() {
        return List.copyOf(list);
    }
}
