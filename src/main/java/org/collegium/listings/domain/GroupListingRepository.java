package org.collegium.listings.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GroupListingRepository extends JpaRepository<GroupListing, Long>,
        JpaSpecificationExecutor<GroupListing> {

    List<GroupListing> findByOwnerMemberIdOrderByTitleAscIdAsc(long ownerMemberId);

    List<GroupListing> findByStatusOrderByUpdatedAtAscIdAsc(ListingStatus status, Pageable page);

    long countByStatus(ListingStatus status);

    /** The language lists (",en,pt,") of the listings in this state, each once: what the public search offers. */
    @Query("select distinct l.languages from GroupListing l where l.status = :status")
    List<String> languageLists(@Param("status") ListingStatus status);

    /** One more enquiry, without touching the version (a member editing meanwhile loses nothing). */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("update GroupListing l set l.enquiryCount = l.enquiryCount + 1 where l.id = :id")
    int countEnquiry(@Param("id") long id);

    @Query("select l.enquiryCount from GroupListing l where l.id = :id")
    int enquiryCount(@Param("id") long id);

    @Modifying
    @Query("update GroupListing l set l.ownerMemberId = :survivor where l.ownerMemberId = :duplicate")
    int moveOwner(@Param("duplicate") long duplicate, @Param("survivor") long survivor);
}
