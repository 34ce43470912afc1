package org.collegium.base.domain;

/**
 * The one place role names are spelled, and the method-security rules made of them (the roles matrix in
 * docs/design.md). Annotations use these constants ({@code @RolesAllowed({Access.ADMIN, Access.BOARD})},
 * {@code @PreAuthorize(Access.RUNS_GROUPS)}); {@code TypedRolesTest} fails the build on a role spelled by hand.
 * {@code accounts.domain.Role} has one value per name here (checked by the same test).
 */
public final class Access {

    public static final String ADMIN = "ADMIN";
    public static final String BOARD = "BOARD";
    public static final String OFFICER = "OFFICER";
    public static final String AFFILIATE_ADMIN = "AFFILIATE_ADMIN";
    public static final String FACILITATOR = "FACILITATOR";
    public static final String MEMBER = "MEMBER";

    /** Administrators: accounts, roles, settings, the outbox. */
    public static final String IS_ADMIN = "hasRole('" + ADMIN + "')";
    /** A member looking after themselves (their own records only, by the query). */
    public static final String IS_MEMBER = "hasRole('" + MEMBER + "')";
    /** A facilitator (their own groups only, by the query). */
    public static final String IS_FACILITATOR = "hasRole('" + FACILITATOR + "')";
    /** The board and administrators. */
    public static final String IS_BOARD_OR_ADMIN = "hasAnyRole('" + ADMIN + "','" + BOARD + "')";
    /** Who reads society-wide records that are not an affiliate's: the board, administrators and officers. */
    public static final String SOCIETY_READERS = "hasAnyRole('" + ADMIN + "','" + BOARD + "','" + OFFICER + "')";
    /** Who reads member records and reports: as above, and affiliate administrators for their own affiliate. */
    public static final String RECORD_READERS = "hasAnyRole('" + ADMIN + "','" + BOARD + "','" + OFFICER + "','"
            + AFFILIATE_ADMIN + "')";
    /** Who edits members and events: the board, administrators, affiliate administrators (their own affiliate). */
    public static final String RECORD_EDITORS = "hasAnyRole('" + ADMIN + "','" + BOARD + "','" + AFFILIATE_ADMIN
            + "')";
    /** Who runs peer groups: facilitators (their own), the board and administrators. */
    public static final String RUNS_GROUPS = "hasAnyRole('" + FACILITATOR + "','" + BOARD + "','" + ADMIN + "')";
    /** Who uses peer groups: members, and those who run them. */
    public static final String USES_GROUPS = "hasAnyRole('" + MEMBER + "','" + FACILITATOR + "','" + BOARD + "','"
            + ADMIN + "')";

    private Access() {
    }
}
