package org.hrcmonitor.pipeline.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the files to ingest under the paths a user gave: files as they are, folders recursively, in a stable order.
 *
 * <p>Hidden files and folders (a leading dot: {@code .git}, {@code .DS_Store}) are passed over, because nobody means
 * to index them.
 */
public final class FileSource {
    private FileSource() {}

    /** Every regular file under the given paths, sorted by path within each folder; missing paths are reported. */
    public static List<Path> list(List<Path> roots, List<String> missing) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                missing.add(root.toString());
            } else if (Files.isRegularFile(root)) {
                files.add(root);
            } else {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !isHidden(root.relativize(p)))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + root, e);
                }
            }
        }
        return files;
    }

    /** Hashes a file's bytes; the hash decides whether a file changed since it was last ingested. */
    public static SourceFile describe(Path file) throws IOException {
        MessageDigest sha = sha256();
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                size += n;
            }
        }
        return new SourceFile(file, HexFormat.of().formatHex(sha.digest()), size);
    }

    /** The same hash for text that never was a file (standard input, a line of a batch). */
    public static String hash(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
