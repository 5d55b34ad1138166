package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.net.ssl.SSLSession;

import org.junit.jupiter.api.Test;

/**
 * The contract check itself must be able to fail: responses that break the contract in each way it checks are refused,
 * with a message that says how. (The real server's responses are checked in the API tests.)
 */
class ContractCheckTest {

    private static final String JSON = "application/json";

    @Test
    void acceptsAResponseThatFollowsTheContract() {
        ContractCheck.shared().check(response("GET", "/api/v1/domains/7", 200, Map.of("Content-Type", JSON),
                "{\"id\":7,\"name\":\"Berlin\",\"agentCount\":0}"));
    }

    @Test
    void refusesAMemberTheSchemaDoesNotHave() {
        refuses("not defined in the schema", response("GET", "/api/v1/domains/7", 200,
                Map.of("Content-Type", JSON), "{\"id\":7,\"name\":\"Berlin\",\"agentCount\":0,\"colour\":\"red\"}"));
    }

    @Test
    void refusesAWrongTypeAndAMissingRequiredMember() {
        refuses("integer expected", response("GET", "/api/v1/domains/7", 200, Map.of("Content-Type", JSON),
                "{\"id\":\"7\",\"name\":\"Berlin\",\"agentCount\":0}"));
        refuses("required property 'agentCount'", response("GET", "/api/v1/domains/7", 200,
                Map.of("Content-Type", JSON), "{\"id\":7,\"name\":\"Berlin\"}"));
    }

    @Test
    void refusesAnUndocumentedStatusAndMediaType() {
        refuses("status 418", response("GET", "/api/v1/domains", 418, Map.of("Content-Type", JSON), "[]"));
        refuses("media type", response("GET", "/api/v1/domains", 200, Map.of("Content-Type", "text/plain"), "[]"));
    }

    @Test
    void refusesAMissingRequiredHeader() {
        refuses("Location", response("POST", "/api/v1/domains", 201, Map.of("Content-Type", JSON),
                "{\"id\":7,\"name\":\"Berlin\",\"agentCount\":0}"));
    }

    @Test
    void refusesAnErrorBodyOfAnotherShapeAndAnUnknownErrorCode() {
        refuses("details", response("GET", "/api/v1/domains/7", 404, Map.of("Content-Type", JSON),
                "{\"error\":\"not_found\",\"message\":\"No domain 7\"}"));
        refuses("enum", response("GET", "/api/v1/domains/7", 404, Map.of("Content-Type", JSON),
                "{\"error\":\"gone\",\"message\":\"No domain 7\",\"details\":{}}"));
    }

    @Test
    void refuses405WhoseAllowDiffersFromTheDocumentedMethods() {
        refuses("Allow", response("PUT", "/api/v1/domains/7", 405,
                Map.of("Content-Type", JSON, "Allow", "GET, PUT"),
                "{\"error\":\"method_not_allowed\",\"message\":\"no\",\"details\":{}}"));
    }

    private static void refuses(String expected, HttpResponse<String> response) {
        AssertionError error = assertThrows(AssertionError.class, () -> ContractCheck.shared().check(response));
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }

    private static HttpResponse<String> response(String method, String path, int status, Map<String, String> headers,
            String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://127.0.0.1:4343" + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        HttpHeaders httpHeaders = HttpHeaders.of(
                headers.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        entry -> List.of(entry.getValue()))),
                (name, value) -> true);
        return new RecordedResponse(request, status, httpHeaders, body);
    }

    /** A response as a server would have sent it, for checking the checker. */
    private record RecordedResponse(HttpRequest request, int statusCode, HttpHeaders headers, String body)
            implements
                HttpResponse<String> {

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return request.uri();
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
