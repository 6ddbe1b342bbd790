package org.hrcmonitor.pipeline.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SymbolAnnotatorTest {
    private final SymbolAnnotator annotator = new SymbolAnnotator();

    private String symbolOf(String text) {
        return annotator.annotate(Docs.of(text)).symbol();
    }

    @Test
    void takesTheSymbolOfTheDistributionBlock() {
        assertEquals("A/HRC/43/2", symbolOf("Report of the Human Rights Council on its forty-third session\n\n"
                + "United Nations A/HRC/43/2\n\nGeneral Assembly Distr.: General\n6 May 2021"));
    }

    @Test
    void prefersTheBlockToSymbolsCitedBeforeIt() {
        assertEquals("A/HRC/DEC/43/112", symbolOf("Adopts the outcome (A/HRC/43/15/Add.1; see also A/HRC/43/2).\n"
                + "United Nations A/HRC/DEC/43/112\nGeneral Assembly Distr.: General\n25 March 2020"));
    }

    @Test
    void readsTheOldBlockWithTheSymbolAfterDistr() {
        assertEquals("A/HRC/8/31", symbolOf("UNITED NATIONS\nA\nGeneral Assembly Distr.\nGENERAL\nA/HRC/8/31\n13 May 2008"));
    }

    @Test
    void keepsAddendumAndWorkingGroupParts() {
        assertEquals("A/HRC/14/15/Add.1", symbolOf("United Nations A/HRC/14/15/Add.1\nGeneral Assembly Distr.: General"));
        assertEquals("A/HRC/WG.6/20/SVN/1", symbolOf("United Nations A/HRC/WG.6/20/SVN/1\nGeneral Assembly Distr.: General"));
    }

    @Test
    void removesSpacesExtractionPutNextToSlashes() {
        assertEquals("A/HRC/RES/43/1", symbolOf("United Nations A/HRC/RES/43/ 1\nGeneral Assembly Distr.: General"));
    }

    @Test
    void takesAMetadataTitleThatIsASymbol() {
        assertEquals("A/HRC/DEC/43/112", annotator.annotate(Docs.of("no header here",
                Map.of("dc:title", "A/HRC/DEC/43/112"))).symbol());
    }

    @Test
    void takesARunningHeaderLineNearTheTop() {
        assertEquals("A/RES/48/134", symbolOf("A/RES/48/134\n\nNational institutions for the promotion of human rights"));
    }

    @Test
    void ignoresSymbolsCitedInSentences() {
        assertNull(symbolOf("Wet van 24 november 2011, mede ter uitvoering van Resolutie A/RES/48/134 van de Algemene "
                + "Vergadering."));
    }

    @Test
    void leavesTheLayerEmptyForEmptyText() {
        assertNull(symbolOf(""));
    }
}
