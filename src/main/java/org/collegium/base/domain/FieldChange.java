package org.collegium.base.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A field of a record as it was before a change and after it. */
@Embeddable
public record FieldChange(
        @Column(name = "field", nullable = false) String field,
        @Column(name = "old_value") String before,
        @Column(name = "new_value") String after) {
}
