package org.collegium.credentials.service;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.collegium.accounts.service.AccountScopes;
import org.collegium.base.domain.Access;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Changes;
import org.collegium.base.service.ConcurrentEditException;
import org.collegium.base.service.FieldErrors;
import org.collegium.base.service.Formats;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.credentials.domain.CeCategory;
import org.collegium.credentials.domain.CeSource;
import org.collegium.credentials.domain.Cycle;
import org.collegium.credentials.domain.CycleStart;
import org.collegium.credentials.domain.MemberCredential;
import org.collegium.credentials.domain.MemberCredentialRepository;
import org.collegium.credentials.domain.RequirementProfile;
import org.collegium.credentials.domain.RequirementProfileRepository;
import org.collegium.credentials.domain.RequirementProgress;
import org.collegium.credentials.domain.RequirementProgress.Hours;
import org.collegium.members.domain.Member;
import org.collegium.members.service.MemberLookup;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My credentials": the signed-in member's own credentials, their current cycle, what counts, what is missing and by
 * when, a transcript per credential and cycle and its audit packet (the transcript with the certificates behind it).
 * Only ever the caller's own.
 */
@Service
@Transactional
@PreAuthorize(Access.IS_MEMBER)
public class CredentialService {

    /** What a member enters: the profile, the number, and the dates the profile's cycles need. */
    public record CredentialForm(Long profileId, String number, LocalDate issuedOn, Month birthMonth, long version) {
    }

    /** One credential with its progress in the cycle containing today. */
    public record CredentialProgressView(long id, long profileId, String profileName, String number,
            LocalDate issuedOn, Month birthMonth, Cycle cycle, long daysLeft, RequirementProgress progress,
            long version) {
    }

    /**
     * One entry of a transcript: the hours as earned (the title in the reader's language), the categories they are
     * in, and the ledger row they came from.
     */
    public record TranscriptLine(LocalDate earnedOn, String title, String provider, BigDecimal hours,
            List<CeCategory> categories, CeSource source, long sourceRef) {
    }

    private final MemberCredentialRepository credentials;
    private final RequirementProfileRepository profiles;
    private final CeLedger ledger;
    private final CredentialProgress refresher;
    private final AccountScopes scopes;
    private final MemberLookup members;
    private final SocietyClock clock;
    private final SocietySettingsService settings;
    private final AuditLog audit;
    private final ObjectProvider<CeEvidence> evidence;

    CredentialService(MemberCredentialRepository credentials, RequirementProfileRepository profiles, CeLedger ledger,
            CredentialProgress refresher, AccountScopes scopes, MemberLookup members, SocietyClock clock,
            SocietySettingsService settings, AuditLog audit, ObjectProvider<CeEvidence> evidence) {
        this.evidence = evidence;
        this.credentials = credentials;
        this.profiles = profiles;
        this.ledger = ledger;
        this.refresher = refresher;
        this.scopes = scopes;
        this.members = members;
        this.clock = clock;
        this.settings = settings;
        this.audit = audit;
    }

    /** The caller's credentials with their progress today: one ledger query per credential. */
    @Transactional(readOnly = true)
    public List<CredentialProgressView> mine() {
        LocalDate today = clock.today();
        return credentials.findByMemberIdOrderById(me()).stream().map(c -> view(c, today)).toList();
    }

    @Transactional(readOnly = true)
    public CredentialProgressView one(long id) {
        return view(mine(id), clock.today());
    }

    private CredentialProgressView view(MemberCredential c, LocalDate today) {
        Cycle cycle = c.cycleOn(today);
        List<Hours> hours = ledger.earned(c.getMemberId(), cycle.start(), cycle.end()).stream()
                .map(e -> new Hours(e.hours(), e.formality(), e.delivery(), e.topics())).toList();
        return new CredentialProgressView(c.getId(), c.getProfile().getId(), c.getProfile().getName(), c.getNumber(),
                c.getIssuedOn(), c.getBirthMonth(), cycle, cycle.daysLeft(today),
                RequirementProgress.of(c.getProfile(), hours), c.getVersion());
    }

