package org.hrcmonitor.pipeline.tag.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hrcmonitor.pipeline.document.CountryMention;
import org.hrcmonitor.pipeline.document.Document;
import org.junit.jupiter.api.Test;

/** The seed letter (the Dutch government's plans for its 2020–2022 Human Rights Council membership) end to end. */
class SeedLetterCountriesTest {

    @Test
    void tagsEveryCountryTheLetterNames() throws IOException {
        Path letter = Path.of(System.getProperty("hrc.shared", "/nonexistent"), "seed/000_179d281dde228d13.txt");
        assumeTrue(Files.isRegularFile(letter), "shared seed letter not present");
        Document doc = Annotated.countries(Files.readString(letter, StandardCharsets.UTF_8));

        // Codes labelled by reading the letter: the countries it names, the Netherlands by name or adjective,
        // "de VS", "het Verenigd Koninkrijk" and "de Palestijnse gebieden"; not "het Koninkrijk" alone.
        assertEquals(new TreeSet<>(Set.of("NL", "CN", "US", "IL", "PS", "GB", "VE", "MM", "YE", "SY", "IR", "ER",
                        "BI", "LY", "SA", "EG", "BE", "CA", "IE", "LU")),
                doc.countries().stream().map(CountryMention::code).collect(Collectors.toCollection(TreeSet::new)));
        List<String> listed = doc.countries().stream().map(m -> doc.textOf(m.span()))
                .dropWhile(name -> !name.equals("Venezuela")).limit(11).toList();
        assertEquals(List.of("Venezuela", "Myanmar", "Jemen", "Syrië", "Iran", "Eritrea", "Burundi", "Libië",
                "Saoedi-Arabië", "Egypte", "China"), listed);
    }
}
