package io.claimstream.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * {@link SchemaRegistryClient} over the Confluent REST API, e.g. {@code http://localhost:8081} for Confluent or
 * {@code http://localhost:8080/apis/ccompat/v7} for Apicurio Registry.
 *
 * <p>Ids never change once given, so id&nbsp;&rarr;&nbsp;schema and (subject,&nbsp;schema)&nbsp;&rarr;&nbsp;id are
 * cached for the life of the client: the serde asks only once per schema. Subjects, versions and configs are not
 * cached, as they change.
 */
public final class HttpSchemaRegistryClient implements SchemaRegistryClient {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final String ACCEPT =
            "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final Optional<String> authorization;
    private final Duration requestTimeout;
    private final HttpClient http;
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final Map<SubjectSchema, Integer> idsBySubjectSchema = new ConcurrentHashMap<>();

    private record SubjectSchema(String subject, Schema schema) {
    }

    private HttpSchemaRegistryClient(Builder builder) {
        URI uri = URI.create(builder.baseUrl.trim());
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("Schema registry URL must be http(s)://...: " + builder.baseUrl);
        }
        String userInfo = builder.basicAuthUserInfo != null ? builder.basicAuthUserInfo : uri.getRawUserInfo();
        this.authorization = Optional.ofNullable(userInfo).filter(info -> !info.isBlank())
                .map(info -> "Basic " + Base64.getEncoder().encodeToString(info.getBytes(StandardCharsets.UTF_8)));
        String withoutUserInfo = uri.getRawUserInfo() == null
                ? uri.toString()
                : uri.toString().replace(uri.getRawUserInfo() + "@", "");
        this.baseUrl = withoutUserInfo.replaceAll("/+$", "");
        this.requestTimeout = builder.requestTimeout;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(builder.connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public static Builder builder(String baseUrl) {
        return new Builder(baseUrl);
    }

    /** The base URL requests go to, without user info and trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public int register(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema);
        Integer cached = idsBySubjectSchema.get(key);
        if (cached != null) {
            return cached;
        }
        JsonNode response = send("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(schema),
                "register schema under " + subject);
        int id = requiredInt(response, "id", "register schema under " + subject);
        idsBySubjectSchema.put(key, id);
        schemasById.putIfAbsent(id, schema);
        return id;
    }

    @Override
    public Optional<RegisteredSchema> lookup(String subject, Schema schema) {
        String context = "look up schema in " + subject;
        try {
            JsonNode response = send("POST", "/subjects/" + encode(subject), schemaBody(schema), context);
            RegisteredSchema found = registeredSchema(response, subject, schema, context);
            idsBySubjectSchema.put(new SubjectSchema(subject, schema), found.id());
            schemasById.putIfAbsent(found.id(), schema);
            return Optional.of(found);
        } catch (SchemaRegistryException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public Schema getById(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        String context = "get schema by id " + id;
        JsonNode response = send("GET", "/schemas/ids/" + id, null, context);
        Schema schema = parseSchema(requiredText(response, "schema", context), context);
        Schema raced = schemasById.putIfAbsent(id, schema);
        return raced != null ? raced : schema;
    }

    @Override
    public Optional<RegisteredSchema> latest(String subject) {
        String context = "get latest version of " + subject;
        try {
            JsonNode response = send("GET", "/subjects/" + encode(subject) + "/versions/latest", null, context);
            return Optional.of(registeredSchema(response, subject, null, context));
        } catch (SchemaRegistryException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public boolean testCompatibility(String subject, Schema schema) {
        String context = "test compatibility with " + subject;
        try {
            JsonNode response = send("POST", "/compatibility/subjects/" + encode(subject) + "/versions/latest",
                    schemaBody(schema), context);
            JsonNode isCompatible = response.get("is_compatible");
            if (isCompatible == null || !isCompatible.isBoolean()) {
                throw malformed(context, response);
            }
            return isCompatible.booleanValue();
        } catch (SchemaRegistryException e) {
            // A subject with no versions has nothing to be incompatible with; some registries answer 404 for it.
            if (e.isSubjectNotFound() || e.errorCode() == SchemaRegistryException.VERSION_NOT_FOUND) {
                return true;
            }
            throw e;
        }
    }

    @Override
    public Optional<CompatibilityLevel> subjectCompatibility(String subject) {
        String context = "get compatibility of " + subject;
        try {
            return Optional.of(level(send("GET", "/config/" + encode(subject), null, context), context));
        } catch (SchemaRegistryException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void setSubjectCompatibility(String subject, CompatibilityLevel level) {
        send("PUT", "/config/" + encode(subject), levelBody(level), "set compatibility of " + subject);
    }

    @Override
    public CompatibilityLevel globalCompatibility() {
        String context = "get global compatibility";
        return level(send("GET", "/config", null, context), context);
    }

    @Override
    public void setGlobalCompatibility(CompatibilityLevel level) {
        send("PUT", "/config", levelBody(level), "set global compatibility");
    }

    @Override
    public List<String> subjects() {
        String context = "list subjects";
        JsonNode response = send("GET", "/subjects", null, context);
        if (!response.isArray()) {
            throw malformed(context, response);
        }
        List<String> subjects = new ArrayList<>();
        response.forEach(subject -> subjects.add(subject.asText()));
        subjects.sort(null);
        return List.copyOf(subjects);
    }

    private JsonNode send(String method, String path, JsonNode body, String context) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(requestTimeout)
                .header("Accept", ACCEPT)
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", CONTENT_TYPE);
        }
        authorization.ifPresent(value -> request.header("Authorization", value));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw SchemaRegistryException.unreachable(context + " (timed out at " + baseUrl + ")", e);
        } catch (IOException e) {
            throw SchemaRegistryException.unreachable(context + " (at " + baseUrl + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SchemaRegistryException.unreachable(context + " (interrupted)", e);
        }
        JsonNode json = parseJson(response.body());
        if (response.statusCode() / 100 != 2) {
            throw error(response.statusCode(), json, response.body(), context);
        }
        if (json == null) {
            throw new SchemaRegistryException(response.statusCode(), SchemaRegistryException.UNREACHABLE,
                    "response is not JSON: " + abbreviate(response.body()), context);
        }
        return json;
    }

    private static SchemaRegistryException error(int status, JsonNode json, String rawBody, String context) {
        int errorCode = status;
        String message = abbreviate(rawBody);
        if (json != null && json.isObject()) {
            if (json.path("error_code").canConvertToInt()) {
                errorCode = json.path("error_code").intValue();
            }
            if (json.hasNonNull("message")) {
                message = json.get("message").asText();
            }
        }
        return new SchemaRegistryException(status, errorCode, message, context);
    }

    private static JsonNode parseJson(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static RegisteredSchema registeredSchema(JsonNode response, String subject, Schema known,
                                                     String context) {
        int id = requiredInt(response, "id", context);
        int version = requiredInt(response, "version", context);
        Schema schema = known != null ? known : parseSchema(requiredText(response, "schema", context), context);
        return new RegisteredSchema(response.path("subject").asText(subject), id, version, schema);
    }

    private static CompatibilityLevel level(JsonNode response, String context) {
        // Confluent answers {"compatibilityLevel": ...}; PUT echoes {"compatibility": ...}. Accept either.
        JsonNode level = response.has("compatibilityLevel") ? response.get("compatibilityLevel")
                : response.get("compatibility");
        if (level == null || !level.isTextual()) {
            throw malformed(context, response);
        }
        return CompatibilityLevel.parse(level.asText());
    }

    private static ObjectNode schemaBody(Schema schema) {
        return JSON.createObjectNode().put("schema", schema.toString());
    }

    private static ObjectNode levelBody(CompatibilityLevel level) {
        return JSON.createObjectNode().put("compatibility", level.name());
    }

    private static Schema parseSchema(String text, String context) {
        try {
            return new Schema.Parser().parse(text);
        } catch (SchemaParseException e) {
            throw new SchemaRegistryException(200, SchemaRegistryException.INVALID_SCHEMA,
                    "registry returned a schema Avro cannot parse: " + e.getMessage(), context, e);
        }
    }

    private static int requiredInt(JsonNode response, String field, String context) {
        JsonNode value = response.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw malformed(context, response);
        }
        return value.intValue();
    }

    private static String requiredText(JsonNode response, String field, String context) {
        JsonNode value = response.get(field);
        if (value == null || !value.isTextual()) {
            throw malformed(context, response);
        }
        return value.asText();
    }

    private static SchemaRegistryException malformed(String context, JsonNode response) {
        return new SchemaRegistryException(200, SchemaRegistryException.UNREACHABLE,
                "unexpected response: " + abbreviate(String.valueOf(response)), context);
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 500 ? text : text.substring(0, 500) + "...";
    }

    /** Settings of an {@link HttpSchemaRegistryClient}; only the base URL is required. */
    public static final class Builder {
        private final String baseUrl;
        private String basicAuthUserInfo;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(15);

        private Builder(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        /** Basic auth as {@code user:password}, as in Confluent's {@code basic.auth.user.info}. */
        public Builder basicAuth(String userInfo) {
            this.basicAuthUserInfo = userInfo;
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = timeout;
            return this;
        }

        public HttpSchemaRegistryClient build() {
            return new HttpSchemaRegistryClient(this);
        }
    }
}
