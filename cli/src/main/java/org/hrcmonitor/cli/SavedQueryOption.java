package org.hrcmonitor.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.hrcmonitor.index.queries.SavedQueries;
import org.hrcmonitor.index.queries.SavedQuery;
import org.hrcmonitor.index.queries.SavedQueryException;
import org.hrcmonitor.index.search.SearchRequest;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --saved NAME} and {@code --queries FILE}, shared by every command that runs saved queries (search, export,
 * watch, report), so they find the file and combine a saved query with typed filters the same way.
 */
public final class SavedQueryOption {
    static final String ENV = "HRC_QUERIES";

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--queries", paramLabel = "FILE",
            description = "Saved-queries file (default: $HRC_QUERIES, else ~/.hrc/queries.yaml).")
    private Path file;

    @Option(names = "--saved", paramLabel = "NAME",
            description = "Run the saved query of this name; typed words are added with AND, typed filters replace its own.")
    private String name;

    /** The file in use: {@code --queries}, else {@code $HRC_QUERIES}, else {@code ~/.hrc/queries.yaml}. */
    public Path file() {
        if (file != null) {
            return file;
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".hrc", "queries.yaml");
    }

    /** The name given with {@code --saved}, if any. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** Every query of the file; a bad or missing file is a usage error naming the file and line. */
    public SavedQueries all() {
        try {
            return SavedQueries.read(file());
        } catch (SavedQueryException e) {
            throw new ParameterException(command.commandLine(), e.getMessage());
        }
    }

    /** The saved query named by {@code --saved}, if one was. */
    public Optional<SavedQuery> saved() {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(all().get(name));
        } catch (SavedQueryException e) {
            throw new ParameterException(command.commandLine(), e.getMessage());
        }
    }

    /** The typed request, combined with the saved query when {@code --saved} names one. */
    public SearchRequest apply(SearchRequest typed) {
        try {
            return saved().map(q -> q.with(typed)).orElse(typed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage());
        }
    }
}
