package org.collegium.base.service;

/** A rule a request broke; the message is written for the person who made the request. */
public class BusinessRuleException extends RuntimeException {

    public BusinessRuleException(String message) {
        super(message);
    }
}
