package org.collegium.externalce.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.collegium.accounts.service.AccountScopes;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.NotFoundException;
import org.collegium.externalce.domain.ExternalCe;
import org.collegium.externalce.domain.ExternalCeRepository;
import org.collegium.externalce.domain.SupervisionLog;
import org.collegium.externalce.domain.SupervisionLogRepository;
import org.collegium.externalce.service.ExternalCeRecords.ExternalCeLine;
import org.collegium.externalce.service.ExternalCeRecords.SupervisionLine;
import org.collegium.members.domain.Member;
import org.collegium.members.service.MemberLookup;
import org.springframework.stereotype.Component;

/** Whose records are whose (another member's reads as missing), the hours a member has on a day, records as read. */
@Component
class ExternalCeAccess {

    private final AccountScopes scopes;
    private final MemberLookup members;
    private final ExternalCeRepository records;
    private final SupervisionLogRepository logs;

    ExternalCeAccess(AccountScopes scopes, MemberLookup members, ExternalCeRepository records,
            SupervisionLogRepository logs) {
        this.scopes = scopes;
        this.members = members;
        this.records = records;
        this.logs = logs;
    }

    long currentMemberId() {
        return scopes.currentMemberId().orElseThrow(() -> new BusinessRuleException(
                Messages.t("externalce.not-linked")));
    }

    /** The signed-in member's own record; another's, or a missing one, reads as not found. */
    ExternalCe mine(long externalCeId) {
        long me = currentMemberId();
        return records.findById(externalCeId).filter(r -> r.getMemberId() == me)
                .orElseThrow(() -> new NotFoundException(Messages.t("externalce.the-record")));
    }

    SupervisionLog myLog(long supervisionId) {
        long me = currentMemberId();
        return logs.findById(supervisionId).filter(l -> l.getMemberId() == me)
                .orElseThrow(() -> new NotFoundException(Messages.t("externalce.supervision.the-log")));
    }

    ExternalCe any(long externalCeId) {
        return records.findById(externalCeId)
                .orElseThrow(() -> new NotFoundException(Messages.t("externalce.the-record")));
    }

    /**
     * The member's hours on a day in this feature's records, except one (being edited, or 0 for none): external CE
     * that counts or may (not declined) and logged supervision.
     */
    BigDecimal hoursOn(long memberId, LocalDate day, long exceptExternal, long exceptLog) {
        if (day == null) {
            return BigDecimal.ZERO;
        }
        return records.hoursOn(memberId, day, exceptExternal).add(logs.hoursOn(memberId, day, exceptLog));
    }

    /** The records as read, with their members' names (one query for the page, however many rows). */
    List<ExternalCeLine> lines(List<ExternalCe> page, boolean withNames) {
        Map<Long, String> names = withNames ? names(page.stream().map(ExternalCe::getMemberId).distinct().toList())
                : Map.of();
        return page.stream().map(r -> line(r, names.getOrDefault(r.getMemberId(), ""))).toList();
    }

    ExternalCeLine line(ExternalCe r, String member) {
        return new ExternalCeLine(r.getId(), member, r.getProvider(), r.getTitle(), r.getEarnedOn(), r.getHours(),
                r.getFormality(), r.getDelivery(), r.getTopics(), r.getStatus(), r.getReviewNote(), r.getReviewedBy(),
                r.getReviewedAt(), r.getCertificateName(), r.getCertificateType(), r.getCertificateSize(),
                r.getVersion());
    }

    String name(long memberId) {
        return members.findById(memberId).map(Member::getFullName).orElse("");
    }

    String email(long memberId) {
        return members.findById(memberId).map(Member::getEmail).orElse(null);
    }

    private Map<Long, String> names(Collection<Long> ids) {
        return members.findAllById(ids).stream().collect(Collectors.toMap(Member::getId, Member::getFullName,
                (a, b) -> a));
    }

    static SupervisionLine line(SupervisionLog l) {
        return new SupervisionLine(l.getId(), l.getHeldOn(), l.getHours(), l.getMemberRole(), l.getSupervisorName(),
                l.getSupervisorCredential(), l.getDelivery(), l.isGroupFocus(), l.getNotes(), l.getVersion());
    }
}
