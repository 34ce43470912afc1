package org.collegium.notifications.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MailTextOverrideRepository extends JpaRepository<MailTextOverride, Long> {

    List<MailTextOverride> findByLanguageAndMessageKeyIn(String language, Collection<String> keys);

    List<MailTextOverride> findByMessageKeyIn(Collection<String> keys);
}
