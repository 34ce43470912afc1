package org.collegium.members.service;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a members file, in the order the export writes them; the import reads the same names (in any
 * order, upper or lower case, with "license" as well as "licence").
 */
public enum MemberColumn {
    LAST_NAME("last name", "lastName", Use.REQUIRED),
    FIRST_NAME("first name", "firstName", Use.REQUIRED),
    EMAIL("email", "email", Use.REQUIRED),
    CREDENTIALS("credentials", "credentials", Use.OPTIONAL),
    DISCIPLINE("discipline", "discipline", Use.REQUIRED),
    LICENCE_STATE("licence state", "licenceState", Use.OPTIONAL),
    LICENCE_NUMBER("licence number", "licenceNumber", Use.OPTIONAL),
    PRACTICE("practice", "practiceName", Use.OPTIONAL),
    CITY("city", "city", Use.OPTIONAL),
    STATE("state", "state", Use.OPTIONAL),
    POSTAL_CODE("postal code", "postalCode", Use.OPTIONAL),
    COUNTRY("country", "country", Use.OPTIONAL),
    AFFILIATE("affiliate", "affiliateId", Use.OPTIONAL),
    STATUS("status", null, Use.IGNORED_ON_IMPORT),
    TYPE("type", null, Use.IGNORED_ON_IMPORT),
    TERM_ENDS("term ends", null, Use.IGNORED_ON_IMPORT);

    /** How the import treats a column. Status, type and term end follow from membership terms, not from a file. */
    public enum Use {
        REQUIRED, OPTIONAL, IGNORED_ON_IMPORT
    }

    private final String header;
    private final String field;
    private final Use use;

    MemberColumn(String header, String field, Use use) {
        this.header = header;
        this.field = field;
        this.use = use;
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

    /** The column a header names: case, extra spaces, "_" or "-" between words and "license" do not matter. */
    static Optional<MemberColumn> named(String header) {
        String name = normalise(header);
        return Arrays.stream(values()).filter(c -> c.header.equals(name)).findFirst();
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

    static String normalise(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ")
                .replace("license", "licence");
    }
}
