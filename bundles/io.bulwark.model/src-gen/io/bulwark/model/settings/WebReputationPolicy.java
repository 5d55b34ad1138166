/**
 */
package io.bulwark.model.settings;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Web Reputation Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The web reputation policy for internal or for external agents.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.WebReputationPolicy#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link io.bulwark.model.settings.WebReputationPolicy#isEnabledOnServers <em>Enabled On Servers</em>}</li>
 *   <li>{@link io.bulwark.model.settings.WebReputationPolicy#getSecurityLevel <em>Security Level</em>}</li>
 *   <li>{@link io.bulwark.model.settings.WebReputationPolicy#getApprovedUrls <em>Approved Urls</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.settings.SettingsPackage#getWebReputationPolicy()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='rules'"
 * @generated
 */
public interface WebReputationPolicy extends EObject {
	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether it applies on desktop platforms.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see io.bulwark.model.settings.SettingsPackage#getWebReputationPolicy_Enabled()
	 * @model
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.WebReputationPolicy#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Enabled On Servers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether it applies on server platforms too.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled On Servers</em>' attribute.
	 * @see #setEnabledOnServers(boolean)
	 * @see io.bulwark.model.settings.SettingsPackage#getWebReputationPolicy_EnabledOnServers()
	 * @model
	 * @generated
	 */
	boolean isEnabledOnServers();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.WebReputationPolicy#isEnabledOnServers <em>Enabled On Servers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled On Servers</em>' attribute.
	 * @see #isEnabledOnServers()
	 * @generated
	 */
	void setEnabledOnServers(boolean value);

	/**
	 * Returns the value of the '<em><b>Security Level</b></em>' attribute.
	 * The literals are from the enumeration {@link io.bulwark.model.settings.WebReputationSecurityLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How strictly sites are blocked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Security Level</em>' attribute.
	 * @see io.bulwark.model.settings.WebReputationSecurityLevel
	 * @see #setSecurityLevel(WebReputationSecurityLevel)
	 * @see io.bulwark.model.settings.SettingsPackage#getWebReputationPolicy_SecurityLevel()
	 * @model
	 * @generated
	 */
	WebReputationSecurityLevel getSecurityLevel();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.WebReputationPolicy#getSecurityLevel <em>Security Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Security Level</em>' attribute.
	 * @see io.bulwark.model.settings.WebReputationSecurityLevel
	 * @see #getSecurityLevel()
	 * @generated
	 */
	void setSecurityLevel(WebReputationSecurityLevel value);

	/**
	 * Returns the value of the '<em><b>Approved Urls</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Up to 500 http or https URLs that are never blocked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Approved Urls</em>' attribute list.
	 * @see io.bulwark.model.settings.SettingsPackage#getWebReputationPolicy_ApprovedUrls()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getApprovedUrls();

} // WebReputationPolicy
