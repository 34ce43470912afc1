package org.collegium.externalce.service;

import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.collegium.credentials.domain.CeSource;
import org.collegium.credentials.service.CeEvidence;
import org.collegium.externalce.domain.CeCertificateRepository;
import org.collegium.externalce.domain.ExternalCe;
import org.collegium.externalce.domain.ExternalCeRepository;
import org.collegium.externalce.domain.ExternalCeStatus;
import org.springframework.stereotype.Component;

/**
 * The certificate files behind verified external CE in the CE ledger, for a member's audit packet (called inside the
 * credentials feature's method security, for the signed-in member's own ledger rows). Answers only for records of
 * that member that are verified: a record of another member, or one pending or declined, gives no file whatever
 * the caller asks.
 */
@Component
class CertificateEvidence implements CeEvidence {

    private final ExternalCeRepository records;
    private final CeCertificateRepository certificates;

    CertificateEvidence(ExternalCeRepository records, CeCertificateRepository certificates) {
        this.records = records;
        this.certificates = certificates;
    }

    @Override
    public CeSource source() {
        return CeSource.EXTERNAL;
    }

    @Override
    public void files(long memberId, Collection<Long> sourceRefs, Consumer<EvidenceFile> each) {
        Map<Long, ExternalCe> byId = records.findAllById(sourceRefs).stream()
                .filter(r -> r.getMemberId() == memberId && r.getStatus() == ExternalCeStatus.VERIFIED
                        && r.getCertificateType() != null)
                .collect(Collectors.toMap(ExternalCe::getId, Function.identity()));
        for (long ref : sourceRefs) {
            ExternalCe r = byId.get(ref);
            byte[] content = r == null ? null : certificates.contentOf(ref);
            if (content != null) {
                each.accept(new EvidenceFile(ref, r.getCertificateType().extension(), content));
            }
        }
    }
}
