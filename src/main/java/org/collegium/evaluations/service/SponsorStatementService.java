package org.collegium.evaluations.service;

import java.util.List;
import org.collegium.base.domain.Access;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.Changes;
import org.collegium.base.service.ConcurrentEditException;
import org.collegium.base.service.FieldErrors;
import org.collegium.base.service.Text;
import org.collegium.evaluations.domain.SponsorStatement;
import org.collegium.evaluations.domain.SponsorStatementRepository;
import org.collegium.events.domain.CeType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sponsor's approval statement per CE type (APA, ASWB, NBCC, other), printed on certificates; admins edit. */
@Service
@Transactional
@PreAuthorize(Access.IS_ADMIN)
public class SponsorStatementService {

    public static final int MAX_LENGTH = 2000;

    public record Statement(CeType type, String statement, long version) {
    }

    private final SponsorStatementRepository statements;
    private final AuditLog auditLog;

    SponsorStatementService(SponsorStatementRepository statements, AuditLog auditLog) {
        this.statements = statements;
        this.auditLog = auditLog;
    }

    /** One per CE type, in the types' order (a type without a row yet reads empty). */
    @Transactional(readOnly = true)
    public List<Statement> all() {
        return java.util.Arrays.stream(CeType.values()).map(t -> statements.findByCeType(t)
                .map(s -> new Statement(t, s.getStatement(), s.getVersion()))
                .orElse(new Statement(t, null, 0))).toList();
    }

    /** Sets one type's statement (blank: none is printed). */
    public Statement save(CeType type, String statement, long version) {
        String clean = Text.clean(statement);
        new FieldErrors().maxLength("statement", clean, Messages.t("evaluations.sponsor.statement"), MAX_LENGTH)
                .throwIfAny();
        SponsorStatement s = statements.findByCeType(type).orElseGet(() -> new SponsorStatement(type));
        if (s.getId() != null) {
            ConcurrentEditException.check(s.getVersion(), version, Messages.t("evaluations.sponsor.what"));
        }
        Changes changes = new Changes().track("statement", s.getStatement(), clean);
        s.setStatement(clean);
        statements.saveAndFlush(s);
        if (!changes.isEmpty()) {
            auditLog.record("SPONSOR_STATEMENT_CHANGED", "SponsorStatement", s.getId(), type.name(), changes);
        }
        return new Statement(type, s.getStatement(), s.getVersion());
    }
}
