package org.collegium.base.service;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service method that many people call at the same moment (registering when a popular training opens). Such
 * calls queue for a place ({@link RushAdmission}) before their transaction takes a database connection, so a rush
 * waits its turn instead of exhausting the pool, whose short wait is kept for telling people of an outage.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Rush {
}
