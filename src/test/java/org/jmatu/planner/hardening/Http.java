package org.jmatu.planner.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Plain HTTP calls to the running app, redirects not followed, so that tests see each answer as sent. */
final class Http {

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    Http(int port) {
        this.base = "http://localhost:" + port;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    /** A call as {@code user} with {@code password} over HTTP Basic. */
    HttpResponse<String> basic(String method, String path, String user, String password) {
        return send(request(path).method(method, HttpRequest.BodyPublishers.noBody())
                .header("Authorization", basicCredentials(user, password)));
    }

    static String basicCredentials(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The login form's POST, as a browser sends it, with or without a CSRF token. */
    HttpResponse<String> formSignIn(String user, String password, String csrfToken) {
        String form = "username=" + user + "&password=" + password + (csrfToken == null ? "" : "&_csrf=" + csrfToken);
        return send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
