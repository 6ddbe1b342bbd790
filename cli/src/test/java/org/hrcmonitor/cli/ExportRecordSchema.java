package org.hrcmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.hrcmonitor.cli.output.Json;
import org.hrcmonitor.index.export.Exporter;

/** The JSON Schema that ships for export records, loaded from the index jar as a user of it would. */
final class ExportRecordSchema {
    private static final Schema SCHEMA = load();

    private ExportRecordSchema() {}

    private static Schema load() {
        try (InputStream in = Exporter.class.getResourceAsStream("export-record.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the export record schema", e);
        }
    }

    static List<String> errors(JsonNode record) {
        List<String> messages = new ArrayList<>();
        for (Error e : SCHEMA.validate(record)) {
            messages.add(e.toString());
        }
        return messages;
    }

    /** Every line is a record the schema accepts; returns the records. */
    static List<JsonNode> validLines(String jsonl) throws Exception {
        List<JsonNode> records = new ArrayList<>();
        for (String line : jsonl.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode record = Json.mapper().readTree(line);
            assertEquals(List.of(), errors(record), line);
            records.add(record);
        }
        return records;
    }
}
