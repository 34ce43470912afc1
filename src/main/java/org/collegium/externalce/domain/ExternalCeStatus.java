package org.collegium.externalce.domain;

/** Where the board's review of an external CE record stands; only VERIFIED hours count (are in the CE ledger). */
public enum ExternalCeStatus {
    PENDING, VERIFIED, DECLINED
}
