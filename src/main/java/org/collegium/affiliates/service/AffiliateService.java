package org.collegium.affiliates.service;

import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.collegium.base.domain.Access;
import org.collegium.affiliates.domain.Affiliate;
import org.collegium.affiliates.domain.AffiliateRepository;
import org.collegium.affiliates.domain.AffiliateStatus;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.Changes;
import org.collegium.base.service.ConcurrentEditException;
import org.collegium.base.service.EmailAddress;
import org.collegium.base.service.FieldErrors;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.Text;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Affiliate societies: everyone signed in reads them; the board and administrators keep them. */
@Service
@Transactional
public class AffiliateService {

    /** What a person edits; version is the one that was on screen (0 for a new affiliate). */
    public record AffiliateForm(String name, String shortName, String region, String website, String contactEmail,
            LocalDate affiliatedSince, AffiliateStatus status, long version) {
    }

    public record AffiliateSummary(long id, String name, String shortName, String region, String website,
            String contactEmail, LocalDate affiliatedSince, AffiliateStatus status, long memberCount, long currentMembers, long version) {
    }

    public record AffiliateOption(long id, String name) {
    }

    private final AffiliateRepository affiliates;
    private final AuditLog auditLog;

    public AffiliateService(AffiliateRepository affiliates, AuditLog auditLog) {
        this.affiliates = affiliates;
        this.auditLog = auditLog;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AffiliateSummary> find(Pageable page) {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : affiliates.countMembersByAffiliate()) {
            counts.put(((Number) row[0]).longValue(), new long[] {((Number) row[1]).longValue(),
                ((Number) row[2]).longValue()});
        }
        return affiliates.findAll(page).stream().map(a -> summary(a, counts.getOrDefault(a.getId(), NO_MEMBERS)))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count() {
        return affiliates.count();
    }

    /** Names for choosing an affiliate in a form or filter; public, as the Join page offers them too. */
    @Transactional(readOnly = true)
    @PermitAll // the affiliates to choose from, on the Join page too
    public List<AffiliateOption> options() {
        return affiliates.findAllByOrderByName().stream().map(a -> new AffiliateOption(a.getId(), a.getName()))
                .toList();
    }

    @PreAuthorize(Access.IS_BOARD_OR_ADMIN)
    public AffiliateSummary create(AffiliateForm form) {
        Affiliate affiliate = new Affiliate(form.name(), form.shortName());
        apply(affiliate, form);
        affiliates.saveAndFlush(affiliate);
        auditLog.record("AFFILIATE_CREATED", "Affiliate", affiliate.getId(), "Affiliate " + affiliate.getName()
                + " created", new Changes().track("name", null, affiliate.getName()));
        return summary(affiliate, NO_MEMBERS);
    }

    @PreAuthorize(Access.IS_BOARD_OR_ADMIN)
    public AffiliateSummary update(long id, AffiliateForm form) {
        Affiliate affiliate = affiliates.findById(id).orElseThrow(() -> new NotFoundException(Messages.t("affiliates.the-affiliate")));
        ConcurrentEditException.check(affiliate.getVersion(), form.version(), Messages.t("affiliates.this-affiliate"));
        AffiliateSummary before = summary(affiliate, NO_MEMBERS);
        apply(affiliate, form);
        AffiliateSummary after = summary(affiliate, NO_MEMBERS);
        Changes changes = new Changes()
                .track("name", before.name(), after.name())
                .track("shortName", before.shortName(), after.shortName())
                .track("region", before.region(), after.region())
                .track("website", before.website(), after.website())
                .track("contactEmail", before.contactEmail(), after.contactEmail())
                .track("affiliatedSince", before.affiliatedSince(), after.affiliatedSince())
                .track("status", before.status(), after.status());
        affiliates.saveAndFlush(affiliate);
        if (!changes.isEmpty()) {
            auditLog.record("AFFILIATE_UPDATED", "Affiliate", id, "Affiliate " + affiliate.getName() + " changed",
                    changes);
        }
        return summary(affiliate, NO_MEMBERS);
    }

    private void apply(Affiliate affiliate, AffiliateForm form) {
        FieldErrors errors = new FieldErrors()
                .require("name", form.name(), Messages.t("affiliates.label.name"), 200)
                .require("shortName", form.shortName(), Messages.t("affiliates.label.short-name"), 20)
                .maxLength("region", form.region(), Messages.t("affiliates.label.region"), 200)
                .maxLength("website", form.website(), Messages.t("affiliates.label.website"), 300);
        String website = Text.clean(form.website());
        if (website != null && !website.matches("(?i)https?://\\S+\\.\\S+")) {
            errors.add("website", Messages.t("affiliates.error.website"));
        }
        String email = Text.clean(form.contactEmail());
        if (email != null && !EmailAddress.isValid(email)) {
            errors.add("contactEmail", Messages.t("affiliates.error.email"));
        }
        if (form.status() == null) {
            errors.add("status", Messages.t("affiliates.error.status"));
        }
        Long id = affiliate.getId() == null ? -1L : affiliate.getId();
        if (form.name() != null && affiliates.existsByNameIgnoreCaseAndIdNot(form.name().strip(), id)) {
            errors.add("name", Messages.t("affiliates.error.name-taken"));
        }
        if (form.shortName() != null && affiliates.existsByShortNameIgnoreCaseAndIdNot(form.shortName().strip(), id)) {
            errors.add("shortName", Messages.t("affiliates.error.short-name-taken"));
        }
        errors.throwIfAny();
        affiliate.update(form.name().strip(), form.shortName().strip(), Text.clean(form.region()), website,
                email == null ? null : EmailAddress.normalise(email), form.affiliatedSince(), form.status());
    }

    private static final long[] NO_MEMBERS = {0, 0};

    /** counts: all member records, then the current members among them. */
    private static AffiliateSummary summary(Affiliate a, long[] counts) {
        return new AffiliateSummary(a.getId(), a.getName(), a.getShortName(), a.getRegion(), a.getWebsite(),
                a.getContactEmail(), a.getAffiliatedSince(), a.getStatus(), counts[0], counts[1], a.getVersion());
    }
}
