package org.hrcmonitor.cli.watch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * POSTs each delivery as JSON with its key in an {@code Idempotency-Key} header. Only a 2xx answer within the timeout
 * counts as delivered; anything else (an error status, a refused connection, no answer in time) is a failure to retry.
 */
final class WebhookTarget implements Target {
    static final String KEY_HEADER = "Idempotency-Key";

    private final URI url;
    private final Duration timeout;
    private final HttpClient client;

    WebhookTarget(URI url, Duration timeout) {
        this.url = url;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public String name() {
        return "webhook:" + url;
    }

    @Override
    public void deliver(Delivery delivery, String json) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header(KEY_HEADER, delivery.key())
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + response.statusCode());
        }
    }
}
