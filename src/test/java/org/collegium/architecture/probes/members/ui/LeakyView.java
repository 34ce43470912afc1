package org.collegium.architecture.probes.members.ui;

import org.collegium.base.service.AuditLog;
import org.collegium.members.domain.MemberRepository;

/** Probe, never run: a view that reads a repository and calls a system service. ArchitectureProbesTest only. */
public class LeakyView {

    private final MemberRepository members;
    private final AuditLog audit;

    public LeakyView(MemberRepository members, AuditLog audit) {
        this.members = members;
        this.audit = audit;
    }

    public long count() {
        audit.recordAll("Member", "probe", java.util.List.of());
        return members.count();
    }
}
