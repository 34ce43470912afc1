package org.collegium.evaluations.service;

import java.util.Optional;
import org.collegium.base.i18n.Messages;
import org.collegium.evaluations.domain.EvaluationFormRepository;
import org.collegium.evaluations.domain.EvaluationSubmissionRepository;
import org.collegium.evaluations.domain.SponsorStatement;
import org.collegium.evaluations.domain.SponsorStatementRepository;
import org.collegium.events.domain.CeType;
import org.collegium.events.service.CertificateTerms;
import org.collegium.base.service.OpenAccess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluations feature's terms on events' certificates: one that waits for its event's evaluation is not
 * released until the member has submitted it; every certificate prints its CE type's sponsor statement.
 */
@Component
@Transactional(readOnly = true)
@OpenAccess(reason = "called by the events feature's certificate services, inside their own method security")
class EvaluationCertificateTerms implements CertificateTerms {

    private final EvaluationFormRepository forms;
    private final EvaluationSubmissionRepository submissions;
    private final SponsorStatementRepository statements;

    EvaluationCertificateTerms(EvaluationFormRepository forms, EvaluationSubmissionRepository submissions,
            SponsorStatementRepository statements) {
        this.forms = forms;
        this.submissions = submissions;
        this.statements = statements;
    }

    @Override
    public Optional<String> withheld(long eventId, long memberId) {
        boolean waits = forms.certificateWaits(eventId).orElse(false);
        if (!waits || submissions.existsByEventIdAndMemberId(eventId, memberId)) {
            return Optional.empty();
        }
        return Optional.of(Messages.t("evaluations.certificate.waits"));
    }

    @Override
    public Optional<String> sponsorStatement(CeType type) {
        return statements.findByCeType(type).map(SponsorStatement::getStatement).filter(s -> !s.isBlank());
    }
}
