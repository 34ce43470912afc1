package org.collegium.groups.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Set;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.credentials.domain.CeDelivery;
import org.collegium.credentials.domain.CeFormality;
import org.collegium.credentials.domain.CeSource;
import org.collegium.credentials.domain.CeTopic;
import org.collegium.credentials.service.CeEntry;
import org.collegium.credentials.service.CeLedger;
import org.collegium.groups.domain.GroupAttendance;
import org.collegium.groups.domain.GroupFormat;
import org.collegium.groups.domain.GroupKind;
import org.collegium.groups.domain.GroupSession;
import org.collegium.groups.domain.PeerGroup;
import org.springframework.stereotype.Component;

/**
 * Peer-group attendance counts as CE automatically (issue 16): each attendance at a session is a row of the CE
 * ledger (source PEER_GROUP, the attendance's id), informal group-psychotherapy hours (supervision too in a
 * supervision group), as long as the session, delivered as the group meets, dated the session's day. Written
 * and withdrawn in the caller's transaction, wherever attendance is recorded or undone.
 */
@Component
class GroupCeHours {

    private final CeLedger ledger;
    private final SocietySettingsService settings;

    GroupCeHours(CeLedger ledger, SocietySettingsService settings) {
        this.ledger = ledger;
        this.settings = settings;
    }

    /** The attendance (already saved: it has its id) counts. */
    void attended(GroupAttendance a) {
        GroupSession s = a.getSession();
        PeerGroup g = s.getGroup();
        long minutes = s.length().toMinutes();
        if (minutes <= 0) {
            return;
        }
        ledger.record(new CeEntry(a.getMember().getId(), CeSource.PEER_GROUP, a.getId(), s.getSessionDate(),
                BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP),
                CeFormality.INFORMAL, delivery(g.getFormat()), topics(g.getKind()), clip(g.getName(), 300),
                clip(settings.current().societyName(), 200)));
    }

    /** The attendance no longer counts (corrected away, or its session cancelled). */
    void undone(GroupAttendance a) {
        ledger.withdraw(CeSource.PEER_GROUP, a.getId());
    }

    static Set<CeTopic> topics(GroupKind kind) {
        return kind == GroupKind.SUPERVISION ? EnumSet.of(CeTopic.GROUP_PSYCHOTHERAPY, CeTopic.SUPERVISION)
                : EnumSet.of(CeTopic.GROUP_PSYCHOTHERAPY);
    }

    static CeDelivery delivery(GroupFormat format) {
        return format == GroupFormat.IN_PERSON ? CeDelivery.IN_PERSON : CeDelivery.ONLINE;
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
