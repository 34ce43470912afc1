package org.collegium.members.service;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns of a members file, in the order the export writes them; the import reads the same names and the
 * usual spellings of other systems (in any order, any case, with or without spaces and punctuation).
 */
public enum MemberColumn {
    LAST_NAME("last name", "lastName", Use.REQUIRED, "surname", "family name", "last", "lname"),
    FIRST_NAME("first name", "firstName", Use.REQUIRED, "given name", "forename", "first", "fname"),
    EMAIL("email", "email", Use.REQUIRED, "email address", "e-mail address", "mail", "primary email"),
    PHONE("phone", "phone", Use.OPTIONAL, "phone number", "telephone", "tel", "mobile", "cell phone", "work phone"),
    CREDENTIALS("credentials", "credentials", Use.OPTIONAL, "credential", "degrees", "designations"),
    DISCIPLINE("discipline", "discipline", Use.REQUIRED, "profession"),
    LICENCE_STATE("licence state", "licenceState", Use.OPTIONAL, "state of licensure", "licensure state"),
    LICENCE_NUMBER("licence number", "licenceNumber", Use.OPTIONAL, "licence no", "licensure number"),
    PRACTICE("practice", "practiceName", Use.OPTIONAL, "practice name", "organization", "organisation", "company",
            "employer"),
    CITY("city", "city", Use.OPTIONAL, "town"),
    STATE("state", "state", Use.OPTIONAL, "province", "state province", "region"),
    POSTAL_CODE("postal code", "postalCode", Use.OPTIONAL, "zip", "zip code", "postcode", "postal"),
    COUNTRY("country", "country", Use.OPTIONAL, "country code"),
    AFFILIATE("affiliate", "affiliateId", Use.OPTIONAL, "chapter", "affiliate society"),
    STATUS("status", null, Use.IGNORED_ON_IMPORT, "membership status"),
    TYPE("type", null, Use.IGNORED_ON_IMPORT, "membership type", "member type"),
    TERM_ENDS("term ends", null, Use.IGNORED_ON_IMPORT, "term end", "expiration date", "expires", "renewal date");

    /**
     * The one alias table: every column's own header and the spellings other systems use for it, keyed by
     * {@link #key} (case, spaces and punctuation do not count, "license" reads as "licence").
     */
    private static final Map<String, MemberColumn> BY_KEY = byKey();

    /** How the import treats a column. Status, type and term end follow from membership terms, not from a file. */
    public enum Use {
        REQUIRED, OPTIONAL, IGNORED_ON_IMPORT
    }

    private final String header;
    private final String field;
    private final Use use;

    private final List<String> aliases;

    MemberColumn(String header, String field, Use use, String... aliases) {
        this.header = header;
        this.field = field;
        this.use = use;
        this.aliases = List.of(aliases);
    }

    private static Map<String, MemberColumn> byKey() {
        Map<String, MemberColumn> table = new HashMap<>();
        for (MemberColumn c : values()) {
            for (String name : Stream.concat(Stream.of(c.header), c.aliases.stream()).toList()) {
                MemberColumn before = table.put(key(name), c);
                if (before != null && before != c) {
                    throw new IllegalStateException("\"" + name + "\" names both " + before + " and " + c);
                }
            }
        }
        return Map.copyOf(table);
    }

    /** The name in the file's first line. */
    public String header() {
        return header;
    }

    /** The {@code MemberForm} field this column fills, or null for the columns the import ignores. */
    String field() {
        return field;
    }

    public Use use() {
        return use;
    }

    public static List<String> headers(Use use) {
        return Arrays.stream(values()).filter(c -> c.use == use).map(MemberColumn::header).toList();
    }

    /** The column a header names, by its own name or a common alias ("E-mail", "Zip", "Phone Number"…). */
    static Optional<MemberColumn> named(String header) {
        return Optional.ofNullable(BY_KEY.get(key(header)));
    }

    /** The column a person reads for a {@code MemberForm} field; the field name itself for fields not in files. */
    static String headerOfField(String field) {
        return Arrays.stream(values()).filter(c -> field.equals(c.field)).map(MemberColumn::header).findFirst()
                .orElse(switch (field) {
                    case "showEmailInDirectory" -> "show email in directory";
                    case "directoryOptIn" -> "directory opt-in";
                    default -> field;
                });
    }

    /** A header reduced to what tells columns apart: lower-case letters and digits, "license" as "licence". */
    static String key(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replace("license", "licence")
                .replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
