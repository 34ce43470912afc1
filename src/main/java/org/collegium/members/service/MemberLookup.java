package org.collegium.members.service;

import java.util.List;
import java.util.Optional;
import org.collegium.base.service.OpenAccess;
import org.collegium.members.domain.Member;
import org.collegium.members.domain.MemberRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other features' services reach member records (events and groups hold a member on a registration or a
 * roster place), instead of the members' repository: the one door the architecture test allows.
 */
@Service
@Transactional(readOnly = true)
@OpenAccess(reason = "called only by other features' services, inside their own method security")
public class MemberLookup {

    private final MemberRepository members;

    MemberLookup(MemberRepository members) {
        this.members = members;
    }

    public Optional<Member> findById(long id) {
        return members.findById(id);
    }

    /** A reference to hold in an association (loaded only when read). */
    public Member getReferenceById(long id) {
        return members.getReferenceById(id);
    }

    public Optional<Member> findByEmail(String email) {
        return members.findByEmail(email);
    }

    public long count() {
        return members.count();
    }

    public Page<Member> findAll(Pageable page) {
        return members.findAll(page);
    }

    public List<Member> findAll(Sort sort) {
        return members.findAll(sort);
    }
}
