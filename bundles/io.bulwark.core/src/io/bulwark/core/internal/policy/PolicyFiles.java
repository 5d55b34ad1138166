package io.bulwark.core.internal.policy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import io.bulwark.client.ServerAddress;
import io.bulwark.core.policy.PolicyBase;
import io.bulwark.core.policy.PolicyTarget;
import io.bulwark.core.policy.PolicyTemplate;
import io.bulwark.core.policy.ScopePolicy;
import io.bulwark.core.policy.WorkspaceScope;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.PolicyScope;

/**
 * The two kinds of workspace file as JSON (decision 0010): a scope's copy ({@value #SCOPE_FORMAT}: server, scope, base
 * and settings) and a template ({@value #TEMPLATE_FORMAT}: name, settings and the base of each target). Written stable
 * for diffs and version control: members sorted by name at every level, two-space indents, one list element per line,
 * targets in order, no generated ids or times. Read strictly, with the line of every problem: bad JSON, an unknown or
 * missing member, a value of the wrong type, and settings the rules refuse.
 */
public final class PolicyFiles {

    /** The {@code format} of a scope's copy. */
    public static final String SCOPE_FORMAT = "bulwark-policy"; //$NON-NLS-1$
    /** The {@code format} of a template. */
    public static final String TEMPLATE_FORMAT = "bulwark-policy-template"; //$NON-NLS-1$
    /** The {@code formatVersion} written and read. */
    public static final int VERSION = 1;

    private static final String BASE = "base"; //$NON-NLS-1$
    private static final String FORMAT = "format"; //$NON-NLS-1$
    private static final String FORMAT_VERSION = "formatVersion"; //$NON-NLS-1$
    private static final String NAME = "name"; //$NON-NLS-1$
    private static final String SCOPE = "scope"; //$NON-NLS-1$
    private static final String SERVER = "server"; //$NON-NLS-1$
    private static final String SETTINGS = "settings"; //$NON-NLS-1$
    private static final String TARGETS = "targets"; //$NON-NLS-1$
    private static final String VERSION_MEMBER = "version"; //$NON-NLS-1$

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private PolicyFiles() {
    }

