package org.collegium.dashboard.service;

import org.springframework.security.access.prepost.PreAuthorize;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every provider's cards for the signed-in person, in order. */
@Service
public class HomeCards {

    private final List<HomeCardProvider> providers;

    public HomeCards(List<HomeCardProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<HomeCard> forCurrentUser() {
        return providers.stream().flatMap(p -> p.cards().stream()).sorted(Comparator.comparingInt(HomeCard::order))
                .toList();
    }
}
