package org.collegium.groups.service;

import java.time.LocalDate;
import org.collegium.base.service.SocietyClock;
import org.collegium.groups.domain.GroupSession;
import org.collegium.groups.domain.GroupSessionRepository;
import org.collegium.groups.domain.GroupStatus;
import org.collegium.groups.domain.PeerGroup;
import org.collegium.groups.domain.PeerGroupRepository;
import org.collegium.groups.service.SessionSchedule.Occurrence;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every active group's sessions generated {@link GroupProperties#weeksAhead()} weeks ahead. Generating twice
 * adds nothing: a date that has its session (even a cancelled one) is skipped.
 */
@Component
class SessionGenerator {

    private final GroupSessionRepository sessions;
    private final PeerGroupRepository groups;
    private final SocietyClock clock;
    private final GroupProperties properties;

    SessionGenerator(GroupSessionRepository sessions, PeerGroupRepository groups, SocietyClock clock,
            GroupProperties properties) {
        this.sessions = sessions;
        this.groups = groups;
        this.clock = clock;
        this.properties = properties;
    }

    @Transactional
    public int generateAll() {
        int added = 0;
        for (PeerGroup g : groups.findByStatus(GroupStatus.ACTIVE)) {
            added += generate(g);
        }
        sessions.markEndedAsHeld(clock.instant());
        return added;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int generate(PeerGroup group) {
        return generate(group, clock.today());
    }

    /** Sessions from {@code from} for the configured weeks ahead (demo data passes a date in the past). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int generate(PeerGroup group, LocalDate from) {
        if (group.getStatus() != GroupStatus.ACTIVE) {
            return 0;
        }
        int added = 0;
        LocalDate until = clock.today().plusWeeks(properties.weeksAhead());
        for (Occurrence o : SessionSchedule.between(group, from, until, group.getZone())) {
            if (!o.end().isAfter(clock.instant()) && from.equals(clock.today())) {
                continue; // today's session that has already ended is not made up afterwards
            }
            if (!sessions.existsByGroupIdAndSessionDateAndExtraFalse(group.getId(), o.date())
                    && !sessions.existsByGroupIdAndStartsAt(group.getId(), o.start())) {
                sessions.save(new GroupSession(group, o.date(), o.start(), o.end(), false));
                added++;
            }
        }
        return added;
    }

    /** A changed schedule: future generated sessions nobody has touched are replaced. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void regenerate(PeerGroup group) {
        sessions.deleteUntouchedGeneratedAfter(group.getId(), clock.instant());
        generate(group);
    }
}
