package org.hrcmonitor.cli;

import java.io.InputStream;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;

/**
 * A parser stuck for good, as a parser bug on one odd file is: it never returns and ignores interrupts. Registered
 * for vCards through {@code hanging-tika-config.xml}, Tika's own way to plug parsers in, by the bad-input batch test.
 */
public final class HangingParser implements Parser {
    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(MediaType.text("vcard"), MediaType.text("x-vcard"));
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException ignored) {
                // what a hung parser does: the interrupt from the time limit changes nothing
            }
        }
    }
}
