package org.collegium.members.domain;

import java.util.ArrayList;
import java.util.List;
import org.collegium.base.domain.SearchText;

/**
 * The members list filtered: the affiliate (the caller's scope already applied), status and membership type, each
 * null for any, and what was typed in the search box. The search box matches the start of a last name, a first
 * name, a full name ("ada love"), an email or a licence number: {@link #branches()} says each of those as a range
 * of one index ("%text%" would read every member). The criteria of the export and the union of
 * {@link MemberPagesImpl} are both built from these branches.
 */
public record MemberSearch(Long affiliateId, MembershipStatus status, Long typeId, String text) {

    /** A member's column a branch compares, with the entity's property and the table's column. */
    public enum Field {
        LAST_NAME("lastName", "last_name"), FIRST_NAME("firstName", "first_name"), EMAIL("email", "email"),
        LICENCE_NUMBER("licenceNumber", "licence_number");

        public final String property;
        final String column;

        Field(String property, String column) {
            this.property = property;
            this.column = column;
        }
    }

    /**
     * One comparison: the field equals the value, or (prefix) starts with it, the value then a LIKE pattern
     * escaped with {@link SearchText#ESCAPE}. No lower(): the columns' collation (utf8mb4_unicode_ci) compares
     * without case, and lower() would keep MariaDB from using the indexes.
     */
    public record Match(Field field, boolean prefix, String value) {
    }

    /** The text as typed, trimmed; empty when nothing was typed. */
    public String typed() {
        return text == null ? "" : text.strip();
    }

    public boolean searching() {
        return !typed().isEmpty();
    }

    /** Any of these matches; each is all of its comparisons. Empty when nothing was typed. */
    public List<List<Match>> branches() {
        String typed = typed();
        if (typed.isEmpty()) {
            return List.of();
        }
        String prefix = SearchText.normalise(typed) + "%";
        List<List<Match>> any = new ArrayList<>();
        for (Field field : Field.values()) {
            any.add(List.of(new Match(field, true, prefix)));
        }
        // "first last" starts with the text when the first name is the text up to one of its spaces and the last
        // name starts with the rest (a first name longer than the text is matched above); said this way rather
        // than with concat() it is a narrow range of the (first name, last name) index
        for (int space = typed.indexOf(' '); space > 0; space = typed.indexOf(' ', space + 1)) {
            any.add(List.of(new Match(Field.FIRST_NAME, false, typed.substring(0, space)),
                    new Match(Field.LAST_NAME, true, SearchText.normalise(typed.substring(space + 1)) + "%")));
        }
        return any;
    }
}
