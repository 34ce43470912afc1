package org.collegium.base.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files and folders only their owner may read (POSIX 0600 / 0700): the embedded database's password and data, and
 * backups, which hold every member record and password hash. On a file system without POSIX permissions they keep
 * the system's defaults.
 */
public final class OwnerOnly {

    private OwnerOnly() {
    }

    /** Creates an empty file readable and writable by its owner only, before anything is written to it. */
    public static Path createFile(Path file) throws IOException {
        try {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createFile(file);
        }
    }

    /** Lets only the owner enter the folder. */
    public static void restrictFolder(Path dir) throws IOException {
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException notPosix) {
            // the folder keeps its system's defaults
        }
    }
}
