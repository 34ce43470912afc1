package org.collegium.base.ui;

/**
 * A feature's say on one of its menu entries beyond the roles a route allows: a page open to a role may still wait
 * for something about the person (the directory waits for an approved or paid membership). The page itself says
 * why when opened anyway; its service refuses regardless.
 */
public interface MenuGate {

    /** Whether the signed-in person's menu lists this route path (given without a leading slash). */
    boolean shows(String path);
}
