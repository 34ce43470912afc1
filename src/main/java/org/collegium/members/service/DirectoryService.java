package org.collegium.members.service;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.collegium.base.domain.Access;
import org.collegium.base.service.SearchText;
import org.collegium.members.domain.Member;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.domain.MembershipStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members' directory: only current members who chose to be listed, and their email only if they chose to
 * show it. Nobody else appears, whatever the search.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.IS_MEMBER)
public class DirectoryService {

    public record DirectoryEntry(String name, String credentials, String discipline, String place,
            String affiliate, String practice, String email) {
    }

    private static final List<MembershipStatus> LISTED = List.of(MembershipStatus.ACTIVE, MembershipStatus.GRACE);

    private final MemberRepository members;

    public DirectoryService(MemberRepository members) {
        this.members = members;
    }

    public List<DirectoryEntry> search(String text, Pageable page) {
        return members.findAll(listed(text), page).stream().map(DirectoryService::entry).toList();
    }

    public long count(String text) {
        return members.count(listed(text));
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
