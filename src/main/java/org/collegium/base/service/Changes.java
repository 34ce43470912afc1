package org.collegium.base.service;

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

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<FieldChange> asList() {
        return List.copyOf(list);
    }
}
