package org.hrcmonitor.pipeline.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file found by a {@link FileSource}, with the hash that identifies its content.
 *
 * @param path the file
 * @param hash SHA-256 of its bytes, lowercase hex
 * @param size its length in bytes
 */
public record SourceFile(Path path, String hash, long size) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(hash, "hash");
    }

    /** The stable document id: a prefix of the content hash, short enough to type. */
    public String id() {
        return hash.substring(0, 16);
    }
}
