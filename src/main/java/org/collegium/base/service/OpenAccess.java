package org.collegium.base.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service (or method) deliberately without method security: scheduled jobs, the system's own bootstrap and
 * demo data, and the APIs one feature's services offer another's (whose callers carry the security). Views
 * may not call such services ({@code ArchitectureTest}); every other public service method must carry
 * {@code @PreAuthorize} or {@code @PermitAll} ({@code ServiceSecurityTest}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface OpenAccess {

    /** Why it needs no method security, for the reader who wonders. */
    String reason();
}
