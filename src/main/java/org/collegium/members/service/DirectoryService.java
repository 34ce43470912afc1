package org.collegium.members.service;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.collegium.base.domain.Access;
import org.collegium.base.i18n.Messages;
import org.collegium.base.domain.SearchText;
import org.collegium.members.domain.Member;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.domain.MembershipStatus;
import org.collegium.members.domain.MembershipTerm;
import org.collegium.accounts.service.AccountScopes;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members' directory: only current members who chose to be listed, and their email only if they chose to
 * show it. Nobody else appears, whatever the search. It is read only by a current member whose own membership the
 * board approved or that is paid ({@link #standing()}, the one place of that rule): a type granted at once makes
 * anyone with an email address a member, and that alone must not open other members' details.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.IS_MEMBER)
public class DirectoryService {

    public record DirectoryEntry(String name, String credentials, String discipline, String place,
            String affiliate, String practice, String email) {
    }

    /** Whether the signed-in member may read the directory, and if not, why, in words for them. */
    public record Standing(boolean mayRead, String explanation) {
    }

    /** Why the directory is closed to someone: the key of the explanation, in the reader's language. */
    static final String NOT_LINKED = "membership.directory.closed.not-linked";
    static final String NOT_CURRENT = "membership.directory.closed.not-current";
    static final String NOT_YET = "membership.directory.closed.not-yet";

    static final List<MembershipStatus> LISTED = List.of(MembershipStatus.ACTIVE, MembershipStatus.GRACE);

    private final MemberRepository members;
    private final AccountScopes scopes;

    public DirectoryService(MemberRepository members, AccountScopes scopes) {
        this.members = members;
        this.scopes = scopes;
    }

    /**
     * The rule: the reader's own record is current (active or in grace) and at least one of their terms speaks for
     * them: the board approved or recorded it (every term but one granted at once), or its dues were paid (or
     * waived by the treasurer). Read fresh on every call, so approving or paying opens it at once.
     */
    public Standing standing() {
        Member me = scopes.currentMemberId().flatMap(members::findWithTerms).orElse(null);
        if (me == null) {
            return new Standing(false, Messages.t(NOT_LINKED));
        }
        if (!LISTED.contains(me.getStatus())) {
            return new Standing(false, Messages.t(NOT_CURRENT));
        }
        if (me.getTerms().stream().noneMatch(MembershipTerm::isApprovedOrPaid)) {
            return new Standing(false, Messages.t(NOT_YET, Messages.t("membership.menu.my-membership")));
        }
        return new Standing(true, null);
    }

    public List<DirectoryEntry> search(String text, Pageable page) {
        requireStanding();
        return members.findAll(listed(text), page).stream().map(DirectoryService::entry).toList();
    }

    public long count(String text) {
        requireStanding();
        return members.count(listed(text));
    }

    private void requireStanding() {
        Standing standing = standing();
        if (!standing.mayRead()) {
            throw new AccessDeniedException(standing.explanation());
        }
    }

    private static Specification<Member> listed(String text) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.isTrue(root.get("directoryOptIn")));
            where.add(root.get("status").in(LISTED));
            String search = SearchText.normalise(text);
            if (!search.isEmpty()) {
                String like = "%" + search + "%";
                where.add(cb.or(
                        cb.like(cb.lower(cb.concat(cb.concat(root.get("firstName"), " "), root.get("lastName"))), like,
                                SearchText.ESCAPE),
                        cb.like(cb.lower(root.get("city")), like, SearchText.ESCAPE),
                        cb.like(cb.lower(root.get("practiceName")), like, SearchText.ESCAPE),
                        cb.like(cb.lower(root.get("credentials")), like, SearchText.ESCAPE)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static DirectoryEntry entry(Member m) {
        String place = m.getCity() == null ? m.getState() : m.getState() == null ? m.getCity()
                : m.getCity() + ", " + m.getState();
        return new DirectoryEntry(m.getFullName(), m.getCredentials(), m.getDiscipline().label(), place,
                m.getAffiliate() == null ? null : m.getAffiliate().getShortName(), m.getPracticeName(),
                m.isShowEmailInDirectory() ? m.getEmail() : null);
    }
}
