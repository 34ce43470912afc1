package org.collegium.members.service;

import java.time.LocalDate;
import java.util.List;
import org.collegium.base.domain.Access;
import org.collegium.accounts.service.AccountScopes;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Changes;
import org.collegium.base.service.ConcurrentEditException;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.Text;
import org.collegium.members.domain.ApplicationStatus;
import org.collegium.members.domain.Member;
import org.collegium.members.domain.MembershipApplicationRepository;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.domain.MembershipStatus;
import org.collegium.members.service.MemberRecords.MemberForm;
import org.collegium.members.service.MemberRecords.TermView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member looks after their own record: contact, practice and directory listing. Name, email, status and
 * type stay with the board. Only ever the signed-in member's own record.
 */
@Service
@Transactional
@PreAuthorize(Access.IS_MEMBER)
public class SelfService {

    /** The part of the record a member edits themselves. */
    public record ProfileForm(String phone, String credentials, String practiceName, String city, String state,
            String postalCode, String country, boolean directoryOptIn, boolean showEmailInDirectory, long version) {
    }

    public record MyProfile(String name, String email, String licence, ProfileForm form) {
    }

    public record MyMembership(String name, MembershipStatus status, String typeName, LocalDate termEnd,
            List<TermView> terms, boolean renewalPending) {
    }

    private final MemberRepository members;
    private final AccountScopes scopes;
    private final AuditLog auditLog;
    private final MembershipApplicationRepository applications;

    public SelfService(MemberRepository members, AccountScopes scopes, AuditLog auditLog,
            MembershipApplicationRepository applications) {
        this.members = members;
        this.scopes = scopes;
        this.auditLog = auditLog;
        this.applications = applications;
    }

    @Transactional(readOnly = true)
    public MyProfile profile() {
        return profileOf(me());
    }

    public MyProfile updateProfile(ProfileForm form) {
        Member m = me();
        ConcurrentEditException.check(m.getVersion(), form.version(), Messages.t("membership.self.your-profile"));
        MemberForm full = new MemberForm(m.getFirstName(), m.getLastName(), m.getEmail(), form.phone(),
                form.credentials(), m.getDiscipline(), m.getLicenceState(), m.getLicenceNumber(), form.practiceName(),
                form.city(), form.state(), form.postalCode(), form.country(), null, form.directoryOptIn(),
                form.showEmailInDirectory(), null, form.version());
        MemberRules.check(full).throwIfAny();
        ProfileForm before = profileOf(m).form();
        m.updateProfile(m.getFirstName(), m.getLastName(), m.getEmail(), Text.clean(form.phone()),
                Text.clean(form.credentials()), m.getDiscipline(), m.getLicenceState(), m.getLicenceNumber(),
                Text.clean(form.practiceName()), Text.clean(form.city()), Text.clean(form.state()),
                Text.clean(form.postalCode()), form.country().strip(), form.directoryOptIn(),
                form.showEmailInDirectory());
        members.flush();
        ProfileForm after = profileOf(m).form();
        Changes changes = new Changes().track("phone", before.phone(), after.phone())
                .track("credentials", before.credentials(), after.credentials())
                .track("practiceName", before.practiceName(), after.practiceName())
                .track("city", before.city(), after.city()).track("state", before.state(), after.state())
                .track("postalCode", before.postalCode(), after.postalCode())
                .track("country", before.country(), after.country())
                .track("directoryOptIn", before.directoryOptIn(), after.directoryOptIn())
                .track("showEmailInDirectory", before.showEmailInDirectory(), after.showEmailInDirectory());
        if (!changes.isEmpty()) {
            auditLog.record("PROFILE_UPDATED", "Member", m.getId(), m.getFullName() + " updated their profile",
                    changes);
        }
        return profileOf(m);
    }

    @Transactional(readOnly = true)
    public MyMembership membership() {
        Member m = me();
        List<TermView> terms = m.getTerms().stream().map(TermView::of).toList();
        return new MyMembership(m.getFullName(), m.getStatus(),
                m.getMembershipType() == null ? null : m.getMembershipType().getName(), m.getCurrentTermEnd(), terms,
                applications.existsByEmailAndStatus(m.getEmail(),
                        ApplicationStatus.PENDING));
    }

    private Member me() {
        return scopes.currentMemberId().flatMap(members::findWithTerms)
                .orElseThrow(() -> new BusinessRuleException(Messages.t("membership.self.not-linked")));
    }

    private static MyProfile profileOf(Member m) {
        String licence = m.getLicenceNumber() == null ? null : m.getLicenceState() + " " + m.getLicenceNumber();
        return new MyProfile(m.getFullName(), m.getEmail(), licence, new ProfileForm(m.getPhone(), m.getCredentials(),
                m.getPracticeName(), m.getCity(), m.getState(), m.getPostalCode(), m.getCountry(),
                m.isDirectoryOptIn(), m.isShowEmailInDirectory(), m.getVersion()));
    }
}
