package org.collegium.externalce.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.collegium.credentials.domain.CeDelivery;
import org.collegium.credentials.domain.CeFormality;
import org.collegium.credentials.domain.CeTopic;
import org.collegium.credentials.domain.CeSource;
import org.collegium.externalce.domain.CertificateType;
import org.collegium.externalce.domain.ExternalCeStatus;
import org.collegium.externalce.domain.SupervisionRole;

/** What the external CE and supervision services take and give. */
public final class ExternalCeRecords {

    private ExternalCeRecords() {
    }

    /** External CE as the member writes it; {@code version} is the one they opened (0 for a new record). */
    public record ExternalCeForm(String provider, String title, LocalDate earnedOn, BigDecimal hours,
            CeFormality formality, CeDelivery delivery, Set<CeTopic> topics, long version) {

        public static ExternalCeForm blank() {
            return new ExternalCeForm(null, null, null, null, CeFormality.FORMAL, CeDelivery.IN_PERSON, Set.of(), 0);
        }
    }

    /** A certificate file as it was uploaded: its name (kept only to name the download) and its bytes. */
    public record CertificateUpload(String fileName, byte[] content) {
    }

    /** A certificate file that passed the checks: its type as read from the content, and its size in bytes. */
    public record CheckedCertificate(String fileName, CertificateType type, int size) {
    }

    /** A certificate to download (only for its member and the board). */
    public record CertificateFile(String fileName, CertificateType type, byte[] content) {
    }

    /**
     * One external CE record as its member and the board read it; {@code member} is the member's name (for the
     * board's queue; the member's own list leaves it empty).
     */
    public record ExternalCeLine(long id, String member, String provider, String title, LocalDate earnedOn,
            BigDecimal hours, CeFormality formality, CeDelivery delivery, Set<CeTopic> topics,
            ExternalCeStatus status, String reviewNote, String reviewedBy, Instant reviewedAt, String certificateName,
            CertificateType certificateType, int certificateSize, long version) {

        /** Whether the member may still change or delete it (only while the board has not decided). */
        public boolean editable() {
            return status == ExternalCeStatus.PENDING;
        }
    }

    /** A supervision log as the member writes it. Supervisor's name and credential only when the member was supervised. */
    public record SupervisionForm(LocalDate heldOn, BigDecimal hours, SupervisionRole role, String supervisorName,
            String supervisorCredential, CeDelivery delivery, boolean groupFocus, String notes, long version) {

        public static SupervisionForm blank() {
            return new SupervisionForm(null, null, SupervisionRole.SUPERVISEE, null, null, CeDelivery.IN_PERSON, false,
                    null, 0);
        }
    }

    public record SupervisionLine(long id, LocalDate heldOn, BigDecimal hours, SupervisionRole role,
            String supervisorName, String supervisorCredential, CeDelivery delivery, boolean groupFocus, String notes,
            long version) {
    }

    /** The ledger sources this feature writes (for readers who want to say where hours came from). */
    public static final Set<CeSource> SOURCES = Set.of(CeSource.EXTERNAL, CeSource.SUPERVISION);
}
