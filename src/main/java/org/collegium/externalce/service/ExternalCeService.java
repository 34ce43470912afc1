package org.collegium.externalce.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.collegium.base.domain.Access;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Changes;
import org.collegium.base.service.ConcurrentEditException;
import org.collegium.base.service.SocietyClock;
import org.collegium.credentials.domain.CeTopic;
import org.collegium.externalce.domain.CeCertificate;
import org.collegium.externalce.domain.CeCertificateRepository;
import org.collegium.externalce.domain.CertificateType;
import org.collegium.externalce.domain.ExternalCe;
import org.collegium.externalce.domain.ExternalCeRepository;
import org.collegium.externalce.domain.ExternalCeStatus;
import org.collegium.externalce.service.ExternalCeRecords.CertificateUpload;
import org.collegium.externalce.service.ExternalCeRecords.CheckedCertificate;
import org.collegium.externalce.service.ExternalCeRecords.ExternalCeForm;
import org.collegium.externalce.service.ExternalCeRecords.ExternalCeLine;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's own external CE: CE earned elsewhere, with its certificate file, for the board to verify. A record is
 * the member's to change or delete only while it waits for the board (pending); a verified one counts and stays
 * (deleting it is refused: the board declines it if it should not count), a declined one stays with the board's note.
 * Nothing here writes the CE ledger: only the board's verification does ({@link ExternalCeReview}).
 */
@Service
@Transactional
@PreAuthorize(Access.IS_MEMBER)
public class ExternalCeService {

    static final String TYPE = "ExternalCe";

    private final ExternalCeRepository records;
    private final CeCertificateRepository certificates;
    private final ExternalCeAccess access;
    private final SocietyClock clock;
    private final AuditLog audit;

    ExternalCeService(ExternalCeRepository records, CeCertificateRepository certificates, ExternalCeAccess access,
            SocietyClock clock, AuditLog audit) {
        this.records = records;
        this.certificates = certificates;
        this.access = access;
        this.clock = clock;
        this.audit = audit;
    }

    /** The signed-in member's records, newest first, a page at a time. */
    @Transactional(readOnly = true)
    public List<ExternalCeLine> mine(int offset, int limit) {
        int size = Math.max(1, limit);
        return access.lines(records.findByMemberIdOrderByEarnedOnDescIdDesc(access.currentMemberId(),
                PageRequest.of(offset / size, size)), false);
    }

    @Transactional(readOnly = true)
    public long countMine() {
        return records.countByMemberId(access.currentMemberId());
    }

    @Transactional(readOnly = true)
    public ExternalCeLine get(long externalCeId) {
        return access.line(access.mine(externalCeId), "");
    }

    /**
     * Checks a certificate file as it would be checked on saving (size, type from the content, readable), so that
     * the form can say at once what is wrong; nothing is stored.
     */
    @Transactional(readOnly = true)
    public CheckedCertificate check(CertificateUpload upload) {
        if (upload == null) {
            throw new BusinessRuleException(Messages.t("externalce.file.empty"));
        }
        CertificateType type = CertificateFiles.check(upload.content());
        return new CheckedCertificate(fileName(upload.fileName(), type), type, upload.content().length);
    }

    /** A new record, pending the board's review; the certificate is required and checked before anything is stored. */
    public long create(ExternalCeForm form, CertificateUpload certificate) {
        long me = access.currentMemberId();
        ExternalCe record = new ExternalCe(me);
        apply(form, record, certificate, true);
        records.saveAndFlush(record);
        certificates.save(new CeCertificate(record.getId(), certificate.content()));
        audit.record("EXTERNAL_CE_ADDED", TYPE, record.getId(), summary(record),
                new Changes().compare(null, formOf(record)).track("certificate", null, record.getCertificateName()));
        return record.getId();
    }

