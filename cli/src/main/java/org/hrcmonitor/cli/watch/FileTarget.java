package org.hrcmonitor.cli.watch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends each delivery as one JSON line and forces it to disk before it counts as delivered. */
final class FileTarget implements Target {
    private final Path file;

    FileTarget(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    @Override
    public String name() {
        return "file:" + file;
    }

    @Override
    public void deliver(Delivery delivery, String json) throws IOException {
        Path parent = file.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer line = ByteBuffer.wrap((json + "\n").getBytes(StandardCharsets.UTF_8));
            while (line.hasRemaining()) {
                out.write(line);
            }
            out.force(false);
        }
    }
}
