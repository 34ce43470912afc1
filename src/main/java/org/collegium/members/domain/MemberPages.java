package org.collegium.members.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;

/** The members list read the way a list of 100,000 is read fast; implemented by {@link MemberPagesImpl}. */
public interface MemberPages {

    /**
     * One page of the members matching {@code spec}, in the page's order, each with its affiliate and membership
     * type. Counts nothing (the list asks for the count separately).
     */
    List<Member> findPage(Specification<Member> spec, Pageable page);

    /**
     * One page of the members a search box's text matches ({@link MemberSearch#searching()}), with the filters,
     * in the page's order (by the list's sort properties: lastName, firstName, status, email, currentTermEnd, id).
     */
    List<Member> findSearchPage(MemberSearch search, Pageable page);

    /** How many members the search matches, counted only up to {@code cap + 1}: more than {@code cap} is all it says. */
    long countSearchUpTo(MemberSearch search, int cap);
}
