package io.bulwark.model.validation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.osgi.util.NLS;

import io.bulwark.model.AgentTree;
import io.bulwark.model.Domain;
import io.bulwark.model.GroupingRule;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ModelPackage;
import io.bulwark.model.ServerCertificate;
import io.bulwark.protocol.IpRange;

/**
 * The domain rules of the {@code io.bulwark.model} package, on top of EMF's basic constraints: sibling domains have
 * different names regardless of case and valid names (as the server enforces them), a server has a host and a port of
 * 1–65535, a server certificate is valid for 1–20 years (as the original's installation issues it), and a grouping
 * rule's range is an IPv4 or IPv6 range.
 * <p>
 * Every diagnostic names the offending object first and the offending feature second in its data, so that an editor can
 * select and mark the field; its message says what is wrong and what to do, in the user's language.
 */
public final class TreeValidator implements EValidator {

    /** The source of this validator's diagnostics. */
    public static final String DIAGNOSTIC_SOURCE = "io.bulwark.model"; //$NON-NLS-1$
    /** Two sibling domains have the same name, regardless of case. */
    public static final int DUPLICATE_DOMAIN_NAME = 1;
    /** A domain name is blank, too long, padded with spaces or contains '/' or control characters. */
    public static final int INVALID_DOMAIN_NAME = 2;
    /** A server's port is outside 1–65535. */
    public static final int SERVER_PORT = 3;
    /** A server has no host. */
    public static final int SERVER_HOST = 4;
    /** A certificate is valid for less than 1 or more than 20 years, or ends before it starts. */
    public static final int CERTIFICATE_VALIDITY = 5;
    /** A grouping rule's range is not an IP range. */
    public static final int GROUPING_RULE_RANGE = 6;

    /** The one instance; the validator keeps no state. */
    public static final TreeValidator INSTANCE = new TreeValidator();

    /** The longest domain name the server accepts. */
    static final int MAX_DOMAIN_NAME = 64;
    private static final int MIN_CERTIFICATE_YEARS = 1;
    private static final int MAX_CERTIFICATE_YEARS = 20;
    private static final int MAX_PORT = 65535;