    public long add(CredentialForm form) {
        long me = me();
        RequirementProfile profile = check(form);
        if (credentials.existsByMemberIdAndProfileId(me, profile.getId())) {
            throw new InvalidInputException(Map.of("profile", Messages.t("credentials.mine.error.already",
                    profile.getName())));
        }
        MemberCredential c = new MemberCredential(me, profile);
        c.describe(clean(form.number()), form.issuedOn(), form.birthMonth());
        c.moveTo(c.cycleOn(clock.today()));
        c = credentials.saveAndFlush(c);
        refresher.refreshMember(me);
        audit.record("CREDENTIAL_ADDED", "MemberCredential", c.getId(), profile.getName(),
                describe(new Changes(), null, c));
        return c.getId();
    }

    public void update(long id, CredentialForm form) {
        MemberCredential c = mine(id);
        ConcurrentEditException.check(c.getVersion(), form.version(), Messages.t("credentials.the-credential"));
        if (form.profileId() == null || form.profileId() != c.getProfile().getId()) {
            throw new InvalidInputException(Map.of("profile", Messages.t("credentials.mine.error.profile-fixed")));
        }
        check(form);
        MemberCredential before = snapshot(c);
        c.describe(clean(form.number()), form.issuedOn(), form.birthMonth());
        c.moveTo(c.cycleOn(clock.today()));
        credentials.saveAndFlush(c);
        refresher.refreshMember(c.getMemberId());
        audit.record("CREDENTIAL_CHANGED", "MemberCredential", c.getId(), c.getProfile().getName(),
                describe(new Changes(), before, c));
    }

    public void remove(long id) {
        MemberCredential c = mine(id);
        credentials.delete(c);
        credentials.flush();
        audit.record("CREDENTIAL_REMOVED", "MemberCredential", id, c.getProfile().getName(), new Changes());
    }

    /** The transcript of one credential's cycle (the one containing {@code day}): the hours that count, oldest first. */
    @Transactional(readOnly = true)
    public List<TranscriptLine> transcript(long id, LocalDate day) {
        MemberCredential c = mine(id);
        Cycle cycle = c.cycleOn(day);
        RequirementProfile p = c.getProfile();
        List<TranscriptLine> lines = new ArrayList<>();
        ledger.earned(c.getMemberId(), cycle.start(), cycle.end()).stream()
                .filter(e -> p.getOnlyTopic() == null || e.topics().contains(p.getOnlyTopic()))
                .forEach(e -> lines.add(new TranscriptLine(e.earnedOn(), e.source().title(e.title()), e.provider(),
                        e.hours(), List.of(CeCategory.values()).stream()
                                .filter(cat -> cat.matches(e.formality(), e.delivery(), e.topics())).toList(),
                        e.source(), e.sourceRef())));
        return lines;
    }

    /** The transcript as PDF, in the reader's language. */
    @Transactional(readOnly = true)
    public TranscriptPdf.File transcriptPdf(long id, LocalDate day) {
        MemberCredential c = mine(id);
        Member member = members.findById(c.getMemberId()).orElseThrow();
        Cycle cycle = c.cycleOn(day);
        CredentialProgressView view = view(c, day);
        return TranscriptPdf.render(settings.current().societyName(), member.getFullName(), c.getProfile().getName(),
                c.getNumber(), cycle, transcript(id, day), view.progress(), clock);
    }

    /** The audit packet's file name; asking for it checks that the credential is the caller's. */
    @Transactional(readOnly = true)
    public String auditPacketName(long id, LocalDate day) {
        MemberCredential c = mine(id);
        return AuditPacket.fileName(c.getProfile().getName(), c.cycleOn(day));
    }

