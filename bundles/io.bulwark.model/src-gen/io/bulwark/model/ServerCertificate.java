/**
 */
package io.bulwark.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Server Certificate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The TLS certificate a management server presents. The original's installer issues it for 1 to 20 years; the console checks that a presented certificate stays in that range.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.ServerCertificate#getFingerprint <em>Fingerprint</em>}</li>
 *   <li>{@link io.bulwark.model.ServerCertificate#getSubject <em>Subject</em>}</li>
 *   <li>{@link io.bulwark.model.ServerCertificate#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link io.bulwark.model.ServerCertificate#getValidUntil <em>Valid Until</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.ModelPackage#getServerCertificate()
 * @model
 * @generated
 */
public interface ServerCertificate extends EObject {
	/**
	 * Returns the value of the '<em><b>Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The SHA-256 fingerprint of the certificate, as colon-separated uppercase hex; the value the user confirms and the console pins.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fingerprint</em>' attribute.
	 * @see #setFingerprint(String)
	 * @see io.bulwark.model.ModelPackage#getServerCertificate_Fingerprint()
	 * @model
	 * @generated
	 */
	String getFingerprint();

	/**
	 * Sets the value of the '{@link io.bulwark.model.ServerCertificate#getFingerprint <em>Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fingerprint</em>' attribute.
	 * @see #getFingerprint()
	 * @generated
	 */
	void setFingerprint(String value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The certificate's subject (distinguished name), e.g. CN=server1,O=Bulwark.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see io.bulwark.model.ModelPackage#getServerCertificate_Subject()
	 * @model
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link io.bulwark.model.ServerCertificate#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The instant from which the certificate is valid.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Valid From</em>' attribute.
	 * @see #setValidFrom(Instant)
	 * @see io.bulwark.model.ModelPackage#getServerCertificate_ValidFrom()
	 * @model dataType="io.bulwark.model.Instant"
	 * @generated
	 */
	Instant getValidFrom();

	/**
	 * Sets the value of the '{@link io.bulwark.model.ServerCertificate#getValidFrom <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid From</em>' attribute.
	 * @see #getValidFrom()
	 * @generated
	 */
	void setValidFrom(Instant value);

	/**
	 * Returns the value of the '<em><b>Valid Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The instant after which the certificate is no longer valid.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Valid Until</em>' attribute.
	 * @see #setValidUntil(Instant)
	 * @see io.bulwark.model.ModelPackage#getServerCertificate_ValidUntil()
	 * @model dataType="io.bulwark.model.Instant"
	 * @generated
	 */
	Instant getValidUntil();

	/**
	 * Sets the value of the '{@link io.bulwark.model.ServerCertificate#getValidUntil <em>Valid Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid Until</em>' attribute.
	 * @see #getValidUntil()
	 * @generated
	 */
	void setValidUntil(Instant value);

} // ServerCertificate
