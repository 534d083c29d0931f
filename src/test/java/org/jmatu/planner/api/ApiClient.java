package org.jmatu.planner.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Calls the running application's API as a demo account (password: user name + "-demo"), or anonymously. */
final class ApiClient {

    static final String ANONYMOUS = null;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String base;

    ApiClient(int port) {
        this("localhost", port);
    }

    ApiClient(String host, int port) {
        this.base = "http://" + host + ":" + port;
    }

    HttpResponse<String> get(String path, String user) {
        return send("GET", path, user, HttpRequest.BodyPublishers.noBody(), null);
    }

    HttpResponse<String> delete(String path, String user) {
        return send("DELETE", path, user, HttpRequest.BodyPublishers.noBody(), null);
    }

    HttpResponse<String> post(String path, String user) {
        return send("POST", path, user, HttpRequest.BodyPublishers.noBody(), null);
    }

    HttpResponse<String> sendJson(String method, String path, String user, String json) {
        return send(method, path, user, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8),
                "application/json");
    }

    /** A GET whose caller reads {@code acceptLanguage} (the Accept-Language header). */
    HttpResponse<String> getReading(String acceptLanguage, String path, String user) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().header("Accept-Language", acceptLanguage),
                user, null);
    }

    /** A call without a body in the data set {@code dataSet} (the X-Data-Set header). */
    HttpResponse<String> in(String dataSet, String method, String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).header("X-Data-Set", dataSet);
        return send(request, user, null);
    }

    HttpResponse<String> send(String method, String path, String user, HttpRequest.BodyPublisher body,
                              String contentType) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).method(method, body), user, contentType);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String user, String contentType) {
        if (user != null) {
            String credentials = user + ":" + user + "-demo";
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** A file's JSON tree, to change a field of it. */
    static ObjectNode tree(String json) {
        return (ObjectNode) JSON.readTree(json);
    }

    static String text(JsonNode tree) {
        return JSON.writeValueAsString(tree);
    }
}
