package org.collegium.members.service;

import java.math.BigDecimal;
import java.util.List;
import org.collegium.base.domain.Access;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.Changes;
import org.collegium.base.service.ConcurrentEditException;
import org.collegium.base.service.FieldErrors;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.Text;
import org.collegium.members.domain.MembershipType;
import org.collegium.members.domain.MembershipTypeRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Membership types: dues (0 allowed), term length, grace days, approval, active. Kept by the board. */
@Service
@Transactional
public class MembershipTypeService {

    /** paymentGraceDays: days from a term's start to pay its dues, before an unpaid term stops counting. */
    public record TypeForm(String name, String description, BigDecimal dues, Integer termMonths, Integer graceDays,
            Integer paymentGraceDays, boolean approvalRequired, boolean active, long version) {
    }

    public record TypeView(long id, String name, String description, BigDecimal dues, int termMonths, int graceDays,
            int paymentGraceDays, boolean approvalRequired, boolean active, long version) {

        static TypeView of(MembershipType t) {
            return new TypeView(t.getId(), t.getName(), t.getDescription(), t.getDues(), t.getTermMonths(),
                    t.getGraceDays(), t.getPaymentGraceDays(), t.isApprovalRequired(), t.isActive(), t.getVersion());
        }
    }

    private final MembershipTypeRepository types;
    private final AuditLog auditLog;

    public MembershipTypeService(MembershipTypeRepository types, AuditLog auditLog) {
        this.types = types;
        this.auditLog = auditLog;
    }

    /** Every type, for administration and filters (a society has a handful). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TypeView> all() {
        return types.findAllByOrderByName().stream().map(TypeView::of).toList();
    }

    @PreAuthorize(Access.IS_BOARD_OR_ADMIN)
    public TypeView create(TypeForm form) {
        validate(form, null);
        MembershipType created = new MembershipType(form.name().strip(), Text.clean(form.description()),
                form.dues(), form.termMonths(), form.graceDays(), form.approvalRequired(), form.active());
        created.setPaymentGraceDays(form.paymentGraceDays());
        MembershipType type = types.saveAndFlush(created);
        auditLog.record("MEMBERSHIP_TYPE_CREATED", "MembershipType", type.getId(), "Membership type " + type.getName()
                + " created", new Changes().track("dues", null, type.getDues()));
        return TypeView.of(type);
    }

    @PreAuthorize(Access.IS_BOARD_OR_ADMIN)
    public TypeView update(long id, TypeForm form) {
        MembershipType type = types.findById(id).orElseThrow(() -> new NotFoundException(Messages.t("membership.type.the")));
        ConcurrentEditException.check(type.getVersion(), form.version(), Messages.t("membership.type.this"));
        validate(form, type);
        TypeView before = TypeView.of(type);
        type.update(form.name().strip(), Text.clean(form.description()), form.dues(), form.termMonths(),
                form.graceDays(), form.approvalRequired(), form.active());
        type.setPaymentGraceDays(form.paymentGraceDays());
        types.saveAndFlush(type);
        TypeView after = TypeView.of(type);
        Changes changes = new Changes().track("name", before.name(), after.name())
                .track("description", before.description(), after.description())
                .track("dues", before.dues(), after.dues())
                .track("termMonths", before.termMonths(), after.termMonths())
                .track("graceDays", before.graceDays(), after.graceDays())
                .track("paymentGraceDays", before.paymentGraceDays(), after.paymentGraceDays())
                .track("approvalRequired", before.approvalRequired(), after.approvalRequired())
                .track("active", before.active(), after.active());
        if (!changes.isEmpty()) {
            auditLog.record("MEMBERSHIP_TYPE_UPDATED", "MembershipType", id, "Membership type " + type.getName()
                    + " changed", changes);
        }
        return after;
    }

    private void validate(TypeForm form, MembershipType existing) {
        FieldErrors errors = new FieldErrors().require("name", form.name(), Messages.t("membership.type.field.name"), 100)
                .maxLength("description", form.description(), Messages.t("membership.type.field.description"), 500)
                .money("dues", form.dues(), Messages.t("membership.type.field.dues"));
        if (form.dues() == null || form.dues().signum() < 0) {
            errors.add("dues", Messages.t("membership.type.error.dues-required"));
        } else if (form.dues().scale() > 2 || form.dues().compareTo(new BigDecimal("100000")) >= 0) {
            errors.add("dues", Messages.t("membership.type.error.dues-range"));
        }
        if (form.termMonths() == null || form.termMonths() < 1 || form.termMonths() > 120) {
            errors.add("termMonths", Messages.t("membership.type.error.term"));
        }
        if (form.graceDays() == null || form.graceDays() < 0 || form.graceDays() > 365) {
            errors.add("graceDays", Messages.t("membership.type.error.grace"));
        }
        if (form.paymentGraceDays() == null || form.paymentGraceDays() < 0 || form.paymentGraceDays() > 365) {
            errors.add("paymentGraceDays", Messages.t("membership.type.error.to-pay"));
        }
        if (form.name() != null && !form.name().isBlank()
                && (existing == null || !existing.getName().equalsIgnoreCase(form.name().strip()))
                && types.existsByNameIgnoreCase(form.name().strip())) {
            errors.add("name", Messages.t("membership.type.error.name-taken"));
        }
        errors.throwIfAny();
    }
}
