package io.bulwark.server.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;

/**
 * Checks real responses against the hand-written OpenAPI 3.1 contract in the protocol module
 * ({@code io/bulwark/protocol/openapi.yaml}): the request's path and method must be documented (or the response must be
 * the documented 404 or 405 error), the status must be documented for that operation, the required headers must be
 * present and match their schemas, the media type must be a documented one, and a JSON body must validate against the
 * documented schema (JSON Schema 2020-12 with format assertions, by the networknt validator).
 * <p>
 * Any test may call {@link #check(HttpResponse)} on a response it received (an {@link AdminSession.Reply} carries one);
 * {@link #covered()} tells which operations and statuses were checked so far.
 */
public final class ContractCheck {

    /** Where the contract lives on the class path. */
    public static final String CONTRACT = "io/bulwark/protocol/openapi.yaml";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final ContractCheck SHARED = new ContractCheck();

    private record Template(String path, Pattern pattern, boolean literal) {
    }

    private final JsonNode contract;
    private final List<Template> templates = new ArrayList<>();
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final Set<String> covered = ConcurrentHashMap.newKeySet();

    private ContractCheck() {
        try (InputStream in = ContractCheck.class.getClassLoader().getResourceAsStream(CONTRACT)) {
            if (in == null) {
                throw new IllegalStateException(CONTRACT + " is not on the class path");
            }
            contract = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + CONTRACT, e);
        }
        for (Iterator<String> paths = contract.path("paths").fieldNames(); paths.hasNext();) {
            String path = paths.next();
            String regex = Pattern.quote(path).replaceAll("\\{[^}/]+\\}", "\\\\E[^/]+\\\\Q");
            templates.add(new Template(path, Pattern.compile(regex), !path.contains("{")));
        }
        // Literal paths win over templates, as on the server.
        templates.sort((a, b) -> Boolean.compare(b.literal(), a.literal()));
        registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(), builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(Boolean.TRUE).build()));
    }

    /** @return the contract, loaded once per test run */
    public static ContractCheck shared() {
        return SHARED;
    }

    /**
     * @param reply
     *            a reply from a real server
     * @throws AssertionError
     *             listing every way the reply breaks the contract
     */
    public void check(AdminSession.Reply reply) {
        check(reply.response());
    }

    /**
     * @param response
     *            a response from a real server, with its body as text
     * @throws AssertionError
     *             listing every way the response breaks the contract
     */
    public void check(HttpResponse<String> response) {
        String method = response.request().method().toLowerCase(Locale.ROOT);
        URI uri = response.request().uri();
        List<String> problems = problems(method, uri.getRawPath(), response);
        if (!problems.isEmpty()) {
            throw new AssertionError(method.toUpperCase(Locale.ROOT) + " " + uri.getRawPath() + " answered "
                    + response.statusCode() + ", which breaks the contract:\n  " + String.join("\n  ", problems)
                    + "\nbody: " + response.body());
        }
    }

    /** @return the checked operations and statuses so far, e.g. {@code GET /api/v1/domains/{id} 404} */
    public Set<String> covered() {
        return new TreeSet<>(covered);
    }

    private List<String> problems(String method, String path, HttpResponse<String> response) {
        List<String> problems = new ArrayList<>();
        int status = response.statusCode();
        Optional<Template> template = templates.stream().filter(t -> t.pattern().matcher(path).matches())
                .findFirst();
        if (template.isEmpty()) {
            covered.add("unknown path " + status);
            if (status != 404) {
                problems.add("the path is not in the contract, so only 404 is a valid answer");
            }
            checkBody(problems, "/components/schemas/ApiError", response);
            return problems;
        }
        JsonNode pathItem = contract.path("paths").path(template.get().path());
        JsonNode operation = pathItem.path(method);
        if (operation.isMissingNode()) {
            covered.add(method.toUpperCase(Locale.ROOT) + " " + template.get().path() + " " + status);
            checkNotAllowed(problems, pathItem, response);
            return problems;
        }
        String statusKey = Integer.toString(status);
        JsonNode responses = operation.path("responses");
        String pointer = "/paths/" + escape(template.get().path()) + "/" + method + "/responses/";
        if (responses.has(statusKey)) {
            pointer += statusKey;
        } else if (status == 405) {
            problems.add("405 for a method the contract documents");
            return problems;
        } else if (responses.has("default")) {
            pointer += "default";
        } else {
            problems.add("the status " + status + " is not documented for this operation (documented: "
                    + fieldNames(responses) + ")");
            return problems;
        }
        covered.add(method.toUpperCase(Locale.ROOT) + " " + template.get().path() + " " + status);
        pointer = resolve(pointer);
        checkHeaders(problems, pointer, response);
        checkContent(problems, pointer, response);
        return problems;
    }

    private void checkNotAllowed(List<String> problems, JsonNode pathItem, HttpResponse<String> response) {
        if (response.statusCode() != 405) {
            problems.add("the method is not documented for this path, so only 405 is a valid answer");
        }
        Set<String> documented = new TreeSet<>();
        pathItem.fieldNames().forEachRemaining(name -> {
            if (METHODS.contains(name)) {
                documented.add(name.toUpperCase(Locale.ROOT));
            }
        });
        Set<String> allowed = response.headers().firstValue("Allow").stream()
                .flatMap(value -> Set.of(value.split(",")).stream()).map(String::strip)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!allowed.equals(documented)) {
            problems.add("Allow lists " + allowed + ", the contract documents " + documented);
        }
        checkBody(problems, "/components/schemas/ApiError", response);
    }

    private void checkHeaders(List<String> problems, String responsePointer, HttpResponse<String> response) {
        JsonNode headers = node(responsePointer).path("headers");
        for (Iterator<String> names = headers.fieldNames(); names.hasNext();) {
            String name = names.next();
            String headerPointer = resolve(responsePointer + "/headers/" + escape(name));
            JsonNode header = node(headerPointer);
            Optional<String> value = response.headers().firstValue(name);
            if (value.isEmpty()) {
                if (header.path("required").asBoolean(false)) {
                    problems.add("the required header " + name + " is missing");
                }
                continue;
            }
            if (header.has("schema")) {
                for (Error error : schema(headerPointer + "/schema").validate(TextNode.valueOf(value.get()))) {
                    problems.add("header " + name + ": " + error);
                }
            }
        }
    }

    private void checkContent(List<String> problems, String responsePointer, HttpResponse<String> response) {
        JsonNode content = node(responsePointer).path("content");
        String body = response.body() == null ? "" : response.body();
        if (content.isMissingNode() || content.isEmpty()) {
            if (!body.isEmpty()) {
                problems.add("the contract documents no body, but there is one");
            }
            return;
        }
        String mediaType = response.headers().firstValue("Content-Type").map(ContractCheck::mediaType).orElse("");
        if (!content.has(mediaType)) {
            problems.add("the media type \"" + mediaType + "\" is not documented (documented: " + fieldNames(content)
                    + ")");
            return;
        }
        if (mediaType.equals("application/json")) {
            checkBody(problems, responsePointer + "/content/" + escape(mediaType) + "/schema", response);
        }
    }

    private void checkBody(List<String> problems, String schemaPointer, HttpResponse<String> response) {
        String mediaType = response.headers().firstValue("Content-Type").map(ContractCheck::mediaType).orElse("");
        if (!mediaType.equals("application/json")) {
            problems.add("the body is \"" + mediaType + "\", not application/json");
            return;
        }
        for (Error error : schema(schemaPointer).validate(response.body(), InputFormat.JSON)) {
            problems.add("body: " + error);
        }
    }

    /** Follows a {@code $ref} at the pointer, if there is one, to the node it names. */
    private String resolve(String pointer) {
        JsonNode node = node(pointer);
        String ref = node.path("$ref").asText(null);
        if (ref == null) {
            return pointer;
        }
        if (!ref.startsWith("#")) {
            throw new IllegalStateException("Only references within the contract are supported: " + ref);
        }
        return resolve(ref.substring(1));
    }

    private JsonNode node(String pointer) {
        return contract.at(pointer);
    }

    private Schema schema(String pointer) {
        return schemas.computeIfAbsent(pointer, p -> registry.getSchema(SchemaLocation.of("classpath:" + CONTRACT + "#"
                + URLEncoder.encode(p, StandardCharsets.UTF_8).replace("%2F", "/").replace("%7E", "~"))));
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    private static String mediaType(String contentType) {
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip()
                .toLowerCase(Locale.ROOT);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