    /**
     * Writes the audit packet of one credential's cycle (the one containing {@code day}) as a zip, in the reader's
     * language: the transcript PDF, then the file behind each of its hours that has one (a verified external CE
     * certificate, from the feature that holds it through {@link CeEvidence}), one at a time, and an index.
     */
    @Transactional(readOnly = true)
    public void writeAuditPacket(long id, LocalDate day, OutputStream out) throws IOException {
        MemberCredential c = mine(id);
        Cycle cycle = c.cycleOn(day);
        Member member = members.findById(c.getMemberId()).orElseThrow();
        List<TranscriptLine> lines = transcript(id, day);
        TranscriptPdf.File pdf = transcriptPdf(id, day);
        try (AuditPacket packet = new AuditPacket(out)) {
            packet.line(settings.current().societyName());
            packet.line(Messages.t("credentials.packet.heading", c.getProfile().getName(), member.getFullName()));
            if (c.getNumber() != null) {
                packet.line(Messages.t("credentials.pdf.number", c.getNumber()));
            }
            packet.line(Messages.t("credentials.pdf.cycle", clock.formatShortDate(cycle.start()),
                    clock.formatShortDate(cycle.end())));
            packet.line(Messages.t("credentials.pdf.printed", clock.formatShortDate(clock.today())));
            packet.line("");
            String transcriptName = packet.add(pdf.name().replaceFirst("\\.pdf$", ""), "pdf", pdf.content());
            packet.line(Messages.t("credentials.packet.transcript", transcriptName));
            int files = 0;
            for (CeEvidence source : evidence.orderedStream().toList()) {
                Map<Long, TranscriptLine> rows = new LinkedHashMap<>();
                lines.stream().filter(l -> l.source() == source.source()).forEach(l -> rows.put(l.sourceRef(), l));
                if (rows.isEmpty()) {
                    continue;
                }
                List<String> added = new ArrayList<>();
                source.files(c.getMemberId(), rows.keySet(), f -> {
                    TranscriptLine l = rows.get(f.sourceRef());
                    if (l == null) {
                        return; // not asked for: never packed
                    }
                    String name = packet.add(l.earnedOn() + " " + (l.provider() == null ? l.title()
                            : l.provider() + " - " + l.title()), f.extension(), f.content());
                    added.add(Messages.t("credentials.packet.certificate", name, clock.formatShortDate(l.earnedOn()),
                            l.title(), l.provider() == null ? "" : l.provider(), hours(l.hours())));
                });
                added.forEach(packet::line);
                files += added.size();
            }
            if (files == 0) {
                packet.line(Messages.t("credentials.packet.no-certificates"));
            }
            packet.line("");
            packet.line(Messages.t("credentials.packet.events-note"));
            packet.writeIndex(Messages.t("credentials.packet.index-name"));
        }
    }

    private RequirementProfile check(CredentialForm form) {
        FieldErrors errors = new FieldErrors();
        RequirementProfile profile = form.profileId() == null ? null : profiles.findById(form.profileId()).orElse(null);
        if (profile == null) {
            errors.add("profile", Messages.t("credentials.mine.error.profile"));
            errors.throwIfAny();
        }
        errors.maxLength("number", form.number(), Messages.t("credentials.mine.number"), 60);
        if (profile.getCycleStart() != CycleStart.FIXED_DATE) {
            if (form.issuedOn() == null) {
                errors.add("issuedOn", Messages.t("credentials.mine.error.issued"));
            } else {
                errors.date("issuedOn", form.issuedOn(), Messages.t("credentials.mine.issued"));
                if (form.issuedOn().isAfter(clock.today())) {
                    errors.add("issuedOn", Messages.t("credentials.mine.error.issued-future"));
                }
            }
        }
        if (profile.getCycleStart() == CycleStart.BIRTH_MONTH && form.birthMonth() == null) {
            errors.add("birthMonth", Messages.t("credentials.mine.error.birth-month"));
        }
        errors.throwIfAny();
        return profile;
    }

    private static String clean(String number) {
        return number == null || number.isBlank() ? null : number.strip();
    }

    private static MemberCredential snapshot(MemberCredential c) {
        MemberCredential copy = new MemberCredential(c.getMemberId(), c.getProfile());
        copy.describe(c.getNumber(), c.getIssuedOn(), c.getBirthMonth());
        return copy;
    }

    private static Changes describe(Changes changes, MemberCredential before, MemberCredential after) {
        changes.track("number", before == null ? null : before.getNumber(), after.getNumber());
        changes.track("issuedOn", before == null ? null : before.getIssuedOn(), after.getIssuedOn());
        changes.track("birthMonth", before == null ? null : before.getBirthMonth(), after.getBirthMonth());
        return changes;
    }

    private MemberCredential mine(long id) {
        MemberCredential c = credentials.findById(id).orElse(null);
        if (c == null || c.getMemberId() != me()) {
            throw new NotFoundException(Messages.t("credentials.the-credential"));
        }
        return c;
    }

    private long me() {
        return scopes.currentMemberId()
                .orElseThrow(() -> new BusinessRuleException(Messages.t("credentials.not-linked")));
    }

    static String hours(BigDecimal hours) {
        return Formats.decimal(hours, 2);
    }
}
