package org.collegium.listings.domain;

/** How a listed group meets. */
public enum ListingFormat {
    ONLINE, IN_PERSON, HYBRID;

    public boolean online() {
        return this != IN_PERSON;
    }

    public boolean inPerson() {
        return this != ONLINE;
    }
}
