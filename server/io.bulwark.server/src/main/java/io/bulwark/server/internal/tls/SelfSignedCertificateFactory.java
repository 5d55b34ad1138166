package io.bulwark.server.internal.tls;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Creates the server's key pair (EC P-256) and a self-signed TLS server certificate for it, valid for the addresses a
 * client on this machine or the network uses: 127.0.0.1, ::1, localhost and the host name. Clients trust it by
 * fingerprint, not by a certificate authority, so self-signed is the intended design.
 */
public final class SelfSignedCertificateFactory {

    /** Shortest validity an administrator may choose, in years. */
    public static final int MIN_VALIDITY_YEARS = 1;

    /** Longest validity an administrator may choose, in years. */
    public static final int MAX_VALIDITY_YEARS = 20;

    /** Tolerated clock difference between a server and its clients. */
    private static final Duration CLOCK_SKEW = Duration.ofHours(1);

    private static final Pattern DNS_NAME = Pattern
            .compile(
                    "(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"); //$NON-NLS-1$

    private final SecureRandom random = new SecureRandom();

    /**
     * A key pair and its certificate.
     *
     * @param keyPair
     *            the generated key pair
     * @param certificate
     *            the self-signed certificate for its public key
     */
    public record Issued(KeyPair keyPair, X509Certificate certificate) {
    }

    /**
     * @param hostName
     *            the machine's host name, added as a DNS name if it is one
     * @param validityYears
     *            how long the certificate is valid, {@value #MIN_VALIDITY_YEARS} to {@value #MAX_VALIDITY_YEARS} years
     * @return a new key pair and its certificate
     * @throws GeneralSecurityException
     *             if the runtime cannot create EC P-256 keys or sign with them
     */
    public Issued issue(String hostName, int validityYears) throws GeneralSecurityException {
        if (validityYears < MIN_VALIDITY_YEARS || validityYears > MAX_VALIDITY_YEARS) {
            throw new IllegalArgumentException("Certificate validity must be " + MIN_VALIDITY_YEARS + " to " //$NON-NLS-1$ //$NON-NLS-2$
                    + MAX_VALIDITY_YEARS + " years, was " + validityYears); //$NON-NLS-1$
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC"); //$NON-NLS-1$
        generator.initialize(new ECGenParameterSpec("secp256r1"), random); //$NON-NLS-1$
        KeyPair keyPair = generator.generateKeyPair();

        Instant now = Instant.now();
        Instant notAfter = now.atOffset(ZoneOffset.UTC).plusYears(validityYears).toInstant();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, "Bulwark") //$NON-NLS-1$
                .addRDN(BCStyle.CN, commonName(hostName))
                .build();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                new BigInteger(127, random).add(BigInteger.ONE),
                Date.from(now.minus(CLOCK_SKEW)), Date.from(notAfter), subject, keyPair.getPublic());
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false,
                    new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(keyPair.getPublic()));
            builder.addExtension(Extension.subjectAlternativeName, false, subjectAlternativeNames(hostName));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keyPair.getPrivate()))); //$NON-NLS-1$
            certificate.checkValidity();
            return new Issued(keyPair, certificate);
        } catch (CertIOException | OperatorCreationException e) {
            throw new GeneralSecurityException("Cannot build the server certificate: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    private static String commonName(String hostName) {
        String name = DNS_NAME.matcher(hostName).matches() ? hostName : "localhost"; //$NON-NLS-1$
        return name.length() <= 64 ? name : name.substring(0, 64);
    }

    private static GeneralNames subjectAlternativeNames(String hostName) {
        List<GeneralName> names = new ArrayList<>();
        names.add(new GeneralName(GeneralName.iPAddress, "127.0.0.1")); //$NON-NLS-1$
        names.add(new GeneralName(GeneralName.iPAddress, "::1")); //$NON-NLS-1$
        names.add(new GeneralName(GeneralName.dNSName, "localhost")); //$NON-NLS-1$
        if (!"localhost".equalsIgnoreCase(hostName) && DNS_NAME.matcher(hostName).matches()) { //$NON-NLS-1$
            names.add(new GeneralName(GeneralName.dNSName, hostName));
        }
        return new GeneralNames(names.stream().distinct().toArray(GeneralName[]::new));
    }
}
