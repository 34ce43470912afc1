package org.collegium.base.service;

import org.collegium.base.i18n.Messages;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one place that turns the audit trail's codes into words, in the reader's language: the actions
 * ("MEMBERS_MERGED" reads "Members merged", bundle keys {@code base.audit.action.<CODE>}) and the kinds of record
 * ("PeerGroup" reads "Peer group", {@code base.audit.type.<Code>}), which the audit view's filter lists. The codes
 * themselves are stored and searched as they are.
 */
public final class AuditActions {

    private static final String ACTION = "base.audit.action.";
    private static final String TYPE = "base.audit.type.";

    /** Every kind of record the trail names, in the order the filter lists them. */
    private static final List<String> RECORD_TYPES = List.of("Member", "MembershipApplication", "MembershipType",
            "Payment", "Affiliate", "Event", "EventSession", "Registration", "CeCredit", "PeerGroup",
            "GroupMembership", "GroupSession", "UserAccount", "SocietySettings", "Import", "Backup",
            "GroupListing", "RequirementProfile", "MemberCredential",
            "ExternalCe", "SupervisionLog", "Communication", "SponsorStatement", "MailTemplate");

    private AuditActions() {
    }

    /** The action in words: named in the bundle, or its code read as a sentence ("GROUP_LEFT" reads "Group left"). */
    public static String label(String action) {
        if (action == null || action.isBlank()) {
            return "";
        }
        if (Messages.has(ACTION + action)) {
            return Messages.t(ACTION + action);
        }
        String words = action.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Every kind of record the trail names, code to words, in the order the filter lists them. */
    public static Map<String, String> recordTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        RECORD_TYPES.forEach(code -> types.put(code, Messages.t(TYPE + code)));
        return Collections.unmodifiableMap(types);
    }

    /** The kind of record named by this code, or empty for a code no part of the portal writes. */
    public static Optional<String> recordType(String code) {
        return code != null && RECORD_TYPES.contains(code) ? Optional.of(Messages.t(TYPE + code)) : Optional.empty();
    }
}
