package org.hrcmonitor.pipeline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hrcmonitor.pipeline.fixtures.CorpusBinaries;
import org.hrcmonitor.pipeline.source.FileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample corpus that the quick start ingests: every document reads with text, and the generated binaries say
 * what their text sources say (so nobody edits a source and forgets to regenerate).
 */
class SampleCorpusTest {
    private static final Path CORPUS = Path.of(System.getProperty("hrc.root", ".."), "corpus");
    private static final Readers READERS = new Readers();

    static List<Path> documents() {
        return FileSource.list(List.of(CORPUS), new ArrayList<>());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyDocumentReadsWithText(Path file) throws Exception {
        assertFalse(READERS.read(FileSource.describe(file)).text().isBlank());
    }

    @Test
    void generatedFilesMatchTheirTextSources(@TempDir Path copy) throws Exception {
        Path sources = CORPUS.resolve(".source");
        List<Path> generated;
        try (Stream<Path> walk = Files.walk(sources)) {
            generated = walk.filter(p -> p.toString().endsWith(".txt"))
                    .map(p -> sources.relativize(p).toString().replaceFirst("\\.txt$", ""))
                    .map(Path::of)
                    .toList();
        }
        for (Path file : generated) {
            Path source = copy.resolve(".source").resolve(file + ".txt");
            Files.createDirectories(source.getParent());
            Files.copy(sources.resolve(file + ".txt"), source);
        }
        CorpusBinaries.main(new String[] {copy.toString()});
        for (Path file : generated) {
            assertEquals(text(CORPUS.resolve(file)), text(copy.resolve(file)), file + " is stale: regenerate it");
        }
    }

    private static String text(Path file) throws IOException, ReadException {
        return READERS.read(FileSource.describe(file)).text();
    }
}
