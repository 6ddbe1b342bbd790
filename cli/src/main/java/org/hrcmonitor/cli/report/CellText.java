package org.hrcmonitor.cli.report;

import java.util.Locale;
import org.hrcmonitor.index.report.Cell;
import org.hrcmonitor.index.report.WeeklyReport;

/** A cell as people read it in a table: {@code 3 (+1) / 12 (-4)}, or {@code 0} for a quiet week after a quiet week. */
final class CellText {
    private CellText() {}

    static String of(Cell c) {
        if (c.documents() == 0 && c.count() == 0 && c.documentsChange() == 0 && c.countChange() == 0) {
            return "0";
        }
        return String.format(Locale.ROOT, "%d (%+d) / %d (%+d)", c.documents(), c.documentsChange(), c.count(),
                c.countChange());
    }

    /** The legend under a table, naming what the cells count and what was left out. */
    static String legend(WeeklyReport r) {
        String basis = r.dateBasis().equals("date") ? "the document's date" : "when the document entered the index";
        String left = r.dateBasis().equals("date") ? "undated" : "without an ingest time";
        return String.format(Locale.ROOT, "Cell: documents (change on the week before) / %s (change). Weeks by %s; "
                + "documents counted: %d; %s, left out: %d.%s", r.measure(), basis, r.documents(), left, r.undated(),
                r.others() == 0 ? "" : String.format(Locale.ROOT, " %d more %s not shown.", r.others(),
                        switch (r.by()) {
                            case theme -> "themes";
                            case country -> "countries";
                            case query -> "queries";
                        }));
    }
}