    /** @return a scope's copy as the file's bytes */
    public static byte[] write(ScopePolicy policy) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = generator(bytes)) {
            json.writeStartObject();
            json.writeFieldName(BASE);
            writeBase(json, policy.base());
            json.writeStringField(FORMAT, SCOPE_FORMAT);
            json.writeNumberField(FORMAT_VERSION, VERSION);
            json.writeStringField(SCOPE, policy.target().scope().toString());
            json.writeStringField(SERVER, policy.target().server().toString());
            json.writeFieldName(SETTINGS);
            SettingsJson.write(json, policy.settings());
            json.writeEndObject();
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    /** @return a template as the file's bytes */
    public static byte[] write(PolicyTemplate template) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = generator(bytes)) {
            json.writeStartObject();
            json.writeStringField(FORMAT, TEMPLATE_FORMAT);
            json.writeNumberField(FORMAT_VERSION, VERSION);
            json.writeStringField(NAME, template.name());
            json.writeFieldName(SETTINGS);
            SettingsJson.write(json, template.settings());
            json.writeArrayFieldStart(TARGETS);
            for (Map.Entry<PolicyTarget, PolicyBase> target : template.bases().entrySet()) {
                json.writeStartObject();
                json.writeFieldName(BASE);
                writeBase(json, target.getValue());
                json.writeStringField(SCOPE, target.getKey().scope().toString());
                json.writeStringField(SERVER, target.getKey().server().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private static void writeBase(JsonGenerator json, PolicyBase base) throws IOException {
        json.writeStartObject();
        json.writeFieldName(SETTINGS);
        SettingsJson.write(json, base.settings());
        json.writeNumberField(VERSION_MEMBER, base.version());
        json.writeEndObject();
    }

    private static JsonGenerator generator(ByteArrayOutputStream bytes) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n"); //$NON-NLS-1$ //$NON-NLS-2$
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withArrayEmptySeparator("") //$NON-NLS-1$
                .withObjectEmptySeparator(""); //$NON-NLS-1$
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators).withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return FACTORY.createGenerator(bytes).setPrettyPrinter(printer);
    }

    /**
     * @param content
     *            a file's bytes
     * @return the scope's copy it holds
     * @throws FormatProblem
     *             if it is not a valid scope file of this version
     */
    public static ScopePolicy readScope(byte[] content) throws FormatProblem {
        Envelope envelope = read(content);
        envelope.require(SCOPE_FORMAT, List.of(SERVER, SCOPE, BASE, SETTINGS), List.of(NAME, TARGETS));
        PolicyTarget target = new PolicyTarget(envelope.server, envelope.scope);
        envelope.base.settings().setScope(envelope.scope.policyScope());
        envelope.check(envelope.settings, envelope.scope.policyScope());
        return new ScopePolicy(target, envelope.base, envelope.settings);
    }

    /**
     * @param content
     *            a file's bytes
     * @return the template it holds
     * @throws FormatProblem
     *             if it is not a valid template file of this version
     */
    public static PolicyTemplate readTemplate(byte[] content) throws FormatProblem {
        Envelope envelope = read(content);
        envelope.require(TEMPLATE_FORMAT, List.of(NAME, SETTINGS, TARGETS), List.of(SERVER, SCOPE, BASE));
        if (envelope.name.isBlank()) {
            throw new FormatProblem(envelope.lineOf(NAME), Messages.PolicyFiles_blankName);
        }
        envelope.check(envelope.settings, PolicyScope.TEMPLATE);
        return new PolicyTemplate(envelope.name, envelope.settings, envelope.targets);
    }

    private static Envelope read(byte[] content) throws FormatProblem {
        try (JsonParser parser = FACTORY.createParser(content)) {
            Envelope envelope = new Envelope(new SettingsReader(parser));
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new FormatProblem(1, Messages.PolicyFiles_notAnObject);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                envelope.member(parser);
            }
            if (parser.nextToken() != null) {
                throw new FormatProblem(parser.currentTokenLocation().getLineNr(), Messages.PolicyFiles_trailing);
            }
            return envelope;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new FormatProblem(line, NLS.bind(Messages.PolicyFiles_badJson, e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new FormatProblem(0, e.getMessage(), e);
        }
    }

    /** The members of a file as read, with the line of each. */
    private static final class Envelope {
        private final SettingsReader reader;
        private final Map<String, Integer> lines = new LinkedHashMap<>();
        private String format;
        private int formatVersion;
        private String name;
        private ServerAddress server;
        private WorkspaceScope scope;
        private PolicyBase base;
        private Policy settings;
        private final Map<PolicyTarget, PolicyBase> targets = new LinkedHashMap<>();

        Envelope(SettingsReader reader) {
            this.reader = reader;
        }

        void member(JsonParser parser) throws IOException, FormatProblem {
            String member = parser.currentName();
            int line = parser.currentTokenLocation().getLineNr();
            lines.put(member, Integer.valueOf(line));
            parser.nextToken();
            switch (member) {
                case FORMAT -> format = text(parser, member);
                case FORMAT_VERSION -> formatVersion = number(parser, member);
                case NAME -> name = text(parser, member);
                case SERVER -> server = server(parser);
                case SCOPE -> scope = scope(parser);
                case BASE -> base = base(parser);
                case SETTINGS -> settings = reader.policy();
                case TARGETS -> targets(parser);
                default -> throw new FormatProblem(line, NLS.bind(Messages.PolicyFiles_unknownMember, member));
            }
        }

        private void targets(JsonParser parser) throws IOException, FormatProblem {
            expect(parser, JsonToken.START_ARRAY, TARGETS);
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                expect(parser, JsonToken.START_OBJECT, TARGETS);
                int line = parser.currentTokenLocation().getLineNr();
                ServerAddress targetServer = null;
                WorkspaceScope targetScope = null;
                PolicyBase targetBase = null;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String member = parser.currentName();
                    int memberLine = parser.currentTokenLocation().getLineNr();
                    parser.nextToken();
                    switch (member) {
                        case SERVER -> targetServer = server(parser);
                        case SCOPE -> targetScope = scope(parser);
                        case BASE -> targetBase = base(parser);
                        default -> throw new FormatProblem(memberLine,
                                NLS.bind(Messages.PolicyFiles_unknownMember, member));
                    }
                }
                if (targetServer == null || targetScope == null || targetBase == null) {
                    throw new FormatProblem(line, Messages.PolicyFiles_incompleteTarget);
                }
                PolicyTarget target = new PolicyTarget(targetServer, targetScope);
                targetBase.settings().setScope(targetScope.policyScope());
                if (targets.put(target, targetBase) != null) {
                    throw new FormatProblem(line, NLS.bind(Messages.PolicyFiles_duplicateTarget, target));
                }
            }
        }

        private PolicyBase base(JsonParser parser) throws IOException, FormatProblem {
            expect(parser, JsonToken.START_OBJECT, BASE);
            int line = parser.currentTokenLocation().getLineNr();
            Long version = null;
            Policy baseSettings = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String member = parser.currentName();
                int memberLine = parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                switch (member) {
                    case VERSION_MEMBER -> {
                        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getLongValue() < 0) {
                            throw new FormatProblem(memberLine, Messages.PolicyFiles_badVersion);
                        }
                        version = Long.valueOf(parser.getLongValue());
                    }
                    case SETTINGS -> baseSettings = reader.policy();
                    default -> throw new FormatProblem(memberLine,
                            NLS.bind(Messages.PolicyFiles_unknownMember, member));
                }
            }
            if (version == null || baseSettings == null) {
                throw new FormatProblem(line, Messages.PolicyFiles_incompleteBase);
            }
            return new PolicyBase(version.longValue(), baseSettings);
        }

        private static String text(JsonParser parser, String member) throws IOException, FormatProblem {
            expect(parser, JsonToken.VALUE_STRING, member);
            return parser.getText();
        }

        private static int number(JsonParser parser, String member) throws IOException, FormatProblem {
            if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT
                    || parser.getNumberType() != JsonParser.NumberType.INT) {
                throw new FormatProblem(parser.currentTokenLocation().getLineNr(),
                        NLS.bind(Messages.PolicyFiles_numberExpected, member));
            }
            return parser.getIntValue();
        }

        private static ServerAddress server(JsonParser parser) throws IOException, FormatProblem {
            String text = text(parser, SERVER);
            try {
                return ServerAddress.parse(text);
            } catch (IllegalArgumentException e) {
                throw new FormatProblem(parser.currentTokenLocation().getLineNr(), e.getMessage(), e);
            }
        }

        private static WorkspaceScope scope(JsonParser parser) throws IOException, FormatProblem {
            String text = text(parser, SCOPE);
            try {
                return WorkspaceScope.parse(text);
            } catch (IllegalArgumentException e) {
                throw new FormatProblem(parser.currentTokenLocation().getLineNr(), e.getMessage(), e);
            }
        }

        private static void expect(JsonParser parser, JsonToken token, String member) throws FormatProblem {
            if (parser.currentToken() != token) {
                String expected = switch (token) {
                    case START_ARRAY -> Messages.PolicyFiles_listExpected;
                    case START_OBJECT -> Messages.PolicyFiles_objectExpected;
                    default -> Messages.PolicyFiles_textExpected;
                };
                throw new FormatProblem(parser.currentTokenLocation().getLineNr(), NLS.bind(expected, member));
            }
        }

        int lineOf(String member) {
            Integer line = lines.get(member);
            return line == null ? 0 : line.intValue();
        }

        /** Refuses another format or version, a missing member, or a member of the other kind of file. */
        void require(String expectedFormat, List<String> required, List<String> forbidden) throws FormatProblem {
            if (!expectedFormat.equals(format) || formatVersion != VERSION) {
                throw new FormatProblem(lineOf(FORMAT), NLS.bind(Messages.PolicyFiles_wrongFormat,
                        new Object[]{expectedFormat, Integer.valueOf(VERSION), format,
                                Integer.valueOf(formatVersion)}));
            }
            List<String> missing = new ArrayList<>();
            for (String member : required) {
                if (!lines.containsKey(member)) {
                    missing.add(member);
                }
            }
            if (!missing.isEmpty()) {
                throw new FormatProblem(0, NLS.bind(Messages.PolicyFiles_missingMembers, String.join(", ", missing))); //$NON-NLS-1$
            }
            for (String member : forbidden) {
                if (lines.containsKey(member)) {
                    throw new FormatProblem(lineOf(member),
                            NLS.bind(Messages.PolicyFiles_memberNotHere, member, expectedFormat));
                }
            }
        }

        /** Refuses settings that break a rule, at the line of the object that breaks it. */
        void check(Policy policy, PolicyScope policyScope) throws FormatProblem {
            policy.setScope(policyScope);
            List<Diagnostic> errors = SettingsRules.errors(policy);
            if (!errors.isEmpty()) {
                Diagnostic error = errors.get(0);
                List<?> data = error.getData();
                Object object = data.isEmpty() ? null : data.get(0);
                int line = object instanceof EObject eObject
                        ? reader.line(eObject, data.size() > 1 ? data.get(1) : null)
                        : lineOf(SETTINGS);
                throw new FormatProblem(line, NLS.bind(Messages.PolicyFiles_ruleBroken, error.getMessage()));
            }
        }
    }
}
