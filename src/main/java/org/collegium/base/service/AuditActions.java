package org.collegium.base.service;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one place that turns the audit trail's codes into words: the actions ("MEMBERS_MERGED" reads "Members
 * merged") and the kinds of record ("PeerGroup" reads "Peer group"), which the audit view's filter lists.
 */
public final class AuditActions {

    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("LOGIN_SUCCEEDED", "Signed in"),
            Map.entry("LOGIN_FAILED", "Sign-in failed"),
            Map.entry("LOGIN_THROTTLED", "Sign-in slowed down"),
            Map.entry("SESSION_ENDED", "Session ended"),
            Map.entry("PASSWORD_LINK_SENT", "Password link sent"),
            Map.entry("PASSWORD_RESET", "Password set with a link"),
            Map.entry("PASSWORD_CHANGED", "Password changed"),
            Map.entry("ACCOUNT_CREATED", "Account created"),
            Map.entry("ACCOUNT_UPDATED", "Account changed"),
            Map.entry("MEMBERS_MERGED", "Members merged"),
            Map.entry("MEMBER_CREATED", "Member added"),
            Map.entry("MEMBER_UPDATED", "Member changed"),
            Map.entry("PROFILE_UPDATED", "Profile changed by the member"),
            Map.entry("MEMBERSHIP_RENEWED", "Membership renewed"),
            Map.entry("MEMBER_LAPSED", "Membership lapsed"),
            Map.entry("MEMBER_RESIGNED", "Member resigned"),
            Map.entry("SETTINGS_CHANGED", "Society settings changed"),
            Map.entry("EVENT_CREATED", "Event created"),
            Map.entry("EVENT_UPDATED", "Event changed"),
            Map.entry("EVENT_PUBLISHED", "Event published"),
            Map.entry("EVENT_CANCELLED", "Event cancelled"),
            Map.entry("CE_AWARDED", "CE credit awarded"),
            Map.entry("CE_WITHDRAWN", "CE credit withdrawn"),
            Map.entry("GROUP_JOIN_APPROVED", "Join request approved"),
            Map.entry("GROUP_JOIN_DECLINED", "Join request declined"),
            Map.entry("GROUP_SESSION_LINK_SET", "Meeting link set"));

    private static final Map<String, String> RECORD_TYPES = records();

    private AuditActions() {
    }

    /** The action in words: named above, or its code read as a sentence ("GROUP_LEFT" reads "Group left"). */
    public static String label(String action) {
        if (action == null || action.isBlank()) {
            return "";
        }
        String named = ACTIONS.get(action);
        if (named != null) {
            return named;
        }
        String words = action.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Every kind of record the trail names, code to words, in the order the filter lists them. */
    public static Map<String, String> recordTypes() {
        return RECORD_TYPES;
    }

    /** The kind of record named by this code, or empty for a code no part of the portal writes. */
    public static Optional<String> recordType(String code) {
        return Optional.ofNullable(code).map(RECORD_TYPES::get);
    }

    private static Map<String, String> records() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("Member", "Member");
        types.put("MembershipApplication", "Application");
        types.put("MembershipType", "Membership type");
        types.put("Payment", "Payment");
        types.put("Affiliate", "Affiliate");
        types.put("Event", "Event");
        types.put("EventSession", "Event session");
        types.put("Registration", "Registration");
        types.put("CeCredit", "CE credit");
        types.put("PeerGroup", "Peer group");
        types.put("GroupMembership", "Group roster place");
        types.put("GroupSession", "Group session");
        types.put("UserAccount", "User account");
        types.put("SocietySettings", "Society settings");
        types.put("Import", "Member import");
        types.put("Backup", "Backup");
        return java.util.Collections.unmodifiableMap(types);
    }
}
