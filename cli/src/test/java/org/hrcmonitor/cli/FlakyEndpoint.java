package org.hrcmonitor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hrcmonitor.cli.output.Json;

/**
 * A real local webhook receiver that answers as scripted: fail (500), answer too late (200 after the client's
 * timeout: the delivery happened but the client cannot know), or accept; while {@code down}, it fails everything.
 */
final class FlakyEndpoint implements AutoCloseable {
    enum Answer { OK, FAIL, SLOW }

    /** One request as received: its Idempotency-Key header, its body, the status sent back and whether too late. */
    record Received(String header, JsonNode body, int status, boolean late) {
        String key() {
            return body.get("key").asText();
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Deque<Answer> script = new ConcurrentLinkedDeque<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final long slowMillis;
    volatile boolean down;

    FlakyEndpoint(long slowMillis) throws IOException {
        this.slowMillis = slowMillis;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    void script(Answer... answers) {
        script.addAll(List.of(answers));
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        JsonNode body = Json.mapper().readTree(exchange.getRequestBody());
        Answer answer = down ? Answer.FAIL : script.isEmpty() ? Answer.OK : script.poll();
        int status = answer == Answer.FAIL ? 500 : 200;
        received.add(new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"), body, status,
                answer == Answer.SLOW));
        if (answer == Answer.SLOW) {
            try {
                Thread.sleep(slowMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(status, 2);
            out.write("{}".getBytes());
        } catch (IOException gone) {
            // the client stopped waiting: it will send the delivery again with the same key
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
