package org.collegium.events.service;

import org.collegium.base.service.Formats;
import org.collegium.base.i18n.Messages;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.collegium.members.service.MemberLookup;
import org.collegium.base.domain.Access;
import org.collegium.accounts.service.AccountScopes;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.events.domain.CeCredit;
import org.collegium.events.domain.CeCreditRepository;
import org.collegium.events.domain.CeType;
import org.collegium.members.domain.Member;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My CE": the signed-in member's own awards, totals per type and per two-year period, certificates and the
 * transcript as PDF or CSV. Only ever the caller's own.
 *
 * <p>Two-year periods start on 1 January of an even year (2026–2027), counted by the date of the event in the
 * event's own time zone (the date its certificate names).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.IS_MEMBER)
public class CeService {

    public record CreditLine(long id, String title, LocalDate date, BigDecimal hours, CeType type,
            String certificateNumber) {
    }

    public record PeriodTotal(String period, CeType type, BigDecimal hours) {
    }

    public record Transcript(String memberName, List<CreditLine> credits, Map<CeType, BigDecimal> totalsByType,
            List<PeriodTotal> totalsByPeriod) {
    }

    private final CeCreditRepository credits;
    private final MemberLookup members;
    private final AccountScopes scopes;
    private final Certificates certificates;
    private final SocietyClock clock;
    private final SocietySettingsService settings;

    CeService(CeCreditRepository credits, MemberLookup members, AccountScopes scopes, Certificates certificates,
            SocietyClock clock, SocietySettingsService settings) {
        this.credits = credits;
        this.members = members;
        this.scopes = scopes;
        this.certificates = certificates;
        this.clock = clock;
        this.settings = settings;
    }

    public Transcript transcript() {
        Member me = me();
        List<CreditLine> lines = credits.findStanding(me.getId()).stream()
                .map(c -> new CreditLine(c.getId(), c.getRegistration().title(),
                        c.getRegistration().startsAt().atZone(c.getRegistration().getEvent().getZone())
                                .toLocalDate(), c.getHours(),
                        c.getCeType(), c.getCertificateNumber()))
                .toList();
        Map<CeType, BigDecimal> byType = new EnumMap<>(CeType.class);
        Map<String, Map<CeType, BigDecimal>> byPeriod = new TreeMap<>();
        for (CreditLine line : lines) {
            byType.merge(line.type(), line.hours(), BigDecimal::add);
            byPeriod.computeIfAbsent(periodOf(line.date()), p -> new EnumMap<>(CeType.class))
                    .merge(line.type(), line.hours(), BigDecimal::add);
        }
        List<PeriodTotal> periods = new ArrayList<>();
        byPeriod.forEach((period, totals) -> totals.forEach((type, hours) ->
                periods.add(new PeriodTotal(period, type, hours))));
        return new Transcript(me.getFullName(), lines, byType, periods);
    }

    /**
     * The caller's certificates that are not released yet (issue 16: the event's evaluation is to be submitted
     * first): credit id to the reason, in words.
     */
    public Map<Long, String> withheldCertificates() {
        Member me = me();
        Map<Long, String> withheld = new java.util.LinkedHashMap<>();
        for (CeCredit c : credits.findStanding(me.getId())) {
            certificates.withheld(c.getRegistration().getEvent().getId(), me.getId())
                    .ifPresent(why -> withheld.put(c.getId(), why));
        }
        return withheld;
    }

    /** The reporting period a date falls in, e.g. "2026–2027". */
    static String periodOf(LocalDate date) {
        int first = date.getYear() - Math.floorMod(date.getYear(), 2);
        return first + "–" + (first + 1);
    }

    /** The certificate of one of the caller's own awards. */
    public EventFile certificate(long creditId) {
        CeCredit credit = credits.findFull(creditId).orElseThrow(() -> new NotFoundException(Messages.t("events.not-found.certificate")));
        if (credit.getMember() == null || !credit.getMember().getId().equals(me().getId())) {
            throw new AccessDeniedException("This certificate is someone else's.");
        }
        Certificates.valid(credit);
        certificates.checkReleased(credit); // e.g. the event's evaluation first (issue 16)
        return certificates.render(credit);
    }

    public EventFile transcriptPdf() {
        Transcript t = transcript();
        List<String[]> rows = t.credits().stream().map(c -> new String[] {clock.formatShortDate(c.date()), c.title(),
                Formats.decimal(c.hours(), 2), Messages.t(c.type().key()), c.certificateNumber()}).toList();
        List<String> totals = new ArrayList<>();
        t.totalsByType().forEach((type, hours) -> totals.add(Messages.t("events.pdf.transcript.total-type",
                Messages.t(type.key()), Formats.decimal(hours, 2))));
        t.totalsByPeriod().forEach(p -> totals.add(Messages.t("events.pdf.transcript.total-period", p.period(),
                Messages.t(p.type().key()), Formats.decimal(p.hours(), 2))));
        byte[] pdf = CePdfs.transcript(settings.current().societyName(), t.memberName(),
                clock.formatShortDate(clock.today()), rows, totals);
        return new EventFile("ce-transcript-" + clock.today() + ".pdf", "application/pdf", pdf);
    }

    public EventFile transcriptCsv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("date", "event", "hours", "type", "certificate", "period").get())) {
            for (CreditLine c : transcript().credits()) {
                csv.printRecord(c.date(), c.title(), hours(c.hours()), c.type().label(), c.certificateNumber(),
                        periodOf(c.date()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EventFile("ce-transcript-" + clock.today() + ".csv", "text/csv; charset=UTF-8",
                out.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    private Member me() {
        return scopes.currentMemberId().flatMap(members::findById)
                .orElseThrow(() -> new BusinessRuleException(Messages.t("events.not-linked")));
    }
}
