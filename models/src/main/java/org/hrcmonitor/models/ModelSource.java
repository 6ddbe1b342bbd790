package org.hrcmonitor.models;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where {@link LanguageModels} reads model bytes from: the classpath in production, a directory of freshly
 * trained files when {@code hrc models train} scores what it just wrote.
 */
@FunctionalInterface
public interface ModelSource {

    /** Opens the model; throws if the language has it but the bytes are not there. */
    InputStream open(Language language, ModelKind kind) throws IOException;

    static ModelSource classpath() {
        return (language, kind) -> {
            String resource = language.requiredResource(kind);
            InputStream in = ModelSource.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("Model resource " + resource + " is not on the classpath"
                        + (language == Language.EN ? "" : "; run `hrc models train`"));
            }
            return in;
        };
    }

    /** The models of {@code language} from {@code dir} (by resource file name), every other language from the classpath. */
    static ModelSource directory(Language language, Path dir) {
        ModelSource fallback = classpath();
        return (lang, kind) -> {
            if (lang != language) {
                return fallback.open(lang, kind);
            }
            return Files.newInputStream(dir.resolve(lang.fileName(kind)));
        };
    }
}