    /** Saves the member's changes to a pending record; {@code certificate} null keeps the file it has. */
    public void update(long externalCeId, ExternalCeForm form, CertificateUpload certificate) {
        ExternalCe record = access.mine(externalCeId);
        requirePending(record);
        ConcurrentEditException.check(record.getVersion(), form.version(), Messages.t("externalce.the-record"));
        ExternalCeForm before = formOf(record);
        String fileBefore = record.getCertificateName();
        apply(form, record, certificate, false);
        records.saveAndFlush(record);
        if (certificate != null) {
            certificates.findById(record.getId()).ifPresentOrElse(c -> c.replace(certificate.content()),
                    () -> certificates.save(new CeCertificate(record.getId(), certificate.content())));
        }
        Changes changes = new Changes().compare(before, formOf(record));
        if (certificate != null) {
            changes.track("certificate", fileBefore, record.getCertificateName() + " (" + record.getCertificateSize()
                    + " bytes)");
        }
        if (!changes.isEmpty()) {
            audit.record("EXTERNAL_CE_CHANGED", TYPE, record.getId(), summary(record), changes);
        }
    }

    /** Deletes a pending record and its file; a verified or declined one stays (the board decided on it). */
    public void delete(long externalCeId, long version) {
        ExternalCe record = access.mine(externalCeId);
        requirePending(record);
        ConcurrentEditException.check(record.getVersion(), version, Messages.t("externalce.the-record"));
        certificates.deleteById(record.getId());
        records.delete(record);
        records.flush();
        audit.record("EXTERNAL_CE_DELETED", TYPE, externalCeId, summary(record),
                new Changes().compare(formOf(record), ExternalCeForm.blank()));
    }

    private static void requirePending(ExternalCe record) {
        if (record.getStatus() != ExternalCeStatus.PENDING) {
            throw new BusinessRuleException(Messages.t("externalce.mine.decided." + record.getStatus().name()));
        }
    }

    private void apply(ExternalCeForm f, ExternalCe record, CertificateUpload certificate, boolean required) {
        CeInputRules r = new CeInputRules();
        String provider = r.text("provider", f.provider(), true, 200);
        String title = r.text("title", f.title(), true, 300);
        var day = r.date("earnedOn", f.earnedOn(), clock.today());
        BigDecimal hours = r.hours("hours", f.hours());
        r.required("formality", f.formality());
        r.required("delivery", f.delivery());
        r.dayTotal("hours", hours, access.hoursOn(record.getMemberId(), day,
                record.getId() == null ? 0 : record.getId(), 0), day);
        CertificateType type = null;
        if (certificate == null || certificate.content() == null) {
            if (required) {
                r.add("certificate", "externalce.file.required");
            }
        } else {
            try {
                type = CertificateFiles.check(certificate.content());
            } catch (BusinessRuleException e) {
                r.add("certificate", "externalce.file.problem", e.getMessage());
            }
        }
        r.throwIfAny();
        Set<CeTopic> topics = f.topics() == null ? Set.of() : f.topics();
        record.describe(provider, title, day, hours.setScale(2, java.math.RoundingMode.UNNECESSARY), f.formality(),
                f.delivery(), topics);
        if (type != null) {
            record.attach(fileName(certificate.fileName(), type), type, certificate.content().length);
        }
    }

    /** The name the file is downloaded under: the member's, cleaned, with the extension its content calls for. */
    static String fileName(String given, CertificateType type) {
        String base = given == null ? "" : given.replaceAll("[\\\\/]", "_").replaceAll("[\\p{Cntrl}\"]", "").strip();
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        if (base.isBlank()) {
            base = "certificate";
        }
        if (base.length() > 200) {
            base = base.substring(0, 200);
        }
        return base + "." + type.extension();
    }

    static ExternalCeForm formOf(ExternalCe r) {
        return new ExternalCeForm(r.getProvider(), r.getTitle(), r.getEarnedOn(), r.getHours(), r.getFormality(),
                r.getDelivery(), r.getTopics(), r.getVersion());
    }

    static String summary(ExternalCe r) {
        return r.getTitle() + " (" + r.getProvider() + ", " + r.getEarnedOn() + ", " + r.getHours().toPlainString()
                + " h)";
    }
}