    private TreeValidator() {
    }

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        boolean valid = EObjectValidator.INSTANCE.validate(eClass, eObject, diagnostics, context);
        if (!valid && diagnostics == null) {
            return false;
        }
        if (eObject instanceof AgentTree tree) {
            valid &= uniqueNames(tree, tree.getDomains(), diagnostics);
        } else if (eObject instanceof Domain domain) {
            valid &= domainName(domain, diagnostics);
            valid &= uniqueNames(domain, domain.getDomains(), diagnostics);
        } else if (eObject instanceof ManagementServer server) {
            valid &= serverAddress(server, diagnostics);
        } else if (eObject instanceof ServerCertificate certificate) {
            valid &= certificateValidity(certificate, diagnostics);
        } else if (eObject instanceof GroupingRule rule) {
            valid &= groupingRange(rule, diagnostics);
        }
        return valid;
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return EObjectValidator.INSTANCE.validate(eDataType, value, diagnostics, context);
    }

    private static boolean uniqueNames(EObject parent, List<Domain> siblings, DiagnosticChain diagnostics) {
        boolean valid = true;
        Map<String, Domain> byKey = new HashMap<>();
        for (Domain domain : siblings) {
            if (domain.getName() == null) {
                continue;
            }
            Domain first = byKey.putIfAbsent(domain.getName().toLowerCase(Locale.ROOT), domain);
            if (first != null) {
                valid = false;
                if (diagnostics != null) {
                    diagnostics.add(error(DUPLICATE_DOMAIN_NAME,
                            NLS.bind(Messages.TreeValidator_duplicateDomainName,
                                    new Object[]{ObjectLabels.of(domain), ObjectLabels.of(first),
                                            ObjectLabels.of(parent)}),
                            domain, ModelPackage.Literals.DOMAIN__NAME, first));
                }
            }
        }
        return valid;
    }

    private static boolean domainName(Domain domain, DiagnosticChain diagnostics) {
        String name = domain.getName();
        String label = ObjectLabels.of(domain);
        String problem;
        if (name == null || name.isBlank()) {
            problem = NLS.bind(Messages.TreeValidator_domainNameBlank, label);
        } else if (name.length() > MAX_DOMAIN_NAME) {
            problem = NLS.bind(Messages.TreeValidator_domainNameTooLong,
                    new Object[]{label, Integer.valueOf(name.length()), Integer.valueOf(MAX_DOMAIN_NAME)});
        } else if (!name.strip().equals(name)) {
            problem = NLS.bind(Messages.TreeValidator_domainNameSpaces, label);
        } else if (name.indexOf('/') >= 0 || name.chars().anyMatch(Character::isISOControl)) {
            problem = NLS.bind(Messages.TreeValidator_domainNameControl, label);
        } else {
            return true;
        }
        if (diagnostics != null) {
            diagnostics.add(error(INVALID_DOMAIN_NAME, problem, domain, ModelPackage.Literals.DOMAIN__NAME));
        }
        return false;
    }

    private static boolean serverAddress(ManagementServer server, DiagnosticChain diagnostics) {
        boolean valid = true;
        if (server.getHost() == null || server.getHost().isBlank()) {
            valid = false;
            if (diagnostics != null) {
                diagnostics.add(error(SERVER_HOST, NLS.bind(Messages.TreeValidator_serverHostBlank,
                        ObjectLabels.of(server)), server, ModelPackage.Literals.MANAGEMENT_SERVER__HOST));
            }
        }
        if (server.getPort() < 1 || server.getPort() > MAX_PORT) {
            valid = false;
            if (diagnostics != null) {
                diagnostics.add(error(SERVER_PORT,
                        NLS.bind(Messages.TreeValidator_serverPort, ObjectLabels.of(server),
                                Integer.toString(server.getPort())),
                        server, ModelPackage.Literals.MANAGEMENT_SERVER__PORT));
            }
        }
        return valid;
    }

    private static boolean certificateValidity(ServerCertificate certificate, DiagnosticChain diagnostics) {
        Instant from = certificate.getValidFrom();
        Instant until = certificate.getValidUntil();
        if (from == null || until == null) {
            return true;
        }
        String owner = certificate.eContainer() == null
                ? certificate.getSubject()
                : ObjectLabels.of(certificate.eContainer());
        String problem;
        if (until.isBefore(from)) {
            problem = NLS.bind(Messages.TreeValidator_certificateEndsBeforeStart,
                    new Object[]{owner, until, from});
        } else if (!withinInstallRange(from, until)) {
            problem = NLS.bind(Messages.TreeValidator_certificateValidity, new Object[]{owner,
                    Long.toString(ChronoUnit.DAYS.between(from, until)), from, until});
        } else {
            return true;
        }
        if (diagnostics != null) {
            diagnostics.add(error(CERTIFICATE_VALIDITY, problem, certificate,
                    ModelPackage.Literals.SERVER_CERTIFICATE__VALID_UNTIL));
        }
        return false;
    }

    /**
     * Whether a validity period spans 1 to 20 calendar years, allowing a day either way: an issuer starts the period a
     * little before the moment of issue, to tolerate clocks that run behind.
     */
    static boolean withinInstallRange(Instant from, Instant until) {
        ZonedDateTime start = from.atZone(ZoneOffset.UTC);
        Instant shortest = start.plusYears(MIN_CERTIFICATE_YEARS).minusDays(1).toInstant();
        Instant longest = start.plusYears(MAX_CERTIFICATE_YEARS).plusDays(1).toInstant();
        return !until.isBefore(shortest) && !until.isAfter(longest);
    }

    private static boolean groupingRange(GroupingRule rule, DiagnosticChain diagnostics) {
        String range = rule.getIpRange();
        String reason;
        try {
            IpRange.parse(range == null ? "" : range); //$NON-NLS-1$
            return true;
        } catch (IllegalArgumentException e) {
            reason = e.getMessage();
        }
        if (diagnostics != null) {
            EObject domain = rule.eContainer();
            diagnostics.add(error(GROUPING_RULE_RANGE,
                    NLS.bind(Messages.TreeValidator_groupingRuleRange, new Object[]{range == null ? "" : range, //$NON-NLS-1$
                            domain == null ? Messages.ObjectLabels_unnamed : ObjectLabels.of(domain), reason}),
                    rule, ModelPackage.Literals.GROUPING_RULE__IP_RANGE));
        }
        return false;
    }

    private static Diagnostic error(int code, String message, EObject object, EStructuralFeature feature,
            Object... more) {
        Object[] data = new Object[2 + more.length];
        data[0] = object;
        data[1] = feature;
        System.arraycopy(more, 0, data, 2, more.length);
        return new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, code, message, data);
    }
}
