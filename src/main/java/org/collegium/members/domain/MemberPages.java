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
}
