package org.hrcmonitor.models.train;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A written model file as the manifest lists it, so a shipped file can be checked against the run that made it.
 *
 * @param name   file name inside the output directory
 * @param bytes  size
 * @param sha256 hex SHA-256 of the content
 */
public record ModelFile(String name, long bytes, String sha256) {

    public static ModelFile of(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return new ModelFile(file.getFileName().toString(), Files.size(file), HexFormat.of().formatHex(digest.digest()));
    }
}
