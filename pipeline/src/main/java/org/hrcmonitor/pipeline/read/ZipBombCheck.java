package org.hrcmonitor.pipeline.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Refuses zip containers (DOCX, ODT, EPUB...) with an entry that inflates more than {@value #MAX_RATIO} times its
 * compressed size: the parser for Word documents loads the whole body into memory, so a few hundred kilobytes that
 * inflate to gigabytes would exhaust the heap and take the other files of the batch down with it. Sizes are counted
 * while inflating, never taken from the headers, which a bomb can fake. Real documents stay far below the ratio: XML
 * compresses about ten times, pictures not at all.
 */
final class ZipBombCheck {
    static final int MAX_RATIO = 100;
    /** Small entries may compress better than the ratio (a run of spaces) and cannot hurt. */
    private static final long GRACE_BYTES = 1 << 20;
    private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};

    private ZipBombCheck() {}

    static void check(Path file) throws ReadException {
        if (!startsAsZip(file)) {
            return;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            byte[] buffer = new byte[64 * 1024];
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                long limit = Math.max(GRACE_BYTES, MAX_RATIO * Math.max(0, entry.getCompressedSize()));
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n > 0 && inflated <= limit; n = in.read(buffer)) {
                        inflated += n;
                    }
                }
                if (inflated > limit) {
                    throw new ReadException(String.format(java.util.Locale.ROOT,
                            "zip bomb: %s inflates more than %d times its compressed size of %,d bytes",
                            entry.getName(), MAX_RATIO, entry.getCompressedSize()));
                }
            }
        } catch (ZipException e) {
            // a damaged zip is the parser's to report, with its own words
        } catch (IOException e) {
            // likewise: unreadable entries surface again when the parser reads them
        }
    }

    private static boolean startsAsZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(LOCAL_HEADER.length), LOCAL_HEADER);
        } catch (IOException e) {
            return false;
        }
    }
}
